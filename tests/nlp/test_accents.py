"""A capitalised word whose initial lost its accent gets the accented word's lemma (the
`capital_accents` pipeline component). Sentences written for it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("Elu en 2012, Paul Hébert a démissionné mardi.", "Elu", "élire"),
    ("Evoqué mardi par le maire, le projet a été adopté.", "Evoqué", "évoquer"),
    ("Election présidentielle : le vote a eu lieu dimanche.", "Election", "élection"),
    ("Etat et collectivités ont signé l'accord.", "Etat", "état"),
    ("Ecroué lundi, le suspect a fait appel.", "Ecroué", "écrouer"),
])
def test_a_capital_without_its_accent_reads_as_the_accented_word(nlp, text, word, lemma):
    assert next(t for t in nlp(text) if t.text == word).lemma_ == lemma


@pytest.mark.parametrize(("text", "word", "lemma"), [
    # a word of the language as written, and a name, keep their lemma
    ("Enfin, le maire a parlé mardi.", "Enfin", "enfin"),
    ("Après le vote, le maire a parlé.", "Après", "après"),
    ("Eric Hébert a parlé mardi.", "Eric", "Eric"),
])
def test_a_known_word_or_a_name_keeps_its_lemma(nlp, text, word, lemma):
    assert next(t for t in nlp(text) if t.text == word).lemma_ == lemma


def test_the_component_runs_after_the_lemmatizer(nlp):
    names = nlp.pipe_names
    assert names.index("capital_accents") > names.index("lemmatizer")
