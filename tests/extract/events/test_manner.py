"""The act a gerund of saying tells of the verb it qualifies (extract/events/manner.py)."""

from __future__ import annotations

import pytest

from tests.rows_for_tests import dated_row as by_date


@pytest.mark.parametrize(("text", "kind"), [
    ("La semaine dernière, la ministre Claire Vautrin a mis les pieds dans le plat en "
     "estimant que le texte devait être retiré.", "public_statement"),
    ("La semaine dernière, Paul Hébert a jeté un pavé dans la mare en dénonçant la réforme.",
     "disapprove"),
])
def test_an_untyped_act_done_by_saying_is_that_statement(nlp, text, kind):
    assert by_date(nlp, text, "La semaine dernière")["type"] == kind


def test_a_typed_act_keeps_its_type_whatever_it_was_done_saying(nlp):
    row = by_date(nlp, "Lundi, Paul Hébert a démissionné en dénonçant la réforme.", "Lundi")
    assert row["type"] == "resignation"
