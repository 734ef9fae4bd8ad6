"""Concordance lines on texts written here."""

from __future__ import annotations

import pytest

from corpus_cli.aggregate.kwic import Mode, Order, lines, matches, ordered, pattern, stem
from corpus_cli.errors import UsageError

TEXT = "Le port ouvre.\nLes ports ferment; un support cède.   Menu   \nLe Port   rouvre."


def spans(query: str, mode: Mode, text: str = TEXT) -> list[str]:
    return [text[s:e] for s, e in matches(text, pattern(query, mode))]


def test_a_word_matches_whole_words_in_any_case():
    assert spans("port", Mode.word) == ["port", "Port"]


def test_a_phrase_matches_across_whitespace_and_line_breaks():
    assert spans("ouvre. Les", Mode.phrase) == ["ouvre.\nLes"]
    assert spans("le port", Mode.phrase) == ["Le port", "Le Port"]


def test_a_regex_and_a_bad_regex():
    assert spans(r"port\w*", Mode.regex) == ["port", "ports", "port", "Port"]
    with pytest.raises(UsageError):
        pattern("(", Mode.regex)


def test_a_lemma_matches_its_inflected_forms():
    assert stem("annoncer") == "annonc"
    text = "Il annonce, elle annonçait, ils ont annoncé ; une annonce."
    assert spans("annoncer", Mode.lemma, text) == ["annonce", "annoncé", "annonce"]


def test_context_is_collapsed_and_cut_to_width():
    (row,) = lines("d", "2020-01-02", TEXT, [(TEXT.index("support"), TEXT.index(" cède"))], 10)
    assert row["match"] == "support"
    assert row["left"] == "ferment; un "[-10:]
    assert row["right"].startswith(" cède.")
    assert len(row["right"]) <= 10


def test_sorting_left_right_and_date():
    rows = [{"document": "a", "date": "2020-02", "left": "x b", "right": "z", "start": 0},
            {"document": "b", "date": "2020-01", "left": "y a", "right": "a", "start": 0}]
    assert [r["document"] for r in ordered(rows, Order.left)] == ["b", "a"]
    assert [r["document"] for r in ordered(rows, Order.right)] == ["b", "a"]
    assert [r["document"] for r in ordered(rows, Order.date)] == ["b", "a"]
