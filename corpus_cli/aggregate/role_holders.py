"""Who a role an event describes stands for, read across the corpus.

An article may call its actor "le Premier ministre" or "le patron de Matignon" and name him
only as "M. Philippe" elsewhere, with no apposition the events layer could read. Other
articles do write "le Premier ministre Édouard Philippe", which gives his entity that role.
So the description of a role in a document stands for the one person of that document whose
entity holds that role in the corpus (its words in any order, the seat of an office read as
the office: data/events_actors.txt [periphrases]); two such persons, or none: it stays a
description.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from corpus_cli import lexicon as wordfiles
from corpus_cli.names import fold

if TYPE_CHECKING:
    from .entities import Entity

# The definite determiner a singular description opens with ("le", "la", "l'").
_DEFINITE = re.compile(r"^(?:le|la|l['’])\s*", re.IGNORECASE)
_QUOTES = re.compile(r"[\"«»“”]")


def role_key(text: str) -> str:
    """A role's words, folded and sorted: "ministre russe des Affaires étrangères" and
    "ministre des Affaires étrangères russe" are one role."""
    words = fold(_QUOTES.sub(" ", _DEFINITE.sub("", text.strip()))).split()
    return " ".join(sorted(words))


@functools.cache
def _offices() -> dict[str, str]:
    """Role key of the seat of an office -> role key of the office ("patron de Matignon")."""
    return {role_key(seat): role_key(office)
            for seat, office in wordfiles.pairs("events_actors.txt", "periphrases").items()}


@functools.lru_cache(maxsize=1 << 16)  # asked for every description of every document
def description_key(text: str) -> str | None:
    """The role key of a definite singular description ("le Premier ministre"), else None."""
    if not _DEFINITE.match(text.strip()):
        return None
    key = role_key(text)
    return _offices().get(key, key) or None


def role_holders(entities: Iterable[Entity]) -> dict[tuple[str, str], str]:
    """(document id, role key) -> the name of the one person mentioned in that document whose
    entity holds that role."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entity in entities:
        if entity.label != "PER" or not entity.roles:
            continue
        keys = {_offices().get(key, key) for key in map(role_key, entity.roles) if key}
        for document in {document for document, _ in entity.occurrences}:
            for key in keys:
                found[(document, key)].add(entity.name)
    return {place: next(iter(names)) for place, names in found.items() if len(names) == 1}


class WithRoles(Mapping[tuple[str, str], str]):
    """(document id, mention name) -> entity name (`entities.mention_index`), which also
    gives a role described in a document the person holding it there (`role_holders`)."""

    def __init__(self, names: Mapping[tuple[str, str], str],
                 holders: Mapping[tuple[str, str], str]) -> None:
        self.names, self.holders = names, holders

    def __getitem__(self, place: tuple[str, str]) -> str:
        found = self.names.get(place)
        if found is not None:
            return found
        document, text = place
        key = description_key(text)
        holder = None if key is None else self.holders.get((document, key))
        if holder is None:
            raise KeyError(place)
        return holder

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)
