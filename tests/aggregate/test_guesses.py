"""A bare surname given to a person named in full only in other documents: spelt alike, and not
a word written alone far more often than the person is named. Every name here is invented."""

from __future__ import annotations

from corpus_cli.aggregate.entities import consolidate
from corpus_cli.aggregate.guesses import WORD_FACTOR, may_guess
from tests.rows_for_tests import row, rows


def test_a_bare_surname_spelt_as_the_persons_may_be_guessed():
    assert may_guess(("Valenko",), 3, [(("Valenko",), 2)])
    assert may_guess(("de", "Morlay"), 1, [(("de", "Morlay"), 1)])


def test_a_spelling_that_only_the_name_key_joins_is_another_word():
    # doubled letters and a feminine ending share a key with the surname, not a spelling
    assert not may_guess(("Bonne",), 1, [(("Boné",), 3)])
    assert not may_guess(("Justine",), 1, [(("Justin",), 3)])


def test_a_word_written_alone_far_more_than_the_person_is_named_is_its_own():
    assert not may_guess(("Grippe",), WORD_FACTOR, [(("Grippe",), 1)])
    assert may_guess(("Grippe",), WORD_FACTOR - 1, [(("Grippe",), 1)])


def test_consolidation_keeps_such_bare_words_apart():
    people = [row("Luc Boné", document="p1"), *rows("Bonne", 2, prefix="b")]
    entities = consolidate(people)
    assert {e.name for e in entities} == {"Luc Boné", "Bonne"}
    assert next(e for e in entities if e.name == "Bonne").ambiguous_with == ["Luc Boné"]
    widespread = [row("Alma Grippe", document="p1"), *rows("Grippe", 6, prefix="g")]
    assert len(consolidate(widespread)) == 2
    assert len(consolidate([row("Alma Grippe", document="p1"), *rows("Grippe", 4)])) == 1
