"""Victims counted (extract/events/tolls.py): five killed or more make a mass killing.
Sentences written for each rule; the tolls of a period are in test_dating.py, where they take
no day."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import dated_row


@pytest.mark.parametrize(("text", "date_text", "expected"), [
    # five victims or more, or a toll of five dead: a mass killing; fewer, an assault
    ("Le 3 mars, un homme armé a tué 14 personnes dans une école de Nantes.", "3 mars",
     "mass_violence"),
    ("Le 3 mars, un camion a foncé sur la foule à Nantes, faisant 6 morts.", "3 mars",
     "mass_violence"),
    ("Un homme a poignardé lundi un passant, un an après l'attentat qui a fait 86 morts.",
     "lundi", "assault"),
    ("Des dizaines de villageois ont été tués mardi dans le nord du pays.", "mardi",
     "mass_violence"),
    ("Deux gendarmes ont été tués mardi dans le nord du pays.", "mardi", "assault"),
    # the toll of an attack's noun, its subject or the parse's complement
    ("Les attaques de Nantes et de Rennes ont fait au moins 14 morts jeudi 17 août.",
     "jeudi 17 août", "mass_violence"),
    ("L'attaque de vendredi à Nantes a fait deux morts.", "vendredi", "assault"),
])
def test_a_killing_of_five_or_more_is_mass_violence(nlp, text, date_text, expected) -> None:
    assert dated_row(nlp, text, date_text)["type"] == expected
