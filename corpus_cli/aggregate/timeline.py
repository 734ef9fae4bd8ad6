"""The corpus timeline: every document's event rows, dated, named by entity, merged, filtered.

Reads only the rows the store holds (events, dates) and the consolidated entities, never spaCy:
`rows_for_merge` prepares one document's events as `events.merge` expects them, `build` runs
the corpus-level merge, then filters and sorts. `date_label` writes a timeline date as precise
as the text gave it ("2016", "avril 2016 (fin)", "2016-12-15").
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date as Day
from typing import Any

from corpus_cli.dates.calendar import PartialDate
from corpus_cli.dates.iso import parse_iso
from corpus_cli.errors import UsageError
from corpus_cli.rows import EVENT_TYPES

from . import events

# The date fields an event takes from its date row, and the name they get in the timeline.
_DATE_FIELDS = {"value": "value", "granularity": "granularity", "mod": "mod",
                "start_date": "start_date", "end_date": "end_date", "text": "date_text",
                "anchor": "date_anchor"}
# The fields of an event row that hold mention names, renamed to their entity's name.
_NAME_FIELDS = ("participants", "actors", "targets", "places")
_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre")
_MODS = {"START": "début", "MID": "mi", "END": "fin", "BEFORE": "avant", "AFTER": "après",
         "APPROX": "vers", "ON_OR_BEFORE": "au plus tard", "ON_OR_AFTER": "au plus tôt"}
_SEASONS = {"SP": "printemps", "SU": "été", "FA": "automne", "WI": "hiver"}
_SPACES = re.compile(r"\s+")


@dataclass
class Query:
    """What the user asks of the timeline; every field empty means everything dated."""

    entity: str | None = None
    types: Sequence[str] = ()
    start: str | None = None  # --from, YYYY[-MM[-DD]]
    end: str | None = None  # --to
    documents: Sequence[str] = ()
    include_undated: bool = False
    min_confidence: float = 0.0  # --min-confidence: entries scored below it are left out
    _range: tuple[Day, Day] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.types) - set(EVENT_TYPES))
        if unknown:
            raise UsageError(f"unknown event type {', '.join(unknown)!s} "
                             f"(types: {', '.join(EVENT_TYPES)})")
        low = _bound(self.start, "--from").start if self.start else Day.min
        high = _bound(self.end, "--to").end if self.end else Day.max
        if low > high:
            raise UsageError(f"--from {self.start} is after --to {self.end}")
        self._range = (low, high) if (self.start or self.end) else None
        if not 0.0 <= self.min_confidence <= 1.0:
            raise UsageError(f"--min-confidence {self.min_confidence} is not between 0 and 1")

    @property
    def unfiltered(self) -> bool:
        """Whether it asks for every entry (every dated one unless `include_undated`), none
        left out by an entity, a type, a document, a date range or a confidence."""
        return not (self.entity is not None or self.types or self.documents
                    or self._range is not None or self.min_confidence > 0)


def _bound(text: str, option: str) -> PartialDate:
    try:
        return parse_iso(text)
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from None


def rows_for_merge(document: str, event_rows: Iterable[Mapping[str, Any]],
                   date_rows: Sequence[Mapping[str, Any]],
                   names: Mapping[tuple[str, str], str]) -> list[dict[str, Any]]:
    """One document's events with their date fields and consolidated names (see events.merge).

    `names` maps (document, mention name) to the entity name (entities.mention_index).
    """
    prepared = []
    for event in event_rows:
        row = dict(event)
        row["document"] = document
        date = date_rows[event["date"]] if event.get("date") is not None else {}
        for source, target in _DATE_FIELDS.items():
            row[target] = date.get(source)
        if event.get("date_anchor"):  # "context": the date of the event it continues
            row["date_anchor"] = event["date_anchor"]
        for name_field in _NAME_FIELDS:
            row[name_field] = _renamed(document, event.get(name_field) or (), names)
        prepared.append(row)
    return prepared


def _renamed(document: str, mentioned: Iterable[str],
             names: Mapping[tuple[str, str], str]) -> list[str]:
    renamed: dict[str, str] = {}
    for name in mentioned:
        entity = names.get((document, name), name)
        renamed.setdefault(entity.casefold(), entity)
    return list(renamed.values())


def _names_used(document: str, event_rows: Iterable[Mapping[str, Any]],
                names: Mapping[tuple[str, str], str]) -> dict[str, str]:
    """The entity name each mention name of a document's events was given: while all stay
    the same, its prepared rows do (see `update`)."""
    return {name: names.get((document, name), name) for event in event_rows
            for name_field in _NAME_FIELDS for name in event.get(name_field) or ()}


def build(documents: Iterable[tuple[str, Sequence[Mapping[str, Any]], Sequence[Mapping[str, Any]]]],
          names: Mapping[tuple[str, str], str]) -> list[dict[str, Any]]:
    """The corpus timeline: the events of every (document id, event rows, date rows), merged
    across documents, named by entity (`names`: entities.mention_index), in time order.

    `select` then keeps what a query asks for.
    """
    found: list[dict[str, Any]] = build_kept(documents, names)["timeline"]
    return found


# A document's rows as `update` loads them: (document id, event rows, date rows).
Rows = tuple[str, Sequence[Mapping[str, Any]], Sequence[Mapping[str, Any]]]


def build_kept(documents: Iterable[Rows], names: Mapping[tuple[str, str], str],
               kept: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """`update` over documents given with their rows, each known by a digest of its rows."""
    listed = list(documents)
    keys = [(document, _digest([events_rows, dates]))
            for document, events_rows, dates in listed]

    def load(wanted: set[str]) -> Iterator[Rows]:
        return (item for item in listed if item[0] in wanted)

    return update(keys, load, names, kept)


def update(documents: Sequence[tuple[str, str]], load: Callable[[set[str]], Iterable[Rows]],
           names: Mapping[tuple[str, str], str],
           kept: Mapping[str, Any] | None = None,
           texts: Callable[[list[str]], Mapping[str, str]] | None = None) -> dict[str, Any]:
    """The timeline of `documents` ((id, analysis key) in corpus order) as a plain JSON value
    to keep: {"timeline": the timeline, "parts": [[digest, positions of its entries, its
    rows as JSON text, its links, its documents], ...], "documents": {id: [key, names
    used]}}.

    The merge never joins two reports that share no (type, participant or place) with
    overlapping dates, nor undated reports without a key or a sentence in common, so the
    reports fall into parts that merge independently (`parts`). With `kept` (what `update`
    returned for other documents), only the documents that are new, changed or whose entity
    names changed are read (`load(ids)` yields their rows in corpus order), and only the
    parts holding their rows or sharing a link (a type and a name, or an undated sentence)
    with them are formed and merged again; every other part keeps its entries, its rows
    never decoded. The answer is the same as from scratch: the parts formed again are whole
    (no row outside them can link to theirs), and their rows are taken in corpus order.

    A kept part's rows may be kept elsewhere (its text None): `texts(digests)` gives those of
    the parts formed again, by digest (KeyError when one is missing); the parts kept as they
    were keep their text as given (None: never read).
    """
    previous = kept if kept is not None and "documents" in kept else _EMPTY
    known: Mapping[str, Sequence[Any]] = previous["documents"]
    where: dict[str, list[int]] = defaultdict(list)
    for index, (document, _) in enumerate(documents):
        where[document].append(index)
    dirty = {document for document, key in documents
             if len(where[document]) > 1 or document not in known
             or known[document][0] != key or not _same_names(document, known[document][1], names)}
    dropped = dirty | (known.keys() - where.keys())
    old_parts: Sequence[Sequence[Any]] = previous["parts"]
    touched = {number for number, part in enumerate(old_parts)
               if not dropped.isdisjoint(part[4])}
    fresh, used = _fresh_rows(load(dirty), where, names)
    linked = {link for _, row in fresh for link in _links(row)}  # no index of every part's
    touched.update(number for number, part in enumerate(old_parts)
                   if not linked.isdisjoint(part[3]))
    elsewhere = [old_parts[number][0] for number in touched
                 if not isinstance(old_parts[number][2], str)]
    found = texts(elsewhere) if elsewhere and texts is not None else {}
    rows = fresh + [((where[row["document"]][0], n), row) for number in touched
                    for n, row in _loads(old_parts[number][2] if isinstance(
                        old_parts[number][2], str) else found[old_parts[number][0]])
                    if row["document"] not in dropped]
    del fresh
    rows.sort(key=lambda item: item[0])
    reused = {part[0]: (part, part[2] if isinstance(part[2], str) else found.get(part[0]))
              for number, part in enumerate(old_parts) if number in touched}
    # Parts kept as they were: their entries are those of the last timeline, at their places.
    tagged: list[tuple[Sequence[Any], list[Mapping[str, Any]] | None]] = [
        (part, None) for number, part in enumerate(old_parts) if number not in touched]
    for members in parts([row for _, row in rows]):
        tagged.append(_part([rows[number] for number in members], reused))
        for number in members:  # a part's rows are let go once merged (the memory of a
            rows[number] = _MERGED  # corpus's rows goes to its entries)
    return _state(tagged, {document: [key, used[document] if document in used
                                      else known[document][1]] for document, key in documents},
                  previous["timeline"])


_EMPTY: Mapping[str, Any] = {"timeline": [], "parts": [], "documents": {}}
_MERGED: tuple[tuple[int, int], dict[str, Any]] = ((-1, -1), {})


def _same_names(document: str, used: Mapping[str, str],
                names: Mapping[tuple[str, str], str]) -> bool:
    return all(names.get((document, name), name) == entity for name, entity in used.items())


def _fresh_rows(loaded: Iterable[Rows], where: Mapping[str, list[int]],
                names: Mapping[tuple[str, str], str]
                ) -> tuple[list[tuple[tuple[int, int], dict[str, Any]]], dict[str, dict[str, str]]]:
    """The prepared rows of the documents read again, each with its place in corpus order
    (document, row), and the names each document used."""
    fresh: list[tuple[tuple[int, int], dict[str, Any]]] = []
    used: dict[str, dict[str, str]] = {}
    seen: Counter[str] = Counter()
    for document, event_rows, date_rows in loaded:
        index = where[document][seen[document]]  # a repeated id: its next document
        seen[document] += 1
        used[document] = {**used.get(document, {}), **_names_used(document, event_rows, names)}
        fresh += [((index, n), row) for n, row in
                  enumerate(rows_for_merge(document, event_rows, date_rows, names))]
    return fresh, used


def _part(rows: Sequence[tuple[tuple[int, int], dict[str, Any]]],
          reused: Mapping[str, tuple[Sequence[Any], str | None]]
          ) -> tuple[Sequence[Any], list[Mapping[str, Any]] | None]:
    """A part formed again: (its kept form without positions, its entries), merged only if
    no touched part had the same rows at the same places in their documents (then: that
    part, its entries None, those kept). A document that lost a row before them keeps the
    rows but not their places: the part is formed anew, as from scratch."""
    plain = [row for _, row in rows]
    key = _digest(plain)
    text = _dumps([[order[1], row] for order, row in rows]).decode("utf-8", "surrogatepass")
    if key in reused and reused[key][1] == text:
        return reused[key][0], None
    links = sorted({link for row in plain for link in _links(row)})
    documents = sorted({str(row["document"]) for row in plain})
    return [key, [], text, links, documents], list(events.merge(plain))


def _state(tagged: Sequence[tuple[Sequence[Any], list[Mapping[str, Any]] | None]],
           documents: dict[str, list[Any]],
           before: Sequence[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """The kept value of `update`: the entries of every part in time order, and each part
    with the positions of its entries, parts in the order of their digests (the same value
    however the parts were formed).

    A part given with entries None keeps those of the timeline `before` at its positions:
    they keep their order there, and only the other parts' entries are ordered and placed
    among them (`_placed`), never the whole timeline again."""
    tagged = sorted(tagged, key=lambda item: str(item[0][0]))
    kept = {at: (number, index) for number, (part, found) in enumerate(tagged)
            if found is None for index, at in enumerate(part[1])}
    fresh = [((number, rank), entry) for number, (_, found) in enumerate(tagged)
             if found is not None for rank, entry in enumerate(found)]
    order = _order([entry for _, entry in fresh])
    placed = _placed([fresh[at] for at in order], sorted(kept), kept, before)
    positions: list[list[int]] = [[] for _ in tagged]
    timeline: list[Mapping[str, Any]] = []
    for number, entry in placed:
        positions[number].append(len(timeline))
        timeline.append(entry)
    return {"timeline": timeline,  # the entries themselves: a large timeline is not copied
            "parts": [[part[0], positions[number], *part[2:]]
                      for number, (part, _) in enumerate(tagged)],
            "documents": documents}


def _placed(fresh: Sequence[tuple[tuple[int, int], Mapping[str, Any]]], kept: Sequence[int],
            owners: Mapping[int, tuple[int, int]], before: Sequence[Mapping[str, Any]]
            ) -> list[tuple[int, Mapping[str, Any]]]:
    """(part number, entry) of every entry in timeline order: `fresh` (in that order) merged
    with the entries of `before` at the positions `kept` (ascending), whose part number and
    rank in their part `owners` gives. The order is `_order`'s over all entries listed part
    after part: by sort key, entries of one key by their JSON, then by part and rank; each
    fresh entry finds its place among the kept ones by bisection (the kept ones' keys are
    made only where it looks)."""
    if not fresh:
        return [(owners[at][0], before[at]) for at in kept]
    keys: dict[int, tuple[Any, ...]] = {}

    def key_of(at: int) -> tuple[Any, ...]:
        found = keys.get(at)
        if found is None:
            found = keys[at] = events.sort_key(before[at])
        return found

    result: list[tuple[int, Mapping[str, Any]]] = []
    low = 0
    for place, entry in fresh:
        key = events.sort_key(entry)
        # The first kept entry after this one: a larger key, or the same key and a JSON,
        # then a part and rank, after it.
        high = bisect_left(kept, key, low, len(kept), key=key_of)
        while high < len(kept) and key_of(kept[high]) == key and _tied_before(
                before[kept[high]], owners[kept[high]], entry, place):
            high += 1
        result += [(owners[at][0], before[at]) for at in kept[low:high]]
        result.append((place[0], entry))
        low = high
    result += [(owners[at][0], before[at]) for at in kept[low:]]
    return result


def _tied_before(kept: Mapping[str, Any], kept_place: tuple[int, int],
                 entry: Mapping[str, Any], place: tuple[int, int]) -> bool:
    """Whether a kept entry comes before another of the same sort key (see `_order`)."""
    first, second = _tie_text(kept), _tie_text(entry)
    return first < second or (first == second and kept_place < place)


def _links(row: Mapping[str, Any]) -> list[str]:
    """What may join a row to rows of other documents (see `parts`): its type with each of
    its participants and places when dated, with its sentence when undated. Rows of one
    document are always formed again together, so the links within a document are left out."""
    kind = str(row.get("type"))
    if events._interval(row) is not None:
        return [f"{kind}\x1f{key}" for key in sorted(events._all_keys(row))]
    sentence = _SPACES.sub(" ", str(row.get("sentence", ""))).strip()
    return [f"{kind}\x1e" + _digest(sentence)]


def _digest(value: Any) -> str:
    return hashlib.blake2b(_dumps(value), digest_size=16).hexdigest()


def _dumps(value: Any) -> bytes:
    """JSON with sorted keys: orjson, or the standard library for what orjson refuses (a lone
    surrogate)."""
    import orjson

    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(value, ensure_ascii=False, sort_keys=True,
                          default=str).encode("utf-8", "surrogatepass")


def _loads(text: str) -> Any:
    import orjson

    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:  # a lone surrogate, which orjson does not read
        return json.loads(text)


def parts(rows: Sequence[Mapping[str, Any]]) -> list[list[int]]:
    """The row numbers of each part of `rows` that the merge may join (see build_kept), each
    in the order given: rows are linked when they share a type and a participant or place
    and their dates overlap (or, undated, the document too), or, undated, the type and the
    sentence."""
    parent = list(range(len(rows)))

    def find(number: int) -> int:
        while parent[number] != number:
            parent[number] = parent[parent[number]]
            number = parent[number]
        return number

    def join(a: int, b: int) -> None:
        a, b = find(a), find(b)
        if a != b:
            parent[max(a, b)] = min(a, b)

    dated: dict[tuple[str, str], list[tuple[Day, Day, int]]] = defaultdict(list)
    anchors: dict[tuple[str, ...], int] = {}
    for number, row in enumerate(rows):
        interval = events._interval(row)
        kind, document = str(row.get("type")), str(row.get("document"))
        keys = events._all_keys(row) if interval is not None else events._keys(row)
        for key in keys:
            if interval is not None:
                dated[(kind, key)].append((interval[0], interval[1], number))
            join(number, anchors.setdefault((kind, key, document), number))
        if interval is None:
            sentence = _SPACES.sub(" ", str(row.get("sentence", ""))).strip()
            join(number, anchors.setdefault(("sentence", kind, sentence), number))
    for spans in dated.values():
        spans.sort()
        reach, previous = spans[0][1], spans[0][2]
        for start, end, number in spans[1:]:
            if start <= reach:  # overlaps the run of intervals before it
                join(number, previous)
            reach, previous = max(reach, end), number
    grouped: dict[int, list[int]] = defaultdict(list)
    for number in range(len(rows)):
        grouped[find(number)].append(number)
    return list(grouped.values())


def ordered(entries: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Timeline entries in time order (see events.sort_key); entries of the same key are
    ordered by their content, so that the order never depends on how they were merged."""
    listed = list(entries)
    return [dict(listed[number]) for number in _order(listed)]


def _order(entries: Sequence[Mapping[str, Any]]) -> list[int]:
    keys = [events.sort_key(entry) for entry in entries]
    numbers = sorted(range(len(entries)), key=keys.__getitem__)
    found: list[int] = []
    start = 0
    while start < len(numbers):
        end = start + 1
        while end < len(numbers) and keys[numbers[end]] == keys[numbers[start]]:
            end += 1
        tied = numbers[start:end]
        if len(tied) > 1:
            tied.sort(key=lambda n: _tie_text(entries[n]))
        found += tied
        start = end
    return found


def _tie_text(entry: Mapping[str, Any]) -> str:
    """What orders entries of the same sort key: their JSON."""
    return json.dumps(entry, ensure_ascii=False, sort_keys=True, default=str)


def select(merged: Iterable[Mapping[str, Any]], query: Query | None = None,
           entity_names: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The merged entries the query asks for, in the order given (`ordered` sorts them).

    `entity_names`: the names that stand for `query.entity` (the entity the user's name
    designates); empty when no entity is asked for.
    """
    query = query or Query()
    return [dict(row) for row in merged if _wanted(row, query, entity_names)]


def leading(merged: Sequence[Mapping[str, Any]], query: Query) -> int | None:
    """How many entries `select(merged, query)` keeps (a query that names no entity), when
    they are the first ones, so that its answer can be cut from the timeline as kept; None
    when it keeps others."""
    count = 0
    while count < len(merged) and _wanted(merged[count], query, ()):
        count += 1
    if any(_wanted(row, query, ()) for row in merged[count:]):
        return None
    return count


def _wanted(row: Mapping[str, Any], query: Query, entity_names: Sequence[str]) -> bool:
    dated = row.get("start_date") is not None
    if not dated and not query.include_undated:
        return False
    if query.types and row.get("type") not in query.types:
        return False
    if query.min_confidence and float(row.get("confidence") or 0.0) < query.min_confidence:
        return False
    if query.documents and not set(query.documents) & set(row.get("sources") or ()):
        return False
    if query.entity is not None:
        wanted = {name.casefold() for name in entity_names}
        named = {str(n).casefold() for n in (*row.get("participants", ()), *row.get("places", ()))}
        if not wanted & named:
            return False
    if query._range is not None and dated:
        start = Day.fromisoformat(str(row["start_date"]))
        end = Day.fromisoformat(str(row.get("end_date") or row["start_date"]))
        low, high = query._range
        if end < low or start > high:
            return False
    return True


def date_label(row: Mapping[str, Any]) -> str:
    """A timeline date for people, at the precision of the text: "avril 2016 (fin)"."""
    value, mod = row.get("date"), row.get("mod")
    if not value:
        return "sans date"
    text = _value_label(str(value))
    modifier = _MODS.get(str(mod)) if mod else None
    return f"{text} ({modifier})" if modifier else text


def _value_label(value: str) -> str:
    parts = value.split("-")
    if len(parts) == 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2 and parts[1] in _SEASONS:
        return f"{_SEASONS[parts[1]]} {parts[0]}"
    if len(parts) == 2 and parts[1].startswith("Q"):
        return f"{parts[1][1:]}e trimestre {parts[0]}"
    if len(parts) == 2 and parts[1].startswith("H"):
        return f"{parts[1][1:]}e semestre {parts[0]}"
    if len(parts) == 2 and parts[1].startswith("W") and parts[1][1:].isdigit():
        monday = Day.fromisocalendar(int(parts[0]), int(parts[1][1:]), 1)
        return f"semaine du {monday.day} {_MONTHS[monday.month - 1]} {monday.year}"
    if value.isdigit() and len(value) == 3:  # TimeML decade: "201" is 2010-2019
        return f"années {value}0"
    if value.isdigit() and len(value) == 2:  # TimeML century: "20" is 2000-2099
        return f"{_roman(int(value) + 1)}e siècle"
    return value


def _roman(number: int) -> str:
    """A century in Roman numerals, as French writes it ("XXIe siècle")."""
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    text = ""
    for amount, numeral in numerals:
        while number >= amount:
            text, number = text + numeral, number - amount
    return text


def year_of(row: Mapping[str, Any]) -> str:
    """The year a row is grouped under in the table ("sans date" for undated rows)."""
    start = row.get("start_date")
    return str(start)[:4] if start else "sans date"
