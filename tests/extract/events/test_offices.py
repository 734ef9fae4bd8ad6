"""A term of office told with a copula is a state, no event (events/offices.py). Sentences
written for the rule; the real mentions and dates layers run."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import layered


@pytest.mark.parametrize(("text", "date"), [
    ("Paul Hébert était ministre de la Culture en 2012.", "2012"),
    ("Paul Hébert a été président de l'Assemblée de juin 2017 à septembre 2018.",
     "juin 2017 à septembre 2018"),
    # the tagger reads "porte-parole" as a verb; its copula tells the noun
    ("Il fut également porte-parole de la CGT de 1999 à 2001.", "de 1999 à 2001"),
])
def test_an_office_held_under_a_copula_is_no_event(nlp, text: str, date: str) -> None:
    assert not [row for row in layered(nlp, text, "2020-05-04") if row["date_text"] == date]


@pytest.mark.parametrize(("text", "lemma"), [
    # becoming, being named, and a candidacy stay events
    ("Paul Hébert est devenu ministre de la Culture en 2012.", "devenir"),
    ("Paul Hébert a été nommé ministre de la Culture en 2012.", "nommer"),
])
def test_taking_an_office_is_still_an_event(nlp, text: str, lemma: str) -> None:
    assert lemma in [row["lemma"] for row in layered(nlp, text, "2020-05-04")
                     if row["date_text"] == "2012"]


def test_a_candidacy_under_a_copula_is_still_the_elections(nlp) -> None:
    found = layered(nlp, "Paul Hébert est candidat aux élections municipales du 24 septembre.",
                    "2020-05-04")
    assert [(row["type"], row["targets"]) for row in found] == [("election", ["Paul Hébert"])]
