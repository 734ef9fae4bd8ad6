"""Accusations by a prosecutor or a court are charges (extract/events/legal.py). Sentences
written for each rule."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import trigger_row


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("Le parquet a accusé lundi l'ancien maire de détournement de fonds.", "accusé", "charge"),
    ("L'ancien maire a été accusé lundi de corruption par la procureure de Lyon.", "accusé",
     "charge"),
    ("Les procureurs ont mis en accusation mercredi le chef de la milice.", "mis", "charge"),
    # anyone else's accusing is a criticism
    ("Le président a accusé lundi l'opposition de mentir.", "accusé", "disapprove"),
])
def test_an_accusation_by_a_prosecutor_or_a_court_is_a_charge(nlp, text, trigger, kind):
    assert trigger_row(nlp, text, trigger)["type"] == kind
