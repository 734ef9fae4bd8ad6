"""find_expressions on texts built to make a regex backtrack: the answer, never a hang.

The timings are in benchmarks/bench_dates.py (`--pathological`); here each text must simply
come back with the right answer (a quadratic pattern would take minutes on these).
"""

from __future__ import annotations

import pytest

from corpus_cli.dates.grammar.find import find_expressions


@pytest.mark.parametrize("text", ["trois " * 4000, "trois-" * 4000, "vingt et un " * 2000,
                                  "3, " * 4000, "mars, " * 4000, "trois et " * 3000])
def test_runs_of_numbers_or_list_items_are_no_date(text: str) -> None:
    assert find_expressions(text) == []


def test_a_run_of_weekdays_gives_one_expression_each() -> None:
    found = find_expressions("lundi, " * 4000)
    assert len(found) == 4000
    assert {e.text for e in found} == {"lundi"}


def test_a_long_list_of_dates_keeps_every_date() -> None:
    text = ", ".join(f"le {day} mars" for day in range(1, 29)) + " et le 29 mars 2016"
    found = find_expressions(text)
    assert len(found) == 29
    assert found[-1].text == "29 mars 2016"
