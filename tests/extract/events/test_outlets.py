"""An outlet that says something publishes it (extract/events/outlets.py): the document shows a
name to be an outlet by a press noun before it, a medium's words around it, or its own words.
Sentences written for each cue; the real mentions and dates layers run."""

from __future__ import annotations

import pytest

from corpus_cli.extract.events.outlets import known_outlet
from tests.rows_for_tests import dated_row


@pytest.mark.parametrize("text", [
    # a press noun before the name, here or elsewhere in the document
    "Le quotidien Le Courrier du Soir affirme mardi 9 mars que la réforme sera retirée.",
    "Le Courrier du Soir affirme mardi 9 mars que la réforme sera retirée. Le quotidien Le "
    "Courrier du Soir cite un proche du ministre.",
    # a medium's words before it
    "Canal Azur affirme mardi 9 mars que la réforme sera retirée. Au micro de Canal Azur, un "
    "conseiller a confirmé l'information.",
    # a word of an outlet's name
    "Radio Azur affirme mardi 9 mars que la réforme sera retirée.",
    "Le Courrier du Soir affirme mardi 9 mars que la réforme sera retirée. Dans les colonnes "
    "du Courrier du Soir, un proche du ministre parle.",
    "Le Courrier du Soir affirme mardi 9 mars que la réforme sera retirée. Dans un entretien "
    "accordé au Courrier du Soir, le ministre Paul Hébert s'en explique.",
    # a name of the outlets' list, with no cue, whatever its article, case or accents
    "Le Parisien affirme mardi 9 mars que la réforme sera retirée.",
    "La réforme sera retirée, indique mardi 9 mars le Canard Enchaîné.",
])
def test_an_outlet_saying_something_publishes(nlp, text):
    assert dated_row(nlp, text, "mardi 9 mars")["type"] == "publication"


@pytest.mark.parametrize("text", [
    # a body says something: a statement
    "Le ministère de la Santé affirme mardi 9 mars que la réforme sera retirée.",
    # the body is named after "de", but not a medium's
    "L'Agence nationale de santé affirme mardi 9 mars que la réforme sera retirée. Sur le site "
    "de l'Agence nationale de santé, un communiqué le confirme.",
    # a person questioned by an outlet speaks, the outlet does not
    "Interrogé par Radio Azur, Paul Hébert affirme mardi 9 mars que la réforme sera retirée.",
])
def test_a_body_or_a_person_saying_something_makes_a_statement(nlp, text):
    assert dated_row(nlp, text, "mardi 9 mars")["type"] == "public_statement"


def test_the_outlets_list_knows_a_name_whatever_its_article_case_or_accents():
    assert known_outlet("Le Parisien") and known_outlet("parisien")
    assert known_outlet("L'Est Republicain")
    assert not known_outlet("Paul Hébert")
