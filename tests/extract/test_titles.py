"""Titles opened by a capitalised article in mid-sentence: one name over their qualifiers.

The parties and papers here are invented; the entities are set by hand, as the model would
cut them, so that the tests read the rule and not the model's guesses.
"""

from __future__ import annotations

import pytest

from corpus_cli.extract.mentions import extract_mentions
from tests.extract.test_mentions import with_ents


def names(nlp, text: str, marks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(m["name"], m["label"]) for m in extract_mentions(with_ents(nlp, text, marks))]


@pytest.mark.parametrize(("text", "mark", "expected"), [
    # an adjective after a title is part of it, and a place so qualified is a body
    ("Le maire a quitté La Nation insoumise mardi dernier.", ("La Nation", "LOC"),
     ("La Nation insoumise", "ORG")),
    # a bare participle after a paper's title is part of it
    ("L'affaire a été révélée par Le Hérisson déchaîné mercredi.", ("Le Hérisson", "MISC"),
     ("Le Hérisson déchaîné", "MISC")),
    # a phrase of "en" and a bare noun continues a party's title
    ("Le député de La Démocratie en mouvement a voté contre le texte.",
     ("La Démocratie", "LOC"), ("La Démocratie en mouvement", "ORG")),
    # "en" opening the sentence's own phrase is no part of the title
    ("Elle a signé une tribune dans Le Héraut en faveur de la réforme.", ("Le Héraut", "ORG"),
     ("Le Héraut", "ORG")),
    # the capitalised article the model left out of a party is taken in
    ("Un élu Les Indépendants a démissionné jeudi.", ("Indépendants", "ORG"),
     ("Les Indépendants", "ORG")),
])
def test_a_title_in_mid_sentence_is_one_name_over_its_qualifiers(nlp, text, mark, expected):
    assert names(nlp, text, [mark]) == [expected]


def test_a_title_of_the_document_is_known_at_a_sentence_start_and_after_la(nlp):
    text = ("La Nation insoumise a voté contre. Un élu de La Nation insoumise l'a confirmé. "
            "Il représente la Nation insoumise à Vesoul.")
    found = names(nlp, text, [("La Nation", "LOC"), ("La Nation", "LOC"), ("Nation", "LOC"),
                              ("Vesoul", "LOC")])
    assert [label for _, label in found] == ["ORG", "ORG", "ORG", "LOC"]
    assert all(name.endswith("Nation insoumise") for name, _ in found[:3])


def test_without_a_title_in_mid_sentence_a_place_and_its_adjective_stay_apart(nlp):
    found = names(nlp, "La Nation entière a voté. Il vit à La Ferrière depuis mardi.",
                  [("La Nation", "LOC"), ("La Ferrière", "LOC")])
    assert found[0][1] == "LOC" and "entière" not in found[0][0]
    assert found[1] == ("La Ferrière", "LOC")


def test_a_contracted_article_is_no_part_of_a_place_s_name(nlp):
    found = names(nlp, "Il a remporté une nette victoire au Mesnil dimanche.",
                  [("au Mesnil", "LOC")])
    assert found == [("Mesnil", "LOC")]


@pytest.mark.parametrize(("text", "marks", "expected"), [
    # after a lower-case article, the initials the document writes make the title whole
    ("Le chef de file de la Nation insoumise (LNI) a parlé.", [("Nation", "LOC"), ("LNI", "ORG")],
     [("Nation insoumise", "ORG"), ("LNI", "ORG")]),
    ("Il a quitté la Démocratie en mouvement mardi. La DEM a pris acte.",
     [("Démocratie", "MISC"), ("DEM", "ORG")],
     [("Démocratie en mouvement", "ORG"), ("DEM", "ORG")]),
    # no initials, no title; a verb or a people is never spelled by chance
    ("Le chef de file de la Nation insoumise a parlé.", [("Nation", "LOC")], [("Nation", "LOC")]),
    ("Air Lune pourrait fermer, selon l'ALP.", [("Air Lune", "ORG"), ("ALP", "ORG")],
     [("Air Lune", "ORG"), ("ALP", "ORG")]),
    ("Les Français interrogés ont répondu, selon la LFI.", [("Français", "MISC"), ("LFI", "ORG")],
     [("Français", "MISC"), ("LFI", "ORG")]),
])
def test_initials_the_document_writes_make_a_title_whole(nlp, text, marks, expected):
    assert names(nlp, text, marks) == expected
