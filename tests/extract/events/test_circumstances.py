"""Nouns of acts that tell another act's circumstance (extract/events/circumstances.py).
Sentences written for the rules; the real mentions and dates layers run."""

from __future__ import annotations

from tests.rows_for_tests import layered, triggers


def test_an_act_under_sous_is_the_circumstance_of_another(nlp):
    assert "pression" not in triggers(nlp, "Sous la pression de la communauté internationale, "
                                           "la junte a ouvert samedi à Lomé des concertations.",
                                      "2020-09-06")


def test_the_speech_words_were_said_in_is_one_event_with_the_saying(nlp):
    rows = layered(nlp, "\"Le ministre restera\", a déclaré Paul Hébert lors d'un discours ce "
                        "dimanche.", "2020-07-13")
    assert [(row["trigger"], row["actors"]) for row in rows] == [("déclaré", ["Paul Hébert"])]


def test_the_role_noun_of_a_speaker_in_a_speech_is_the_one_named_before(nlp):
    # the parse reads "lors" as the noun's adjective: neither in the description nor a rank
    rows = layered(nlp, "Paul Hébert est arrivé à Cayenne. \"Le ministre restera demain avec "
                        "vous\", a déclaré le Premier ministre lors d'un discours ce dimanche.",
                   "2020-07-13")
    said = [row for row in rows if row["trigger"] == "déclaré"]
    assert [(row["actors"], row["date_text"]) for row in said] == [(["Paul Hébert"], "ce dimanche")]


def test_one_s_own_speech_keeps_its_day(nlp):
    rows = layered(nlp, "Lors de son interview du 14 juillet, Paul Hébert a défendu la réforme.",
                   "2020-07-20")
    assert [(row["trigger"], row["date_text"]) for row in rows] == [("interview", "14 juillet")]


def test_who_speaks_during_a_crowd_s_act_is_not_its_performer(nlp):
    rows = layered(nlp, "Quelques semaines plus tard, lors des manifestations du 1er mai, Paul "
                        "Hébert évoque une attaque de l'hôpital.", "2020-07-06")
    assert [row["actors"] for row in rows if row["trigger"] == "manifestations"] == [[]]
    rows = layered(nlp, "Lors de la réunion du 3 mai à Lyon, Paul Hébert a défendu la réforme.",
                   "2020-07-06")
    assert [row["actors"] for row in rows if row["trigger"] == "réunion"] == [["Paul Hébert"]]
