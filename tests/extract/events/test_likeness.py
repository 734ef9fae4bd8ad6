"""A name after "comme" on an event (events/likeness.py): one of the group it follows, or a
likeness. Sentences written for each rule."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import layered


@pytest.mark.parametrize(("text", "trigger", "actors", "targets"), [
    # an instance of an unnamed subject acts
    ("D'autres ont préféré quitter la magistrature, comme Hélène Vasseur en 2014.", "quitter",
     ["Hélène Vasseur"], []),
    # so does each of a plural subject's instances
    ("Plusieurs chanteurs avaient fait le voyage mardi, comme Léo Marchal, Anna Dorval ou "
     "encore Tom Berthier.", "voyage", ["Léo Marchal", "Anna Dorval", "Tom Berthier"], []),
    # an instance of the plural object is acted on
    ("Le réseau a suspendu mardi des dirigeants, comme Pablo Ferreira ou Ivan Sokolov.",
     "suspendu", None, ["Pablo Ferreira", "Ivan Sokolov"]),
    # likened to one named subject, X did the like at another time
    ("Marc Vidal a démissionné lundi, comme Paul Andrieu avant lui.", "démissionné",
     ["Marc Vidal"], []),
])
def test_a_name_after_comme_is_of_the_group_it_follows(nlp, text, trigger, actors, targets):
    row = next(row for row in layered(nlp, text, "2019-08-07") if row["trigger"] == trigger)
    if actors is not None:
        assert row["actors"] == actors
    assert row["targets"] == targets
