"""The type a predicate's lemma gives its event (events/kinds.py, data/events_types.txt)."""

from __future__ import annotations

import pytest

from corpus_cli.extract.events.kinds import type_of


@pytest.mark.parametrize(("lemma", "pos", "expected"), [
    ("attentat", "NOUN", "mass_violence"),  # events_dev/RULES.md: terrorist mass killings
    ("démanteler", "VERB", "arrest"),
    ("réfuter", "VERB", "public_statement"),
    ("chahuter", "VERB", "disapprove"),
    # "l'attentat intervient après...", "une intervention télévisée": no aid
    ("intervenir", "VERB", "other"),
    ("intervention", "NOUN", "other"),
])
def test_the_lexicon_types_these_lemmas_so(lemma: str, pos: str, expected: str) -> None:
    assert type_of(lemma, pos)[0] == expected
