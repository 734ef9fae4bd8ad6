"""The public Python API: everything the command line shows, as plain data."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from .aggregate import entities as entity_layer
from .aggregate import events, stats
from .aggregate import timeline as timeline_layer
from .aggregate.aliases import Aliases
from .errors import UsageError
from .runtime.pipeline import Corpus, Settings, clean_documents, known_metadata, load_corpus

DATE_FIELDS = ("text", "start", "end", "kind", "value", "granularity", "mod", "start_date",
               "end_date", "anchor", "tense", "attached_to", "sentence", "rule")
LABELS = ("PER", "LOC", "ORG", "MISC")
_EXPLAIN_FIELDS = ("variants", "labels", "ambiguous_with")
# Kinds of the corpus-level answers kept in the store (followed by the alias file's key).
_PLAIN, _EXPLAINED, _TIMELINE = "entities:", "entities-explained:", "timeline:"


class EntitySort(StrEnum):
    """Orders of `corpus entities`."""

    mentions = "mentions"
    documents = "documents"
    name = "name"


def analyse(paths: Sequence[str] = (), settings: Settings | None = None) -> Corpus:
    """Read and analyse a corpus (the seed articles when `paths` is empty). Close it when done."""
    return load_corpus(paths, settings)


def date_rows(corpus: Corpus) -> list[dict[str, Any]]:
    """Every temporal expression of the corpus, one row each, in document order."""
    return [
        {"document": record.id, **{key: row.get(key) for key in DATE_FIELDS}}
        for record, rows in corpus.analyses(tables=("dates",))
        for row in rows["dates"]
    ]


def _mention_rows(corpus: Corpus) -> Iterator[dict[str, Any]]:
    for record, rows in corpus.analyses(tables=("mentions",)):
        for row in rows["mentions"]:
            yield {**row, "document": record.id}


def consolidated(corpus: Corpus, aliases: Aliases | None = None) -> list[entity_layer.Entity]:
    """The entities of the corpus, most cited first (see entities.consolidate)."""
    documents = {record.id: {"date": record.date} for record in corpus.unique()}
    return entity_layer.consolidate(_mention_rows(corpus), documents, aliases)


def _aliases_key(aliases: Aliases | None) -> str:
    """What the alias file changes in a corpus-level answer, for its key in the store."""
    if aliases is None:
        return ""
    return hashlib.sha256(json.dumps(asdict(aliases), sort_keys=True).encode()).hexdigest()


def entity_table(corpus: Corpus, aliases: Aliases | None = None,
                 explain: bool = False) -> list[dict[str, Any]]:
    """Every entity of the corpus as a row, most cited first, with the explanation fields if
    `explain`. Both tables are kept in the store, so that asking again about the same
    documents does not consolidate again."""
    key = _aliases_key(aliases)
    kept = corpus.cached_only((_EXPLAINED if explain else _PLAIN) + key)
    if kept is not None:
        return kept
    explained_kept = not explain and corpus.cached_only(_EXPLAINED + key) is not None
    found = [] if explained_kept else consolidated(corpus, aliases)
    return _entity_tables(corpus, key, found)[1 if explain else 0]


def _entity_tables(corpus: Corpus, key: str, found: Sequence[entity_layer.Entity]
                   ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The plain and explained entity tables, kept in the store (from `found` if computed)."""
    explained = corpus.cached(_EXPLAINED + key, lambda: [e.to_row(explain=True) for e in found])
    plain = corpus.cached(_PLAIN + key, lambda: [
        {k: v for k, v in row.items() if k not in _EXPLAIN_FIELDS} for row in explained])
    return plain, explained


@dataclass
class EntityQuery:
    """What `corpus entities` asks: labels, a floor on mentions, an order, the explanation."""

    labels: Sequence[str] = ()
    min_mentions: int = 1
    sort: EntitySort = EntitySort.mentions
    explain: bool = False

    def __post_init__(self) -> None:
        unknown = sorted({label.upper() for label in self.labels} - set(LABELS))
        if unknown:
            raise UsageError(f"unknown label {', '.join(unknown)} (labels: {', '.join(LABELS)})")


def entity_rows(corpus: Corpus, query: EntityQuery | None = None,
                aliases: Aliases | None = None) -> list[dict[str, Any]]:
    """The rows of `corpus entities`."""
    query = query or EntityQuery()
    return select_entities(entity_table(corpus, aliases, query.explain), query)


def select_entities(rows: Sequence[dict[str, Any]], query: EntityQuery) -> list[dict[str, Any]]:
    """Entity rows filtered by label and mentions, in the order asked; explanation on demand."""
    labels = {label.upper() for label in query.labels}
    kept = [row for row in rows
            if (not labels or row["label"] in labels) and row["mentions"] >= query.min_mentions]
    if query.sort is EntitySort.documents:
        kept.sort(key=lambda r: (-r["documents"], -r["mentions"], r["name"]))
    elif query.sort is EntitySort.name:
        kept.sort(key=lambda r: (entity_layer.fold(r["name"]), r["name"]))
    if query.explain:
        return kept
    return [{k: v for k, v in row.items() if k not in _EXPLAIN_FIELDS} for row in kept]


def timeline(corpus: Corpus, query: timeline_layer.Query | None = None,
             aliases: Aliases | None = None) -> list[dict[str, Any]]:
    """The rows of `corpus timeline`: merged events in time order, filtered by `query`."""
    query = query or timeline_layer.Query()
    wanted: list[str] = []
    if query.entity is not None:
        entity = entity_layer.find_entity_row(entity_table(corpus, aliases), query.entity)
        if entity is None:
            raise UsageError(f"no entity named {query.entity!r} in this corpus "
                             "(see `corpus entities`)")
        wanted = [entity["name"]]
    merged = corpus.cached(_TIMELINE + _aliases_key(aliases),
                           lambda: merged_timeline(corpus, aliases))
    return timeline_layer.select(merged, query, wanted)


def prepare(corpus: Corpus, aliases: Aliases | None = None) -> None:
    """Compute and keep the corpus-level answers, so that later questions only read them."""
    stats.compute(corpus, documents=False)
    found: list[entity_layer.Entity] = []

    def entities() -> list[entity_layer.Entity]:
        if not found:  # consolidated once for both answers
            found.extend(consolidated(corpus, aliases))
        return found

    key = _aliases_key(aliases)
    if corpus.cached_only(_EXPLAINED + key) is None:
        _entity_tables(corpus, key, entities())
    corpus.cached(_TIMELINE + key, lambda: merged_timeline(corpus, aliases, entities()))


def merged_timeline(corpus: Corpus, aliases: Aliases | None = None,
                    found: Sequence[entity_layer.Entity] | None = None) -> list[dict[str, Any]]:
    """Every event of the corpus merged across documents, named by consolidated entity
    (`found`, when the caller has consolidated already)."""
    found = consolidated(corpus, aliases) if found is None else found
    names = entity_layer.mention_index(found)
    prepared: list[dict[str, Any]] = []
    for record, rows in corpus.analyses(tables=("dates", "events")):
        prepared.extend(timeline_layer.rows_for_merge(record.id, rows["events"], rows["dates"],
                                                      names))
    return timeline_layer.ordered(events.merge(prepared))


def cleaned_rows(paths: Sequence[str] = (), settings: Settings | None = None,
                 on_error: Any = None) -> Iterator[dict[str, Any]]:
    """What `corpus clean` shows: each document's kept text, metadata and removed blocks.

    `blocks` lists every block that was removed (boilerplate) or read as metadata, with
    offsets into the original text and the reason; no model is loaded.
    """
    default_date = settings.default_date if settings else None
    for document, cleaned, described in clean_documents(paths, settings, on_error):
        yield {
            "document": document.id,
            **known_metadata(document, described, default_date),
            "author": described.author,
            "updated": described.updated,
            "removed_share": round(cleaned.removed_share, 4),
            "text": cleaned.readable(),
            "original": document.text,
            "blocks": [
                {"start": b.start, "end": b.end, "kind": b.kind, "reason": b.reason,
                 "text": document.text[b.start:b.end]}
                for b in cleaned.blocks if b.kind != "content"
            ],
        }
