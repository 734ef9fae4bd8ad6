"""Rows held by columns read back as the rows they hold."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus_cli.rows import Coded, Columns

CODES = [1, 0, 1]
TABLE = Columns(["document", "date", "text", "start"],
                [Coded(["d1", "d2"], CODES), Coded([None, "2020"], CODES), ["A", "B", "C"],
                 [0, 5, 9]])
ROWS = [{"document": "d2", "date": "2020", "text": "A", "start": 0},
        {"document": "d1", "date": None, "text": "B", "start": 5},
        {"document": "d2", "date": "2020", "text": "C", "start": 9}]


def test_columns_read_as_their_rows():
    assert list(TABLE) == ROWS
    assert len(TABLE) == 3
    assert TABLE[1] == ROWS[1] and TABLE[-1] == ROWS[2]
    assert TABLE == ROWS and ROWS == TABLE and ROWS[:2] != TABLE
    assert TABLE.column("document") == ["d2", "d1", "d2"]
    with pytest.raises(IndexError):
        TABLE[3]


def test_a_slice_or_a_choice_of_rows_keeps_the_codes_shared():
    for part, rows in ((TABLE[1:], ROWS[1:]), (TABLE.take([2, 0]), [ROWS[2], ROWS[0]])):
        assert isinstance(part, Columns) and part == rows
        document, date = part.columns[:2]
        assert isinstance(document, Coded) and isinstance(date, Coded)
        assert document.codes is date.codes


def test_columns_of_different_lengths_are_refused():
    with pytest.raises(ValueError):
        Columns(["a", "b"], [[1], [1, 2]])
    with pytest.raises(ValueError):
        Columns(["a"], [[1], [2]])


@given(st.lists(st.tuples(st.integers(0, 3), st.text(max_size=3)), max_size=8),
       st.slices(10))
def test_slices_are_the_slices_of_the_rows(pairs, chosen):
    values = ["w", "x", "y", "z"]
    table = Columns(["coded", "plain"], [Coded(values, [c for c, _ in pairs]),
                                         [t for _, t in pairs]])
    rows = [{"coded": values[c], "plain": t} for c, t in pairs]
    assert list(table[chosen]) == rows[chosen]
