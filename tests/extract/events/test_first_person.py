"""Who a quotation's first person stands for (extract/events/first_person.py). Sentences
written for each rule."""

from __future__ import annotations

import pytest

from corpus_cli.extract.events.first_person import first_person_subject
from tests.rows_for_tests import dated_row as by_date


def test_the_speaker_of_a_quotation_acts_for_its_first_person_subject(nlp):
    row = by_date(nlp, "\"Nous allons décider cela demain\", a déclaré mardi le président de la "
                       "Commission Hans Müller.", "demain")
    assert row["actors"] == ["Hans Müller"]
    assert "Hans Müller" not in row["targets"]


def test_a_name_in_parentheses_after_an_incise_with_il_is_not_the_speaker(nlp):
    row = by_date(nlp, "\"Nous devons présenter le 23 mai un rapport au Parlement\", a-t-il "
                       "déclaré au Grand Jury (Radio Sud).", "23 mai")
    assert "Radio Sud" not in row["actors"]


@pytest.mark.parametrize(("text", "verb", "expected"), [
    ("\"Nous allons décider\", a dit Paul Hébert.", "décider", "Nous"),
    ("\"Je signerai demain\", a dit Paul Hébert.", "signerai", "Je"),
    # "on" says "we" unless the speaker's side is its object ("on nous a menti": they)
    ("\"On va lancer une enquête\", a dit Paul Hébert.", "lancer", "On"),
    ("\"On nous a menti\", a dit Paul Hébert.", "menti", None),
    ("Paul Hébert a signé l'accord.", "signé", None),
])
def test_the_first_person_subject_of_a_quoted_verb(nlp, text, verb, expected):
    predicate = next(t for t in nlp(text) if t.text == verb)
    found = first_person_subject(predicate)
    assert (found.text if found is not None else None) == expected
