"""The report's data assembled from answers: glance, timeline marks, series, network, cards."""

from __future__ import annotations

from corpus_cli.aggregate.report_data import (
    anchor,
    entity_cards,
    focus,
    glance,
    keyword_in_context,
    mention_series,
    network,
    series_entities,
    timeline_marks,
)


def _entry(date: str | None, start: str | None, end: str | None, sources: int = 1,
           granularity: str = "day") -> dict:
    return {"date": date, "granularity": granularity, "mod": None, "start_date": start,
            "end_date": end, "type": "visit", "status": "occurred", "participants": ["X"],
            "places": [], "sources": [f"s{i}" for i in range(sources)], "sentence": "Texte."}


def test_glance_counts_undated_duplicates_and_boilerplate_per_source() -> None:
    summary = {"documents": 3, "unique_documents": 2, "words": 100, "removed_share": 0.25,
               "first_date": "2020-01-02", "last_date": "2020-02", "undated": ["u.txt"],
               "duplicates": [{"document": "a.txt", "copies": ["a2.txt"]}],
               "by_month": {"2020-01": 1}, "by_source": {"Le Journal": 2},
               "languages": {"fr": 2}}
    rows = [{"source": "Le Journal", "removed_share": 0.5, "duplicate_of": None},
            {"source": "Le Journal", "removed_share": 0.0, "duplicate_of": None},
            {"source": "Le Journal", "removed_share": 0.9, "duplicate_of": "a.txt"}]
    found = glance(summary, rows)
    assert found["undated"] == 1 and found["duplicates"] == 1
    assert found["languages"] == {"fr": 2}
    assert found["by_month"] == [{"month": "2020-01", "documents": 1}]
    assert found["by_source"] == [{"source": "Le Journal", "documents": 2, "removed_share": 0.25}]


def test_a_month_is_a_span_and_a_day_is_not() -> None:
    marks = timeline_marks([_entry("2020-03", "2020-03-01", "2020-03-31", granularity="month"),
                            _entry("2020-03-04", "2020-03-04", "2020-03-04"),
                            _entry(None, None, None)], limit=10)["marks"]
    assert [(m["start"], m["end"], m["span"]) for m in marks] == [
        ("2020-03-01", "2020-04-01", True), ("2020-03-04", "2020-03-05", False)]


def test_past_the_limit_the_events_told_by_most_sources_are_kept_in_time_order() -> None:
    entries = [_entry(f"2020-01-0{i}", f"2020-01-0{i}", f"2020-01-0{i}", sources=s)
               for i, s in ((1, 1), (2, 3), (3, 1), (4, 2))]
    found = timeline_marks(entries, limit=2)
    assert found["sampled"] and found["shown"] == 2 and found["dated"] == 4
    assert [m["start"] for m in found["marks"]] == ["2020-01-02", "2020-01-04"]


def test_series_take_the_most_cited_people_and_places_then_the_asked_ones() -> None:
    rows = [{"name": "P1", "label": "PER"}, {"name": "L1", "label": "LOC"},
            {"name": "P2", "label": "PER"}, {"name": "O1", "label": "ORG"}]
    assert series_entities(rows, 1, ["O1", "P1"]) == ["P1", "L1", "O1"]
    months = {"P1": {"2020-02": 2, "2020-01": 1}}
    assert mention_series(months, ["P1", "L1"], {"P1": "PER"}) == [
        {"entity": "P1", "label": "PER", "month": "2020-01", "mentions": 1},
        {"entity": "P1", "label": "PER", "month": "2020-02", "mentions": 2}]


def test_network_keeps_the_most_linked_nodes_and_the_heaviest_edges() -> None:
    pairs = [["A", "B", 5], ["A", "C", 1], ["C", "D", 1]]
    found = network(pairs, {"A": 9}, {"A": "PER"}, max_nodes=3, max_edges=1)
    assert [n["name"] for n in found["nodes"]] == ["A", "B", "C"]
    assert found["edges"] == [{"source": "A", "target": "B", "weight": 5}]
    assert (found["total_nodes"], found["total_edges"]) == (4, 3)


def test_keyword_in_context_cuts_on_words_and_joins_lines() -> None:
    text = "un deux trois\nquatre NOM cinq six sept"
    found = keyword_in_context(text, 21, 24, 9)
    assert found == {"left": "quatre ", "match": "NOM", "right": " cinq six"}


def test_cards_link_to_unique_anchors_and_skip_a_changed_text() -> None:
    rows = [{"name": "Élise Noé", "label": "PER", "mentions": 2, "documents": 1},
            {"name": "Elise Noe", "label": "PER", "mentions": 1, "documents": 1}]
    occurrences = {"Élise Noé": [["d", 0, 9, "Élise Noé"]], "Elise Noe": [["d", 0, 9, "Autre"]]}
    cards = entity_cards(rows, occurrences, {"d": {"title": "T", "date": "2020"}},
                         {"d": "Élise Noé parle."}, 20)
    assert anchor("Élise Noé") == "entity-elise-noe"
    assert [c["anchor"] for c in cards] == ["entity-elise-noe", "entity-elise-noe-1"]
    assert cards[0]["concordance"][0]["match"] == "Élise Noé"
    assert "match" not in cards[1]["concordance"][0]


def test_the_axis_opens_on_the_middle_of_the_dates_when_a_few_are_far() -> None:
    recent = [f"2020-01-{day:02d}" for day in range(1, 29)] * 2
    assert focus(recent) is None
    assert focus(["1870-07-19", *recent, "2020-02-01"]) == ["2020-01-01", "2020-01-28"]
    assert focus(["1870-07-19"]) is None  # too few dates to leave any out


def test_a_century_span_does_not_stretch_the_axis_to_its_end() -> None:
    entries = [{"start_date": f"2020-01-{day:02d}", "end_date": f"2020-01-{day:02d}"}
               for day in range(1, 29)]
    century = {"start_date": "2001-01-01", "end_date": "2100-12-31"}
    part = timeline_marks([*entries, century], limit=100)
    assert part["focus"] == ["2020-01-01", "2020-01-28"]
