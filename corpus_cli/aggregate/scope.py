"""Which documents an answer covers: --document, --source, --from/--to, the same everywhere.

A document is in the period when its publication date overlaps it (a document dated "2016"
is in `--from 2016-06`); a document with no date is in no period, so `--from`/`--to` leave it
out. Sources and document ids compare exactly, sources without regard to case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date as Day
from typing import NamedTuple, Protocol

from corpus_cli.dates.calendar import PartialDate
from corpus_cli.dates.iso import parse_iso
from corpus_cli.errors import UsageError


class Described(Protocol):
    """What a scope reads of a document (a run's Record, or a Listed document)."""

    @property
    def id(self) -> str: ...
    @property
    def date(self) -> str | None: ...
    @property
    def source(self) -> str | None: ...


class Listed(NamedTuple):
    """A document as the analysis answers list it: what a scope reads, and no more."""

    id: str
    date: str | None
    source: str | None


@dataclass
class Scope:
    """The documents asked for; every field empty means every document."""

    documents: Sequence[str] = ()
    sources: Sequence[str] = ()
    start: str | None = None  # --from, YYYY[-MM[-DD]]
    end: str | None = None  # --to
    _range: tuple[Day, Day] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        low = _bound(self.start, "--from").start if self.start else Day.min
        high = _bound(self.end, "--to").end if self.end else Day.max
        if low > high:
            raise UsageError(f"--from {self.start} is after --to {self.end}")
        self._range = (low, high) if (self.start or self.end) else None

    def keeps(self, record: Described) -> bool:
        if self.documents and record.id not in self.documents:
            return False
        if self.sources and (record.source or "").casefold() not in {
                s.casefold() for s in self.sources}:
            return False
        if self._range is None:
            return True
        if not record.date:
            return False
        try:
            published = parse_iso(record.date[:10])
        except ValueError:
            return False
        low, high = self._range
        return published.end >= low and published.start <= high

    @property
    def everything(self) -> bool:
        return not (self.documents or self.sources or self._range)


def _bound(text: str, option: str) -> PartialDate:
    try:
        return parse_iso(text)
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from None
