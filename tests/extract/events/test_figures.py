"""Clauses that state a figure, not an act (extract/events/figures.py)."""

from __future__ import annotations

import pytest

from corpus_cli.extract.events.figures import figure_clause, tally_clause


def _verb(doc, lemma: str):
    return next(t for t in doc if t.lemma_ == lemma)


@pytest.mark.parametrize(("text", "lemma", "figure"), [
    ("Ils sont 57 % à penser que la réforme échouera.", "penser", True),
    ("Les électeurs pensent que la réforme échouera.", "penser", False),
])
def test_a_verb_a_percentage_governs_is_a_poll_s_figure(nlp, text, lemma, figure):
    assert figure_clause(_verb(nlp(text), lemma)) is figure


@pytest.mark.parametrize(("text", "figure"), [
    ("La facture s'élevait à 2,8 millions d'euros en 2015.", True),
    ("Le ministre a signé deux accords en 2015.", False),
])
def test_a_large_amount_dated_by_a_period_is_a_tally(nlp, text, figure):
    doc = nlp(text)
    year = text.index("2015")
    verb = next(t for t in doc if t.pos_ == "VERB")
    date = {"granularity": "year", "start": year, "end": year + 4}
    assert tally_clause(verb, date) is figure
