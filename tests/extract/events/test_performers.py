"""Who performs an act the clause's shape makes a target of (events/performers.py): the
author of a thing that says, the one expected, the host of an occasion. Sentences written for
each rule."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import dated_row as by_date
from tests.rows_for_tests import layered


@pytest.mark.parametrize(("text", "date", "actors"), [
    # the author of a study or a report that says something speaks
    ("Un rapport de la Cour des comptes souligne mardi que la dette a augmenté.", "mardi",
     ["Cour des comptes"]),
    # the one expected somewhere is to come: the passive makes no target of them
    ("Paul Hébert est attendu au tribunal lundi.", "lundi", ["Paul Hébert"]),
])
def test_the_one_the_clause_makes_a_target_performs(nlp, text, date, actors):
    row = by_date(nlp, text, date)
    assert row["actors"] == actors
    assert row["targets"] == []


def test_the_porte_parole_of_a_body_speaks_not_the_body(nlp):
    row = by_date(nlp, "Le porte-parole du parti Renouveau a déclaré lundi que le vote aura lieu.",
                  "lundi")
    assert row["actors"] == ["Le porte-parole du parti Renouveau"]


def test_the_subject_of_the_main_clause_holds_the_occasion_opening_the_sentence(nlp):
    text = ("Lors d'une allocution prononcée ce dimanche, le président Paul Hébert a annoncé sa "
            "démission.")
    row = next(row for row in layered(nlp, text) if row["trigger"] == "prononcée")
    assert row["actors"] == ["Paul Hébert"]
    assert row["targets"] == []


@pytest.mark.parametrize("text", [
    # the parse reads this second name as a subject (it does not read every name so)
    "Pendant la réunion tenue lundi, Paul Hébert a critiqué Marie Lenoir.",
    "Lundi, Paul Hébert a critiqué Marie Lenoir.",
])
def test_a_second_subject_after_a_verb_with_no_object_is_acted_on(nlp, text):
    row = next(row for row in layered(nlp, text) if row["trigger"] == "critiqué")
    assert row["actors"] == ["Paul Hébert"]
    assert row["targets"] == ["Marie Lenoir"]


def test_the_speaker_inverted_after_a_quotation_still_speaks(nlp):
    row = by_date(nlp, '"Nous partirons", a dit lundi Paul Hébert.', "lundi")
    assert row["actors"] == ["Paul Hébert"]


def test_the_person_a_role_names_speaks_for_a_quotation_s_first_person(nlp):
    text = ("Le ministre Paul Hébert était mercredi sur Radio Nord. \"On va lancer une grande "
            "enquête au mois de mars\", a dit le ministre sur Radio Nord.")
    row = next(row for row in layered(nlp, text) if row["trigger"] == "enquête")
    assert row["actors"] == ["Paul Hébert"]


def test_a_role_of_the_other_gender_names_no_speaker(nlp):
    text = ("A Lyon, la maire Claire Vautrin veut des masques. \"On va lancer une grande enquête "
            "au mois de mars\", a dit le maire sur Radio Nord.")
    row = next(row for row in layered(nlp, text) if row["trigger"] == "enquête")
    assert "Claire Vautrin" not in row["actors"]


def test_the_name_after_a_role_inverted_in_a_relative_acts(nlp):
    # the parse hangs the given name on the role and the surname on the verb (with this name)
    row = by_date(nlp, "C'est ce qu'a annoncé le ministre Paul Durand mercredi matin sur Radio "
                       "Nord.", "mercredi matin")
    assert row["actors"] == ["Paul Durand"]
