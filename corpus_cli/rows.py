"""The rows that cross a boundary: what one document's analysis stores, what answers return.

ARCHITECTURE.md describes each field; these types are that contract for the type checker.
Per-document rows (`MentionRow`, `DateRow`, `EventRow`, `Counts`) are written by extract/ and
read by aggregate/ through the store; `Record` is a document as the corpus-level steps see it;
`EntityRow` and `TimelineEntry` are answers.

`Columns` holds an answer's rows by columns (a Sequence of row dicts made when read), so that
the writers of output.py need no dict per row: `corpus mentions` writes 646,000 rows.

`sentence` is the sentence's index in a mention row and the sentence's text in date and event
rows: the names are kept because they are part of the stored and printed contract.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any, NotRequired, TypedDict, overload

# Entity labels, in the order tables list them.
LABELS: tuple[str, ...] = ("PER", "LOC", "ORG", "MISC")
# The key of a document's counts that says the event rules failed on its text, and how: its
# events are left out, the rest of its rows kept (extract/document.py).
FAILED = "failed"
# Event types, in the order the timeline lists them: CAMEO's twenty root categories (codebook
# 1.1b3, in code order 01-20), then the news families CAMEO has no root for, then "other" (a
# dated predicate with a named participant that no word list knows). The old types map onto
# them: visit and meeting -> consult (04x), agreement -> diplomatic_cooperation (057),
# statement and announcement -> public_statement (01x), criticism -> disapprove (11x) or
# protest (14x), a vote of an assembly, an election or a referendum -> election.
EVENT_TYPES: tuple[str, ...] = (
    "public_statement", "appeal", "intent_to_cooperate", "consult", "diplomatic_cooperation",
    "material_cooperation", "provide_aid", "yield", "investigate", "demand", "disapprove",
    "reject", "threaten", "protest", "force_posture", "reduce_relations", "coerce", "assault",
    "fight", "mass_violence",
    "election", "appointment", "resignation", "charge", "trial", "arrest", "death",
    "accident", "publication",
    "other",
)


class EntitySort(StrEnum):
    """Orders of the entity table."""

    mentions = "mentions"
    documents = "documents"
    name = "name"


class MentionRow(TypedDict):
    """A cleaned mention of a named entity (extract/mentions.py)."""

    start: int
    end: int
    text: str
    name: str
    label: str
    roles: list[str]
    resolved: str | None
    sentence: int
    # only when true: one word in capitals spelling a word of the language ("SUD"), initials
    acronym: NotRequired[bool]
    # only when true: a name the document gives ("une employée prénommée X"), and its repeats
    introduced: NotRequired[bool]


class DateRow(TypedDict, total=False):
    """A temporal expression with its resolved value (extract/dates.py)."""

    start: int
    end: int
    text: str
    kind: str
    value: str | None
    granularity: str | None
    mod: str | None
    start_date: str | None
    end_date: str | None
    anchor: str | None
    tense: str | None
    attached_to: str | None
    attached_start: int | None
    sentence: str
    rule: str | None


class EventRow(TypedDict, total=False):
    """An event told by one document (extract/events/)."""

    start: int
    end: int
    trigger: str
    lemma: str
    type: str
    cameo: str | None
    status: str
    participants: list[str]
    actors: list[str]
    targets: list[str]
    places: list[str]
    date: int | None
    date_text: str | None
    date_anchor: str | None
    quote: str | None
    basis: str  # "rule" (a trigger or argument rule) or "clause" (the floor: a dated clause)
    confidence: float  # extract/events/confidence.py: the odds that date and an actor are right
    sentence: str


class Counts(TypedDict, total=False):
    """A document's sizes and the number of rows of each kind."""

    tokens: int
    words: int
    sentences: int
    mentions: dict[str, int]
    dates: int
    events: int


class EntityRow(TypedDict, total=False):
    """One entity of `corpus entities` (aggregate/entities.py)."""

    name: str
    label: str
    mentions: int
    documents: int
    aliases: list[str]
    roles: list[str]
    first_seen: str | None
    last_seen: str | None
    variants: list[dict[str, Any]]
    labels: dict[str, int]
    ambiguous_with: list[str]


class TimelineEntry(TypedDict, total=False):
    """One event of `corpus timeline`, merged across the documents that tell it."""

    date: str | None
    granularity: str | None
    mod: str | None
    start_date: str | None
    end_date: str | None
    type: str
    cameo: str | None
    status: str
    trigger: str
    participants: list[str]
    actors: list[str]
    targets: list[str]
    places: list[str]
    document: str
    sources: list[str]
    sentence: str
    quote: str | None
    date_text: str | None
    date_anchor: str | None
    basis: str
    confidence: float | None


@dataclass
class Record:
    """A document as the corpus-level steps see it: its metadata and its counts."""

    id: str
    path: str | None
    title: str | None
    date: str | None
    date_source: str | None
    source: str | None
    url: str | None
    chars: int
    removed_chars: int
    key: str
    text_hash: str
    duplicate_of: str | None = None
    author: str | None = None
    updated: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, Any] = field(default_factory=dict)
    language: str | None = None  # ISO 639-1, or "unknown" for a text too short to tell
    unread_date: str | None = None  # a metadata date that could not be read, as given

    @property
    def removed_share(self) -> float:
        return round(self.removed_chars / self.chars, 4) if self.chars else 0.0

    def metadata(self) -> dict[str, Any]:
        """The document's metadata as a plain row (no analysis rows)."""
        row = {k: v for k, v in asdict(self).items() if k not in ("counts", "key", "meta")}
        row["removed_share"] = self.removed_share
        return row


# Rows made at a time when Columns are iterated.
_ROWS_MADE = 10_000


@functools.lru_cache(maxsize=16)
def row_maker(keys: tuple[str, ...]) -> Callable[[Sequence[Iterable[Any]]], list[Any]]:
    """What makes the rows of these keys from one iterable per key: a list of dict displays,
    written out as namedtuple writes its class (a display makes a dict in half the time
    dict(zip(keys, values)) takes). `keys`: at least one."""
    names = [f"v{number}" for number in range(len(keys))]
    display = ", ".join(f"{key!r}: {name}" for key, name in zip(keys, names, strict=True))
    maker: Callable[[Sequence[Iterable[Any]]], list[Any]] = eval(  # keys are repr()'d
        f"lambda columns: [{{{display}}} for {', '.join(names)}, in zip(*columns)]")
    return maker


@dataclass(frozen=True)
class Coded:
    """A column that gives each row's value by its number in `values` (row i holds
    `values[codes[i]]`): what many rows repeat (a document's id, an entity's name) is held,
    and written, once. Columns coded by the same `codes` object are written together."""

    values: Sequence[Any]
    codes: Sequence[int]

    def picked(self, rows: slice) -> Sequence[Any]:
        """The values of these rows (itemgetter looks them all up in one call, where a
        map of the values' __getitem__ makes one call per row)."""
        codes = self.codes[rows]
        if len(codes) < 2:  # itemgetter of one code gives the value, not a tuple
            return [self.values[code] for code in codes]
        found: Sequence[Any] = operator.itemgetter(*codes)(self.values)
        return found


class Columns(Sequence[dict[str, Any]]):
    """Rows held as one column per field (a list of values, or `Coded`): a Sequence of row
    dicts, each made when read. `output.write_json` and `write_jsonl` read the columns
    themselves; a slice or `take` is Columns again, its coded columns still sharing codes."""

    def __init__(self, fields: Sequence[str], columns: Sequence[Sequence[Any] | Coded]) -> None:
        if len(fields) != len(columns):
            raise ValueError("one column per field")
        lengths = {len(c.codes) if isinstance(c, Coded) else len(c) for c in columns}
        if len(lengths) > 1:
            raise ValueError(f"columns of different lengths: {sorted(lengths)}")
        self.fields: tuple[str, ...] = tuple(fields)
        self.columns: tuple[Sequence[Any] | Coded, ...] = tuple(columns)
        self._length = lengths.pop() if lengths else 0

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> Columns: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | Columns:
        if isinstance(index, slice):
            return self._gathered(lambda items: items[index])
        at = range(self._length)[index]  # a negative index counts from the end
        return {name: column.values[column.codes[at]] if isinstance(column, Coded)
                else column[at] for name, column in zip(self.fields, self.columns, strict=True)}

    def take(self, positions: Sequence[int]) -> Columns:
        """The rows at `positions`, in their order."""
        return self._gathered(lambda items: [items[i] for i in positions])

    def _gathered(self, pick: Any) -> Columns:
        # Codes shared before are shared after: each codes object is picked from once.
        picked: dict[int, Sequence[int]] = {}
        columns: list[Sequence[Any] | Coded] = []
        for column in self.columns:
            if isinstance(column, Coded):
                if id(column.codes) not in picked:
                    picked[id(column.codes)] = pick(column.codes)
                columns.append(Coded(column.values, picked[id(column.codes)]))
            else:
                columns.append(pick(column))
        return Columns(self.fields, columns)

    def column(self, name: str) -> list[Any]:
        """One field's value in every row."""
        column = self.columns[self.fields.index(name)]
        if isinstance(column, Coded):
            return list(map(column.values.__getitem__, column.codes))
        return list(column)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        if not self.fields:
            return
        make = row_maker(self.fields)
        for start in range(0, self._length, _ROWS_MADE):
            part = slice(start, start + _ROWS_MADE)
            yield from make([column.picked(part) if isinstance(column, Coded)
                             else column[part] for column in self.columns])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str | bytes):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Columns({list(self.fields)!r}, {self._length} rows)"
