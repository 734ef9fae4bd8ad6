"""Names a person shares with a thing: a bare word beside a thing's name that holds it.

Every name here is invented."""

from __future__ import annotations

from corpus_cli.aggregate.brands import brand_words, is_bare_thing
from tests.rows_for_tests import row


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
