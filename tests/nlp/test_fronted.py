"""A participle opening a sentence, which the parser made the root with the main clause hung
on it, is given back to that clause (the `fronted_participles` pipeline component). Sentences
written for it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "participle", "verb"), [
    # sentences the parser reads with the participle as root
    ("Invité de Radio Nord mardi soir, Paul Hébert, cofondateur du journal, a critiqué le "
     "rapport de la commission.", "Invité", "critiqué"),
    ("Entouré de ses proches, Paul Hébert a d'abord fait mine de ne rien entendre, rapporte "
     "la radio.", "Entouré", "fait"),
    # one the parser reads right stays so
    ("Invité par la journaliste Anne Morel, lundi 3 mars, sur Radio Nord, Paul Hébert a "
     "regretté que le bilan du maire soit oublié.", "Invité", "regretté"),
])
def test_the_main_clause_of_a_fronted_participle_is_the_root(nlp, text, participle, verb):
    doc = nlp(text)
    root = next(t for t in doc if t.text == verb)
    assert root.dep_ == "ROOT" and root.head.i == root.i
    assert next(t for t in doc if t.text == participle).head.i == root.i
    assert len(list(doc.sents)) == 1


def test_a_fronted_participle_with_no_main_clause_stays_the_root(nlp):
    doc = nlp("Arrivé à Paris lundi soir, reparti mardi matin.")
    assert doc[0].dep_ == "ROOT"


def test_the_component_runs_after_the_relatives_repair(nlp):
    names = nlp.pipe_names
    assert names.index("fronted_participles") > names.index("relatives")
