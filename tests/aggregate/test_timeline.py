"""The corpus timeline: rows prepared for the merge, filters, order, dates for people."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cli.aggregate import events as events_layer
from corpus_cli.aggregate.timeline import (
    Query,
    build,
    build_kept,
    date_label,
    leading,
    ordered,
    rows_for_merge,
    select,
    update,
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


def test_min_confidence_keeps_entries_scored_at_least_that():
    documents = [("a", [event("rencontre", confidence=0.8), event("visite", confidence=0.2)],
                  [day("2019-03-14")])]
    merged = build(documents, {})
    assert [r["confidence"] for r in select(merged, Query(min_confidence=0.5))] == [0.8]
    assert len(select(merged, Query())) == 2
    assert not Query(min_confidence=0.5).unfiltered and Query().unfiltered


def test_an_entry_takes_the_confidence_of_its_best_told_telling():
    documents = [("a", [event("rencontre", participants=["Moreau"], confidence=0.3)],
                  [day("2019-03-14")]),
                 ("b", [event("rencontre", participants=["Moreau"], confidence=0.7)],
                  [day("2019-03-14")])]
    [entry] = build(documents, {})
    assert entry["sources"] == ["a", "b"] and entry["confidence"] == 0.7


def test_date_range_keeps_events_that_overlap_it():
    rows = build_and_select(Query(start="2019-02-15", end="2019-03"))
    assert [r["date"] for r in rows] == ["2019-02", "2019-03-14"]
    assert [r["date"] for r in build_and_select(Query(start="2019-04"))] == ["2019-04-02"]


@pytest.mark.parametrize("query", [
    {"types": ["party"]}, {"start": "mars"}, {"end": "2019-13"},
    {"start": "2020", "end": "2019"}, {"min_confidence": 1.5},
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


# Random corpora of events: few types, names, days and sentences, so that reports meet.
_DATES = st.sampled_from([None, "2016-03-01", "2016-03-02", "2016-03-15", "2016-03",
                          "2016-04", "2016", "2017-01-05"])


def _date_row(value: str) -> dict:
    return day(value) if len(value) == 10 else month(value) if len(value) == 7 else {
        "text": value, "value": value, "granularity": "year", "mod": None,
        "start_date": value + "-01-01", "end_date": value + "-12-31", "anchor": "absolute"}


_EVENT = st.builds(
    lambda type, participants, places, date, sentence: (type, participants, places, date,
                                                        sentence),
    st.sampled_from(["consult", "meet", "attack"]),
    st.lists(st.sampled_from(["Anne Roche", "Paul Girard", "Marc Petit"]), max_size=2,
             unique=True),
    st.lists(st.sampled_from(["Nantes", "Paris"]), max_size=1),
    _DATES, st.sampled_from(["La visite.", "Le sommet a eu lieu.", "Une attaque."]))
_CORPUS = st.lists(st.lists(_EVENT, max_size=5), min_size=1, max_size=12)


def _documents(corpus: list) -> list[tuple[str, list[dict], list[dict]]]:
    documents = []
    for number, reports in enumerate(corpus):
        events, dates = [], []
        for type, participants, places, date, sentence in reports:
            if date is not None:
                dates.append(_date_row(date))
            events.append(event("visite", type, len(dates) - 1 if date else None,
                                participants=participants, places=places, sentence=sentence))
        documents.append((f"d{number}", events, dates))
    return documents


@settings(max_examples=150, deadline=None)
@given(_CORPUS, st.integers(0, 11))
def test_parts_merge_as_the_whole_and_kept_parts_give_the_same_timeline(corpus, cut):
    """The timeline merged part by part is the one merged whole; a timeline built on the
    parts kept from fewer documents is the one built from scratch."""
    documents = _documents(corpus)
    prepared_rows = [row for document in documents for row in prepared(*document)]
    whole = ordered(events_layer.merge(prepared_rows))
    kept = build_kept(documents, {})
    assert kept["timeline"] == whole
    earlier = json.loads(json.dumps(build_kept(documents[:cut], {})))  # as the store keeps it
    assert build_kept(documents, {}, earlier) == kept


def test_kept_parts_are_not_merged_again(monkeypatch):
    documents = _documents([[("meet", ["Anne Roche"], [], "2016-03-01", "La visite.")],
                            [("attack", ["Marc Petit"], ["Paris"], "2016-04", "Une attaque.")]])
    kept = build_kept(documents[:1], {})
    merged: list[list[dict]] = []
    original = events_layer.merge
    monkeypatch.setattr(events_layer, "merge", lambda rows: merged.append(rows) or original(rows))
    found = build_kept(documents, {}, kept)["timeline"]
    assert [[row["document"] for row in rows] for rows in merged] == [["d1"]]
    assert found == build(documents, {})


@pytest.mark.parametrize("joined", ["Anne Roche", "Paul Girard", "Zoé Blanc"])
def test_a_part_merged_again_takes_its_place_among_kept_entries_of_the_same_sort_key(joined):
    """Entries of one sort key (day, type, document, trigger) are ordered by their text,
    whether their part was kept or merged again."""
    told = [("meet", [name], [], "2016-03-01", "La visite.")
            for name in ("Anne Roche", "Marc Petit", "Paul Girard", "Zoé Blanc")]
    documents = _documents([told, [("meet", [joined], [], "2016-03-01", "Le sommet.")]])
    grown = build_kept(documents, {}, json.loads(json.dumps(build_kept(documents[:1], {}))))
    assert grown == build_kept(documents, {})
    assert [entry["participants"] for entry in grown["timeline"]][:4] == [
        ["Anne Roche"], ["Marc Petit"], ["Paul Girard"], ["Zoé Blanc"]]


_NAMES = st.dictionaries(st.sampled_from(["Anne Roche", "Paul Girard", "Marc Petit", "Nantes"]),
                         st.sampled_from(["Anne Roche", "Roche", "Paul Girard", "Nantes (LOC)"]),
                         max_size=3)


def _named(documents: list, renamed: dict[str, str], only: set[str]) -> dict:
    """An entity index that gives the documents of `only` the names of `renamed`."""
    return {(document, name): entity for document, _, _ in documents if document in only
            for name, entity in renamed.items()}


@settings(max_examples=150, deadline=None)
@given(_CORPUS, _CORPUS, st.sets(st.integers(0, 11)), _NAMES, _NAMES, st.sets(st.integers(0, 11)))
def test_a_timeline_updated_from_other_documents_and_names_is_the_one_built_from_scratch(
        corpus, other, kept_out, before, after, renamed):
    """Kept parts of a corpus that differs (documents added, left out or changed, entity
    names changed in some documents) give exactly the timeline and parts built from scratch."""
    documents = _documents(corpus)
    earlier_documents = [item for number, item in enumerate(_documents(other))
                         if number not in kept_out]
    earlier_names = _named(earlier_documents, before, {f"d{n}" for n in renamed})
    earlier = json.loads(json.dumps(build_kept(earlier_documents, earlier_names)))
    names = _named(documents, after, {f"d{n}" for n in range(12)} - {f"d{n}" for n in renamed})
    assert build_kept(documents, names, earlier) == build_kept(documents, names)


def test_a_part_whose_rows_moved_in_their_document_is_formed_anew():
    """A document that lost a row before a part's rows keeps those rows, not their places:
    the part kept is not reused (found by the property test above)."""
    documents = _documents([[], [("consult", [], [], None, "La visite.")]])
    earlier = _documents([[], [("consult", [], [], None, "Le sommet a eu lieu."),
                               ("consult", [], [], None, "La visite.")]])
    kept = json.loads(json.dumps(build_kept(earlier, {})))
    assert build_kept(documents, {}, kept) == build_kept(documents, {})


def test_only_new_documents_and_those_renamed_are_read_and_merged_again(monkeypatch):
    documents = _documents([[("meet", ["Anne Roche"], [], "2016-03-01", "La visite.")],
                            [("attack", ["Marc Petit"], ["Paris"], "2016-04", "Une attaque.")],
                            [("consult", ["Paul Girard"], [], "2017-01-05", "Le sommet.")]])
    kept = build_kept(documents[:2], {})
    keys = [(document, str(number)) for number, (document, _, _) in enumerate(documents)]
    read: list[set[str]] = []

    def load(wanted: set[str]):
        read.append(set(wanted))
        return (item for item in documents if item[0] in wanted)

    merged: list[list[str]] = []
    original = events_layer.merge
    monkeypatch.setattr(events_layer, "merge", lambda rows: merged.append(
        [row["document"] for row in rows]) or original(rows))
    first = update(keys[:2], load, {})
    assert read == [{"d0", "d1"}]
    read.clear(), merged.clear()
    grown = update(keys, load, {}, json.loads(json.dumps(first)))
    assert read == [{"d2"}] and merged == [["d2"]]
    read.clear(), merged.clear()
    names = {("d1", "Marc Petit"): "Marc Petit-Roux"}
    renamed = update(keys, load, names, grown)
    assert read == [{"d1"}] and merged == [["d1"]]
    monkeypatch.setattr(events_layer, "merge", original)
    assert renamed["timeline"] == build(documents, names)
    assert kept["timeline"] == build(documents[:2], {})


def test_leading_counts_the_first_entries_a_query_keeps_and_only_when_they_are_first():
    rows = build(corpus_documents(), NAMES)  # dated first, then the undated
    dated = len(select(rows))
    assert 0 < dated < len(rows)
    assert leading(rows, Query()) == dated
    assert leading(rows, Query(include_undated=True)) == len(rows)
    # A dated entry after an undated one: not a run of first entries.
    assert leading([rows[-1], rows[0]], Query()) is None
    assert leading([], Query()) == 0


def test_a_query_is_unfiltered_when_it_leaves_out_nothing_but_the_undated():
    assert Query().unfiltered and Query(include_undated=True).unfiltered
    for query in (Query(entity="Weber"), Query(types=["consult"]), Query(documents=["a"]),
                  Query(start="2019"), Query(end="2019")):
        assert not query.unfiltered
