"""A verb's sense by its arguments (extract/events/senses.py). Sentences written for each rule."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import dated_row as by_date
from tests.rows_for_tests import layered


@pytest.mark.parametrize(("text", "date", "kind"), [
    # a surrender to the forces of order or an army, not a visit nor a delivery
    ("Le suspect s'est rendu lundi à la police de Lyon.", "lundi", "yield"),
    ("Des rebelles s'étaient livrés en mai 1998 aux forces gouvernementales.", "mai 1998",
     "yield"),
    ("Paul Hébert s'est rendu lundi à Lyon.", "lundi", "consult"),
    ("L'homme s'est présenté à la police lundi matin.", "lundi matin", "yield"),
    ("Le suspect s'est présenté lundi au commissariat de Nice.", "lundi", "yield"),
    ("Le ministre s'est présenté lundi à la presse.", "lundi", "public_statement"),
    # a stance given; a court's is its ruling, a modal's subject's too
    ("Le maire s'est prononcé vendredi contre le projet.", "vendredi", "public_statement"),
    ("Le tribunal s'est prononcé vendredi sur la demande.", "vendredi", "trial"),
    ("La Cour de cassation doit se prononcer ce vendredi sur le cas.", "ce vendredi", "trial"),
    # appearing before a judge
    ("Les quatre policiers se sont retrouvés vendredi devant un juge de Lyon.", "vendredi",
     "trial"),
    # taking part in an activity is no delivery; giving oneself to words is saying them
    ("Mardi, Paul Hébert et trois ministres se sont livrés à un exercice inédit.", "Mardi",
     "other"),
    ("Invité de l'émission \"Le Grand Soir\" sur Radio Nord, jeudi 19 octobre, Paul Hébert "
     "s'est livré à une confidence inattendue.", "jeudi 19 octobre", "public_statement"),
    # an assembly's vote, and what is no vote
    ("Les députés ont adopté mardi le projet de loi.", "mardi", "election"),
    ("L'article sur les retraites a été adopté mardi.", "mardi", "election"),
    ("Les autorités ont adopté fin avril un plan de relance économique.", "fin avril", "other"),
    ("L'Assemblée a rejeté mercredi les motions de censure déposées contre Paul Hébert.",
     "mercredi", "election"),
    ("Le gouvernement a rejeté mercredi la proposition des syndicats.", "mercredi", "reject"),
    ("Le Sénat a approuvé mardi la nomination de Paul Hébert à la Cour.", "mardi", "election"),
    # a disaster that strikes is an accident; a man who strikes assaults
    ("Une tempête a frappé la Bretagne samedi.", "samedi", "accident"),
    ("Un séisme d'une magnitude de 6,2 a frappé dimanche 19 août l'île de Sumba.",
     "dimanche 19 août", "accident"),
    ("La région a été touchée samedi par de violentes inondations.", "samedi", "accident"),
    ("Un homme a frappé samedi un policier à Lyon.", "samedi", "assault"),
    # a crowd coming together rallies; people of an office meet
    ("Des centaines de lycéens se sont réunis vendredi devant la mairie de Lyon.", "vendredi",
     "protest"),
    ("Des milliers de personnes sont attendues samedi à Nantes pour dénoncer la réforme.",
     "samedi", "protest"),
    ("Les ministres Paul Hébert et Claire Vautrin se sont réunis vendredi à Lyon.", "vendredi",
     "consult"),
    # so does a crowd a participle tells, counted in millions or in a place's people
    ("Des milliers de lycéens rassemblés vendredi devant la mairie ont dénoncé la réforme.",
     "vendredi", "protest"),
    ("Il reste l'image des deux millions de Lyonnais rassemblés le 11 janvier 2015.",
     "11 janvier 2015", "protest"),
    # stopping an activity is no arrest; stopping a person is
    ("Paul Hébert a arrêté la production de son usine le 8 décembre.", "8 décembre", "other"),
    ("Le match opposant Lille à Nantes a été arrêté samedi avant la mi-temps.", "samedi",
     "other"),
    # condemning to a penalty is a sentence; condemning an act, a criticism
    ("La justice britannique a condamné jeudi Paul Hébert à deux ans de prison.", "jeudi",
     "trial"),
    ("La justice a condamné jeudi le groupe à une amende de 5000 euros.", "jeudi", "trial"),
    ("Le président a condamné jeudi les violences faites aux détenus de la prison.", "jeudi",
     "disapprove"),
    ("La police a arrêté Paul Hébert le 8 décembre.", "8 décembre", "arrest"),
    # "tue" (tuer), which the model lemmatises "taire", kills; keeping silent does not
    ("Un homme tue sa voisine le 3 mars à Lyon.", "3 mars", "assault"),
    ("Paul Hébert se tait depuis le 3 mars.", "3 mars", "other"),
])
def test_the_arguments_of_a_verb_give_its_sense(nlp, text: str, date: str, kind: str) -> None:
    assert by_date(nlp, text, date)["type"] == kind


@pytest.mark.parametrize(("text", "date"), [
    ("Condamné en appel en 1996 pour abus de biens sociaux, Paul Hébert a alors passé 20 mois "
     "en prison.", "1996"),
    ("Condamné pour corruption à la fin des années 90, Paul Hébert va tenter un retour.",
     "fin des années 90"),
])
def test_a_fronted_participle_of_sentencing_is_a_trial_its_subject_undergoes(
        nlp, text: str, date: str) -> None:
    row = by_date(nlp, text, date)
    assert row["type"] == "trial"
    assert "Paul Hébert" not in row["actors"]


def test_deploring_an_act_is_disapproving_it(nlp) -> None:
    row = by_date(nlp, "Paul Hébert a déploré samedi la décision du jury.", "samedi")
    assert row["type"] == "disapprove"


@pytest.mark.parametrize(("text", "date", "kind"), [
    # granting an interview is speaking, granting a sum is aid
    ("L'interview accordée lundi au Courrier du Sud par Paul Hébert a fait polémique.",
     "lundi", "public_statement"),
    ("Le gouvernement a accordé lundi une aide de 3 millions aux agriculteurs.", "lundi",
     "provide_aid"),
    # an "entretien" given to an outlet is an interview; one with a person, a meeting
    ("Paul Hébert a accordé lundi un entretien au Courrier du Sud.", "lundi",
     "public_statement"),
    ("Paul Hébert a eu lundi un entretien avec le président Jean Duval.", "lundi", "consult"),
])
def test_an_interview_granted_or_given_to_an_outlet_is_a_statement(nlp, text, date, kind):
    assert by_date(nlp, text, date)["type"] == kind


@pytest.mark.parametrize(("text", "date", "kind"), [
    # a fire breaks out: an accident; a person declares herself: a statement
    ("Un violent incendie s'est déclaré dans un immeuble de Lyon jeudi 21 février.",
     "jeudi 21 février", "accident"),
    ("Paul Hébert s'est déclaré candidat jeudi 21 février.", "jeudi 21 février",
     "public_statement"),
    # a poll's questioning is no inquiry; the police's is
    ("L'étude a été réalisée auprès d'un échantillon interrogé par Internet du 10 au 11 avril "
     "2019.", "du 10 au 11 avril 2019", "other"),
    ("Les policiers ont interrogé le suspect mardi à Lyon.", "mardi", "investigate"),
    # forces of order that kill fight (events_dev/RULES.md: a suspect shot dead by police)
    ("Les forces de l'ordre ont abattu un homme armé d'un couteau vendredi à Lyon.",
     "vendredi", "fight"),
    ("L'assaillant a été abattu samedi par la police.", "samedi", "fight"),
    ("Des gendarmes ont abattu le forcené mardi soir.", "mardi soir", "fight"),
    # one officer who kills, or forces that kill a crowd, assault
    ("Un homme a été tué lundi par un policier lors de son arrestation.", "lundi", "assault"),
    ("La police a tué trois manifestants dimanche.", "dimanche", "assault"),
    ("Un inconnu a abattu un commerçant vendredi à Lyon.", "vendredi", "assault"),
    # people with no office who go somewhere make a trip, no visit
    ("Samedi, plus de 2.000 curieux se sont rendus au Louvre.", "Samedi", "other"),
    ("Les cinquante pèlerins qui se rendaient en bus à Lourdes le 19 janvier ont eu peur.",
     "19 janvier", "other"),
    ("Des centaines de personnes se sont rendues dimanche au cimetière.", "dimanche", "other"),
    # officials who go there visit
    ("Le ministre, qui se rendait lundi à Lyon, a été pris à partie.", "lundi", "consult"),
    ("La ministre a visité lundi une usine à Lyon.", "lundi", "consult"),
    # one who buries a thing shelves it; the dead are buried in the passive or as persons
    ("Le gouvernement a enterré le projet de réforme en mars.", "mars", "reject"),
    ("Paul Hébert l'avait enterré en mai 2018 avant même qu'il ne soit présenté.", "mai 2018",
     "reject"),
    # burying someone is a funeral, a commemoration (events_dev/RULES.md §2: other)
    ("Paul Hébert a été enterré samedi à Lyon.", "samedi", "other"),
    ("La famille a enterré son père samedi à Lyon.", "samedi", "other"),
])
def test_who_does_it_or_undergoes_it_gives_the_verb_its_sense(nlp, text: str, date: str,
                                                              kind: str) -> None:
    assert by_date(nlp, text, date)["type"] == kind


@pytest.mark.parametrize(("text", "day", "kind"), [
    # a person's adjective before a colon opens the words it qualifies: a statement
    ("Dimanche 17 décembre, Paul Hébert est catégorique : \"la transparence oui, le voyeurisme "
     "non\".", "Dimanche 17 décembre", "public_statement"),
    ("Lundi, la ministre Claire Vautrin était formelle : il n'y aura pas de hausse.", "Lundi",
     "public_statement"),
])
def test_a_persons_adjective_before_a_colon_is_a_statement(nlp, text, day, kind):
    assert by_date(nlp, text, day)["type"] == kind


def test_an_adjective_before_a_colon_said_of_no_person_is_no_statement(nlp):
    rows = layered(nlp, "Lundi, la raison était simple : le budget manquait à Paul Hébert.")
    assert not [row for row in rows if row["type"] == "public_statement"]


@pytest.mark.parametrize(("text", "day"), [
    # a text adopted is voted, also when the parse reads the date as the verb's object
    ("La loi adoptée fin 2014 a changé les règles de Paul Hébert.", "fin 2014"),
    ("Issu de la loi d'Avenir de l'Agriculture adoptée fin 2014, ce dispositif aide Paul "
     "Hébert.", "fin 2014"),
])
def test_a_text_adopted_is_a_vote(nlp, text, day):
    assert by_date(nlp, text, day)["type"] == "election"


@pytest.mark.parametrize(("text", "kind"), [
    # pushed back to a time: a postponement, no rejection
    ("Le plan, dont la présentation a été repoussée samedi à début septembre, est prêt.",
     "other"),
    ("Mardi, les députés ont repoussé à la rentrée l'examen du texte.", "other"),
    ("Le gouvernement a repoussé mardi l'examen du texte au 12 mai.", "other"),
    # an offer pushed back is rejected
    ("Le syndicat a repoussé mardi à la demande des salariés l'offre de la direction.", "reject"),
])
def test_pushing_back_to_a_time_is_a_postponement(nlp, text, kind):
    row = next(row for row in layered(nlp, text) if row["trigger"].startswith("repouss"))
    assert row["type"] == kind


def test_arriving_at_the_scene_is_a_response_and_no_visit(nlp):
    rows = layered(nlp, "L'unité d'élite est arrivée sur les lieux vers 13 heures à Lyon. Le "
                        "ministre Paul Hébert est arrivé lundi à Lyon pour une visite.",
                   "2020-08-22")
    assert [(row["trigger"], row["type"]) for row in rows] == [("arrivée", "other"),
                                                               ("arrivé", "consult")]
