"""Consolidation by block kept from one state of a corpus to the next: a corpus that grows
merges again only the blocks (blocks.py) its new and changed forms fall in, and those whose
forms a whole-corpus rule (whole.py) now reads otherwise; the entities of every other block
are those kept, ordered and named again over the whole corpus in one linear step.

The state kept beside the forms (`consolidate_kept` makes it, plain JSON values): each
block's keys with its entities before naming, the surname keys with their block, the first
names and things of `Whole` it was made with, what each bare surname's guess read of the
topics of other blocks (`people.stories`), and each document's date. What is kept must
describe the forms it was kept with; anything else in it (another version's, a damaged or
partial state, a document whose date changed) makes every block merged again, never an
answer of other forms. tests/aggregate/test_blocks_kept.py holds the entities equal to a run
from scratch through kept states grown part by part.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from corpus_cli.names import name_key, person_name

from . import ids as id_layer
from .aliases import Aliases
from .attribution import clean_roles
from .blocks import _SURNAME, _Joined, grouped, join_added, joined_forms
from .entities import Entity, Forms, _Form, merged
from .people import stories
from .whole import Whole

# Changed whenever what is kept changes meaning: a state of another version is not read.
VERSION = 2
# An entity as kept: its fields before naming, its roles before those naming someone else are
# left out (the people of the corpus change as it grows).
_FIELDS = ("name", "label", "mentions", "documents", "aliases", "roles", "first_seen",
           "last_seen", "merge_reasons", "labels", "ambiguous_with", "keys")
_NO_ROLES: dict[str, int] = {}  # shared by the rows of entities without roles, never changed


class Consolidated(NamedTuple):
    """The entities, the state to keep, whether it is the state given (nothing to write)."""

    entities: list[Entity]
    state: dict[str, Any]
    unchanged: bool


@dataclass
class _Kept:
    """A kept state read back: the blocks with their entities' rows, the surname keys'
    blocks, the first names, things and stories it was made with."""

    blocks: list[list[str]]
    rows: list[list[list[Any]]]
    surnames: dict[str, int]
    first_names: frozenset[str]
    things: frozenset[str]
    stories: dict[str, bool]


def consolidate_kept(forms: Forms, changed: Collection[str], kept: Any,
                     documents: Mapping[str, Mapping[str, Any]] | None = None,
                     aliases: Aliases | None = None) -> Consolidated:
    """The entities of `forms` (those of `entities.consolidate_forms`) and the state to keep
    with them. `kept`: the state kept with these forms before the forms of `changed` were
    added or changed (None, or anything that does not fit them: every block merged)."""
    aliases, documents = aliases or Aliases(), documents or {}
    table = {key: forms.forms[key] for key in sorted(forms.forms)}
    whole = Whole.of(table)
    told = stories(table, whole)
    dates = {str(document): _date(described) for document, described in documents.items()}
    found = _read(kept, table, changed, dates)
    parts: list[tuple[list[str], list[list[Any]] | None]]
    if found is None:
        joined, surnames = joined_forms(table)
        parts = [(block, None) for block in grouped(table, joined)]
    else:
        joined, surnames, parts = _grown(found, table, changed, whole, told)
    number = {joined.find(block[0]): at for at, (block, _) in enumerate(parts)}
    surname_blocks = {name: number[joined.find(_SURNAME + name)] for name in surnames}
    del joined, number  # the union-find of every form, let go before the entities are made
    made: list[Entity] = []
    blocks, rows = [], []
    for block, kept_rows in parts:
        if kept_rows is None:
            entities = merged({key: table[key] for key in block}, aliases, documents, whole)
            kept_rows = [_row(entity, table) for entity in entities]
        else:
            entities = [_entity(row, table, whole.people) for row in kept_rows]
        made.extend(entities)
        blocks.append(block)
        rows.append(kept_rows)
    state = {"version": VERSION, "blocks": blocks, "entities": rows, "surnames": surname_blocks,
             "first_names": sorted(whole.first_names), "things": sorted(whole.things),
             "stories": told, "dates": dates}
    # The order a whole run makes them in (a group's first key), which the stable sort of
    # `named` keeps between entities equal in all it compares.
    made.sort(key=lambda entity: entity.keys[0])
    return Consolidated(id_layer.named(made), state, found is not None and not changed)


def _grown(kept: _Kept, table: dict[str, _Form], changed: Collection[str], whole: Whole,
           told: Mapping[str, bool]
           ) -> tuple[_Joined, set[str], list[tuple[list[str], list[list[Any]] | None]]]:
    """The blocks of `table` from those kept: each kept block with its rows when nothing in
    it changed, the others (rows None) to merge again."""
    joined = _Joined()
    for block in kept.blocks:
        for key in block:
            joined.parent[key] = block[0]
    for name, at in kept.surnames.items():
        joined.parent[_SURNAME + name] = kept.blocks[at][0]
    surnames = set(kept.surnames)
    known = joined.parent.keys()
    join_added(joined, table, changed, {key for key in changed if key not in known}, surnames)
    otherwise = _read_otherwise(kept, table, whole, told)
    touched = {joined.find(key) for key in (*changed, *otherwise)}
    parts: list[tuple[list[str], list[list[Any]] | None]] = [
        (block, rows) for block, rows in zip(kept.blocks, kept.rows, strict=True)
        if joined.find(block[0]) not in touched]
    parts.extend((block, None) for block in grouped(
        (key for key in table if joined.find(key) in touched), joined))
    return joined, surnames, parts


def _read_otherwise(kept: _Kept, table: Mapping[str, _Form], whole: Whole,
                    told: Mapping[str, bool]) -> list[str]:
    """The forms a whole-corpus rule reads otherwise than when `kept` was made: a bare name
    newly a thing's or no longer, a bare surname that is newly someone's first name or no
    longer, or whose documents now tell another person's story or no longer do. (The roles
    naming someone else are left out of every entity again.)"""
    found = [key for key in kept.things ^ whole.things if key in table]
    found.extend(key for key, value in told.items() if kept.stories.get(key) is not value)
    first_names = kept.first_names ^ whole.first_names
    if first_names:
        for key, form in table.items():
            if form.label == "PER":
                person = person_name(form.target)
                if (person.surname and not person.given
                        and name_key(" ".join(person.surname)) in first_names):
                    found.append(key)
    return found


def _read(kept: Any, table: Mapping[str, _Form], changed: Collection[str],
          dates: Mapping[str, str | None]) -> _Kept | None:
    """The kept state if it describes the forms of `table` but the `changed` ones, the
    documents' dates unchanged; else None."""
    if not isinstance(kept, dict) or kept.get("version") != VERSION:
        return None
    try:
        found = _Kept(kept["blocks"], kept["entities"], dict(kept["surnames"]),
                      frozenset(kept["first_names"]), frozenset(kept["things"]),
                      dict(kept["stories"]))
        kept_dates = dict(kept["dates"])
        keys = [key for block in found.blocks for key in block]
        covered = [key for rows in found.rows for row in rows for key in row[-1]]
        fits = (len(found.blocks) == len(found.rows) and all(found.blocks)
                and len(set(keys)) == len(keys) == len(covered) and set(covered) == set(keys)
                and all(len(row) == len(_FIELDS) for rows in found.rows for row in rows)
                and all(isinstance(value, bool) for value in found.stories.values())
                and all(isinstance(at, int) and not isinstance(at, bool)
                        and 0 <= at < len(found.blocks) for at in found.surnames.values())
                and set(keys) | set(changed) == table.keys()
                and all(dates.get(document) == date for document, date in kept_dates.items()))
    except (KeyError, TypeError, ValueError, IndexError):
        return None
    return found if fits else None


def _date(described: Mapping[str, Any]) -> str | None:
    """A document's date as consolidation reads it (first and last seen)."""
    date = described.get("date")
    return str(date) if date else None


def _row(entity: Entity, table: Mapping[str, _Form]) -> list[Any]:
    """`entity` (before naming) as kept, with its roles before cleaning. Its values are the
    entity's own, not copies: the rows of a corpus's entities are made beside them."""
    roles: dict[str, int] = _NO_ROLES
    if entity.roles or any(table[key].roles for key in entity.keys):
        roles = Counter()
        for key in entity.keys:
            roles.update(table[key].roles)
    return [entity.name, entity.label, entity.mentions, entity.documents, entity.aliases,
            roles, entity.first_seen, entity.last_seen, entity.merge_reasons, entity.labels,
            entity.ambiguous_with, entity.keys]


def _entity(row: list[Any], table: Mapping[str, _Form], people: frozenset[str]) -> Entity:
    """A kept entity, its roles cleaned by the people of the corpus now."""
    (name, label, mentions, documents, aliases, roles, first_seen, last_seen, reasons, labels,
     ambiguous, keys) = row
    return Entity(
        name=name, label=label, mentions=mentions, documents=documents, aliases=aliases,
        roles=clean_roles(roles, set(keys), people) if roles else {},
        first_seen=first_seen, last_seen=last_seen,
        merge_reasons=reasons,
        labels=labels, ambiguous_with=ambiguous, keys=keys,
        occurrences=set().union(*(table[key].occurrences for key in keys)))
