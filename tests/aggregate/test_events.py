"""Events: triggers, arguments, status and dates per document; the cross-article merge.

Mention rows are built from the model's `doc.ents` and date rows by hand, so that these tests
do not depend on the entities and dates layers.
"""

from __future__ import annotations

import datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cli.aggregate.events import merge, sort_key
from tests.rows_for_tests import run

# --- helpers ------------------------------------------------------------------------------


# --- merge --------------------------------------------------------------------------------


def timeline_input(nlp, document: str, text: str, dates: list[tuple] = ()) -> list[dict]:
    """What the caller hands to merge: events with their document and resolved date."""
    found, rows = run(nlp, text, dates)
    out = []
    for event in found:
        date = rows[event["date"]] if event["date"] is not None else {}
        out.append({**event, "document": document, "value": date.get("value"),
                    "granularity": date.get("granularity"), "mod": date.get("mod"),
                    "start_date": date.get("start_date"), "end_date": date.get("end_date"),
                    "date_anchor": date.get("anchor")})
    return out


def test_two_articles_telling_one_meeting_make_one_entry(nlp):
    first = timeline_input(nlp, "a", "Joe Biden a rencontré Angela Merkel mardi à Berlin.",
                           [("mardi", "2021-06-15")])
    second = timeline_input(nlp, "b", "La rencontre entre Angela Merkel et Joe Biden a eu "
                            "lieu le 15 juin à Berlin.", [("15 juin", "2021-06-15")])
    merged = [row for row in merge(first + second) if row["type"] == "consult"]
    assert len(merged) == 1
    assert merged[0]["sources"] == ["a", "b"]
    assert merged[0]["document"] == "a"
    assert set(merged[0]["participants"]) == {"Joe Biden", "Angela Merkel"}


def test_two_meetings_of_the_same_people_on_different_days_stay_two(nlp):
    first = timeline_input(nlp, "a", "Joe Biden a rencontré Angela Merkel mardi à Berlin.",
                           [("mardi", "2021-06-15")])
    second = timeline_input(nlp, "b", "Joe Biden a rencontré Angela Merkel jeudi à Rome.",
                            [("jeudi", "2021-06-24")])
    merged = [row for row in merge(first + second) if row["type"] == "consult"]
    assert sorted(row["date"] for row in merged) == ["2021-06-15", "2021-06-24"]


def row(document: str, value: str | None, start: str | None, end: str | None,
        participants: tuple[str, ...] = ("A", "B"), type_: str = "consult",
        status: str = "occurred", sentence: str = "s") -> dict[str, Any]:
    return {"document": document, "type": type_, "cameo": "040", "status": status,
            "trigger": "rencontre", "lemma": "rencontre", "participants": list(participants),
            "places": [], "sentence": sentence, "date": 0 if value else None,
            "date_text": value, "value": value, "granularity": None, "mod": None,
            "start_date": start, "end_date": end, "date_anchor": None}


def test_a_day_joins_its_month_and_keeps_the_finer_date():
    merged = merge([row("a", "2016-12", "2016-12-01", "2016-12-31"),
                    row("b", "2016-12-15", "2016-12-15", "2016-12-15")])
    assert len(merged) == 1
    assert merged[0]["date"] == "2016-12-15"
    assert merged[0]["document"] == "b"
    assert merged[0]["sources"] == ["b", "a"]


def test_a_coarse_date_between_two_events_stays_apart():
    merged = merge([row("a", "2016-12-15", "2016-12-15", "2016-12-15"),
                    row("b", "2016-12-20", "2016-12-20", "2016-12-20"),
                    row("c", "2016-12", "2016-12-01", "2016-12-31")])
    assert len(merged) == 3


def test_partly_overlapping_intervals_are_not_compatible():
    merged = merge([row("a", "x", "2016-12-15", "2016-12-16"),
                    row("b", "y", "2016-12-16", "2016-12-17")])
    assert len(merged) == 2


def test_different_types_or_people_are_not_merged():
    day = ("2016-12-15", "2016-12-15", "2016-12-15")
    assert len(merge([row("a", *day), row("b", *day, type_="disapprove")])) == 2
    assert len(merge([row("a", *day), row("b", *day, participants=("C", "D"))])) == 2


def test_status_of_an_entry_is_the_most_certain():
    day = ("2016-12-15", "2016-12-15", "2016-12-15")
    merged = merge([row("a", *day, status="planned"), row("b", *day, status="occurred")])
    assert merged[0]["status"] == "occurred"


def test_the_dated_reports_decide_the_status():
    day = ("2016-12-15", "2016-12-15", "2016-12-15")
    merged = merge([row("a", *day, status="planned"), row("a", None, None, None)])
    assert len(merged) == 1 and merged[0]["status"] == "planned"


def test_undated_report_joins_the_dated_event_of_its_own_article_only():
    day = ("2016-12-15", "2016-12-15", "2016-12-15")
    merged = merge([row("a", *day), row("a", None, None, None), row("b", None, None, None)])
    assert len(merged) == 2
    dated = next(r for r in merged if r["date"])
    assert dated["sources"] == ["a"]


def test_syndicated_copies_of_an_undated_event_merge():
    merged = merge([row("a", None, None, None, sentence="X a rencontré Y."),
                    row("b", None, None, None, sentence="X  a rencontré Y.")])
    assert len(merged) == 1
    assert merged[0]["sources"] == ["a", "b"]


def test_output_fields():
    merged = merge([row("a", "2016-12-15", "2016-12-15", "2016-12-15")])
    assert set(merged[0]) == {"date", "granularity", "mod", "start_date", "end_date", "type",
                              "cameo", "status", "trigger", "participants", "places",
                              "document", "sources", "sentence", "date_text", "date_anchor",
                              "actors", "targets", "quote", "basis", "confidence"}


def test_sort_key_orders_by_start_finer_first_undated_last():
    rows = [
        {"date": None, "start_date": None, "end_date": None},
        {"date": "2016-12", "start_date": "2016-12-01", "end_date": "2016-12-31"},
        {"date": "2016-12-01", "start_date": "2016-12-01", "end_date": "2016-12-01"},
        {"date": "2016", "start_date": "2016-01-01", "end_date": "2016-12-31"},
        {"date": "2016-12-01T10:00", "start_date": "2016-12-01", "end_date": "2016-12-01"},
    ]
    ordered = [r["date"] for r in sorted(rows, key=sort_key)]
    assert ordered == ["2016", "2016-12-01T10:00", "2016-12-01", "2016-12", None]


def test_many_meetings_of_the_same_people_on_different_days_stay_apart():
    """Speed is measured in benchmarks/bench_scale.py; this pins the result at volume."""
    first = datetime.date(1990, 1, 1)
    rows = [row(f"d{n}", day, day, day)
            for n in range(5_000)
            for day in [(first + datetime.timedelta(days=n)).isoformat()]]
    assert len(merge(rows)) == 5_000


def placed(document: str, participants: tuple[str, ...], places: list[str]) -> dict[str, Any]:
    day = ("2016-12-15", "2016-12-15", "2016-12-15")
    return {**row(document, *day, participants=participants, type_="consult"), "places": places}


def test_a_report_without_participants_joins_its_event_by_place():
    merged = merge([placed("a", ("X",), ["Lyon"]), placed("b", (), ["Lyon"])])
    assert len(merged) == 1 and merged[0]["sources"] == ["a", "b"]
    assert len(merge([placed("a", ("X",), ["Lyon"]), placed("b", (), ["Nice"])])) == 2


def test_a_shared_place_never_joins_two_different_people():
    assert len(merge([placed("a", ("X",), ["Lyon"]), placed("b", ("Y",), ["Lyon"])])) == 2


DAYS = st.dates(min_value=datetime.date(2016, 1, 1), max_value=datetime.date(2016, 3, 31))


@st.composite
def timeline_rows(draw) -> dict[str, Any]:
    start = draw(DAYS)
    length = draw(st.sampled_from([0, 0, 0, 1, 30]))
    end = start + datetime.timedelta(days=length)
    dated = draw(st.booleans())
    return row(draw(st.sampled_from("abcdef")), start.isoformat() if dated else None,
               start.isoformat() if dated else None, end.isoformat() if dated else None,
               participants=tuple(draw(st.sets(st.sampled_from("ABC"), max_size=2))),
               type_=draw(st.sampled_from(["consult", "consult"])),
               sentence=draw(st.sampled_from(["s1", "s2"])))


@settings(max_examples=200, deadline=None)
@given(st.lists(timeline_rows(), max_size=30))
def test_merge_keeps_every_source_and_never_mixes_types(rows):
    merged = merge(rows)
    assert len(merged) <= len(rows)
    assert {d for entry in merged for d in entry["sources"]} == {r["document"] for r in rows}
    for entry in merged:
        assert entry["document"] == entry["sources"][0]
        assert len(entry["sources"]) == len(set(entry["sources"]))
        same_type = [r for r in rows if r["type"] == entry["type"]]
        assert same_type
        if entry["date"] is not None:
            assert any(r["value"] == entry["date"] for r in same_type)




def test_an_entry_told_only_by_floor_rows_says_so():
    day = ("2016-12-15", "2016-12-15", "2016-12-15")
    floor = merge([{**row("a", *day), "basis": "clause"}])
    ruled = merge([{**row("a", *day), "basis": "clause"}, {**row("a", *day), "basis": "rule"}])
    assert floor[0]["basis"] == "clause"
    assert ruled[0]["basis"] == "rule"


def test_a_coarse_report_joins_the_first_of_equal_entries_with_its_interval():
    """Two entries of one day, each sharing one participant with a report of the month: the
    report joins the first one made (entries of the same interval are no rivals)."""
    day, month = ("2016-12-15", "2016-12-15", "2016-12-15"), ("2016-12", "2016-12-01",
                                                             "2016-12-31")
    merged = merge([row("a", *day, participants=("P",)), row("b", *day, participants=("Q",)),
                    row("c", *month, participants=("P", "Q"))])
    assert [entry["sources"] for entry in merged] == [["a", "c"], ["b"]]


def test_a_report_joins_the_entry_sharing_the_most_participants():
    day, month = ("2016-12-15", "2016-12-15", "2016-12-15"), ("2016-12", "2016-12-01",
                                                             "2016-12-31")
    merged = merge([row("a", *day, participants=("P",)),
                    row("b", "2016-12-20", "2016-12-20", "2016-12-20",
                        participants=("P", "Q")),
                    row("c", *month, participants=("P", "Q"))])
    assert [entry["sources"] for entry in merged] == [["a"], ["b", "c"]]
