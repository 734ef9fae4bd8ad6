"""The subject a relative clause inverts after its verb, read by the parser as a second object,
is made the clause's subject (the `relatives` pipeline component). Sentences written for it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "subject"), [
    ("C'est ce qu'a décidé le tribunal correctionnel de Rennes jeudi.", "tribunal"),
    ("Voici la loi qu'a votée le Parlement en mars.", "Parlement"),
    # the noun after a day, which the parser reads as apposed to the day
    ("C'est ce qu'a annoncé mercredi l'exécutif.", "exécutif"),
    # the noun after an infinitive, which the parser reads as the infinitive's object
    ("C'est ce qu'a laissé entendre la ministre de la Culture vendredi.", "ministre"),
    ("Voici les mesures qu'a décidé de prendre le gouvernement.", "gouvernement"),
])
def test_the_noun_after_a_relative_clause_s_verb_is_its_subject(nlp, text, subject):
    doc = nlp(text)
    noun = next(t for t in doc if t.text == subject)
    assert noun.dep_ == "nsubj"
    assert noun.head.dep_ == "acl:relcl"


def test_a_relative_clause_with_its_own_subject_keeps_its_object(nlp):
    doc = nlp("C'est le livre que Paul Hébert a offert à sa soeur.")
    assert not any(t.dep_ == "nsubj" and t.text == "livre" for t in doc)
    assert any(t.dep_.startswith("nsubj") and t.text == "Paul" for t in doc)


def test_the_component_runs_after_the_between_repair(nlp):
    names = nlp.pipe_names
    assert names.index("relatives") > names.index("between")
