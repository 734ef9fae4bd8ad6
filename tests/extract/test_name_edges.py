"""The bounds of a name's span (extract/name_edges.py), on text written for each case."""

from __future__ import annotations

import pytest

from corpus_cli.extract.name_edges import strip_edges


@pytest.mark.parametrize(("text", "name"), [
    ("« Paul Hébert »", "Paul Hébert"),
    # a period after a closing mark, or a name's only one, is the sentence's end
    ("(FNX).", "FNX"),
    ("TVX.", "TVX"),
    # an abbreviation's last period and an initial's are the name's own
    ("Washington D.C.", "Washington D.C."),
    ("Aurélie V.", "Aurélie V."),
])
def test_the_marks_around_a_name_are_stripped(text, name):
    first, last = strip_edges(text, 0, len(text))
    assert text[first:last] == name
