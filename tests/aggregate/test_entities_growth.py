"""A corpus that grows part by part: the entities made from the forms kept for the earlier
parts and collected for the new documents are those of a run from scratch (entities.py), and
so are those consolidated one block at a time (blocks.py).

Every name here is invented; the rows are drawn at random from a small pool of names that
merge in every way consolidation knows (case and accents, an article, a bare surname, an
initial, a spelling slip, a name resolved in its document, a thing named after a person)."""

from __future__ import annotations

import json
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cli.aggregate.blocks import blocks, consolidate_by_block
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
    # Forms that only rules reading the whole corpus tell apart: a first name of someone else
    # ("Roussel Fabre"), a company ending in the name in the same document, a role naming
    # another person.
    ("Anne Roussel", None), ("Roussel", None), ("Roussel Fabre", None),
    ("Laboratoires Roussel", None), ("Fabre", None), ("Villeneuve sur Orge", None),
    # A form that joins two others' blocks (a thing's hyphens, a slip); a place named after
    # someone whose full name, once read, makes it no longer a thing named after "Roussel".
    ("Villeneuve sur Orges", None), ("Conseil Jean de la Roussel", None),
    ("Jean de la Roussel", None),
    # A bare word one letter from a surname ("Fabre" / "Fabres"): a slip, unless the corpus
    # gives it as someone's first name.
    ("Hugo Fabres", None), ("Fabre Lacombe", None),
]
# Roles given to a mention at random: one names a person of the pool, the other no one.
_ROLES = [(), ("ministre Anne Roussel",), ("ministre",)]
_LABELS = ["PER", "PER", "ORG", "LOC", "MISC"]
_MENTION = st.tuples(st.integers(0, len(_NAMES) - 1), st.sampled_from(_LABELS),
                     st.integers(0, len(_ROLES) - 1))
_CORPUS = st.lists(st.lists(_MENTION, min_size=1, max_size=6), min_size=2, max_size=14)


def _rows(corpus: list[list[tuple[int, str, int]]]) -> list[dict[str, Any]]:
    found = []
    for number, mentions in enumerate(corpus):
        for at, label, role in mentions:
            name, resolved = _NAMES[at]
            found.append(row(name, label, f"d{number}", resolved, _ROLES[role]))
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
        assert _answer(consolidate_by_block(forms)) == expected
        kept = json.loads(json.dumps(forms.rows()))  # as the store keeps it


def _consolidated(corpus: list[list[tuple[int, str, int]]]) -> list[dict[str, Any]]:
    return [e.to_row(explain=True) for e in consolidate_forms(collect(_rows(corpus)))]


def _at(name: str) -> int:
    return next(at for at, (other, resolved) in enumerate(_NAMES)
                if other == name and resolved is None)


def test_blocks_keep_apart_what_a_rule_reading_the_whole_corpus_decides():
    # "Roussel" alone in its block would join Anne Roussel; the first name of Roussel Fabre
    # and the company of its document, both in other blocks, keep it apart.
    anne, bare, fabre = (_at("Anne Roussel"), "PER", 0), (_at("Roussel"), "PER", 0), (
        _at("Roussel Fabre"), "PER", 0)
    alone = [[anne, bare]]
    first_name = [*alone, [fabre]]
    company = [[anne, bare, (_at("Laboratoires Roussel"), "ORG", 0)]]
    role = [[(_at("Fabre"), "PER", 1)], [anne]]  # "Fabre" given the role of Anne Roussel
    assert len(blocks(collect(_rows(first_name)).forms)) > 1
    for corpus in (alone, first_name, company, role):
        assert [e.to_row(explain=True) for e in consolidate_by_block(collect(_rows(corpus)))] \
            == _consolidated(corpus)
    assert any("Roussel" in e["aliases"] for e in _consolidated(alone))
    assert not any("Roussel" in e["aliases"] for e in _consolidated(first_name))
    assert not any("Roussel" in e["aliases"] for e in _consolidated(company))
    assert next(e for e in _consolidated(role) if e["name"] == "Fabre")["roles"] == []
    assert next(e for e in _consolidated([[(_at("Fabre"), "PER", 1)]]))["roles"] == [
        "ministre Anne Roussel"]


def test_every_merge_stays_inside_one_block():
    things = {_at(name) for name in ("Banque Morel", "Villeneuve-sur-Orge", "Villeneuve-sur-Orges",
                                     "la Villeneuve-sur-Orge", "Comité Girardot",
                                     "Laboratoires Roussel", "Villeneuve sur Orge")}
    rows = _rows([[(at, "ORG" if at in things else "PER", 0)] for at in range(len(_NAMES))])
    forms = collect(rows).forms
    block_of = {key: number for number, block in enumerate(blocks(forms)) for key in block}
    joined = [entity.keys for entity in consolidate_forms(collect(rows)) if len(entity.keys) > 1]
    assert joined  # merges happen across forms...
    for keys in joined:
        assert len({block_of[key] for key in keys}) == 1, keys  # ...inside one block each


def _often(name: str, label: str) -> list[dict[str, Any]]:
    return [row(name, label, f"f{number}") for number in range(5)]


@pytest.mark.parametrize("rows", [
    # one rule alone joins each pair: a spelling slip of a name no person's...
    [*_often("Conseil régional", "ORG"), row("Conseil regionnal", "ORG", "r1")],
    # ...a slip in a surname with an initial for the first name, an article...
    [*_often("Paul Montcalmignon", "PER"), row("P. Montcalmignan", "PER", "r1")],
    [row("Conseil régional", "ORG", "r1"), row("le Conseil régional", "ORG", "r2")],
    # ...initials written with inner capitals...
    [*_often("MoDem", "ORG"), {**row("MODEM", "ORG", "r1"), "acronym": True}],
    # ...and two entities alike in all but their forms, which a whole run orders by key
    [row("Anne Dubreuil", "PER", "r1"), row("Lenoir", "PER", "r2", "Zoé Dubreuil"),
     row("Lenoir", "PER", "r3", "Marc Lenoir")],
])
def test_consolidation_by_block_finds_each_merge_of_a_whole_run(rows):
    whole = consolidate_forms(collect(rows))
    # forms joined, or namesakes whose ids the order decides
    assert len(whole) < len(collect(rows).forms) or any(e.id.endswith("-2") for e in whole)
    assert _answer(consolidate_by_block(collect(rows))) == _answer(whole)
