"""The visual report's data: plain rows assembled from the answers of the other commands.

Pure functions over the API's answers (stats, timeline, entity rows) and the mention figures
of `mention_stats`; nothing here reads the store or knows about HTML. Past the documented
sizes (`Limits`) a part is cut and says so, so that a large corpus still gives a page that
opens quickly.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from corpus_cli.rows import EVENT_TYPES

from .timeline import date_label


@dataclass(frozen=True)
class Limits:
    """The sizes past which the report samples or keeps only the top of a part."""

    timeline: int = 5_000  # timeline entries drawn on the time axis
    series: int = 6  # most cited people, and as many places, in mentions over time
    nodes: int = 40  # people and places in the co-occurrence network
    edges: int = 150  # links drawn between them
    entities: int = 30  # rows of the top entities table
    concordance: int = 5  # lines per entity (its first mention in each of its documents)
    context: int = 90  # characters of context on each side of a concordance line


def glance(summary: Mapping[str, Any], documents: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The corpus at a glance: sizes, documents per month and per source, boilerplate."""
    removed: defaultdict[str, list[float]] = defaultdict(list)
    for row in documents:
        if row.get("duplicate_of") is None:
            removed[row.get("source") or "(unknown)"].append(float(row["removed_share"]))
    return {
        "documents": summary["documents"],
        "unique_documents": summary["unique_documents"],
        "duplicates": sum(len(group.get("copies", [])) for group in summary["duplicates"]),
        "words": summary["words"],
        "removed_share": summary["removed_share"],
        "first_date": summary["first_date"],
        "last_date": summary["last_date"],
        "undated": len(summary["undated"]),
        "undated_documents": list(summary["undated"][:20]),
        "languages": dict(summary.get("languages", {})),
        "by_month": [{"month": month, "documents": n} for month, n in summary["by_month"].items()],
        "by_source": [
            {"source": source, "documents": n,
             "removed_share": round(sum(removed[source]) / len(removed[source]), 4)
             if removed[source] else 0.0}
            for source, n in summary["by_source"].items()
        ],
    }


def timeline_marks(entries: Sequence[Mapping[str, Any]], limit: int) -> dict[str, Any]:
    """Timeline entries placed on a time axis (`start`, `end` exclusive, ISO days).

    Entries without a start date (durations, undated events) are counted, not drawn. Past
    `limit` dated entries, the ones told by most sources (then with most participants) are
    kept, so the page says how many it shows.
    """
    dated = [entry for entry in entries if entry.get("start_date")]
    kept = list(dated)
    if len(kept) > limit:
        ranked = sorted(range(len(kept)), key=lambda i: (-len(kept[i].get("sources") or []),
                                                        -len(kept[i].get("participants") or []),
                                                        i))
        kept = [kept[i] for i in sorted(ranked[:limit])]
    return {
        "total": len(entries),
        "dated": len(dated),
        # Ends count too: a century's span would otherwise stretch the axis to its last year.
        "focus": focus([day for mark in kept
                        for day in (mark["start_date"], mark.get("end_date") or
                                    mark["start_date"])]),
        "shown": len(kept),
        "sampled": len(kept) < len(dated),
        "marks": (marks := [_mark(entry) for entry in kept]),
        "types": present_types(marks),
    }


def present_types(marks: Iterable[Mapping[str, Any]]) -> list[str]:
    """The event types the marks have, in the timeline's order (an unknown one last)."""
    present = {mark["type"] for mark in marks}
    return [t for t in EVENT_TYPES if t in present] + sorted(present - set(EVENT_TYPES))


def focus(days: Sequence[str], share: float = 0.98) -> list[str] | None:
    """The time range the axis opens on: the middle `share` of the days where marks start and
    end, when a few far ones (a law of 1905, the end of a century) would otherwise squeeze the
    rest into a corner; None when the whole range is already readable."""
    if len(days) < 20:
        return None
    ordered = sorted(days)
    cut = math.ceil(len(ordered) * (1 - share) / 2)
    low, high = ordered[cut], ordered[-1 - cut]
    whole = _days(ordered[-1]) - _days(ordered[0])
    if whole <= 3 * max(_days(high) - _days(low), 1):
        return None
    return [low, high]


def _days(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


def _mark(entry: Mapping[str, Any]) -> dict[str, Any]:
    start = entry["start_date"]
    end = entry.get("end_date") or start
    return {
        "start": start,
        "end": (date.fromisoformat(end) + timedelta(days=1)).isoformat(),
        "precision": entry.get("granularity") or "day",
        "span": start != end,
        "date": date_label(entry),
        "type": entry.get("type") or "other",
        "status": entry.get("status"),
        "participants": list(entry.get("participants") or []),
        "actors": list(entry.get("actors") or []),
        "targets": list(entry.get("targets") or []),
        "places": list(entry.get("places") or []),
        "sources": list(entry.get("sources") or []),
        "sentence": entry.get("sentence") or "",
        "quote": entry.get("quote"),
    }


def series_entities(entity_rows: Sequence[Mapping[str, Any]], per_label: int,
                    asked: Sequence[str] = ()) -> list[str]:
    """The entities whose mentions are drawn over time: the most cited people and places,
    then the ones asked for (by their consolidated name)."""
    chosen: list[str] = []
    for label in ("PER", "LOC"):
        chosen += [row["name"] for row in entity_rows if row["label"] == label][:per_label]
    return list(dict.fromkeys([*chosen, *asked]))


def mention_series(months: Mapping[str, Mapping[str, int]], names: Sequence[str],
                   labels: Mapping[str, str]) -> list[dict[str, Any]]:
    """One row per (entity, month): mentions in the documents dated that month."""
    return [{"entity": name, "label": labels.get(name, ""), "month": month, "mentions": n}
            for name in names for month, n in sorted(months.get(name, {}).items())]


def network(pairs: Iterable[Sequence[Any]], mentions: Mapping[str, int],
            labels: Mapping[str, str], max_nodes: int, max_edges: int) -> dict[str, Any]:
    """The co-occurrence network: the people and places with the heaviest links (sentences
    shared with another), and the heaviest links between them."""
    all_pairs = [(str(a), str(b), int(n)) for a, b, n in pairs]
    strength: defaultdict[str, int] = defaultdict(int)
    for a, b, n in all_pairs:
        strength[a] += n
        strength[b] += n
    nodes = sorted(strength, key=lambda name: (-strength[name], name))[:max_nodes]
    kept = set(nodes)
    edges = sorted(((a, b, n) for a, b, n in all_pairs if a in kept and b in kept),
                   key=lambda edge: (-edge[2], edge[0], edge[1]))
    return {
        "nodes": [{"name": name, "label": labels.get(name, ""), "mentions": mentions.get(name, 0),
                   "links": strength[name]} for name in nodes],
        "edges": [{"source": a, "target": b, "weight": n} for a, b, n in edges[:max_edges]],
        "total_nodes": len(strength),
        "total_edges": len(all_pairs),
    }


def anchor(name: str) -> str:
    """An HTML id for an entity's concordance lines (ASCII letters, digits and hyphens)."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "entity-" + (re.sub(r"[^0-9A-Za-z]+", "-", folded).strip("-").lower() or "x")


def keyword_in_context(text: str, start: int, end: int, width: int) -> dict[str, str]:
    """The mention with up to `width` characters on each side, on whole words, one line."""
    begin, stop = max(0, start - width), min(len(text), end + width)
    left, right = text[begin:start], text[end:stop]
    if begin > 0 and not text[begin - 1].isspace():  # the window starts inside a word
        left = re.sub(r"^\S*", "", left)
    if stop < len(text) and not text[stop].isspace():  # and ends inside one
        right = re.sub(r"\S*$", "", right)
    return {"left": _one_line(left).lstrip(), "match": _one_line(text[start:end]),
            "right": _one_line(right).rstrip()}


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def entity_cards(entity_rows: Sequence[Mapping[str, Any]], occurrences: Mapping[str, Any],
                 documents: Mapping[str, Mapping[str, Any]], texts: Mapping[str, str],
                 context: int) -> list[dict[str, Any]]:
    """The top entities with aliases and roles, each with its anchor and concordance lines
    (the document's title and date, and the mention in its context when its text was read
    and still has the mention where the analysis found it)."""
    cards: list[dict[str, Any]] = []
    taken: set[str] = set()
    for row in entity_rows:
        lines = []
        for document, start, end, written in occurrences.get(row["name"], []):
            about = documents.get(document, {})
            line: dict[str, Any] = {"document": document, "title": about.get("title"),
                                    "date": about.get("date")}
            text = texts.get(document)
            if text is not None and text[start:end] == written:  # else: changed since
                line.update(keyword_in_context(text, start, end, context))
            lines.append(line)
        name = anchor(row["name"])
        if name in taken:  # two names that fold alike
            name = f"{name}-{len(cards)}"
        taken.add(name)
        cards.append({**{key: row.get(key) for key in (
            "name", "label", "mentions", "documents", "aliases", "roles", "first_seen",
            "last_seen")}, "anchor": name, "concordance": lines})
    return cards


def limits_row(limits: Limits) -> dict[str, int]:
    return asdict(limits)
