"""Titles opened by a capitalised article in mid-sentence: one name over their qualifiers.

The parties and papers here are invented; the entities are set by hand, as the model would
cut them, so that the tests read the rule and not the model's guesses.
"""

from __future__ import annotations

from corpus_cli.extract.mentions import extract_mentions
from tests.extract.test_mentions import with_ents


def names(nlp, text: str, marks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(m["name"], m["label"]) for m in extract_mentions(with_ents(nlp, text, marks))]


def test_an_adjective_after_a_title_is_part_of_it_and_a_place_so_qualified_is_a_body(nlp):
    found = names(nlp, "Le maire a quitté La Nation insoumise mardi dernier.",
                  [("La Nation", "LOC")])
    assert found == [("La Nation insoumise", "ORG")]


def test_a_bare_participle_after_a_paper_s_title_is_part_of_it(nlp):
    found = names(nlp, "L'affaire a été révélée par Le Hérisson déchaîné mercredi.",
                  [("Le Hérisson", "MISC")])
    assert found == [("Le Hérisson déchaîné", "MISC")]


def test_a_phrase_of_en_and_a_bare_noun_continues_a_party_s_title(nlp):
    found = names(nlp, "Le député de La Démocratie en mouvement a voté contre le texte.",
                  [("La Démocratie", "LOC")])
    assert found == [("La Démocratie en mouvement", "ORG")]


def test_en_opening_the_sentence_s_own_phrase_is_no_part_of_the_title(nlp):
    found = names(nlp, "Elle a signé une tribune dans Le Héraut en faveur de la réforme.",
                  [("Le Héraut", "ORG")])
    assert found == [("Le Héraut", "ORG")]


def test_the_capitalised_article_the_model_left_out_of_a_party_is_taken_in(nlp):
    found = names(nlp, "Un élu Les Indépendants a démissionné jeudi.", [("Indépendants", "ORG")])
    assert found == [("Les Indépendants", "ORG")]


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
