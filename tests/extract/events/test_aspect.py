"""Verbs of aspect (extract/events/aspect.py): "a commencé à juger" tells a trial begun.
Sentences written for the rule; the real mentions and dates layers run."""

from __future__ import annotations

from corpus_cli.extract.events.aspect import aspect_complement
from tests.rows_for_tests import trigger_row


def test_a_verb_of_beginning_or_undertaking_takes_its_infinitive_s_type(nlp) -> None:
    assert trigger_row(nlp, "Le gouvernement a entrepris jeudi de négocier avec les syndicats.",
                       "entrepris")["type"] == "consult"
    assert trigger_row(nlp, "Les manifestants ont commencé lundi à manifester devant la mairie "
                            "de Lille.", "commencé")["type"] == "protest"


def test_a_verb_of_stopping_carries_no_act(nlp) -> None:
    doc = nlp("Le pays a cessé de négocier avec ses voisins.")
    assert aspect_complement(next(t for t in doc if t.lemma_ == "cesser")) is None
    doc = nlp("Le pays a commencé à négocier avec ses voisins.")
    assert aspect_complement(next(t for t in doc if t.lemma_ == "commencer")).lemma_ == "négocier"
