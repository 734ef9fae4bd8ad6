"""Each mention of the corpus given to its entity: the table `mentions`, `trends`, `network`
and `kwic --entity` read.

`occurrences` turns the stored mention rows of the documents into compact rows per document,
`[entity id, start, end, sentence index, text as written]`, with the same attribution as the
entity table (attribution.reattributed, then entities.MentionKeys): a mention counts for the
entity whose aliases hold it, and nowhere when it was dropped (an ignored or common noun).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .attribution import reattributed
from .entities import MentionKeys

# The fields of one compact occurrence, in order.
ENTITY, START, END, SENTENCE, TEXT = range(5)


def occurrences(documents: Iterable[tuple[str, Sequence[Mapping[str, Any]]]],
                keys: MentionKeys, entity_of: Mapping[str, str]) -> dict[str, list[list[Any]]]:
    """document id -> its mentions as `[entity, start, end, sentence, text]`, in text order."""
    found: dict[str, list[list[Any]]] = {}
    for document, rows in documents:
        kept = []
        for row in reattributed({**row, "document": document} for row in rows):
            key = keys.key(row)
            entity = entity_of.get(key) if key is not None else None
            if entity is not None:
                kept.append([entity, row["start"], row["end"], row.get("sentence"), row["text"]])
        kept.sort(key=lambda item: (item[START], item[END]))
        found[document] = kept
    return found


def mention_rows(found: Mapping[str, Sequence[Sequence[Any]]],
                 documents: Iterable[tuple[str, str | None]],
                 entities: Mapping[str, Mapping[str, Any]],
                 wanted: set[str] | None = None,
                 labels: set[str] | None = None) -> list[dict[str, Any]]:
    """The rows of `corpus mentions` for (document id, date) in the order given."""
    rows = []
    for document, date in documents:
        for item in found.get(document, ()):
            entity = entities[item[ENTITY]]
            if wanted is not None and item[ENTITY] not in wanted:
                continue
            if labels and entity["label"] not in labels:
                continue
            rows.append({"document": document, "date": date, "entity": item[ENTITY],
                         "name": entity["name"], "label": entity["label"], "text": item[TEXT],
                         "start": item[START], "end": item[END], "sentence": item[SENTENCE]})
    return rows
