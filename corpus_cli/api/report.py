"""The visual report's data (see corpus_cli/report/ for the drawing)."""


from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus_cli.aggregate import entities as entity_layer
from corpus_cli.aggregate import mention_stats
from corpus_cli.aggregate import report_data as report_layer
from corpus_cli.aggregate.aliases import Aliases
from corpus_cli.aggregate.timeline import Query as TimelineQuery
from corpus_cli.documents.read import Input, read_documents
from corpus_cli.errors import UsageError
from corpus_cli.runtime.pipeline import (
    Corpus,
)

from .core import _aliases_key, _Entities, entity_rows, stats, timeline

__all__ = ["ReportLimits", "ReportQuery", "report_data"]

ReportLimits = report_layer.Limits

_REPORT_MENTIONS = f"report-mentions-{mention_stats.VERSION}:"


@dataclass
class ReportQuery:
    """What `corpus report` asks: entities to follow over time besides the most cited ones,
    and the sizes past which a part is sampled or cut (see aggregate/report_data.py)."""

    entities: Sequence[str] = ()
    limits: ReportLimits = field(default_factory=ReportLimits)


def report_data(corpus: Corpus, query: ReportQuery | None = None,
                aliases: Aliases | None = None) -> dict[str, Any]:
    """Everything the visual report shows, as plain data: the corpus at a glance, the
    timeline marks, mentions over time, the co-occurrence network and the top entities with
    their concordance lines. Raises UsageError for an `--entity` the corpus does not name."""
    query = query or ReportQuery()
    limits = query.limits
    summary = stats(corpus, documents=True)
    table = entity_rows(corpus, aliases=aliases)
    asked = [_entity_name(table, name) for name in query.entities]
    top = table[:limits.entities]
    series = report_layer.series_entities(table, limits.series, asked)
    figures = _report_mentions(corpus, aliases, table, [row["name"] for row in top])
    labels = {row["name"]: row["label"] for row in table}
    counts = {row["name"]: row["mentions"] for row in table}
    documents = {row["document"]: row for row in summary["documents"]}
    needed = {occurrence[0] for row in top for occurrence in figures["occurrences"][row["name"]]}
    entries = timeline(corpus, TimelineQuery(include_undated=True), aliases)
    return {
        "limits": report_layer.limits_row(limits),
        "glance": report_layer.glance(summary["corpus"], summary["documents"]),
        "timeline": report_layer.timeline_marks(entries, limits.timeline),
        "mentions": {"entities": series,
                     "rows": report_layer.mention_series(figures["months"], series, labels)},
        "network": report_layer.network(figures["pairs"], counts, labels, limits.nodes,
                                        limits.edges),
        "entities": report_layer.entity_cards(top, figures["occurrences"], documents,
                                              _document_texts(corpus, needed), limits.context),
    }


def _entity_name(table: Sequence[dict[str, Any]], name: str) -> str:
    entity = entity_layer.find_entity_row(table, name)
    if entity is None:
        raise UsageError(f"no entity named {name!r} in this corpus (see `corpus entities`)")
    return str(entity["name"])


def _report_mentions(corpus: Corpus, aliases: Aliases | None,
                     table: Sequence[dict[str, Any]], wanted: Sequence[str]) -> dict[str, Any]:
    """Mentions by month, sentence pairs and concordance places, kept in the store."""
    key = hashlib.sha256(json.dumps([_aliases_key(aliases), list(wanted)],
                                    ensure_ascii=False).encode()).hexdigest()
    labels = {row["name"]: row["label"] for row in table}

    def compute() -> dict[str, Any]:
        index = entity_layer.mention_index(_Entities(corpus, aliases)())
        documents = ((record.id, record.date, rows["mentions"])
                     for record, rows in corpus.analyses(tables=("mentions",)))
        return mention_stats.collect(documents, index, labels, wanted)

    found: dict[str, Any] = corpus.cached(_REPORT_MENTIONS + key, compute)
    return found


def _document_texts(corpus: Corpus, ids: set[str]) -> dict[str, str]:
    """The cleaned texts of these documents, for concordance lines: from the store, which keeps
    them (furniture blanked, offsets kept); read again from their files only for an analysis
    stored without its text. A file that is gone is skipped (a changed one: see
    report_data.entity_cards)."""
    texts = {record.id: rows["text"]
             for record, rows in corpus.analyses(tables=("text",), only=ids) if "text" in rows}
    wanted = {record.id: record for record in corpus.unique()
              if record.id in ids and record.id not in texts}
    by_path: dict[str, set[str]] = {}
    for record in wanted.values():
        if record.path and Path(record.path).is_file():
            by_path.setdefault(record.path, set()).add(record.id)
    for path, names in by_path.items():
        first = next(iter(names))
        for document in read_documents([Input(Path(path), first)], on_error=lambda _: None):
            if document.id in names:
                texts[document.id] = document.text
    return texts
