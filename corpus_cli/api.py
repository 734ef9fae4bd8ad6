"""The public Python API: everything the command line shows, as plain data."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .pipeline import Corpus, Settings, load_corpus

DATE_FIELDS = ("text", "start", "end", "kind", "value", "granularity", "mod", "start_date",
               "end_date", "anchor", "tense", "attached_to", "sentence", "rule")


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
