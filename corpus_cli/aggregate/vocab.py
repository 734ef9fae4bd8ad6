"""The frequency list: every lemma of the corpus with its frequency and its documents.

The store keeps each document's lemma counts in two parts: content words (nouns, proper
nouns, verbs, adjectives, adverbs that are not stop words) and the others (function words,
numbers). A proper noun's lemma keeps its capital, every other lemma is lowercased; so the
part-of-speech filter offers content, proper, common (content but not proper), other and all.
Proper nouns are counted as one whatever their case ("OTAN", "Otan"), under their most
frequent spelling.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any


class Pos(StrEnum):
    """`vocab --pos`: which lemmas the list holds."""

    content = "content"
    proper = "proper"
    common = "common"
    other = "other"
    all = "all"


def is_proper(lemma: str) -> bool:
    return lemma[:1].isupper()


def frequency_list(documents: Iterable[Mapping[str, Mapping[str, int]]], pos: Pos,
                   min_frequency: int = 1) -> list[dict[str, Any]]:
    """Rows lemma, frequency, documents, per_10k (per 10,000 words of the lemmas counted),
    kind (proper|common|other), most frequent first."""
    frequency: Counter[tuple[str, str]] = Counter()
    spelled: Counter[tuple[str, str]] = Counter()
    in_documents: Counter[tuple[str, str]] = Counter()
    words = 0
    for counts in documents:
        seen: set[tuple[str, str]] = set()
        for part in ("content", "other"):
            for lemma, n in (counts.get(part) or {}).items():
                words += n
                kind = "other" if part == "other" else "proper" if is_proper(lemma) else "common"
                if not _wanted(kind, pos):
                    continue
                key = (lemma.casefold() if kind == "proper" else lemma, kind)
                frequency[key] += n
                spelled[(lemma, kind)] += n
                seen.add(key)
        in_documents.update(seen)
    shown = _spellings(spelled)
    kept = sorted(((n, shown.get(key, key[0]), key) for key, n in frequency.items()
                   if n >= min_frequency), key=lambda item: (-item[0], item[1]))
    return [{"lemma": lemma, "frequency": n, "documents": in_documents[key],
             "per_10k": round(10_000 * n / words, 2) if words else 0.0, "kind": key[1]}
            for n, lemma, key in kept]


def _wanted(kind: str, pos: Pos) -> bool:
    if pos is Pos.all:
        return True
    if pos is Pos.content:
        return kind != "other"
    return kind == pos.value


def _spellings(spelled: Counter[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(casefolded proper noun, kind) -> its most frequent spelling."""
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for (lemma, kind), n in spelled.items():
        if kind != "proper":
            continue
        key = (lemma.casefold(), kind)
        if key not in best or (n, lemma) > best[key]:
            best[key] = (n, lemma)
    return {key: lemma for key, (_, lemma) in best.items()}
