"""A corpus that grows part by part: the entities made from the forms kept for the earlier
parts and collected for the new documents are those of a run from scratch (entities.py).

Every name here is invented; the rows are drawn at random from a small pool of names that
merge in every way consolidation knows (case and accents, an article, a bare surname, an
initial, a spelling slip, a name resolved in its document, a thing named after a person)."""

from __future__ import annotations

import json
from itertools import pairwise
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cli.aggregate.entities import (
    Forms,
    collect,
    consolidate,
    consolidate_forms,
    mention_index,
)
from tests.rows_for_tests import row

# (name, resolved): lower-case and upper-case spellings change which target a form keeps as
# its documents add up ("marc lenoir" is no person's name, "Marc Lenoir" is).
_NAMES = [
    ("Marc Lenoir", None), ("marc lenoir", None), ("MARC LENOIR", None), ("Lenoir", None),
    ("Lenoir", "Marc Lenoir"), ("M. Lenoir", None), ("Lucie Lenoir", None),
    ("Léa Morel", None), ("Lea Morel", None), ("léa morel", None), ("Morel", None),
    ("Morrel", None), ("Morel", "Léa Morel"), ("Banque Morel", None),
    ("Paul Girardot", None), ("Paul Girardott", None), ("Girardot", None),
    ("Villeneuve-sur-Orge", None), ("Villeneuve-sur-Orges", None),
    ("la Villeneuve-sur-Orge", None), ("Comité Girardot", None),
]
_LABELS = ["PER", "PER", "ORG", "LOC", "MISC"]
_MENTION = st.tuples(st.integers(0, len(_NAMES) - 1), st.sampled_from(_LABELS))
_CORPUS = st.lists(st.lists(_MENTION, min_size=1, max_size=6), min_size=2, max_size=14)


def _rows(corpus: list[list[tuple[int, str]]]) -> list[dict[str, Any]]:
    found = []
    for number, mentions in enumerate(corpus):
        for at, label in mentions:
            name, resolved = _NAMES[at]
            found.append(row(name, label, f"d{number}", resolved))
    return found


def _answer(entities: list[Any]) -> tuple[list[dict[str, Any]], dict[tuple[str, str], str]]:
    return [e.to_row(explain=True) for e in entities], mention_index(entities, by="id")


@settings(max_examples=200, deadline=None)
@given(_CORPUS, st.lists(st.integers(1, 13), max_size=4))
def test_a_corpus_grown_part_by_part_has_the_entities_of_a_run_from_scratch(corpus, cuts):
    rows = _rows(corpus)
    documents = [f"d{number}" for number in range(len(corpus))]
    bounds = sorted({0, *(cut for cut in cuts if cut < len(documents)), len(documents)})
    kept: list[Any] | None = None
    held = Forms()  # the same forms held in memory from part to part, consolidated each time
    for start, end in pairwise(bounds):
        forms = Forms.from_rows(kept) if kept is not None else Forms()
        new = set(documents[start:end])
        forms.add(collect(r for r in rows if r["document"] in new))
        held.add(collect(r for r in rows if r["document"] in new))
        expected = _answer(consolidate(r for r in rows if r["document"] in documents[:end]))
        assert _answer(consolidate_forms(forms)) == expected
        assert _answer(consolidate_forms(held)) == expected
        kept = json.loads(json.dumps(forms.rows()))  # as the store keeps it
