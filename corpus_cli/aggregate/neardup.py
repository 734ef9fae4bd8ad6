"""Near-duplicate documents (syndicated copies, a dropped sentence, the same article twice in
two formats) found with MinHash and locality-sensitive hashing (datasketch).

A document is the multiset of its stored lemmas (`lemma#k` for the k-th time it is used), so
no text is read again and word order does not matter; two documents are near-duplicates when
the estimated Jaccard similarity of those multisets reaches the threshold. Groups are the
connected parts of the near-duplicate pairs; each group keeps its first document (earliest
date, then id), which `--once` counts alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

NUM_PERM = 128
DEFAULT_THRESHOLD = 0.8
# Documents with fewer lemmas than this are too short to be told apart from a copy.
MIN_TOKENS = 20


def tokens(lemmas: Mapping[str, Mapping[str, int]]) -> list[bytes]:
    """The lemma multiset of one document as hashable tokens."""
    found = []
    for part in ("content", "other"):
        for lemma, count in (lemmas.get(part) or {}).items():
            found += [f"{lemma}#{k}".encode() for k in range(min(count, 50))]
    return found


def groups(documents: Iterable[tuple[str, Mapping[str, Mapping[str, int]]]],
           threshold: float = DEFAULT_THRESHOLD) -> list[list[tuple[str, float]]]:
    """Groups of near-duplicate document ids, each as (id, similarity to the group's first
    id in the order documents were given), groups of two or more only."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    parent: dict[str, str] = {}
    order: dict[str, int] = {}
    for document, lemmas in documents:
        found = tokens(lemmas)
        if len(found) < MIN_TOKENS or document in hashes:
            continue
        signature = MinHash(num_perm=NUM_PERM)
        signature.update_batch(found)
        order[document] = len(order)
        parent[document] = document
        for other in lsh.query(signature):
            if hashes[other].jaccard(signature) >= threshold:
                _union(parent, order, document, other)
        lsh.insert(document, signature)
        hashes[document] = signature
    members: dict[str, list[str]] = {}
    for document in order:
        members.setdefault(_find(parent, document), []).append(document)
    return [[(d, round(hashes[group[0]].jaccard(hashes[d]), 3)) for d in group]
            for group in members.values() if len(group) > 1]


def _find(parent: dict[str, str], key: str) -> str:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def _union(parent: dict[str, str], order: Mapping[str, int], a: str, b: str) -> None:
    root_a, root_b = _find(parent, a), _find(parent, b)
    if root_a != root_b:
        first, second = sorted((root_a, root_b), key=order.__getitem__)
        parent[second] = first


def duplicate_rows(found: Sequence[Sequence[Sequence[Any]]],
                   records: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One row per document of each group: group, document, date, source, title, similarity,
    kept (the group's first document, earliest date then id), size."""
    rows = []
    for number, group in enumerate(found, 1):
        ids = [str(member[0]) for member in group]
        kept = min(ids, key=lambda d: (records[d].get("date") or "9999", d))
        for document, similarity in group:
            record = records[document]
            rows.append({"group": number, "document": document, "date": record.get("date"),
                         "source": record.get("source"), "title": record.get("title"),
                         "similarity": similarity, "kept": document == kept,
                         "size": len(group)})
    return rows


def dropped(rows: Iterable[Mapping[str, Any]]) -> set[str]:
    """The documents `--once` leaves out: every member of a group but the one kept."""
    return {str(row["document"]) for row in rows if not row["kept"]}
