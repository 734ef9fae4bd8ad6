"""The rows that cross a boundary: what one document's analysis stores, what answers return.

ARCHITECTURE.md describes each field; these types are that contract for the type checker.
Per-document rows (`MentionRow`, `DateRow`, `EventRow`, `Counts`) are written by extract/ and
read by aggregate/ through the store; `Record` is a document as the corpus-level steps see it;
`EntityRow` and `TimelineEntry` are answers.

`sentence` is the sentence's index in a mention row and the sentence's text in date and event
rows: the names are kept because they are part of the stored and printed contract.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any, TypedDict

# Entity labels, in the order tables list them.
LABELS: tuple[str, ...] = ("PER", "LOC", "ORG", "MISC")
# Event types, in the order the timeline lists them: CAMEO's twenty root categories (codebook
# 1.1b3, in code order 01-20), then the news families CAMEO has no root for, then "other" (a
# dated predicate with a named participant that no word list knows). The old types map onto
# them: visit and meeting -> consult (04x), agreement -> diplomatic_cooperation (057),
# statement and announcement -> public_statement (01x), criticism -> disapprove (11x) or
# protest (14x), vote -> vote or election.
EVENT_TYPES: tuple[str, ...] = (
    "public_statement", "appeal", "intent_to_cooperate", "consult", "diplomatic_cooperation",
    "material_cooperation", "provide_aid", "yield", "investigate", "demand", "disapprove",
    "reject", "threaten", "protest", "force_posture", "reduce_relations", "coerce", "assault",
    "fight", "mass_violence",
    "election", "vote", "appointment", "resignation", "charge", "trial", "arrest", "death",
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
