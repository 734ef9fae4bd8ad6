"""Consolidation by block through kept states (blocks_kept.py): a corpus grown part by part,
its state kept as the store keeps it (JSON) and read back each time, has the entities of a run
from scratch; a state that does not fit its forms is never read.

Every name is invented (the pool of tests/aggregate/test_entities_growth.py)."""

from __future__ import annotations

import json
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cli.aggregate.blocks_kept import consolidate_kept
from corpus_cli.aggregate.entities import Forms, collect, consolidate
from tests.aggregate.test_entities_growth import _CORPUS, _answer, _rows
from tests.rows_for_tests import row


def _dates(documents: list[str]) -> dict[str, dict[str, Any]]:
    return {document: {"date": f"2020-01-{number % 28 + 1:02d}" if number % 3 else None}
            for number, document in enumerate(documents)}


def _grown(parts: list[list[dict[str, Any]]]) -> list[Any]:
    """Each part's documents added in turn through the kept state (forms and blocks, through
    JSON); each step's answer compared with a run from scratch; the states kept."""
    kept: tuple[Any, Any] = (None, None)
    states = []
    done: list[dict[str, Any]] = []
    for rows in parts:
        done.extend(rows)
        documents = _dates(list(dict.fromkeys(r["document"] for r in done)))
        forms = Forms.from_rows(kept[0]) if kept[0] is not None else Forms()
        new = collect(rows)
        forms.add(new)
        found = consolidate_kept(forms, set(new.forms), kept[1], documents)
        assert _answer(found.entities) == _answer(consolidate(done, documents))
        kept = json.loads(json.dumps(forms.rows())), json.loads(json.dumps(found.state))
        states.append(kept[1])
    return states


@settings(max_examples=300, deadline=None)
@given(_CORPUS, st.lists(st.integers(1, 13), max_size=4))
def test_growth_through_kept_states_gives_the_entities_of_a_run_from_scratch(corpus, cuts):
    rows = _rows(corpus)
    bounds = sorted({0, *(cut for cut in cuts if cut < len(corpus)), len(corpus)})
    _grown([[r for r in rows if r["document"] in {f"d{n}" for n in range(start, end)}]
            for start, end in pairwise(bounds)])


def _block_of(state: dict[str, Any], key: str) -> int:
    return next(at for at, block in enumerate(state["blocks"]) if key in block)


_PLACE = [row("Villeneuve-sur-Orges", "LOC", "h1"),
          *(row("Villeneuve sur Orge", "LOC", f"p{n}") for n in range(6))]


@pytest.mark.parametrize(("first", "added", "keys"), [
    # "Villeneuve sur Orges" is the hyphenated place written with spaces, and a slip of the
    # frequent "Villeneuve sur Orge": it joins the blocks of both
    (_PLACE, [row("Villeneuve sur Orges", "LOC", "n1")],
     ["villeneuve-sur-orges", "villeneuve sur orge"]),
    # a name kept with its article, then read without it
    ([row("la Verdière", "LOC", "a1")], [row("Verdière", "LOC", "b1")],
     ["la verdiere", "verdiere"]),
    # a kept form that now reads as a person's name (its target changed): its surname's block
    ([row("marc lenoir", "PER", "a1"), row("Lenoir", "PER", "b1")],
     [row("Marc Lenoir", "PER", "c1"), row("Marc Lenoir", "PER", "c2")],
     ["marc lenoir", "lenoir"]),
    # a new surname one letter from a kept one
    ([row("Paul Montcalmignon", "PER", f"p{n}") for n in range(5)],
     [row("P. Montcalmignan", "PER", "r1")], ["paul montcalmignon", "p montcalmignan"]),
])
def test_a_new_or_changed_form_joins_kept_blocks(first, added, keys):
    states = _grown([first, added])
    kept = [key for key in keys if key in collect(first).forms]
    assert len({_block_of(states[0], key) for key in kept}) == len(kept)  # apart before
    assert len({_block_of(states[1], key) for key in keys}) == 1
    joined = {key for entity in consolidate([*first, *added]) for key in entity.keys
              if len(entity.keys) > 1}
    assert set(keys) <= joined  # the whole run merges them


def _aliases_of(rows: list[dict[str, Any]], name: str) -> list[str]:
    return next(e.aliases for e in consolidate(rows) if e.name == name)


@pytest.mark.parametrize(("first", "added"), [
    # "Roussel" alone is Anne Roussel's surname, until "Roussel" is someone's first name...
    ([row("Anne Roussel", "PER", "a1"), row("Anne Roussel", "PER", "a2"),
      row("Roussel", "PER", "b1")],
     [row("Roussel Fabre", "PER", "c1")]),
    # ...a bare name ending a council's name in its document is not guessed, until that name
    # reads as a person's ("Jean de la Roussel", another surname key)...
    ([row("Anne Roussel", "PER", "a1"), row("Anne Roussel", "PER", "a2"),
      row("Roussel", "PER", "b1"), row("Conseil Jean de la Roussel", "ORG", "b1")],
     [row("Jean de la Roussel", "PER", "c1")]),
    # ...and a bare word one letter from a frequent surname is its slip, until the corpus
    # gives that word as someone's first name
    ([*(row("Anne Roussels", "PER", f"a{n}") for n in range(4)), row("Roussel", "PER", "b1")],
     [row("Roussel Fabre", "PER", "c1")]),
    # ...and a bare surname shares the story of the one document naming the person in full
    # through two names, until the corpus names them in most of its documents
    ([row("Anne Roussel", "PER", "a1"), row("Roussel", "PER", "b1"),
      *(row(place, "LOC", document) for place in ("Lormont", "Vessac") for document in
        ("a1", "b1")), *(row("Mireval", "LOC", f"m{n}") for n in range(4))],
     [row(place, "LOC", f"n{n}") for place in ("Lormont", "Vessac") for n in range(8)]),
])
def test_a_whole_corpus_fact_changed_by_another_block_merges_a_kept_block_again(first, added):
    states = _grown([first, added])
    # no added form falls in the block of "Roussel": the fact alone merges it again
    block = states[1]["blocks"][_block_of(states[1], "roussel")]
    assert not {key for rows in added for key in collect([rows]).forms} & set(block)
    name = first[0]["name"]
    assert ("Roussel" in _aliases_of(first, name)) != (
        "Roussel" in _aliases_of([*first, *added], name))


def test_a_role_naming_a_person_read_later_leaves_a_kept_entity():
    first = [row("Fabre", "PER", "a1", roles=["ministre Anne Roussel"])]
    _grown([first, [row("Anne Roussel", "PER", "b1")]])
    fabre = next(e for e in consolidate([*first, row("Anne Roussel", "PER", "b1")])
                 if e.name == "Fabre")
    assert fabre.roles == {}


def _state(rows: list[dict[str, Any]]) -> tuple[Forms, dict[str, Any], dict[str, Any]]:
    documents = _dates(list(dict.fromkeys(r["document"] for r in rows)))
    forms = collect(rows)
    return forms, json.loads(json.dumps(consolidate_kept(forms, set(), None, documents).state)
                             ), documents


def _damaged(state: dict[str, Any]) -> list[dict[str, Any]]:
    """The state with one thing wrong in each copy."""
    found = []
    for change in (lambda s: s.update(version=0), lambda s: s["entities"].pop(),
                   lambda s: s["blocks"][0].pop(), lambda s: s.pop("surnames"),
                   lambda s: s["entities"][0][0].pop(),
                   lambda s: s["dates"].update({next(iter(s["dates"])): "1999-01-01"}),
                   lambda s: s.update(blocks="not blocks")):
        copy = json.loads(json.dumps(state))
        change(copy)
        found.append(copy)
    return [*found, None, [], {}]


def test_a_state_that_does_not_fit_its_forms_is_never_read():
    rows = [row("Anne Roussel", "PER", "a1"), row("Roussel", "PER", "b1"),
            row("Paul Girardot", "PER", "c1"), row("Girardot", "PER", "c2"),
            row("Villeneuve sur Orge", "LOC", "c2")]
    forms, state, documents = _state(rows)
    expected = _answer(consolidate(rows, documents))
    kept = consolidate_kept(forms, set(), state, documents)
    assert kept.unchanged and _answer(kept.entities) == expected
    for damaged in _damaged(state):
        found = consolidate_kept(collect(rows), set(), damaged, documents)
        assert not found.unchanged
        assert _answer(found.entities) == expected
    # kept for other forms: all but one form of these
    fewer = [r for r in rows if r["name"] != "Girardot"]
    _, other, _ = _state(fewer)
    assert not consolidate_kept(collect(rows), set(), other, documents).unchanged
