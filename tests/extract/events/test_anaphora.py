"""Who a subject that names nobody stands for: pronouns (also inverted) and definite role nouns
or epithets. Sentences written for each rule; the real mentions and dates layers run."""

from __future__ import annotations

from typing import Any

from corpus_cli.extract import dates as date_layer
from corpus_cli.extract import mentions as mention_layer
from corpus_cli.extract.events import extract_events
from corpus_cli.extract.events.anaphora import epithets


def dated(nlp, text: str, reference: str = "2021-03-10") -> list[dict[str, Any]]:
    doc = nlp(text)
    found = extract_events(doc, mention_layer.extract_mentions(doc),
                           date_layer.extract_dates(doc, reference))
    return [row for row in found if row["date"] is not None]


def by_date(found: list[dict[str, Any]], date_text: str) -> dict[str, Any]:
    return next(row for row in found if row["date_text"] == date_text)


def test_an_inverted_pronoun_is_the_speaker_named_before_not_a_name_in_the_quote(nlp):
    text = ("Claire Vautrin a défendu la réforme devant les députés. \"Paul Hébert a fait son "
            "travail\", a-t-elle dit mardi sur une radio.")
    row = by_date(dated(nlp, text), "mardi")
    assert row["actors"][:1] == ["Claire Vautrin"]


def test_a_pronoun_in_a_subordinate_clause_is_the_nearest_person_of_its_sentence(nlp):
    text = ("Hélène Marchal a reçu Bruno Keller, qui est arrivé à Lyon jeudi alors "
            "qu'il rentrait d'Italie.")
    found = dated(nlp, text)
    assert any("Bruno Keller" in row["participants"] for row in found)


def test_a_definite_epithet_stands_for_the_person_the_text_names_most(nlp):
    text = ("Marc Delorme a racheté le journal. Marc Delorme possède déjà deux chaînes. "
            "Le milliardaire a annoncé lundi un plan social.")
    row = by_date(dated(nlp, text), "lundi")
    assert row["actors"][:1] == ["Marc Delorme"]


def test_an_indefinite_role_noun_is_someone_new(nlp):
    text = "Marc Delorme a racheté le journal. Un ministre a critiqué lundi ce rachat."
    row = by_date(dated(nlp, text), "lundi")
    assert "Marc Delorme" not in row["actors"]


def test_a_role_noun_with_its_own_adjective_is_not_guessed(nlp):
    text = ("Marc Delorme a racheté le journal. Marc Delorme est riche. "
            "Le président italien a critiqué lundi ce rachat.")
    row = by_date(dated(nlp, text), "lundi")
    assert "Marc Delorme" not in row["actors"]


def test_a_generic_noun_of_person_stays_a_description(nlp):
    text = ("Sophie Lenoir a porté plainte. Sophie Lenoir a été insultée. "
            "L'homme a été interpellé lundi.")
    row = by_date(dated(nlp, text), "lundi")
    assert "Sophie Lenoir" not in row["participants"]


def test_the_role_noun_subject_of_a_passive_is_acted_on(nlp):
    text = ("Jean Martin a été arrêté à Lyon. Jean Martin milite depuis dix ans. "
            "Le militant a été interrogé mardi.")
    row = by_date(dated(nlp, text), "mardi")
    assert row["actors"] == [] and row["targets"][:1] == ["Jean Martin"]


def test_epithets_hold_no_generic_noun_of_person():
    assert {"homme", "femme", "suspect", "personne"}.isdisjoint(epithets())
    assert {"milliardaire", "président", "ministre"} <= epithets()


def test_an_outlet_inverted_after_a_dated_verb_of_revealing_publishes(nlp):
    found = dated(nlp, "Le maire a démissionné, a révélé lundi le quotidien Libération.")
    row = next(r for r in found if r["type"] == "publication")
    assert row["actors"] == ["Libération"]
