"""Who takes part in an event (extract/events/arguments.py): an occasion's noun ("lors d'une
visite") takes the subject of the clause it is set in. Sentences written for the rule; the real
mentions and dates layers run."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import trigger_row


@pytest.mark.parametrize(("text", "trigger", "actors"), [
    ("Paul Hébert a perdu son téléphone lors d'une visite officielle à Rome du 21 au 24 mai.",
     "visite", ["Paul Hébert"]),
    ("Lors d'un discours à Lyon jeudi, Claire Vautrin a mis en garde contre la division.",
     "discours", ["Claire Vautrin"]),
    ("Paul Hébert a critiqué le maire lors d'un entretien sur Radio Nord, dimanche 24 mars.",
     "entretien", ["Paul Hébert"]),
])
def test_an_occasion_noun_takes_the_subject_of_its_clause(nlp, text, trigger, actors):
    assert trigger_row(nlp, text, trigger)["actors"] == actors


@pytest.mark.parametrize(("text", "trigger"), [
    # an attack or a march: the subject did other things there
    ("Paul Hébert a frappé un manifestant lors d'une manifestation à Paris.", "manifestation"),
    # the noun names its own performer
    ("Paul Hébert a pris la parole lors de la visite de Claire Vautrin à Lille.", "visite"),
    # done to the subject
    ("Paul Hébert a été hué lors d'une visite à Lyon.", "visite"),
])
def test_an_occasion_noun_keeps_the_subject_out_otherwise(nlp, text, trigger):
    assert "Paul Hébert" not in trigger_row(nlp, text, trigger)["actors"]
