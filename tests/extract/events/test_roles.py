"""Who acts and who is acted on (events/roles.py): the voice of a clause, a passive's agent, the
name before a relative "qui". Sentences written for each rule."""

from __future__ import annotations

from .test_speakers import by_date


def test_the_agent_of_a_bare_participle_acts(nlp):
    row = by_date(nlp, "Le maire cite les coupures comme celle revendiquée mardi matin par la "
                       "CGT sur la zone portuaire.", "mardi matin")
    assert row["actors"] == ["CGT"]
    assert row["targets"] == []


def test_the_agent_hung_on_two_date_words_acts(nlp):
    row = by_date(nlp, "L'attaque a été revendiquée dimanche après-midi par la branche "
                       "syrienne de l'EI.", "dimanche après-midi")
    assert row["actors"] == ["EI"]
    assert row["targets"] == []


def test_a_past_participle_after_ete_read_as_a_copula_is_passive(nlp):
    row = by_date(nlp, "Le député de Lyon a été quelque peu chahuté mardi par ses collègues.",
                  "mardi")
    assert "Le député de Lyon" not in row["actors"]
    assert row["targets"] == ["Le député de Lyon"]


def test_the_name_before_qui_acts_where_the_parse_hangs_the_relative_on_a_role(nlp):
    row = by_date(nlp, "Le ministre y était reçu avec le chef de file des Républicains au "
                       "Sénat Marc Vidal, qui a déposé vendredi 8 novembre une proposition de "
                       "loi.", "vendredi 8 novembre")
    assert row["actors"] == ["Marc Vidal"]
    assert row["targets"] == []


def test_the_outlet_whose_information_a_participle_publishes_acts(nlp):
    row = by_date(nlp, "Selon les informations de Radio Nord publiées dimanche 24 février, les "
                       "deux hommes ont été placés en garde à vue.", "dimanche 24 février")
    assert row["actors"] == ["Radio Nord"]


def test_selon_x_takes_no_part_in_an_act_it_only_tells_of(nlp):
    row = by_date(nlp, "Selon Radio Nord, sa demande devrait être examinée le mardi 18 "
                       "septembre prochain.", "mardi 18 septembre prochain")
    assert row["actors"] == []
    assert row["targets"] == []
