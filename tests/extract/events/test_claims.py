"""Who claims an attack carried it out (extract/events/claims.py), and "personne" denies.
Sentences written for the rule."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import dated_row, layered


@pytest.mark.parametrize(("text", "actors"), [
    ("Les rebelles ont revendiqué l'attaque de dimanche contre l'hôtel.", ["Les rebelles"]),
    ("L'attaque de dimanche a été revendiquée par le groupe Aube rouge.",
     ["Aube rouge"]),
    ("Dans leur revendication de l'attaque de dimanche, les rebelles soulignent leur force.",
     ["les rebelles"]),
    # a claim denied names no author
    ("Personne n'a revendiqué l'attaque de dimanche.", []),
])
def test_who_claims_an_attack_carried_it_out(nlp, text, actors):
    assert dated_row(nlp, text, "dimanche")["actors"] == actors


def test_nobody_hurt_is_no_event(nlp):
    assert not [row for row in layered(nlp, "Personne n'a été blessé dimanche à Lyon.")
                if row["date_text"] == "dimanche"]
