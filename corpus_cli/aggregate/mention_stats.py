"""Mentions of consolidated entities counted by month and by sentence shared with another.

What the visual report needs until `corpus trends` and `corpus network` land with their own
answers: one pass over the stored mention rows gives, for every entity, its mentions per
month of the document's date, the pairs of entities named in one sentence, and the first
places (document, offsets) where the wanted entities are mentioned, for concordance lines.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from typing import Any

# Bump when `collect` changes what it returns: its kept answers in the store become a miss.
VERSION = 1
# Labels whose entities can meet in the co-occurrence network.
NETWORK_LABELS = ("PER", "LOC")
# Pairs kept in the answer: the most frequent, so that a large corpus stays a small answer.
MAX_PAIRS = 5_000

Document = tuple[str, str | None, Sequence[Mapping[str, Any]]]


def month_of(date: str | None) -> str | None:
    """`YYYY-MM` of a document date, or None when the date is missing or only a year."""
    return date[:7] if date and len(date) >= 7 else None


def entity_of(document: str, mention: Mapping[str, Any],
              index: Mapping[tuple[str, str], str]) -> str | None:
    """The consolidated entity a mention row names (as the timeline names participants)."""
    for name in (mention.get("resolved"), mention.get("name")):
        if name and (document, name) in index:
            return index[(document, name)]
    return None


def collect(documents: Iterable[Document], index: Mapping[tuple[str, str], str],
            labels: Mapping[str, str], wanted: Sequence[str] = (),
            occurrences_per_entity: int = 5) -> dict[str, Any]:
    """`{"months": {entity: {month: mentions}}, "pairs": [[a, b, sentences]],
    "occurrences": {entity: [[document, start, end, text], ...]}}` from (document id, document
    date, mention rows) triples; `labels` maps entity names to their label.

    Occurrences are kept for `wanted` entities only: the first mention in each document, in
    document order, up to `occurrences_per_entity`.
    """
    months: defaultdict[str, Counter[str]] = defaultdict(Counter)
    pairs: Counter[tuple[str, str]] = Counter()
    occurrences: dict[str, list[list[Any]]] = {name: [] for name in wanted}
    seen_in: dict[str, set[str]] = {name: set() for name in wanted}
    for document, date, mentions in documents:
        month = month_of(date)
        sentences: defaultdict[int, set[str]] = defaultdict(set)
        for mention in mentions:
            entity = entity_of(document, mention, index)
            if entity is None:
                continue
            if month is not None:
                months[entity][month] += 1
            if labels.get(entity) in NETWORK_LABELS:
                sentences[int(mention["sentence"])].add(entity)
            _keep_occurrence(occurrences, seen_in, entity, document, mention,
                             occurrences_per_entity)
        for names in sentences.values():
            pairs.update(combinations(sorted(names), 2))
    return {
        "months": {name: dict(sorted(counts.items())) for name, counts in months.items()},
        "pairs": [[a, b, n] for (a, b), n in pairs.most_common(MAX_PAIRS)],
        "occurrences": occurrences,
    }


def _keep_occurrence(occurrences: dict[str, list[list[Any]]], seen_in: dict[str, set[str]],
                     entity: str, document: str, mention: Mapping[str, Any],
                     limit: int) -> None:
    """Keep a mention of a wanted entity when it is its first in this document."""
    kept = occurrences.get(entity)
    if kept is None or len(kept) >= limit or document in seen_in[entity]:
        return
    seen_in[entity].add(document)
    kept.append([document, int(mention["start"]), int(mention["end"]), mention.get("text")])
