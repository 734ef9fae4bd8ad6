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
from typing import TYPE_CHECKING, Any

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


class RoleHolders:
    """The persons who hold each role in the corpus, with the documents that name them."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.by_key: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
        for entity in entities:
            if entity.label != "PER" or not entity.roles:
                continue
            keys = {_offices().get(key, key) for key in map(role_key, entity.roles) if key}
            documents = frozenset(document for document, _ in entity.occurrences)
            for key in keys:
                self.by_key[key].append((entity.name, documents))

    def holder(self, document: str, key: str) -> str | None:
        """The name of the one person named in `document` who holds the role, else None."""
        names = {name for name, documents in self.by_key.get(key, ()) if document in documents}
        return next(iter(names)) if len(names) == 1 else None


class WithRoles(Mapping[tuple[str, str], str]):
    """(document id, mention name) -> entity name (`entities.mention_index`), which also
    gives a role described in a document the person holding it there (`RoleHolders`)."""

    def __init__(self, names: Mapping[tuple[str, str], str], holders: RoleHolders) -> None:
        self.names, self.holders = names, holders

    def get(self, place: tuple[str, str], default: Any = None) -> Any:
        # asked for every name of every document's events on each growth: no KeyError raised
        found = self.names.get(place)
        if found is not None:
            return found
        key = description_key(place[1])
        holder = None if key is None else self.holders.holder(place[0], key)
        return default if holder is None else holder

    def __getitem__(self, place: tuple[str, str]) -> str:
        found: str | None = self.get(place)
        if found is None:
            raise KeyError(place)
        return found

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)
