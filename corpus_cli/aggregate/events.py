"""The corpus-level merge: one timeline entry per real event, from every document's event rows.

Works on rows only, never on spaCy objects: the same event told by several articles (same type,
shared participants, compatible dates) becomes one row with all its sources; a lede restated in
the body of one article is joined the same way. `sort_key(row)` orders the timeline.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date as Day
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass


# A merged entry keeps the most certain status among its sources.
STATUS_ORDER: tuple[str, ...] = ("occurred", "reported", "planned")
_WHITESPACE = re.compile(r"\s+")
# A coarser date than this is no evidence that two reports tell the same event.
MAX_MERGE_DAYS = 366


# --- corpus level -------------------------------------------------------------------------

@dataclass
class _Entry:
    """A timeline entry being built from the rows that tell the same event."""

    rows: list[tuple[int, Mapping[str, Any]]]
    keys: set[str]
    interval: tuple[Day, Day] | None
    documents: set[str]
    people: set[str]  # the keys that are participants (not "@" places): see _compatible


def merge(events: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One timeline row per real event, from the event rows of every document.

    Each input row is an `extract_events` row to which the caller has added:
      - `document`: the id of the document it comes from;
      - the fields of its date row (all None when `date` is None): `value`, `granularity`,
        `mod`, `start_date`, `end_date` (ISO days, inclusive), `date_text` (the row's `text`)
        and `date_anchor` (the row's `anchor`);
      - `participants` and `places` rewritten to consolidated entity names (the `name` of the
        entity each mention belongs to), so that spellings from different articles compare.

    Rows are joined when they have the same type, share a participant (or, with no
    participants, a place) and have compatible dates: the same interval, or one inside the
    other (a day inside its month). A coarse date compatible with two different finer entries
    stays apart rather than guess. An undated row joins an entry of the same document and
    type that shares a key (the article speaking again of the visit it dated), or else an
    identical sentence of the same type (a syndicated copy); it never joins across documents
    on participants alone, since nothing says it is the same occasion. Intervals longer than
    MAX_MERGE_DAYS never join anything. Rows are blocked by type, key and day, so the work is
    near-linear in the number of rows.
    """
    rows = list(enumerate(events))
    intervals = [_interval(row) for _, row in rows]  # each read once (dates parsed)
    dated = sorted((r for r in rows if intervals[r[0]] is not None),
                   key=lambda r: (_span(intervals[r[0]]), r[0]))
    entries: list[_Entry] = []
    # (type, key) -> (first day, entry) of the entries holding that key, in order.
    by_day: dict[tuple[str, str], list[tuple[Day, int]]] = defaultdict(list)
    by_document: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for number, row in dated:
        interval = intervals[number]
        assert interval is not None
        keys = _all_keys(row)
        target = _dated_match(entries, by_day, row, keys, interval)
        if target is None:
            target = len(entries)
            entries.append(_Entry([], set(), interval, set(), set()))
        for key in keys - entries[target].keys:
            insort(by_day[(row["type"], key)],
                   (entries[target].interval[0], target))  # type: ignore[index]
        _add(entries[target], number, row, keys)
        for key in keys:
            by_document[(row["type"], key, str(row.get("document")))].add(target)
    undated_by_document: dict[tuple[str, str, str], int] = {}
    by_sentence: dict[tuple[str, str], int] = {}
    for number, row in rows:
        if intervals[number] is not None:
            continue
        keys = _keys(row)
        places = [(row["type"], key, str(row.get("document"))) for key in sorted(keys)]
        dated_candidates = {t for place in places for t in by_document.get(place, ())}
        undated_candidates = [undated_by_document[p] for p in places if p in undated_by_document]
        sentence_key = (row["type"], _WHITESPACE.sub(" ", str(row.get("sentence", ""))).strip())
        if len(dated_candidates) == 1:
            target = dated_candidates.pop()
        elif undated_candidates:
            target = undated_candidates[0]
        elif sentence_key in by_sentence:
            target = by_sentence[sentence_key]
        else:
            target = len(entries)
            entries.append(_Entry([], set(), None, set(), set()))
            by_sentence[sentence_key] = target
        if entries[target].interval is None:
            for place in places:
                undated_by_document.setdefault(place, target)
        _add(entries[target], number, row, keys)
    return [_entry_row(entry, intervals) for entry in entries]


def _keys(row: Mapping[str, Any]) -> set[str]:
    """What an undated report must share with its event: a participant, else a place."""
    participants = {str(p).casefold() for p in row.get("participants") or ()}
    if participants:
        return participants
    return {"@" + str(p).casefold() for p in row.get("places") or ()}


def _all_keys(row: Mapping[str, Any]) -> set[str]:
    """Participants and places: a dated report with no participant can still meet its event
    at its place ("attendu au Portugal ce 15 décembre")."""
    return {str(p).casefold() for p in row.get("participants") or ()} | {
        "@" + str(p).casefold() for p in row.get("places") or ()}


def _people(keys: set[str]) -> set[str]:
    """The keys that are participants, not places ("@...")."""
    return {k for k in keys if not k.startswith("@")}


def _compatible(people: set[str], others: set[str]) -> bool:
    """Two reports with named participants (`_people` of their keys) must share one;
    otherwise a shared place will do."""
    return not people or not others or not people.isdisjoint(others)


def _dated_match(entries: list[_Entry], by_day: Mapping[tuple[str, str], list[tuple[Day, int]]],
                 row: Mapping[str, Any], keys: set[str], interval: tuple[Day, Day]) -> int | None:
    """The one entry this dated row tells again, or None (none, or ambiguous)."""
    if _span(interval) > MAX_MERGE_DAYS or not keys:
        return None
    candidates: set[int] = set()
    for key in keys:
        # The entries of this key that start inside the interval: two bisections, where a
        # walk over its days cost a lookup per day and key (a year: 366 per key).
        starts = by_day.get((row["type"], key), [])
        low = bisect_left(starts, (interval[0], -1))
        high = bisect_right(starts, (interval[1], len(entries)))
        candidates.update(target for _, target in starts[low:high])
    # Entries are built finest first, so a compatible one lies inside this row's interval.
    people = _people(keys)
    fitting = []
    for target in candidates:
        entry = entries[target]
        span = entry.interval
        if (span is not None and interval[0] <= span[0] and span[1] <= interval[1]
                and _compatible(people, entry.people)):
            fitting.append(target)
    if len(fitting) <= 1:
        return fitting[0] if fitting else None
    # The entry sharing the most keys (the first made among equals) unless another shares as
    # many with another interval.
    scored = [(len(keys & entries[t].keys), t) for t in fitting]
    best_overlap = max(overlap for overlap, _ in scored)
    best = min(t for overlap, t in scored if overlap == best_overlap)
    chosen = entries[best].interval
    rivals = any(overlap == best_overlap and t != best and entries[t].interval != chosen
                 for overlap, t in scored)
    return None if rivals else best


def _add(entry: _Entry, number: int, row: Mapping[str, Any], keys: set[str]) -> None:
    entry.rows.append((number, row))
    entry.keys |= keys
    entry.people |= _people(keys)
    entry.documents.add(str(row.get("document")))


def _entry_row(entry: _Entry, intervals: list[tuple[Day, Day] | None]) -> dict[str, Any]:
    """The output row: the finest-dated report speaks for the entry; lists are unions.

    `intervals`: each row's `_interval`, by its number."""
    first = entry.rows[0][1]
    in_order = sorted(entry.rows, key=lambda r: r[0])
    sources = list(dict.fromkeys([first.get("document"),
                                  *(row.get("document") for _, row in in_order)]))
    # The dated reports decide: an undated "la visite de X" in present tense says nothing of
    # whether the visit it joins has happened yet.
    dated = [row for number, row in entry.rows if intervals[number] is not None] or [
        row for _, row in entry.rows]
    statuses = {row.get("status") for row in dated}
    told = list(_first_then(first, in_order))
    return {
        "date": first.get("value"),
        "granularity": first.get("granularity"),
        "mod": first.get("mod"),
        "start_date": first.get("start_date"),
        "end_date": first.get("end_date"),
        "type": first["type"],
        "cameo": first.get("cameo"),
        "status": next((s for s in STATUS_ORDER if s in statuses), first.get("status")),
        "trigger": first.get("trigger"),
        "participants": _union(row.get("participants") for row in told),
        "actors": _union(row.get("actors") for row in told),
        "targets": _union(row.get("targets") for row in told),
        "quote": next((row.get("quote") for row in told if row.get("quote")), None),
        "places": _union(row.get("places") for row in told),
        "document": first.get("document"),
        "sources": sources,
        "sentence": first.get("sentence"),
        "date_text": first.get("date_text"),
        "date_anchor": first.get("date_anchor"),
        # "clause" when only the floor's fallback rows tell it (extract/events/floor.py).
        "basis": ("clause" if all(row.get("basis") == "clause" for _, row in entry.rows)
                  else "rule"),
        # the best-told telling: one sure source is enough to trust the event
        "confidence": max((float(row["confidence"]) for _, row in entry.rows
                           if row.get("confidence") is not None), default=None),
    }


def _first_then(first: Mapping[str, Any],
                rows: list[tuple[int, Mapping[str, Any]]]) -> Iterator[Mapping[str, Any]]:
    yield first
    yield from (row for _, row in rows if row is not first)


def _union(lists: Iterable[Iterable[str] | None]) -> list[str]:
    seen: dict[str, str] = {}
    for names in lists:
        for name in names or ():
            seen.setdefault(str(name).casefold(), name)
    return list(seen.values())


def _interval(row: Mapping[str, Any]) -> tuple[Day, Day] | None:
    try:
        start = Day.fromisoformat(str(row["start_date"]))
        end = Day.fromisoformat(str(row.get("end_date") or row["start_date"]))
    except (KeyError, TypeError, ValueError):
        return None
    return (start, end) if start <= end else None


def _span(interval: tuple[Day, Day] | None) -> int:
    return 10**9 if interval is None else (interval[1] - interval[0]).days + 1


def sort_key(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """Timeline order: by start of the interval, finer precision first; undated last."""
    interval = _interval(row)
    value = str(row.get("date") or "")
    tail = (str(row.get("type") or ""), str(row.get("document") or ""),
            str(row.get("trigger") or ""))
    if interval is None:
        return (1, "", 0, 0, *tail)
    return (0, interval[0].isoformat(), _span(interval), -len(value), *tail)
