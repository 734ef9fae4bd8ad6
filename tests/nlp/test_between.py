"""Two sides "entre X et Y" read by the parser as two clauses are given back to their noun (the
`between` pipeline component). Sentences written for the rule."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "sides"), [
    ("Les négociations entre Israël et le Hamas ont repris mardi au Caire.", ("Israël", "Hamas")),
    ("Les pourparlers entre la Serbie et le Kosovo ont échoué lundi à Bruxelles.",
     ("Serbie", "Kosovo")),
])
def test_the_noun_of_two_sides_is_the_verb_s_subject_and_the_sides_are_joined(nlp, text, sides):
    doc = nlp(text)
    noun = doc[1]
    first, second = (next(t for t in doc if t.text == side) for side in sides)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert noun.head == verb and noun.dep_.startswith("nsubj")
    assert (second.head, second.dep_) == (first, "conj")
    assert len(list(doc.sents)) == 1


def test_a_verb_whose_subject_is_not_after_entre_keeps_its_parse(nlp):
    doc = nlp("Le différend entre les deux voisins dure depuis des années.")
    assert doc[1].head == next(t for t in doc if t.dep_ == "ROOT")
    assert not [t for t in doc if t.dep_ == "conj"]


def test_the_component_runs_after_the_participles(nlp):
    names = nlp.pipe_names
    assert names.index("between") > names.index("participles")
