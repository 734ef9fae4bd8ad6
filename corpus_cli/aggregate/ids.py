"""Stable entity ids (`per:jean-dupont`) and names shown once each ("Dupont (ORG)").

An id is the label and the name folded to ASCII words joined by hyphens; namesakes (same label,
same slug) take `-2`, `-3`... in the order the corpus cites them (most mentions first, then the
forms they carry), so the same documents always give the same ids. A name several entities
share gets a qualifier: the label when theirs differ, else the first role or alias that tells
them apart, else the id's number. `EntitySummary` reads the entity table kept by columns.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from corpus_cli.rows import Columns

_NOT_WORD = re.compile(r"[^a-z0-9]+")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})


class _Combining(dict[int, int | None]):
    """A `str.translate` table that drops combining marks (each character looked up once)."""

    def __missing__(self, code: int) -> int | None:
        found = self[code] = None if unicodedata.combining(chr(code)) else code
        return found


_NO_COMBINING = _Combining()


def slug(name: str) -> str:
    """"Jean-Marc d'Orléans" -> "jean-marc-d-orleans"; a name of no ASCII letter -> "x"."""
    text = unicodedata.normalize("NFKD", name.casefold().translate(_LIGATURES))
    if not text.isascii():  # a table, not a step per character (100,000 names a growth)
        text = text.translate(_NO_COMBINING)
    return _NOT_WORD.sub("-", text).strip("-") or "x"


@dataclass(frozen=True)
class Named:
    """What naming needs of an entity, in the corpus's order (most cited first)."""

    name: str
    label: str
    aliases: Sequence[str] = ()
    roles: Sequence[str] = ()


class _Entity(Protocol):
    id: str
    name: str
    label: str
    mentions: int
    documents: int
    aliases: dict[str, int]
    roles: dict[str, int]


_E = TypeVar("_E", bound=_Entity)


def named(entities: list[_E]) -> list[_E]:
    """`entities` most cited first, each with its id and a name no other shows."""
    entities.sort(key=lambda e: (-e.mentions, -e.documents, e.name, sorted(e.aliases)))
    found = [Named(e.name, e.label, sorted(e.aliases, key=lambda a: (-e.aliases[a], a)),
                   sorted(e.roles, key=lambda r: (-e.roles[r], r))) for e in entities]
    for entity, entity_id, shown in zip(entities, entity_ids(found), shown_names(found),
                                        strict=True):
        entity.id, entity.name = entity_id, shown
    return entities


def entity_ids(entities: Sequence[Named]) -> list[str]:
    """One id per entity, unique, in the order given."""
    taken: dict[str, int] = defaultdict(int)
    ids = []
    for entity in entities:
        base = f"{entity.label.lower()}:{slug(entity.name)}"
        taken[base] += 1
        ids.append(base if taken[base] == 1 else f"{base}-{taken[base]}")
    return ids


def shown_names(entities: Sequence[Named]) -> list[str]:
    """Each entity's name, with a qualifier where several entities share it."""
    sharing: dict[str, list[int]] = defaultdict(list)
    for i, entity in enumerate(entities):
        sharing[entity.name.casefold()].append(i)
    names = [entity.name for entity in entities]
    for group in sharing.values():
        if len(group) > 1:
            qualifiers = _qualifiers([entities[i] for i in group])
            for i, qualifier in zip(group, qualifiers, strict=True):
                names[i] = f"{entities[i].name} ({qualifier})"
    return names


def _qualifiers(group: Sequence[Named]) -> list[str]:
    """What tells namesakes apart: their labels, else a role or form of their own, else a rank."""
    labels = [entity.label for entity in group]
    if len(set(labels)) == len(labels):
        return labels
    # How many namesakes hold each word: one of an entity's words is its own when it is the
    # only holder (comparing each with every other took minutes for a name shared by hundreds).
    holders = Counter(word for entity in group
                      for word in {w.casefold() for w in (*entity.roles, *entity.aliases,
                                                          entity.name)})
    qualifiers = []
    for entity in group:
        own = [word for word in (*entity.roles, *entity.aliases)
               if holders[word.casefold()] == 1]
        qualifiers.append(own[0] if own else "")
    if "" in qualifiers or len(set(qualifiers)) < len(qualifiers):
        return [f"{entity.label} {rank}" for rank, entity in enumerate(group, 1)]
    return qualifiers


class EntitySummary(Mapping[str, dict[str, Any]]):
    """id -> {field: value} over the entity table kept by columns (`columns[field]` lists one
    value per entity, "id" among them). A row is made when first asked for: an answer reads
    a few entities of hundreds of thousands, and making every row took a second."""

    def __init__(self, columns: Mapping[str, Sequence[Any]]) -> None:
        self._columns = columns
        self._fields = [name for name in columns if name != "id"]
        # Made in C (a comprehension over 100,000 ids took a fifth of a second).
        self._position = dict(zip(columns["id"], range(len(columns["id"])), strict=True))
        self._rows: dict[str, dict[str, Any]] = {}

    def __getitem__(self, key: str) -> dict[str, Any]:
        row = self._rows.get(key)
        if row is None:
            i = self._position[key]
            row = self._rows[key] = {name: self._columns[name][i] for name in self._fields}
        return row

    def __iter__(self) -> Iterator[str]:
        return iter(self._columns["id"])

    def __len__(self) -> int:
        return len(self._position)

    def __contains__(self, key: object) -> bool:
        return key in self._position

    def field(self, name: str) -> dict[str, Any]:
        """id -> the value of one field, for every entity."""
        return dict(zip(self._columns["id"], self._columns[name], strict=True))

    def lookup(self, name: str, keys: Iterable[str], default: Any = KeyError) -> list[Any]:
        """The value of one field for each of `keys` (ids), in their order: KeyError for an
        unknown id unless a `default` is given. No row is made: an answer naming a hundred
        thousand entities reads two columns."""
        column, position = self._columns[name], self._position
        if default is KeyError:  # looked up by map: no Python step per key
            return list(map(column.__getitem__, map(position.__getitem__, keys)))
        return [default if i is None else column[i] for i in map(position.get, keys)]

    def rows(self, wanted: Container[str]) -> list[dict[str, Any]]:
        """The rows of the entities in `wanted`, id first, in the table's order."""
        return list(self.table(wanted))

    def table(self, wanted: Container[str]) -> Columns:
        """`rows` held by columns (the nodes of a network of 100,000 entities are not made
        one dict at a time)."""
        ids = self._columns["id"]
        chosen = [i for i, key in enumerate(ids) if key in wanted]
        return Columns(["id", *self._fields],
                       [[column[i] for i in chosen]
                        for column in (ids, *(self._columns[name] for name in self._fields))])

    def column(self, name: str) -> Sequence[Any]:
        """One field of every entity, in the table's order (`iter(self)` gives the ids)."""
        return self._columns[name]
