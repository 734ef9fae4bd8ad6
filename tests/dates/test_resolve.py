"""French temporal expressions: detection, normalisation, direction from tense, anchoring.

The regression suite is tests/data/dates_cases.jsonl: one case a line, by family, with the
text, the reference (publication) date, the tense a clause would give, and every expression
expected as [text, value, granularity, mod]. Those cases are pure text (no parse). The tense
pairs and the document rows below use the `nlp` fixture, because the tense is read from the
parse there.
"""

from __future__ import annotations

import itertools
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cli.dates.calendar import (
    PartialDate,
    at_granularity,
    decade_date,
    quarter_date,
    season_date,
    week_date,
)
from corpus_cli.dates.grammar.find import find_expressions
from corpus_cli.dates.grammar.resolve import parse_date, resolve, resolve_relative

CASES_FILE = Path(__file__).parent.parent / "data" / "dates_cases.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines()]
ROW_FIELDS = {"start", "end", "text", "kind", "value", "granularity", "mod", "start_date",
              "end_date", "anchor", "tense", "attached_to", "attached_start", "sentence", "rule"}


def normalised(text: str, reference: str | None, tense: str | None) -> list[list[str | None]]:
    return [[e.text, (fields := resolve(e, reference, tense))["value"], fields["granularity"],
             fields["mod"]] for e in find_expressions(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("il y a quinze jours", "2019-07-09"),  # two weeks
    ("dans huit jours", "2019-07-30"),  # one week
    ("il y a trois jours", "2019-07-20"),
])
def test_eight_and_fifteen_days_are_one_and_two_weeks(text: str, value: str) -> None:
    assert normalised(text, "2019-07-23", None)[0][1] == value


def test_the_suite_has_every_family_and_enough_cases() -> None:
    families = {case["family"] for case in CASES}
    assert len(CASES) >= 300
    assert {"numeric", "textual", "month", "year", "decade", "century", "season", "quarter",
            "deictic", "weekday", "range", "relative", "duration", "set", "vague", "time",
            "holiday", "negative"} <= families


@pytest.mark.parametrize("case", CASES, ids=[f"{c['family']}:{c['text'][:40]}" for c in CASES])
def test_regression_case(case: dict) -> None:
    expected = [[*row, None][:4] for row in case["expect"]]
    assert normalised(case["text"], case["reference"], case["tense"]) == expected



# --- parse_date ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "granularity"), [
    ("Publié dans X le 23 - 01 - 2023", "2023-01-23", "day"),
    ("Le 15 décembre 2016 à 11h30", "2016-12-15T11:30", "minute"),
    ("jeudi, octobre 16, 2025", "2025-10-16", "day"),
    ("date 2016-12", "2016-12", "month"),
    ("2016-12-15", "2016-12-15", "day"),
    ("15/12/2016", "2016-12-15", "day"),
    ("1er mars 2024", "2024-03-01", "day"),
    ("mars 2016", "2016-03", "month"),
    ("16 octobre 2025 à 10:05", "2025-10-16T10:05", "minute"),
    ("3 March 2019", "2019-03-03", "day"),
    ("date 2019", "2019", "year"),
])
def test_parse_date_keeps_the_precision_given(text: str, value: str, granularity: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert (parsed.value, parsed.granularity) == (value, granularity)
    assert PartialDate.from_iso(parsed.value) == parsed


@pytest.mark.parametrize("text", ["hier", "le 15 décembre", "loi 2016-12", "2016-13-45",
                                  "000_722b795bf1d78577", "mai", ""])
def test_parse_date_needs_an_absolute_date(text: str) -> None:
    assert parse_date(text) is None


def test_parse_date_records_where_it_read() -> None:
    parsed = parse_date("Publié le 15 décembre 2016")
    assert parsed is not None and (parsed.text, parsed.offset) == ("15 décembre 2016", 10)
    assert (parsed.start, parsed.end) == (date(2016, 12, 15), date(2016, 12, 15))


def test_month_value_covers_the_month() -> None:
    month = PartialDate.from_iso("2016-02")
    assert (month.granularity, month.start, month.end) == ("month", date(2016, 2, 1),
                                                           date(2016, 2, 29))


@pytest.mark.parametrize("value", ["2016-13", "1", "2016-Q5", "2016-W54", "x", "2016-02-30",
                                   "2017/2016"])
def test_from_iso_rejects_what_is_not_a_date(value: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.from_iso(value)


# --- relative expressions ----------------------------------------------------------------------

def row_for(text: str) -> dict:
    expression = find_expressions(text)[0]
    return {"text": expression.text, "rule": expression.rule, "kind": expression.kind,
            **resolve(expression, "2016-12-15")}


@pytest.mark.parametrize(("text", "event_value", "value", "granularity"), [
    ("deux mois avant la visite", "2016-12-15", "2016-10", "month"),
    ("la veille du sommet", "2016-12-15", "2016-12-14", "day"),
    ("huit ans après la signature", "2017", "2025", "year"),
    ("trois semaines avant le scrutin", "2017-04-23", "2017-04-02", "day"),
    ("le lendemain", "2016-12", "2016-12", "month"),  # never finer than the event's date
    # an event of several days: the day before its first, the day after its last
    ("la veille du sommet", "2019-08-24/2019-08-26", "2019-08-23", "day"),
    ("au lendemain du sommet", "2019-08-24/2019-08-26", "2019-08-27", "day"),
    ("deux jours après le festival", "2019-08-24/2019-08-26", "2019-08-28", "day"),
])
def test_resolve_relative_derives_from_the_event(text, event_value, value, granularity) -> None:
    row = row_for(text)
    assert row["anchor"] == "event" and row["granularity"] == "duration"
    resolved = resolve_relative(row, {"value": event_value})
    assert (resolved["value"], resolved["granularity"]) == (value, granularity)
    assert resolved["anchor"] == "event" and resolved["rule"].endswith("+event")
    assert row["value"] != resolved["value"]  # the input row is not modified


def test_resolve_relative_leaves_other_rows_alone() -> None:
    row = row_for("le 3 mars 2015")
    assert resolve_relative(row, {"value": "2016-12-15"}) == row
    relative = row_for("deux mois avant la visite")
    assert resolve_relative(relative, {"value": None}) == relative


# --- invariants ------------------------------------------------------------------------------

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
GRAINS = ["day", "week", "month", "quarter", "half", "year", "decade", "century"]


@given(days, st.sampled_from(GRAINS))
def test_a_period_holds_its_day_and_reads_back(day: date, granularity: str) -> None:
    period = at_granularity(day, granularity)
    assert period.start <= day <= period.end
    assert PartialDate.from_iso(period.value) == period
    assert period.granularity == granularity


@given(st.integers(1800, 2098), st.sampled_from(["SP", "SU", "FA", "WI"]), st.integers(1, 4),
       st.integers(180, 209), st.integers(1, 52))
def test_round_trip_of_every_value_form(year, season, quarter, decade, week) -> None:
    for period in (season_date(year, season), quarter_date(year, quarter), decade_date(decade),
                   week_date(year, week), week_date(year, week, weekend=True)):
        assert PartialDate.from_iso(period.value).value == period.value
        assert period.start <= period.end


UNDERSPECIFIED = ["jeudi", "vendredi", "lundi", "le 15 mars", "le 31 décembre", "en mars",
                  "fin avril", "cet été", "au deuxième trimestre", "le 29 février", "à Noël",
                  "le 1er janvier", "du 3 au 5 octobre", "mi-juin"]


@settings(max_examples=150, deadline=None)
@given(days, st.sampled_from(UNDERSPECIFIED), st.sampled_from(["past", "future", None]))
def test_direction_of_the_clause_is_kept(day: date, text: str, tense: str | None) -> None:
    """A past clause lands on or before the reference, a future one on or after; the value
    always lies inside its interval and reads back."""
    expression = find_expressions(text)[0]
    fields = resolve(expression, day.isoformat(), tense)
    assert fields["value"] is not None, text
    period = PartialDate.from_iso(fields["value"])
    assert (period.start.isoformat(), period.end.isoformat()) == (fields["start_date"],
                                                                  fields["end_date"])
    if tense == "past":
        assert period.start <= day
    if tense == "future":
        assert period.end >= day
    if tense is None:  # the nearest: within a year (four for 29 February)
        assert abs((period.start - day).days) <= (1461 if "29 février" in text else 366)


@settings(max_examples=100, deadline=None)
@given(days, st.sampled_from(["jeudi dernier", "lundi prochain", "l'été dernier",
                              "le 15 mars dernier", "en avril prochain", "dimanche dernier"]))
def test_dernier_and_prochain_are_strict(day: date, text: str) -> None:
    fields = resolve(find_expressions(text)[0], day.isoformat(), None)
    if "dernier" in text:
        assert date.fromisoformat(fields["end_date"]) < day
    else:
        assert date.fromisoformat(fields["start_date"]) > day


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["le", "15", "décembre", "2016", "mars", "jeudi", "hier", ",",
                                 "à", "11h30", "la", "semaine", "prochaine", "en", "été", "a",
                                 "conteneurs", "du", "au", "et", "-", "/", "\n", "  "]),
                max_size=14))
def test_expressions_are_ordered_disjoint_and_point_into_the_text(words: list[str]) -> None:
    text = " ".join(words)
    found = find_expressions(text)
    for expression in found:
        assert text[expression.start:expression.end] == expression.text
        assert expression.text == expression.text.strip()
    for first, second in itertools.pairwise(found):
        assert first.end <= second.start


def test_a_month_is_never_turned_into_a_day() -> None:
    for reference in ("2016-12-15", "2016-12", "2016"):
        fields = resolve(find_expressions("en janvier 2019")[0], reference)
        assert (fields["value"], fields["granularity"]) == ("2019-01", "month")


def test_month_only_reference_resolves_a_day() -> None:
    fields = resolve(find_expressions("le 15 décembre")[0], "2016-12", "future")
    assert fields["value"] == "2016-12-15"
    assert date.fromisoformat(fields["start_date"]) - timedelta(days=0) == date(2016, 12, 15)


@pytest.mark.parametrize("text", ["80 prochain siècle", "il y a 900 siècles",
                                  "dans 5000 ans", "le 3 mars 9999"])
@pytest.mark.parametrize("reference", ["2016-12-15", "2999-12-31", "1000-01-01"])
def test_an_expression_that_would_leave_the_calendar_stays_unresolved(text: str,
                                                                      reference: str) -> None:
    for expression in find_expressions(text):
        fields = resolve(expression, reference)
        if fields["start_date"] is not None:
            assert date.fromisoformat(fields["start_date"]) <= date.fromisoformat(
                fields["end_date"])


def test_a_shift_from_an_event_off_the_calendar_leaves_the_row_as_it_was() -> None:
    row = {"anchor": "event", "granularity": "duration", "value": "P9000Y", "mod": "BEFORE"}
    assert resolve_relative(row, {"value": "2016-12-15"}) == row


@pytest.mark.parametrize(("text", "value", "granularity"), [
    ("la semaine précédente", "2019-W03", "week"),  # a week named: that week
    ("la semaine suivante", "2019-W05", "week"),
    ("une semaine plus tôt", "2019-01-19", "day"),  # a distance: the day a week off
])
def test_a_week_named_from_a_day_told_is_that_week(text: str, value: str,
                                                     granularity: str) -> None:
    told = PartialDate.from_iso("2019-01-26")
    fields = resolve(next(iter(find_expressions(text))), "2019-02-22", "past", told)
    assert (fields["value"], fields["granularity"]) == (value, granularity)


@pytest.mark.parametrize(("told", "value"), [
    ("2019-02-24", "2019-02-24"),  # the story's day is that weekday: that day
    ("2019-02-22", "2019-02-24"),  # the Sunday nearest the story's Friday
    ("2019-02-26", "2019-02-24"),
])
def test_ce_dimanche_la_is_the_stories_sunday_not_this_weeks(told: str, value: str) -> None:
    expression = next(iter(find_expressions("Ce dimanche-là")))
    fields = resolve(expression, "2019-03-26", "past", PartialDate.from_iso(told))
    assert (fields["value"], fields["anchor"]) == (value, "previous")
