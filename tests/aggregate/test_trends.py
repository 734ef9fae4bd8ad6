"""Mentions per period, on hand-made occurrences."""

from __future__ import annotations

from corpus_cli.aggregate.trends import (
    Period,
    all_periods,
    named,
    period_of,
    series,
    sparkline,
    tally,
    top,
    trend_rows,
)


def test_periods_of_a_publication_date():
    assert period_of("2020-03-05", Period.day) == "2020-03-05"
    assert period_of("2020-03-05", Period.week) == "2020-W10"
    assert period_of("2021-01-01", Period.week) == "2020-W53"
    assert period_of("2020-03-05", Period.month) == "2020-03"
    assert period_of("2020", Period.month) is None
    assert period_of(None, Period.year) is None


def test_tally_counts_mentions_and_documents_in_long_form():
    documents = [("2020-01-03", [["per:a", 0, 1, 0, "A"], ["per:a", 5, 6, 1, "A"]]),
                 ("2020-01-20", [["per:a", 0, 1, 0, "A"], ["loc:b", 3, 4, 0, "B"]]),
                 ("2020-03-01", [["loc:b", 0, 1, 0, "B"]]),
                 (None, [["loc:b", 0, 1, 0, "B"]])]
    mentions, docs = tally(((date, [o[0] for o in found]) for date, found in documents),
                           Period.month)
    assert top(mentions, 1) == ["per:a"]
    rows = trend_rows(mentions, docs, ["per:a", "loc:b"], {"per:a": "A", "loc:b": "B"})
    assert rows == [
        {"period": "2020-01", "entity": "per:a", "name": "A", "mentions": 3, "documents": 2},
        {"period": "2020-01", "entity": "loc:b", "name": "B", "mentions": 1, "documents": 1},
        {"period": "2020-03", "entity": "loc:b", "name": "B", "mentions": 1, "documents": 1},
    ]
    periods = all_periods(rows, Period.month)
    assert periods == ["2020-01", "2020-02", "2020-03"]
    assert series(rows, periods) == {"per:a": [3, 0, 0], "loc:b": [1, 0, 1]}


def test_a_tally_of_entity_numbers_is_named_for_the_entities_shown():
    ids = ["per:b", "per:a", "loc:c"]
    mentions, docs = tally([("2020-01-03", [0, 1, 1]), ("2020-02-01", [0, 2])], Period.month)
    assert top(mentions, 2, ids.__getitem__) == [1, 0]  # a tie goes to the first id
    assert named(mentions, ids, [1, 2]) == {"2020-01": {"per:a": 2}, "2020-02": {"loc:c": 1}}
    assert named(docs, ids, [1]) == {"2020-01": {"per:a": 1}, "2020-02": {}}


def test_gaps_across_years_and_weeks():
    assert all_periods([{"period": "2020-12"}, {"period": "2021-02"}], Period.month) == [
        "2020-12", "2021-01", "2021-02"]
    assert all_periods([{"period": "2020-W52"}, {"period": "2021-W01"}], Period.week) == [
        "2020-W52", "2020-W53", "2021-W01"]


def test_sparkline_fits_its_width():
    line = sparkline(list(range(100)), 32)
    assert 0 < len(line) <= 32
    assert sparkline([0, 0, 5], 10) == "  █"
