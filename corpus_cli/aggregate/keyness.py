"""Keywords: lemmas a group of documents uses more than the rest of the corpus does.

For each lemma of a group, log-likelihood G² (Dunning 1993, as AntConc and TXM compute it)
against the rest of the corpus, and the log ratio (Hardie 2014: log2 of the ratio of relative
frequencies, 0.5 added to a zero count) as the effect size. Only lemmas used more in the group
than in the rest are keywords; the strongest first by G².
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any


class Group(StrEnum):
    """`keywords --by`: what a group of documents is."""

    month = "month"
    source = "source"
    document = "document"
    entity = "entity"


# G² at or above this is significant at p < 0.05 with one degree of freedom.
SIGNIFICANT = 3.84


def log_likelihood(a: int, b: int, c: int, d: int) -> float:
    """G² of a lemma seen `a` times in a group of `c` words and `b` times in the rest (`d`)."""
    if c <= 0 or d <= 0:
        return 0.0
    expected_a = c * (a + b) / (c + d)
    expected_b = d * (a + b) / (c + d)
    g2 = 0.0
    if a:
        g2 += a * math.log(a / expected_a)
    if b:
        g2 += b * math.log(b / expected_b)
    return 2 * g2


def log_ratio(a: int, b: int, c: int, d: int) -> float:
    """log2 of (a/c) / (b/d), zeros replaced by 0.5."""
    return math.log2(((a or 0.5) / c) / ((b or 0.5) / d))


def keywords(groups: Mapping[str, Counter[str]], top: int, min_frequency: int = 3,
             min_g2: float = SIGNIFICANT) -> list[dict[str, Any]]:
    """Per group (in the order given), its `top` keywords: group, lemma, frequency (in the
    group), rest (in the others), g2, log_ratio."""
    total: Counter[str] = Counter()
    for counts in groups.values():
        total.update(counts)
    size = sum(total.values())
    rows = []
    for group, counts in groups.items():
        c = sum(counts.values())
        d = size - c
        found = []
        for lemma, a in counts.items():
            b = total[lemma] - a
            if a < min_frequency or a / c <= (b / d if d else math.inf):
                continue
            g2 = log_likelihood(a, b, c, d)
            if g2 >= min_g2:
                found.append((g2, lemma, a, b))
        found.sort(key=lambda item: (-item[0], item[1]))
        rows += [{"group": group, "lemma": lemma, "frequency": a, "rest": b,
                  "g2": round(g2, 2), "log_ratio": round(log_ratio(a, b, c, d), 2)}
                 for g2, lemma, a, b in found[:top]]
    return rows


def grouped(documents: Iterable[tuple[Iterable[str], Mapping[str, int]]]
            ) -> dict[str, Counter[str]]:
    """Lemma counts summed per group over (groups of a document, its lemma counts)."""
    groups: dict[str, Counter[str]] = {}
    for names, counts in documents:
        for name in names:
            groups.setdefault(name, Counter()).update(counts)
    return dict(sorted(groups.items()))
