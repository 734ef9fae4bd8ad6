"""The corpus timeline: rows prepared for the merge, filters, order, dates for people."""

from __future__ import annotations

import pytest

from corpus_cli.aggregate.timeline import (
    Query,
    build,
    date_label,
    rows_for_merge,
    select,
    year_of,
)
from corpus_cli.errors import UsageError


def event(trigger: str, type: str = "consult", date: int | None = 0, **fields) -> dict:
    row = {"start": 0, "end": len(trigger), "trigger": trigger, "lemma": trigger,
           "type": type, "cameo": "040", "status": "occurred", "participants": [],
           "places": [], "date": date, "sentence": f"Une phrase avec {trigger}."}
    row.update(fields)
    return row


def day(value: str, text: str = "jeudi") -> dict:
    return {"text": text, "value": value, "granularity": "day", "mod": None,
            "start_date": value, "end_date": value, "anchor": "document"}


def month(value: str, mod: str | None = None) -> dict:
    last = {"02": "28", "04": "30"}.get(value[5:], "31")
    return {"text": "en " + value, "value": value, "granularity": "month", "mod": mod,
            "start_date": value + "-01", "end_date": f"{value}-{last}", "anchor": "absolute"}


def prepared(document: str, events: list[dict], dates: list[dict],
             names: dict | None = None) -> list[dict]:
    return rows_for_merge(document, events, dates, names or {})


def test_rows_take_their_date_fields_and_the_entity_names():
    names = {("a", "Moreau"): "Jean Moreau", ("a", "Genève"): "Genève"}
    [row] = prepared("a", [event("rencontre", participants=["Moreau", "Weber"],
                                 places=["Genève"])], [day("2019-03-14")], names)
    assert row["document"] == "a"
    assert (row["value"], row["start_date"], row["date_text"], row["date_anchor"]) == (
        "2019-03-14", "2019-03-14", "jeudi", "document")
    assert row["participants"] == ["Jean Moreau", "Weber"]


def test_two_mentions_of_one_entity_are_one_participant():
    names = {("a", "Moreau"): "Jean Moreau", ("a", "Jean Moreau"): "Jean Moreau"}
    [row] = prepared("a", [event("rencontre", date=None, participants=["Jean Moreau", "Moreau"])],
                     [], names)
    assert row["participants"] == ["Jean Moreau"]


def test_an_undated_event_has_empty_date_fields():
    [row] = prepared("a", [event("déclaration", date=None)], [day("2019-03-14")])
    assert row["value"] is None and row["start_date"] is None


def corpus_documents() -> list[tuple[str, list[dict], list[dict]]]:
    """(document, event rows, date rows) as the store gives them."""
    return [
        ("a", [event("rencontre", participants=["Moreau"])], [day("2019-03-14")]),
        ("b", [event("entretien", participants=["Jean Moreau"]),
               event("critique", type="disapprove", date=1, participants=["Claire Moreau"])],
         [day("2019-03-14"), month("2019-02", "END")]),
        ("c", [event("visite", type="consult", participants=["Hans Weber"]),
               event("déclaration", type="public_statement", date=None,
                     participants=["Hans Weber"])],
         [day("2019-04-02")]),
    ]


NAMES = {("a", "Moreau"): "Jean Moreau"}


def build_and_select(query: Query | None = None,
                     entity_names: tuple[str, ...] = ()) -> list[dict]:
    return select(build(corpus_documents(), NAMES), query, entity_names)


def test_build_merges_names_by_entity_sorts_and_leaves_out_the_undated():
    rows = build_and_select()
    assert [(r["date"], r["type"]) for r in rows] == [
        ("2019-02", "disapprove"), ("2019-03-14", "consult"), ("2019-04-02", "consult")]
    assert rows[1]["sources"] == ["a", "b"]


def test_include_undated_puts_them_last():
    rows = build_and_select(Query(include_undated=True))
    assert rows[-1]["type"] == "public_statement" and rows[-1]["date"] is None


def test_filters_by_type_document_and_entity():
    assert [r["type"] for r in build_and_select(Query(types=["disapprove"]))] == [
        "disapprove"]
    assert {r["type"] for r in build_and_select(Query(documents=["b"]))} == {
        "consult", "disapprove"}
    rows = build_and_select(Query(entity="Weber"), entity_names=("Hans Weber",))
    assert [r["type"] for r in rows] == ["consult"]


def test_date_range_keeps_events_that_overlap_it():
    rows = build_and_select(Query(start="2019-02-15", end="2019-03"))
    assert [r["date"] for r in rows] == ["2019-02", "2019-03-14"]
    assert [r["date"] for r in build_and_select(Query(start="2019-04"))] == ["2019-04-02"]


@pytest.mark.parametrize("query", [
    {"types": ["party"]}, {"start": "mars"}, {"end": "2019-13"},
    {"start": "2020", "end": "2019"},
])
def test_bad_queries_are_usage_errors(query):
    with pytest.raises(UsageError):
        Query(**query)


@pytest.mark.parametrize(("row", "label"), [
    ({"date": "2016", "mod": None}, "2016"),
    ({"date": "2016-04", "mod": "END"}, "avril 2016 (fin)"),
    ({"date": "2016-12-15", "mod": None}, "2016-12-15"),
    ({"date": "2016-SU", "mod": None}, "été 2016"),
    ({"date": "2016-Q3", "mod": None}, "3e trimestre 2016"),
    ({"date": "2023-W05", "mod": None}, "semaine du 30 janvier 2023"),
    ({"date": None, "mod": None}, "sans date"),
])
def test_date_label_keeps_the_precision_of_the_text(row, label):
    assert date_label(row) == label


def test_year_of_groups_rows_by_the_start_of_their_interval():
    assert year_of({"start_date": "2016-12-01"}) == "2016"
    assert year_of({"start_date": None}) == "sans date"


@pytest.mark.parametrize(("value", "label"), [
    ("20", "XXIe siècle"), ("19", "XXe siècle"), ("201", "années 2010"), ("199", "années 1990"),
])
def test_decades_and_centuries_read_as_french_writes_them(value: str, label: str) -> None:
    assert date_label({"date": value}) == label
