"""A name in capitals and the same word: one name when of one kind, two when the labels tell
an organisation from a place or a person. Every name here is invented."""

from __future__ import annotations

from corpus_cli.aggregate.blocks import blocks
from corpus_cli.aggregate.capitals import CAPITALS, capitals_key
from corpus_cli.aggregate.entities import collect, consolidate
from tests.rows_for_tests import rows


def names(*groups: list[dict]) -> dict[str, dict[str, int]]:
    return {e.name: dict(e.aliases) for e in consolidate([r for g in groups for r in g])}


def test_an_organisation_s_name_in_capitals_has_a_key_of_its_own():
    assert capitals_key("vela", "VELA", "ORG") == CAPITALS + "vela"
    assert capitals_key("vela", "Vela", "ORG") == "vela"
    # a place or a person in capitals (a heading, a byline) is the same name
    assert capitals_key("vela", "VELA", "LOC") == "vela"
    assert capitals_key("vela", "VELA", "PER") == "vela"


def test_capitals_and_the_word_of_one_kind_are_one_name():
    found = names(rows("ONUV", 2, "ORG", "a"), rows("Onuv", 4, "ORG", "b"))
    assert found == {"Onuv": {"ONUV": 2, "Onuv": 4}}


def test_a_union_in_capitals_is_not_the_region_of_the_same_word():
    found = names(rows("NORDA", 3, "ORG", "a"), rows("Norda", 5, "LOC", "b"))
    assert sorted(found.values(), key=str) == [{"NORDA": 3}, {"Norda": 5}]


def test_one_company_mention_in_capitals_is_not_a_town_surely_tagged():
    found = names(rows("VALTE", 1, "ORG", "a"), rows("Valté", 4, "LOC", "b"))
    assert len(found) == 2


def test_capitals_and_their_word_fall_in_one_block():
    forms = collect([*rows("NORDA", 3, "ORG", "a"), *rows("Norda", 5, "LOC", "b")]).forms
    assert [sorted(block) for block in blocks(forms)] == [sorted(forms)]


def test_two_organisations_in_capitals_and_as_a_word_stay_one_name():
    # the tags of organisations and works are too loose to tell "SDIV" from "Sdiv"
    found = names(rows("SDIV", 3, "MISC", "a"), rows("Sdiv", 4, "ORG", "b"))
    assert found == {"Sdiv": {"SDIV": 3, "Sdiv": 4}}
