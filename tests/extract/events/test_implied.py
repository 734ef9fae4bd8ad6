"""The body an arrest or a sentence implies, named near it, acts (events/implied.py).
Sentences written for it."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import dated_row, layered


@pytest.mark.parametrize(("text", "date_text", "actor"), [
    # the next sentence's agent, the previous sentence's subject
    ("Un conducteur de 43 ans a été interpellé vendredi à Rennes. Il avait été arrêté par la "
     "police après une course-poursuite.", "vendredi", "la police"),
    ("Les gendarmes ont pris en chasse la voiture. Le conducteur a été interpellé samedi à "
     "Nantes.", "samedi", "Les gendarmes"),
    # a court that acts in the next sentence sentences
    ("Cette militante a été condamnée jeudi à sept mois de prison avec sursis. Le tribunal "
     "correctionnel de Foix a suivi les réquisitions du parquet.", "jeudi",
     "Le tribunal correctionnel de Foix"),
    # a judge who acts next to a charge told in the passive charged
    ("Paul Hébert a été mis en examen jeudi 11 janvier pour fraude. Le juge d'instruction l'a "
     "placé sous contrôle judiciaire.", "jeudi 11 janvier", "Le juge d'instruction"),
])
def test_the_body_acting_next_to_an_arrest_or_a_sentence_performs_it(nlp, text, date_text,
                                                                    actor):
    assert dated_row(nlp, text, date_text)["actors"] == [actor]


@pytest.mark.parametrize(("text", "date_text"), [
    # a policeman acted on, no police acting
    ("Un homme a été interpellé mardi à Lyon. Un policier a été blessé pendant l'opération.",
     "mardi"),
    # the police of another paragraph
    ("Un homme a été interpellé mardi à Lyon.\n\nLa police a ouvert une enquête sur un autre "
     "vol.", "mardi"),
    # judges who inquired, not a court that sentenced
    ("L'homme d'affaires a été condamné en décembre à huit mois de prison. Les magistrats "
     "avaient enquêté pendant deux ans.", "décembre"),
    # the police quoted
    ("Un homme a été interpellé mardi à Lyon. \"La police nous a frappés\", dit son frère.",
     "mardi"),
    # a magistrate who only tells of a charge
    ("Paul Hébert a été mis en examen jeudi pour fraude, a précisé le magistrat.", "jeudi"),
])
def test_no_acting_body_near_leaves_the_actor_out(nlp, text, date_text):
    assert dated_row(nlp, text, date_text)["actors"] == []


@pytest.mark.parametrize(("text", "date_text", "actors"), [
    # the attacker the next sentence names, whatever it does there
    ("Un homme a été grièvement blessé samedi soir à Lyon. L'agresseur présumé a été "
     "interpellé peu après par la police.", "samedi soir", ["L'agresseur présumé"]),
    # a scrape's parenthesis glued before the noun is no part of it
    ("Une fusillade a fait six morts vendredi dans le sud du pays, selon la chaîne (en "
     "français)Le tireur a été interpellé, selon la police.", "vendredi", ["Le tireur"]),
    # an attacker's noun whose complement is the victim the act is told of
    ("Les prisonniers incluent les deux assassins de Claire Vautrin, tuée le 16 novembre "
     "2003 à Lyon.", "16 novembre 2003", ["les deux assassins de Claire Vautrin"]),
    # an attacker's noun inside the act's own phrase
    ("Un policier a été blessé samedi lors de l'attaque du forcené.", "samedi", ["forcené"]),
    # not two sentences away, nor a named victim, who may be the attacker himself
    ("Un homme a été grièvement blessé samedi soir à Lyon. Les voisins ont appelé les secours. "
     "L'agresseur présumé a été interpellé.", "samedi soir", []),
    ("Les proches de l'assaillant ont été entendus. Paul Hébert avait été tué lors de l'assaut "
     "le 23 mars.", "23 mars", []),
])
def test_the_attacker_named_next_to_an_attack_performs_it(nlp, text, date_text, actors):
    assert dated_row(nlp, text, date_text)["actors"] == actors


def test_an_attacker_s_adjective_names_no_attacker(nlp):
    text = ("Quatre personnes ont été blessées vendredi, en plein procès des attentats meurtriers "
            "qui avaient visé le journal en janvier 2015.")
    assert not [row for row in layered(nlp, text) if "meurtriers" in row["actors"]]
