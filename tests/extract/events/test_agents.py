"""Who does an act, described rather than named (extract/events/agents.py). Sentences written
for each rule."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import dated_row as by_date


@pytest.mark.parametrize(("text", "actors"), [
    # the parse hangs the agent on the adverbial phrase before it
    ("Lundi, Paul Hébert a été entendu pour la deuxième fois par les juges d'instruction.",
     ["les juges d'instruction"]),
    ("Lundi, Paul Hébert a été arrêté dans la nuit par les gendarmes de Lyon.",
     ["les gendarmes de Lyon"]),
    # "certains" read as the agent, the noun it quantifies as its complement
    ("Samedi à Lyon, Paul Hébert a été violemment pris à partie par certains \"militants "
     "verts\" lors du cortège.", ["militants verts"]),
])
def test_the_described_agent_of_a_passive_acts(nlp, text, actors):
    row = by_date(nlp, text, text.split()[0].rstrip(","))
    assert (row["actors"], row["targets"]) == (actors, ["Paul Hébert"])
