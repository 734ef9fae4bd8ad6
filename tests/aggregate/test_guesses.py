"""A bare surname given to a person named in full only in other documents: spelt alike, and a
word the model reads as a person. Every name here is invented."""

from __future__ import annotations

from corpus_cli.aggregate.entities import collect, consolidate
from corpus_cli.aggregate.guesses import may_guess, told_of
from corpus_cli.aggregate.whole import Whole
from tests.rows_for_tests import row, rows


def test_a_bare_surname_spelt_as_the_persons_may_be_guessed():
    assert may_guess(("Valenko",), {"PER": 3}, [("Valenko",)])
    assert may_guess(("de", "Morlay"), {"PER": 12}, [("de", "Morlay")])
    assert may_guess(("Valenko",), {"PER": 1, "ORG": 1}, [("Valenko",)])  # one stray tag


def test_a_spelling_that_only_the_name_key_joins_is_another_word():
    # doubled letters and a feminine ending share a key with the surname, not a spelling
    assert not may_guess(("Bonne",), {"PER": 1}, [("Boné",)])
    assert not may_guess(("Justine",), {"PER": 1}, [("Justin",)])


def test_a_word_the_model_often_tags_as_a_place_or_thing_is_its_own():
    assert not may_guess(("Grippe",), {"PER": 5, "LOC": 3}, [("Grippe",)])
    assert may_guess(("Grippe",), {"PER": 7, "LOC": 3}, [("Grippe",)])


def test_consolidation_keeps_such_bare_words_apart():
    people = [row("Luc Boné", document="p1"), *rows("Bonne", 2, prefix="b")]
    entities = consolidate(people)
    assert {e.name for e in entities} == {"Luc Boné", "Bonne"}
    assert next(e for e in entities if e.name == "Bonne").ambiguous_with == ["Luc Boné"]
    campaign = [row("Halte Grippe", document="p1"), *rows("Grippe", 4, prefix="g"),
                *rows("Grippe", 3, "LOC", prefix="l")]
    assert len(consolidate(campaign)) == 2
    assert len(consolidate([*rows("Alma Grippe", 2, prefix="p"), *rows("Grippe", 4)])) == 1


def test_a_bare_surname_is_told_of_a_person_named_once_by_names_their_documents_share():
    story = [row("Lormont", "LOC", d) for d in ("a", "b")] + [
        row("Vessac", "LOC", d) for d in ("a", "b")] + [row("Brême", "LOC", f"o{n}")
                                                       for n in range(4)]
    whole = Whole.of(collect(story).forms)
    assert told_of({"b"}, {"a"}, [], whole)
    assert not told_of({"b"}, {"a"}, ["lormont"], whole)  # the person's own forms do not count
    assert told_of({"b"}, {"a", "c"}, ["lormont"], whole)  # named in full in two documents
    assert told_of({"a"}, {"a"}, ["lormont", "vessac"], whole)  # one document names both
