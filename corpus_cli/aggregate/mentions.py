"""Each mention of the corpus given to its entity: the table `mentions`, `trends`, `network`
and `kwic --entity` read.

`occurrences` turns the stored mention rows of the documents into compact rows per document,
`[entity id, start, end, sentence index, text as written]`, with the same attribution as the
entity table (attribution.reattributed, then entities.MentionKeys): a mention counts for the
entity whose aliases hold it, and nowhere when it was dropped (an ignored or common noun).

`columns` lays them out as the store keeps them: one list per field (entity ids as numbers
into one list of ids) and an index of where each document's run starts, each part kept on its
own. `Occurrences` reads them back part by part: an answer loads only the fields it reads (the
trends read the entities alone, never the texts), and lists of numbers and strings load ten
times faster than a million small lists (33,958 articles: 1.0 million mentions).
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from corpus_cli.rows import Coded, Columns

from .attribution import reattributed
from .entities import MentionKeys
from .ids import EntitySummary

# The fields of one compact occurrence, in order.
ENTITY, START, END, SENTENCE, TEXT = range(5)
FIELDS = ("entity", "start", "end", "sentence", "text")
# What `columns` returns and the store keeps, one part each: the index and the fields.
PARTS = ("index", *FIELDS)


def occurrences(documents: Iterable[tuple[str, Sequence[Mapping[str, Any]]]],
                keys: MentionKeys, entity_of: Mapping[str, str]) -> dict[str, list[list[Any]]]:
    """document id -> its mentions as `[entity, start, end, sentence, text]`, in text order."""
    found: dict[str, list[list[Any]]] = {}
    for document, rows in documents:
        kept = []
        for row in reattributed({**row, "document": document} for row in rows):
            key = keys.key(row)
            entity = entity_of.get(key) if key is not None else None
            if entity is not None:
                kept.append([entity, row["start"], row["end"], row.get("sentence"), row["text"]])
        kept.sort(key=lambda item: (item[START], item[END]))
        found[document] = kept
    return found


def columns(found: Mapping[str, Sequence[Sequence[Any]]], entities: EntitySummary
            ) -> dict[str, Any]:
    """`occurrences` (document id -> rows) as PARTS: "index" is {"documents": ids in order,
    "bounds": where each document's rows start in the columns (and where the last ends),
    "entities": the entity ids, "names" and "labels": theirs in `entities`}; "entity" holds
    numbers into those ids; the other fields hold the values of the rows, document after
    document. (Each entity's name and label are kept with its id: looking a hundred
    thousand ids up in the entity table took a fifth of a second an answer.)"""
    ids: dict[str, int] = {}
    parts: dict[str, Any] = {name: [] for name in FIELDS}
    bounds = [0]
    for rows in found.values():
        for row in rows:
            parts["entity"].append(ids.setdefault(row[ENTITY], len(ids)))
            for name, value in zip(FIELDS[1:], row[1:], strict=True):
                parts[name].append(value)
        bounds.append(len(parts["entity"]))
    parts["index"] = {"documents": list(found), "bounds": bounds, "entities": list(ids),
                      "names": entities.lookup("name", ids),
                      "labels": entities.lookup("label", ids)}
    return parts


class Occurrences:
    """Every mention given to its entity, read from the kept `columns` one part at a time
    (`part(name)` gives one of PARTS), each part at most once."""

    def __init__(self, part: Callable[[str], Any]) -> None:
        self._part = part
        self._loaded: dict[str, Any] = {}
        index = self._load("index")
        self.documents: list[str] = index["documents"]
        self.entities: list[str] = index["entities"]
        self.names: list[str] = index["names"]
        self.labels: list[str] = index["labels"]
        self._bounds: list[int] = index["bounds"]
        self._position = dict(zip(self.documents, range(len(self.documents)), strict=True))

    def _load(self, name: str) -> Any:
        if name not in self._loaded:
            self._loaded[name] = self._part(name)
        return self._loaded[name]

    def column(self, name: str) -> list[Any]:
        """One field of every occurrence, in document order; "entity" as entity ids."""
        if name == "entity":
            if "entity ids" not in self._loaded:
                ids = self.entities
                self._loaded["entity ids"] = [ids[n] for n in self.numbers()]
            found: list[Any] = self._loaded["entity ids"]
            return found
        column: list[Any] = self._load(name)
        return column

    def numbers(self) -> list[int]:
        """The entity of every occurrence as its number in `entities` (what is kept: an
        answer that looks entities up once each reads these, not a million ids)."""
        found: list[int] = self._load("entity")
        return found

    def positions(self, entities: set[str]) -> list[int]:
        """The positions of the occurrences of `entities` (ids), in document order."""
        wanted = {n for n, key in enumerate(self.entities) if key in entities}
        return self.numbered(wanted)

    def numbered(self, numbers: set[int]) -> list[int]:
        """The positions of the occurrences of the entities `numbers`, in document order."""
        # Picked in C: a million occurrences are looked at.
        return list(itertools.compress(itertools.count(), map(numbers.__contains__,
                                                              self.numbers())))

    def document_numbers(self) -> list[int]:
        """The number of each occurrence's document in `documents` (made in C: no step per
        document)."""
        counts = map(operator.sub, self._bounds[1:], self._bounds[:-1])
        return list(itertools.chain.from_iterable(map(itertools.repeat, itertools.count(),
                                                      counts)))

    def document_at(self, position: int) -> str:
        """The document an occurrence belongs to."""
        return self.documents[bisect.bisect_right(self._bounds, position) - 1]

    @property
    def loaded(self) -> set[str]:
        """The parts read so far."""
        return set(self._loaded) & set(PARTS)

    def span(self, document: str) -> range:
        """The positions of a document's occurrences in the columns (none if unknown)."""
        i = self._position.get(document)
        return range(0) if i is None else range(self._bounds[i], self._bounds[i + 1])

    def entity_ids(self, document: str) -> list[str]:
        """The entity id of each of a document's occurrences."""
        span = self.span(document)
        return self.column("entity")[span.start:span.stop]

    def rows(self, document: str) -> list[list[Any]]:
        """A document's occurrences as `[entity, start, end, sentence, text]`."""
        columns = [self.column(name) for name in FIELDS]
        return [[column[i] for column in columns] for i in self.span(document)]

    def holding(self, entities: set[str]) -> Iterator[str]:
        """The documents that mention one of `entities` (ids), in document order."""
        last = None
        for position in self.positions(entities):
            document = self.document_at(position)
            if document != last:
                yield document
                last = document


def mention_rows(found: Occurrences,
                 documents: Iterable[tuple[str, str | None]],
                 wanted: set[str] | None = None,
                 labels: set[str] | None = None) -> list[dict[str, Any]]:
    """The rows of `corpus mentions` for (document id, date) in the order given, as dicts
    (`mention_table` holds them by columns)."""
    return list(mention_table(found, documents, wanted, labels))


# The fields of a row of `corpus mentions`, in order.
MENTION_FIELDS = ("document", "date", "entity", "name", "label", "text", "start", "end",
                  "sentence")


def mention_table(found: Occurrences,
                  documents: Iterable[tuple[str, str | None]],
                  wanted: set[str] | None = None,
                  labels: set[str] | None = None) -> Columns:
    """The rows of `corpus mentions` for (document id, date) in the order given, by columns
    (MENTION_FIELDS): the document and date coded by the document's number, the entity's id,
    name and label by its number in the occurrences, so that no row is made (646,000 rows at
    33,958 articles). With `wanted` (entity ids) or `labels`, only the occurrences of those
    entities are visited."""
    entities = (found.entities, found.names, found.labels)
    every = wanted is None and not labels
    fields = [found.numbers(), *(found.column(name) for name in FIELDS[1:])]
    documents = list(documents)
    if every and [d for d, _ in documents] == found.documents:
        # Every occurrence, in the columns' order: the columns themselves.
        return _table([d for d, _ in documents], [date for _, date in documents],
                      found.document_numbers(), entities, fields)
    visited = None if every else _visited(found, {
        n for n, (key, kind) in enumerate(zip(found.entities, found.labels, strict=True))
        if (wanted is None or key in wanted) and (not labels or kind in labels)})
    listed: list[str] = []
    dates: list[str | None] = []
    codes: list[int] = []
    parts: list[list[Any]] = [[] for _ in fields]
    for document, date in documents:
        positions: Sequence[int] = (found.span(document) if visited is None
                                    else visited.get(document, ()))
        if isinstance(positions, range):
            for part, column in zip(parts, fields, strict=True):
                part += column[positions.start:positions.stop]
        else:
            for part, column in zip(parts, fields, strict=True):
                part += [column[i] for i in positions]
        codes += [len(listed)] * len(positions)
        listed.append(document)
        dates.append(date)
    return _table(listed, dates, codes, entities, parts)


def _table(documents: list[str], dates: list[str | None], codes: list[int],
           entities: Sequence[Sequence[Any]], fields: Sequence[Sequence[Any]]) -> Columns:
    """The Columns of MENTION_FIELDS: documents and dates by `codes`, the entity's id, name
    and label by the occurrence's entity number, and the occurrences' `fields` (FIELDS)."""
    numbers, begins, ends, sentences, texts = fields
    shown, named, labelled = entities
    return Columns(MENTION_FIELDS, [
        Coded(documents, codes), Coded(dates, codes), Coded(shown, numbers),
        Coded(named, numbers), Coded(labelled, numbers), texts, begins, ends, sentences])


def _visited(found: Occurrences, numbers: set[int]) -> dict[str, list[int]]:
    """document id -> the positions of its occurrences of the entities `numbers`."""
    visited: dict[str, list[int]] = {}
    for i in found.numbered(numbers):
        visited.setdefault(found.document_at(i), []).append(i)
    return visited
