"""Bounded property tests of the pure-text date layer: find_expressions + resolve never raise,
whatever the text and however extreme the reference date (the calendar's ends included)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cli.dates.grammar import find_expressions, resolve

PIECES = st.sampled_from(["le", "3", "mars", "2016", "lundi", "prochain", "dernier", "il y a",
                          "deux", "ans", "dans", "trois", "mois", "fin", "début", "siècle",
                          "XXe", "années", "80", "hier", "demain", "1er", "semaine", ",", "."])


@settings(max_examples=100, deadline=None)
@given(st.lists(PIECES, max_size=20).map(" ".join),
       st.sampled_from(["2016-12-15", "1000-01-01", "2999-12-31", "2016", None]))
def test_find_and_resolve_never_raise(text, reference):
    for expression in find_expressions(text):
        fields = resolve(expression, reference)
        assert fields["value"] is None or isinstance(fields["value"], str)
