"""Concordance lines on texts written here."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus_cli.aggregate.kwic import (
    INDEX_PARTS,
    Finder,
    Mode,
    Order,
    index_key,
    index_part,
    index_words,
    lines,
    lowered_text,
    matches,
    ordered,
    pattern,
    stem,
    word_index,
)
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


def test_the_word_index_holds_folded_ascii_words():
    text = "Le Conseil d'État siège_2 à OSLO ; conseil, \u212aarl et \u017fort."
    # Words with other letters ("État", "siège_2", "à") are not in it.
    assert index_words(text) == {"le", "conseil", "d", "oslo", "karl", "et", "sort"}


def test_index_key_is_the_first_word_of_a_word_or_phrase_query():
    assert index_key("Conseil", Mode.word) == "conseil"
    assert index_key("  Conseil  municipal", Mode.phrase) == "conseil"
    assert index_key("État", Mode.word) is None
    assert index_key("conseil", Mode.regex) is None
    assert index_key("conseil", Mode.lemma) is None


def test_word_index_lists_the_documents_holding_each_word():
    parts = word_index([(0, "Le conseil siège."), (1, "Rien ici."), (2, "CONSEIL")])
    assert len(parts) == INDEX_PARTS
    assert parts[index_part("conseil")]["conseil"] == [0, 2]
    assert parts[index_part("ici")]["ici"] == [1]


WORDS = st.sampled_from(["ab", "AB", "aB", "k", "K", "\u212a", "s", "\u017f", "I", "\u0130",
                         "\u0131", "é", "_", "7", " ", ".", "-", "\n", "d'", "x"])


@given(st.lists(WORDS, max_size=12).map("".join),
       st.sampled_from(["ab", "k", "s", "i", "ab_7", "x", "7", "dx", "ab s"]))
def test_every_text_a_query_matches_holds_its_indexed_word(text, query):
    # The index may only ever leave out documents no match is in.
    for mode in (Mode.word, Mode.phrase):
        if any(matches(text, pattern(query, mode))):
            assert index_key(query, mode) in index_words(text)


@given(st.lists(WORDS, max_size=12).map("".join),
       st.sampled_from(["ab", "AB", "k", "\u212a", "s", "i", "ab_7", "x", "7", "dx", "ab s",
                        "é", "d'x", "a.b"]))
def test_the_finder_finds_what_the_pattern_finds(text, query):
    # Searched in the lowered text where it can be: the same spans as re.IGNORECASE gives.
    for mode in (Mode.word, Mode.phrase, Mode.regex):
        assert Finder(query, mode).spans(text) == list(matches(text, pattern(query, mode)))


def test_the_finder_searches_the_lowered_text_of_an_ascii_word():
    assert Finder("ab s", Mode.phrase).folded is not None
    assert Finder("é", Mode.word).folded is None and Finder("a.b", Mode.word).folded is None
    assert lowered_text("AB \u017f\u0131\u212a") == "ab sik"
    assert lowered_text("\u0130") is None
