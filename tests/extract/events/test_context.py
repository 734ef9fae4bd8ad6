"""What a row learns from the rows of its sentence (events/context.py): a named act takes the
date of the clause that frames it. Sentences written for each rule."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import layered, trigger_row


def _row(nlp, text: str, trigger: str) -> dict:
    return next(row for row in layered(nlp, text) if row["trigger"] == trigger)


@pytest.mark.parametrize(("text", "trigger", "date_text"), [
    ("Lors du premier tour de l'élection municipale de 2014, le député Paul Renaud avait voté "
     "pour Claire Vautrin.", "voté", "2014"),
])
def test_a_named_act_takes_the_date_of_the_clause_that_frames_it(nlp, text, trigger, date_text):
    row = _row(nlp, text, trigger)
    assert (row["date_text"], row["date_anchor"]) == (date_text, "sentence")
    assert row["actors"]


def test_a_date_in_quoted_words_does_not_date_their_saying(nlp):
    row = _row(nlp, "\"Nous fermerons le site en août\", a annoncé Paul Renaud à Lyon.",
               "annoncé")
    assert row["date"] is None


def test_a_date_in_the_reported_clause_does_not_date_its_saying(nlp):
    row = _row(nlp, "Paul Renaud a indiqué que la réunion se tiendra mardi à Lyon.", "indiqué")
    assert row["date"] is None


def test_the_words_an_incise_reports_lend_no_date_to_its_saying(nlp):
    # the parse hangs the reported clause on the verb of saying as an adverbial clause
    row = _row(nlp, "Sinon, il appellera à une mobilisation nationale le 26 janvier, a "
                    "expliqué Paul Renaud.", "expliqué")
    assert row["date"] is None


def test_an_act_told_in_the_quotation_before_lends_no_date_to_its_saying(nlp):
    text = ("Paul Hébert a attaqué lundi 6 mai sur Radio Sud la campagne menée par Claire "
            "Vautrin. \"Elle est nulle parce que Madame Vautrin n'a même pas de programme, on "
            "nous l'annonce pour le 9 mai. Sa campagne est nulle, pas à la hauteur\", a fustigé "
            "Paul Hébert visant expressément Claire Vautrin.")
    assert trigger_row(nlp, text, "fustigé", "2019-05-06")["date_text"] != "9 mai"


def test_an_incise_inside_quotation_marks_left_open_is_dated_by_the_saying_before(nlp):
    text = ("\"On a refusé le terme, c'est cela\", a estimé lundi 5 août sur Radio Sud Paul "
            "Hébert. \"Dans la gestion de l'ordre, il se passe des choses inacceptables, a "
            "expliqué Paul Hébert. Et à Lyon, ce soir-là, les décisions ont été mauvaises.\"")
    assert trigger_row(nlp, text, "expliqué", "2019-08-05")["date_text"] == "lundi 5 août"


def test_a_date_fronted_before_a_clause_of_simultaneity_dates_both_clauses(nlp):
    text = ("Le ministre Paul Hébert avait parlé lundi 11 mai sur Radio Sud. Ce mardi, alors qu'il "
            "visitait une école de Palaiseau, dans l'Essonne, il a pourtant assuré \"totalement "
            "assumer\" ses propos, face aux caméras.")
    found = {row["trigger"]: row for row in layered(nlp, text, "2020-05-12")}
    assert found["assuré"]["date_text"] == "Ce mardi"
    assert found["visitait"]["date_text"] == "Ce mardi"


@pytest.mark.parametrize(("text", "actors"), [
    # "l'attaque" names again the attack told just before: its performers
    ("Mardi matin, des hommes armés ont attaqué un hôpital de Lyon. L'attaque de mardi, "
     "toujours en cours, a fait douze morts.", ["des hommes armés"]),
    # the same day's act of its type, told further back
    ("Mardi, des hommes armés ont attaqué un hôpital de Lyon. Le ministre Paul Hébert a parlé "
     "d'un drame. Claire Vautrin a rappelé les mesures prises. Marc Dubois a salué les "
     "secours. Jean Morel a évoqué la sécurité. Luc Perret a demandé une enquête. L'attaque de "
     "mardi a fait douze morts.", ["des hommes armés"]),
    # an act of another type told before lends nothing
    ("Mardi matin, Paul Hébert a critiqué la police. L'attaque de mardi contre l'hôpital de "
     "Lyon a fait douze morts.", []),
])
def test_an_act_named_again_takes_the_actors_of_the_act_told_before(nlp, text, actors):
    row = next(row for row in layered(nlp, text, "2020-05-12") if row["trigger"] == "attaque")
    assert row["actors"] == actors


def test_an_act_s_noun_that_describes_its_own_performer_is_no_act_named_again(nlp):
    text = ("La visite de Paul Hébert à Lyon aura lieu mercredi.\n\nLa réunion du conseil "
            "municipal se tiendra vendredi.")
    row = next(row for row in layered(nlp, text, "2020-05-25") if row["trigger"] == "réunion")
    assert "Paul Hébert" not in row["actors"]


def test_a_dated_noun_deep_in_a_description_of_the_subject_lends_it_no_date(nlp) -> None:
    # "au second tour de la présidentielle 2012" describes who acts, not when
    found = layered(nlp, "Le député et ancien allié de Paul Hébert au second tour de la "
                         "présidentielle 2012, Marc Lemoine a critiqué la décision.", "2020-05-04")
    assert not [row for row in found if row["lemma"] == "critiquer" and row["date"] is not None]


def test_a_relative_clause_describing_the_subject_lends_it_no_date(nlp) -> None:
    found = layered(nlp, "Le procureur Marc Lemoine, celui-là même qui a inculpé Paul Hébert "
                         "pour corruption en novembre, a estimé que l'accord était légal.",
                    "2020-05-04")
    assert not [row for row in found if row["lemma"] == "estimer" and row["date"] is not None]


def test_a_plan_takes_no_date_from_a_past_act_told_before(nlp) -> None:
    found = layered(nlp, "Paul Hébert est parti en vacances lundi au Fort de Brégançon. Il a "
                         "prévu de s'entretenir avec le Premier ministre Marc Lemoine.",
                    "2019-07-26")
    assert [row["date"] for row in found if row["lemma"] == "entretenir"] == [None]


def test_an_act_told_in_the_pluperfect_takes_no_date_from_the_act_before(nlp):
    rows = layered(nlp, "Le ministre Paul Hébert était l'invité de Radio Sud mardi matin. "
                        "\"C'est une belle histoire\", a-t-il dit, rappelant qu'il avait signé "
                        "un accord avec la Croix-Rouge.")
    row = next(row for row in rows if row["trigger"] == "signé")
    assert row["date"] is None
