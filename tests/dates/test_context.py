"""The words before a date that make it a comparison's term (dates/grammar/context.py
`compared_before`). Phrases written for each case."""

from __future__ import annotations

import pytest

from corpus_cli.dates.grammar.context import compared_before


@pytest.mark.parametrize(("text", "compared"), [
    ("un point de plus qu'en 2012", True),
    # a preposition the writer doubled
    ("près de trois fois plus qu'en en 2012", True),
    ("contre 7,9 % en 2012", True),
    ("par rapport à 2012", True),
    ("Paul Hébert est venu en 2012", False),
    ("Paul Hébert a dit qu'en 2012", False),
    # the like's time: "comme c'est le cas ailleurs depuis 2012"
    ("le port sera obligatoire, comme c'est déjà le cas à Montclair depuis 2012", True),
    ("Comme c'était le cas en 2012", True),
])
def test_a_comparisons_term_is_told_by_the_words_before_it(text, compared):
    assert compared_before(text, len(text) - 4) is compared
