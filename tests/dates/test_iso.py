"""The one ISO entry point: precision kept, impossible and extreme dates refused."""

from __future__ import annotations

import pytest

from corpus_cli.dates.iso import iso_value, parse_iso


@pytest.mark.parametrize(("text", "value", "granularity"), [
    ("2016", "2016", "year"), ("2016-12", "2016-12", "month"), ("2016-12-15", "2016-12-15", "day"),
    (" 2016-02-29 ", "2016-02-29", "day"),
])
def test_precision_is_kept(text: str, value: str, granularity: str) -> None:
    date = parse_iso(text)
    assert (date.value, date.granularity) == (value, granularity)


@pytest.mark.parametrize(("text", "problem"), [
    ("2016-02-31", "not a day of the calendar"), ("2015-02-29", "not a day of the calendar"),
    ("2016-13", "no month 13"), ("2016-00-10", "no month 0"),
    ("9999-12-31", "outside the years"), ("0001-01-01", "outside the years"),
    ("15 décembre 2016", "not a date of the form"), ("2016/12/15", "not a date of the form"),
    ("", "not a date of the form"), ("2016-1-5", "not a date of the form"),
])
def test_bad_dates_are_refused_with_the_reason(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_iso(text)


def test_value_is_normalised() -> None:
    assert iso_value("2016-12-05") == "2016-12-05"
