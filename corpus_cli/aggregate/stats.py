"""What is in a corpus: documents, sizes, dates, sources, vocabulary and entity mentions."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from corpus_cli.rows import LABELS, Record

TOP_LEMMAS = 20


def document_row(record: Record) -> dict[str, Any]:
    """One document's figures."""
    counts = record.counts
    return {
        "document": record.id,
        "path": record.path,
        "title": record.title,
        "date": record.date,
        "date_source": record.date_source,
        "source": record.source,
        "words": counts["words"],
        "tokens": counts["tokens"],
        "sentences": counts["sentences"],
        "entities": sum(counts["mentions"].values()),
        "dates": counts["dates"],
        "events": counts["events"],
        "removed_share": record.removed_share,
        "duplicate_of": record.duplicate_of,
        "language": record.language,
    }


@dataclass(frozen=True)
class Run:
    """What a run did besides its documents: inputs that failed, documents analysed or read."""

    failed_inputs: int = 0
    analysed: int = 0
    from_store: int = 0


def compute(records: Sequence[Record], vocabulary: Mapping[str, Any], run: Run,
            documents: bool = True) -> dict[str, Any]:
    """Corpus-level figures and one row per document: `{"corpus": {...}, "documents": [...]}`.

    `vocabulary` is what `vocabulary_figures` returns; `documents=False` leaves the
    per-document rows out (an empty list), for a summary alone.
    """
    unique = [r for r in records if r.duplicate_of is None]
    words = [r.counts["words"] for r in unique]
    dated = sorted(r.date for r in unique if r.date)
    total_words = sum(words)
    total_chars = sum(r.chars for r in unique)
    summary = {
        "documents": len(records),
        "unique_documents": len(unique),
        "duplicates": duplicate_groups(records),
        "failed_inputs": run.failed_inputs,
        "words": total_words,
        "tokens": sum(r.counts["tokens"] for r in unique),
        "sentences": sum(r.counts["sentences"] for r in unique),
        "distinct_lemmas": vocabulary["distinct_lemmas"],
        "type_token_ratio": round(vocabulary["distinct_lemmas"] / total_words, 4)
        if total_words else 0.0,
        "mean_words": round(statistics.fmean(words), 1) if words else 0.0,
        "median_words": statistics.median(words) if words else 0,
        "characters": total_chars,
        "removed_share": round(sum(r.removed_chars for r in unique) / total_chars, 4)
        if total_chars else 0.0,
        "first_date": dated[0] if dated else None,
        "last_date": dated[-1] if dated else None,
        "undated": [r.id for r in unique if not r.date],
        "by_source": dict(Counter(r.source or "(unknown)" for r in unique).most_common()),
        "languages": dict(Counter(r.language or "unknown" for r in unique).most_common()),
        "unreadable_dates": [r.id for r in records if r.unread_date is not None],
        "by_month": by_month(unique),
        "entity_mentions": vocabulary["entity_mentions"],
        "top_lemmas": vocabulary["top_lemmas"],
        "analysed": run.analysed,
        "from_store": run.from_store,
    }
    rows = [document_row(r) for r in records] if documents else []
    return {"corpus": summary, "documents": rows}


def vocabulary_figures(unique: Sequence[Record],
                       lemma_rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Distinct lemmas, the most frequent content lemmas (the figures that read rows) and
    entity mentions per label, from the unique documents and their `lemmas` rows."""
    mentions: Counter[str] = Counter()
    for record in unique:
        mentions.update(record.counts["mentions"])
    lemmas: set[str] = set()
    content: Counter[str] = Counter()
    for rows in lemma_rows:
        content.update(rows["content"])
        lemmas.update(rows["content"])
        lemmas.update(rows["other"])
    return {"entity_mentions": {label: mentions.get(label, 0) for label in LABELS},
            "distinct_lemmas": len(lemmas),
            "top_lemmas": [{"lemma": lemma, "count": count}
                           for lemma, count in content.most_common(TOP_LEMMAS)]}


def by_month(records: Sequence[Record]) -> dict[str, int]:
    """Documents per month (a year-only date counts under its year), in date order."""
    counts: defaultdict[str, int] = defaultdict(int)
    for record in records:
        if record.date:
            counts[record.date[:7]] += 1
    return dict(sorted(counts.items()))


def duplicate_groups(records: Iterable[Record]) -> list[dict[str, Any]]:
    """Groups of documents with the same cleaned text: the one analysed, and its copies."""
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for record in records:
        if record.duplicate_of is not None:
            groups[record.duplicate_of].append(record.id)
    return [{"document": first, "copies": copies} for first, copies in groups.items()]
