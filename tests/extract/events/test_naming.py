"""A year written right after a noun names it (events/naming.py): a title's, a thing's or an
occasion's year, which an act outside its phrase does not take. Sentences written for it."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import layered as rows


def test_a_year_naming_a_noun_is_that_nouns(nlp) -> None:
    found = rows(nlp, '"C\'est la plus grave erreur de sa vie", a jugé Paul Hébert, soutien de '
                      "Claire Vautrin à la présidentielle 2017.")
    assert [row["lemma"] for row in found if row["date_text"] == "2017"] == ["présidentielle"]


@pytest.mark.parametrize(("text", "year"), [
    # a year right after the words of a title or a thing that describes who acts
    ("Claire Vautrin, Miss Provence 2004 et aujourd'hui directrice du comité, a défendu le "
     "concours.", "2004"),
    ("Le député et ancien allié de Paul Hébert au second tour de la présidentielle 2012, "
     "Marc Lemoine a critiqué une décision absurde.", "2012"),
])
def test_a_year_naming_a_description_of_who_acts_dates_no_act(nlp, text: str,
                                                               year: str) -> None:
    assert not [row for row in rows(nlp, text, "2020-05-04")
                if row["date_text"] == year and row["lemma"] in ("défendre", "critiquer")]


def test_a_year_naming_the_inverted_subject_of_an_incise_dates_no_saying(nlp) -> None:
    # the parse takes the inverted subject of '", a estimé X' for the verb's object
    text = ('"Il y a une volonté de nuire", a estimé la finaliste de la présidentielle 2012 à '
            "Lyon.")
    assert not [row for row in rows(nlp, text, "2020-05-04")
                if row["date_text"] == "2012" and row["lemma"] == "estimer"]


def test_a_year_naming_an_occasion_or_an_object_still_dates_the_act(nlp) -> None:
    found = rows(nlp, "Lors de la présidentielle 2012, Paul Hébert avait voté pour Marc Lemoine.",
                 "2020-05-04")
    assert "voter" in [row["lemma"] for row in found if row["date_text"] == "2012"]


@pytest.mark.parametrize(("text", "year", "lemma"), [
    # a thing's year: the budget's, the year's own name, not the act's
    ("Paul Hébert a multiplié les efforts mercredi en sortant la taxe du projet de budget "
     "2019.", "2019", "sortir"),
    ("Les députés proposent de proclamer l'année blanche 2020 pour le secteur du tourisme.",
     "2020", "proclamer"),
    # the parse hangs the year on a noun further back: it names the noun right before it
    ("Le ministre promet qu'il sera annoncé lors de la présentation de la loi de finances 2021 "
     "que le budget augmente.", "2021", "annoncer"),
])
def test_a_year_naming_a_thing_dates_no_act_outside_it(nlp, text: str, year: str,
                                                       lemma: str) -> None:
    assert not [row for row in rows(nlp, text, "2020-05-04")
                if row["date_text"] == year and row["lemma"] == lemma]


def test_a_year_naming_a_competition_still_dates_winning_it(nlp) -> None:
    found = rows(nlp, "La France a remporté le Mondial 2018 en battant la Croatie.", "2020-05-04")
    assert "remporter" in [row["lemma"] for row in found if row["date_text"] == "2018"]


@pytest.mark.parametrize(("text", "date", "lemma"), [
    # a date inside a description apposed to a name tells who the person is
    ("Parmi eux, Paul Hébert, prix Renaudot en 2006, a répondu à la ministre.", "2006",
     "répondre"),
    ("Marc Lemoine, champion du monde en 1998, a critiqué la ministre.", "1998",
     "critiquer"),
])
def test_a_date_in_a_description_apposed_to_a_name_dates_no_act(nlp, text: str, date: str,
                                                                 lemma: str) -> None:
    assert not [row for row in rows(nlp, text, "2020-05-04")
                if row["date_text"] == date and row["lemma"] == lemma]


@pytest.mark.parametrize(("text", "date", "lemma"), [
    # the act's own day after an inverted name, or a time set apart by commas
    ('"Le pays a le droit de savoir", s\'est insurgé Paul Hébert, lundi 16 juillet dans '
     "l'hémicycle.", "lundi 16 juillet", "insurger"),
    ("Paul Hébert, en 2006, a répondu à la ministre.", "2006", "répondre"),
])
def test_a_date_after_a_name_with_no_description_dates_the_act(nlp, text: str, date: str,
                                                               lemma: str) -> None:
    assert [row for row in rows(nlp, text, "2020-05-04")
            if row["date_text"] == date and row["lemma"] == lemma]
