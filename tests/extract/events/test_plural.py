"""Whom a plural subject pronoun stands for. Sentences written for each rule; the real
mentions and dates layers run."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import dated_row, layered


@pytest.mark.parametrize(("text", "date_text", "actors"), [
    # names coordinated as the subject of the sentence before
    ("Odile Vasseur et Karim Benali ont été menacés. Dimanche, dans un communiqué, ils ont "
     "dénoncé ces propos.", "Dimanche", ["Odile Vasseur", "Karim Benali"]),
    # names apposed to a plural noun of persons
    ("Les sénateurs Jean Roux et Marie Blanc ont été insultés. Lundi, ils ont porté plainte.",
     "Lundi", ["Jean Roux", "Marie Blanc"]),
    # a plural noun of persons, the subject of the pronoun's own sentence
    ("Les insurgés tiennent encore la moitié de la ville qu'ils avaient conquise en 2016.",
     "2016", ["Les insurgés"]),
    # the subject of the verb a bare infinitive completes ("ils doivent voter")
    ("Les députés de la commission sont furieux. Alors qu'ils doivent voter mardi le "
     "budget, ils découvrent une erreur.", "mardi", ["Les députés de la commission"]),
    # the subject of the verb a participle in adjunct shares
    ("Les maires de la région sont inquiets. Réunis lundi à Lyon, ils ont demandé des "
     "moyens.", "lundi", ["Les maires de la région"]),
    # "ceux-ci": the persons named last, subject or not
    ("Le projet a été adopté au grand dam des syndicats de policiers. Réunis mardi à Paris, "
     "ceux-ci ont dénoncé le texte.", "mardi", ["syndicats de policiers"]),
])
def test_a_plural_pronoun_stands_for_the_last_plural_subject_of_persons(
        nlp, text, date_text, actors):
    assert dated_row(nlp, text, date_text)["actors"] == actors


def test_elles_is_no_masculine_noun(nlp):
    text = "Les policiers sont arrivés. Samedi, elles ont manifesté devant la mairie."
    assert not any("Les policiers" in row["actors"] for row in layered(nlp, text))


def test_a_plural_thing_named_last_stops_the_search(nlp):
    text = ("Les syndicats contestent la réforme. Les textes arrivent au Sénat, où ils "
            "seront examinés mardi.")
    row = dated_row(nlp, text, "mardi")
    assert "Les syndicats" not in row["actors"] + row["targets"]


def test_no_antecedent_in_another_paragraph(nlp):
    text = "Les manifestants ont quitté la place.\n\nLundi, ils ont obtenu un rendez-vous."
    assert not any("Les manifestants" in row["actors"] for row in layered(nlp, text))


def test_ceux_ci_after_a_plural_noun_of_things_stands_for_no_one(nlp):
    text = ("Les syndicats ont signé les accords. Lundi, ceux-ci ont été présentés à la presse "
            "par le ministre Paul Hébert.")
    row = dated_row(nlp, text, "Lundi")
    assert row["actors"] == ["Paul Hébert"]
    assert "Les syndicats" not in row["participants"]
