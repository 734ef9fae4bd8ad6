"""Names a person shares with a thing: a bare word beside a thing's name that holds it.

Every name here is invented."""

from __future__ import annotations

from corpus_cli.aggregate.brands import brand_words, form_key, is_bare_thing
from corpus_cli.aggregate.entities import MentionKeys, consolidate, key_index
from tests.rows_for_tests import row, rows


def test_the_words_of_a_things_name_of_several_words_are_brand_words():
    rows = [row("Vautrin Ondine", "MISC"), row("laboratoires Morel", "ORG"),
            row("Paul Vautrin"), row("Lisbonne", "LOC")]
    brands = brand_words(rows)
    assert brands["vautrin"] == {"vautrin ondine"}
    assert brands["morel"] == {"laboratoires morel"}
    assert "paul" not in brands and "lisbonne" not in brands  # a person's, a one-word name


def test_a_bare_thing_is_a_one_word_mention_not_tagged_as_a_person():
    brands = brand_words([row("Vautrin Ondine", "MISC")])
    assert is_bare_thing(row("Vautrin", "ORG", resolved="Paul Vautrin"), brands)
    assert not is_bare_thing(row("Vautrin", "PER", resolved="Paul Vautrin"), brands)
    assert not is_bare_thing(row("Morel", "ORG", resolved="Anne Morel"), brands)
    # pointed at a name the document also writes as a thing: the thing either way
    assert not is_bare_thing(row("Ondine", "MISC", resolved="Vautrin Ondine"), brands)


def test_a_family_is_not_a_things_name():
    brands = brand_words([row("les Morel", "MISC"), row("famille Morel", "MISC")])
    assert not is_bare_thing(row("Morel", "LOC", resolved="Anne Morel"), brands)


def test_a_thing_written_as_a_hyphenated_name_is_not_the_person_it_is_named_after():
    # "le porte-avions Armand-de-Varenne" (tagged as a ship) beside the admiral
    admiral = rows("Armand de Varenne", 4)
    ship = [row("Armand-de-Varenne", "MISC", document=f"s{i}") for i in range(2)]
    entities = consolidate([*admiral, *ship])
    found = sorted((e.name, e.label, e.mentions) for e in entities)
    assert found == [("Armand de Varenne", "PER", 4), ("Armand-de-Varenne", "MISC", 2)]
    # each mention finds its own entity again
    index, keys = key_index(entities), MentionKeys()
    by_id = {e.id: e.name for e in entities}
    assert [by_id[index[keys.key(r)]] for r in (admiral[0], ship[0])] == [
        "Armand de Varenne", "Armand-de-Varenne"]


def test_a_hyphenated_name_of_no_person_still_joins_its_spelling_with_spaces():
    entities = consolidate([*rows("Val-d'Oise", 3, "LOC"), row("Val d'Oise", "LOC", "x"),
                            *rows("Rhin-Moselle", 2, "ORG", "r"), row("Rhin Moselle", "ORG"),
                            *rows("la Pointe Vierge", 2, "LOC", "p"), row("Pointe-Vierge", "LOC")])
    assert sorted((e.name, e.mentions) for e in entities) == [
        ("Rhin-Moselle", 3), ("Val-d'Oise", 4), ("la Pointe Vierge", 3)]


def test_only_a_things_own_hyphenated_name_is_keyed_apart():
    assert form_key("Jean-Paul Morel", "Jean-Paul Morel", "MISC") == "jean paul morel"
    assert form_key("Armand-de-Varenne", "Armand-de-Varenne", "PER") == "armand de varenne"
    assert form_key("Paul Morel", "Morel-Vidal", "LOC") == "paul morel"  # resolved elsewhere
    assert form_key("Grande-Bretagne", "Grande-Bretagne", "LOC") == "grande bretagne"
    assert form_key("Armand-de-Varenne", "Armand-de-Varenne", "LOC") == "armand-de-varenne"
