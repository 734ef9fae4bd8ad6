"""Who does an act, described rather than named (extract/events/agents.py). Sentences written
for each rule."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import dated_row as by_date
from tests.rows_for_tests import trigger_row


@pytest.mark.parametrize(("text", "actors"), [
    # the parse hangs the agent on the adverbial phrase before it
    ("Lundi, Paul Hébert a été entendu pour la deuxième fois par les juges d'instruction.",
     ["les juges d'instruction"]),
    ("Lundi, Paul Hébert a été arrêté dans la nuit par les gendarmes de Lyon.",
     ["les gendarmes de Lyon"]),
    # "certains" read as the agent, the noun it quantifies as its complement
    ("Samedi à Lyon, Paul Hébert a été violemment pris à partie par certains \"militants "
     "verts\" lors du cortège.", ["militants verts"]),
    # a security guard, a patrol: who acts, described
    ("Lundi, Paul Hébert a été refoulé à l'entrée de la salle par un vigile.", ["un vigile"]),
    ("Lundi, Paul Hébert a été rattrapé par une patrouille à Lyon.", ["une patrouille"]),
])
def test_the_described_agent_of_a_passive_acts(nlp, text, actors):
    row = by_date(nlp, text, text.split()[0].rstrip(","))
    assert (row["actors"], row["targets"]) == (actors, ["Paul Hébert"])


@pytest.mark.parametrize(("text", "day", "actors", "kind"), [
    # the agent the parse hung on the verb's argument is the verb's
    ("Paul Morel avait été pris en flagrant délit par la police le 5 février.", "5 février",
     ["la police"], "arrest"),
])
def test_an_agent_hung_on_the_verbs_argument_acts(nlp, text, day, actors, kind):
    row = by_date(nlp, text, day)
    assert (row["actors"], row["type"]) == (actors, kind)


@pytest.mark.parametrize(("text", "day", "actor"), [
    # the name after an opening clause of an infinitive did its act, whatever the parse
    ("Après avoir expliqué samedi avoir demandé aux autorités scientifiques de donner un avis, "
     "le ministre de la Santé Paul Hébert a indiqué mardi 8 septembre que le Conseil "
     "scientifique était favorable.", "samedi", "Paul Hébert"),
    ("Après avoir quitté le parti en mars, Claire Vautrin a fondé son mouvement.", "mars",
     "Claire Vautrin"),
])
def test_the_name_after_an_opening_infinitive_clause_does_its_act(nlp, text, day, actor):
    assert by_date(nlp, text, day)["actors"][:1] == [actor]


def test_a_name_in_the_opening_clause_is_not_taken_for_its_subject(nlp):
    row = by_date(nlp, "Après avoir rencontré Paul Morel lundi, Claire Vautrin a parlé.", "lundi")
    assert row["actors"] == ["Claire Vautrin"]
    assert row["targets"] == ["Paul Morel"]


@pytest.mark.parametrize(("text", "date", "actors"), [
    # a hearing's "devant X": X hears
    ("Auditionné devant la commission d'enquête sénatoriale mardi 15 septembre, le président "
     "du Conseil national Paul Morvan a mis en garde contre la fatigue.", "mardi 15 septembre",
     ["la commission d'enquête sénatoriale"]),
    ("Paul Morvan a été entendu mardi devant le juge d'instruction.", "mardi",
     ["le juge d'instruction"]),
    # summoned before them; the agent the parse hangs on a phrase read as a complement
    ("Convoqué mercredi 19 septembre devant les sénateurs, Paul Morvan a dit avoir agi seul.",
     "mercredi 19 septembre", ["les sénateurs"]),
    ("Le préfet Paul Morvan a été entendu sous serment ce mercredi matin par les sénateurs.",
     "ce mercredi matin", ["les sénateurs"]),
])
def test_who_holds_a_hearing_before_which_one_is_heard_acts(nlp, text, date, actors):
    row = by_date(nlp, text, date)
    assert row["type"] == "investigate" and row["actors"] == actors
    assert "Paul Morvan" in row["targets"]


@pytest.mark.parametrize(("text", "date", "actors"), [
    # "on" speaks for the circle "dans" or "chez" names
    ('"L\'erreur a été de trop se fier à lui", dit-on aujourd\'hui dans son entourage.',
     "aujourd'hui", ["son entourage"]),
    ('"Nous ne céderons pas", assure-t-on mardi dans l\'entourage du Premier ministre.',
     "mardi", ["l'entourage du Premier ministre"]),
    ("Chez le ministre, on assurait mardi que le texte passerait.", "mardi", ["le ministre"]),
    # a place is no circle that speaks
    ("Dans la rue, on disait mardi que le texte passerait.", "mardi", []),
])
def test_the_circle_an_on_speaks_for_is_the_speaker(nlp, text, date, actors):
    assert by_date(nlp, text, date)["actors"] == actors


def test_the_court_one_appears_before_judges(nlp):
    row = by_date(nlp, "Paul Morvan comparaîtra lundi devant le tribunal correctionnel de Lyon.",
                  "lundi")
    assert row["type"] == "trial" and row["actors"] == ["le tribunal correctionnel de Lyon"]
    assert row["targets"] == ["Paul Morvan"]


def test_a_hearing_s_noun_is_held_by_the_body_it_is_before(nlp):
    row = trigger_row(nlp, "Lors d'une audition la semaine dernière de Google et Apple devant "
                           "une commission parlementaire, les élus ont posé leurs questions.",
                      "audition")
    assert row["actors"] == ["une commission parlementaire"]
