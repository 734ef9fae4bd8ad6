"""Document dates as pages and scrapers write them: the value and the precision they give."""

from __future__ import annotations

import pytest

from corpus_cli.documents.published import read_date

CASES = [
    # ISO, with or without a time and a zone: the calendar date as written.
    ("2020", "2020"),
    ("2020-03", "2020-03"),
    ("2020-03-15", "2020-03-15"),
    ("2020-03-15T10:00:00", "2020-03-15"),
    ("2020-03-15T10:00:00Z", "2020-03-15"),
    ("2020-03-15T23:30:00+01:00", "2020-03-15"),
    ("2020-03-15T23:30:00.123-05:00", "2020-03-15"),
    ("2020-03-15 10:00", "2020-03-15"),
    ("2020-03-15 10:00:00 UTC", "2020-03-15"),
    # Year first with other separators: a day stays a day, never the year alone.
    ("2020/03/15", "2020-03-15"),
    ("2020.03.15", "2020-03-15"),
    ("2020/3/5", "2020-03-05"),
    ("2020/03", "2020-03"),
    # Day first, the French order.
    ("15/03/2020", "2020-03-15"),
    ("15.03.2020", "2020-03-15"),
    ("15-03-2020", "2020-03-15"),
    ("5/3/2020", "2020-03-05"),
    ("15/03/2020 à 10h45", "2020-03-15"),
    ("15/03/2020 10:45", "2020-03-15"),
    # RFC 2822, as in feeds.
    ("Sun, 15 Mar 2020 10:00:00 +0100", "2020-03-15"),
    ("15 Mar 2020 10:00:00 GMT", "2020-03-15"),
    # Month names, French and English, at the precision written.
    ("15 mars 2020", "2020-03-15"),
    ("dimanche 15 mars 2020", "2020-03-15"),
    ("1er avril 2019", "2019-04-01"),
    ("mars 2020", "2020-03"),
    ("March 15, 2020", "2020-03-15"),
    ("15 March 2020", "2020-03-15"),
    ("jeudi, octobre 16, 2025", "2025-10-16"),
    ("Publié le 12 juin 2018 à 08h00", "2018-06-12"),
    ("23 - 01 - 2023", "2023-01-23"),
    # Nothing a reader could call a date, or no day of the calendar.
    ("", None),
    ("   ", None),
    ("hier", None),
    ("le jour d'après", None),
    ("2020-02-30", None),
    ("31/02/2020", None),
    ("2020-13-01", None),
    ("9999-12-31", None),
    ("0001-01-01", None),
]


@pytest.mark.parametrize(("written", "expected"), CASES)
def test_metadata_date(written: str, expected: str | None) -> None:
    assert read_date(written) == expected


@pytest.mark.parametrize("value", [None, 2020, 20200315.0, ["2020"], {"date": "2020"}])
def test_a_value_that_is_not_text_is_no_date(value: object) -> None:
    assert read_date(value) is None
