"""A noun of office the tagger read as a verb right after a verb of naming is given back its
noun (the `office_attributes` pipeline component). Sentences written for it."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import layered


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("Claire Vautrin a été élue sénatrice en 2014.", "sénatrice", "sénatrice"),
    ("Claire Vautrin a été réélue députée en 2022.", "députée", "député"),
    ("Claire Vautrin, élue députée en 2017, a démissionné lundi.", "députée", "député"),
])
def test_an_office_after_a_verb_of_naming_is_a_noun(nlp, text: str, word: str,
                                                    lemma: str) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert (token.pos_, token.lemma_) == ("NOUN", lemma)


@pytest.mark.parametrize(("text", "word"), [
    # a participle no noun is formed like, after a verb of naming, and one after a verb of
    # remaining
    ("Le texte a été proclamé adopté lundi.", "adopté"),
    ("Le convoi est resté bloqué lundi à la frontière.", "bloqué"),
])
def test_a_participle_after_a_verb_stays_a_verb(nlp, text: str, word: str) -> None:
    assert next(t for t in nlp(text) if t.text == word).pos_ == "VERB"


def test_the_naming_takes_the_date_said_after_its_office(nlp) -> None:
    found = layered(nlp, "Claire Vautrin, élue députée en 2017, a démissionné lundi.",
                    "2020-05-04")
    assert [(row["lemma"], row["type"]) for row in found if row["date_text"] == "2017"] == [
        ("élire", "election")]


def test_the_component_runs_after_the_lemmatizer_and_the_parser(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("office_attributes") > max(names.index("lemmatizer"),
                                                  names.index("parser"))
