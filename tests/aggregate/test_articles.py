"""A name with and without its leading article is one name unless surely two kinds of thing.
Every name here is invented."""

from __future__ import annotations

from corpus_cli.aggregate.articles import same_kind
from corpus_cli.aggregate.entities import consolidate
from tests.rows_for_tests import row, rows


def test_forms_of_two_sure_kinds_are_two_names():
    assert not same_kind({"ORG": 9}, {"LOC": 12, "ORG": 1})
    assert same_kind({"LOC": 3}, {"LOC": 5})


def test_a_form_too_rarely_or_too_mixedly_tagged_says_nothing():
    assert same_kind({"MISC": 1}, {"ORG": 4})
    assert same_kind({"ORG": 5}, {"PER": 2, "MISC": 3, "ORG": 1})


def test_a_newspaper_is_not_joined_to_the_word_of_its_title():
    # "Le Vigilant" the newspaper beside "Vigilant" the word, each surely tagged
    entities = consolidate([*rows("Le Vigilant", 4, "ORG", "a"), *rows("Vigilant", 5, "LOC")])
    assert {e.name for e in entities} == {"Le Vigilant", "Vigilant"}
    # the article cut at a sentence start: one place
    entities = consolidate([*rows("La Vernière", 4, "LOC", "a"), *rows("Vernière", 2, "LOC")])
    assert [e.name for e in entities] == ["La Vernière"]


def test_a_family_is_not_joined_to_the_bare_surname_of_a_person():
    entities = consolidate([*rows("les Morvanec", 2, "MISC", "a"), row("Morvanec", document="m")])
    assert {e.name for e in entities} == {"les Morvanec", "Morvanec"}
