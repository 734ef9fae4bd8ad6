"""Whether an act took place, is planned or is only supposed (events/status.py). Sentences
written for the rules; the real mentions and dates layers run."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import layered


@pytest.mark.parametrize(("text", "trigger"), [
    ('"Si je déclare ma candidature aujourd\'hui, je perds tout", a dit Carla Neves.', "déclare"),
    ("Si la Bolivie envoyait des troupes le 3 juin, le Chili réagirait.", "envoyait"),
    ("Paul Hébert ne sait pas si la ministre Ana Ribeiro viendra mardi à Porto.", "viendra"),
    # an act's noun a case supposes
    ("Dans le cas d'un report à l'automne, Paul Hébert démissionnera.", "report"),
    ("En cas de report à l'automne, Paul Hébert démissionnera.", "report"),
])
def test_an_act_only_supposed_under_si_is_no_event(nlp, text: str, trigger: str) -> None:
    assert trigger not in {row["trigger"] for row in layered(nlp, text, "2020-06-08")}


@pytest.mark.parametrize(("text", "trigger"), [
    ("S'il a signé lundi le décret, c'est que le ministre Paul Hébert y tenait.", "signé"),
    ("Même si la ministre Ana Ribeiro est venue mardi à Porto, rien n'a changé.", "venue"),
])
def test_si_with_a_past_act_or_même_si_keeps_the_event(nlp, text: str, trigger: str) -> None:
    rows = {row["trigger"]: row for row in layered(nlp, text, "2020-06-08")}
    assert rows[trigger]["date_text"] is not None


@pytest.mark.parametrize(("text", "lemma", "kept"), [
    # an infinitive a noun of aim governs is only aimed at
    ("Paul Hébert a signé l'accord, qui avait pour objectif de garantir en 2018 la paix.",
     "garantir", False),
    ("Claire Vautrin a agi en 2018 dans le but de rassurer les marchés.", "rassurer", False),
    # one a decision governs is decided
    ("Le gouvernement a pris en 2018 la décision de fermer les écoles de Lyon.", "prendre",
     True),
])
def test_an_act_only_aimed_at_is_no_event(nlp, text: str, lemma: str, kept: bool) -> None:
    assert any(row["lemma"] == lemma for row in layered(nlp, text)) is kept


@pytest.mark.parametrize(("text", "trigger"), [
    ("Le gouvernement de Paul Hébert aurait dû fermer les écoles le 9 mars, a estimé Ana "
     "Ribeiro.", "fermer"),
    ("Selon Ana Ribeiro, la ministre aurait pu annoncer le confinement le 9 mars.", "annoncer"),
])
def test_what_could_or_should_have_been_is_no_event(nlp, text: str, trigger: str) -> None:
    assert trigger not in {row["trigger"] for row in layered(nlp, text, "2020-04-20")}


def test_a_reported_conditional_stays_an_event(nlp) -> None:
    found = layered(nlp, "Le ministre Paul Hébert aurait signé lundi le décret, selon Le Monde.",
                    "2020-04-22")
    assert "signé" in {row["trigger"] for row in found}


def test_a_hearing_told_in_the_passive_took_place(nlp) -> None:
    # "entendre" plans only with an infinitive ("il entend partir"); "a été entendu" is heard
    rows = layered(nlp, "Lundi, Paul Hébert a été entendu par les juges. Claire Vautrin entend "
                        "démissionner vendredi.")
    assert {row["trigger"]: row["status"] for row in rows} == {"entendu": "occurred",
                                                               "démissionner": "planned"}


def test_an_act_said_impossible_is_no_event(nlp):
    text = ("Claire Vautrin a affirmé qu'il lui était \"impossible de prédire l'affiche du "
            "second tour aujourd'hui\".")
    assert all(row["trigger"] != "prédire" for row in layered(nlp, text))


def test_a_plan_whose_noun_is_put_off_is_no_event_on_its_old_day(nlp):
    rows = layered(nlp, "C'est en invoquant le regain de cas que la gouverneure Anna Berg, nommée "
                        "par le roi, a décidé en janvier de repousser d'un an les législatives "
                        "prévues en septembre.")
    assert [row["date_text"] for row in rows] == ["janvier"]


def test_a_perfect_infinitive_under_a_verb_of_saying_tells_a_done_act(nlp):
    # "annoncer" plans with a plain infinitive; with "avoir" + participle the act is told done,
    # while "prévoir" keeps its plan whatever the infinitive
    rows = layered(nlp, "La police a annoncé avoir interpellé vendredi trois suspects à Lorient. "
                        "Le ministre Paul Hébert a annoncé se rendre mardi à Porto. Claire "
                        "Vautrin a prévu d'avoir terminé les travaux en mai.", "2020-06-15")
    status = {row["trigger"]: row["status"] for row in rows}
    assert (status["interpellé"], status["rendre"], status["terminé"]) == (
        "occurred", "planned", "planned")
