"""Keyword in context: every match of a query in the documents' texts, with what surrounds it.

A query is a word, a phrase (words separated by any whitespace), a regular expression, a lemma
(forms sharing the lemma's stem, in the documents whose stored lemma counts hold the lemma), or
an entity (its mentions' offsets). Matches are searched in the masked text (same length as the
original, page furniture blanked), so `start` and `end` are offsets into the original file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from typing import Any

from corpus_cli.errors import UsageError


class Mode(StrEnum):
    """What the query is."""

    word = "word"
    phrase = "phrase"
    regex = "regex"
    lemma = "lemma"
    entity = "entity"


class Order(StrEnum):
    """`--sort`: by the words before the match (nearest first), after it, or by date."""

    left = "left"
    right = "right"
    date = "date"


# French inflection endings a lemma's form may take once its own ending is cut.
_LEMMA_ENDINGS = ("er", "ir", "re", "oir", "e", "s", "x", "al", "eau")
_FORM_TAIL = r"\w{0,6}"
_SPACE = r"\s+"


def pattern(query: str, mode: Mode) -> re.Pattern[str]:
    """The compiled pattern of a word, phrase, regex or lemma query (case-insensitive)."""
    if not query.strip():
        raise UsageError("the query is empty")
    if mode is Mode.regex:
        try:
            return re.compile(query, re.IGNORECASE)
        except re.error as error:
            raise UsageError(f"not a regular expression: {error}") from None
    if mode is Mode.lemma:
        return re.compile(rf"(?<!\w){re.escape(stem(query))}{_FORM_TAIL}(?!\w)", re.IGNORECASE)
    words = _SPACE.join(re.escape(word) for word in query.split())
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


def stem(lemma: str) -> str:
    """The lemma without its inflectional ending ("annoncer" -> "annonc"), at least 3 letters."""
    word = lemma.strip().lower()
    for ending in sorted(_LEMMA_ENDINGS, key=len, reverse=True):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def matches(text: str, compiled: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-empty match."""
    for match in compiled.finditer(text):
        if match.end() > match.start():
            yield match.start(), match.end()


def lines(document: str, date: str | None, text: str, spans: Iterable[tuple[int, int]],
          width: int) -> list[dict[str, Any]]:
    """One concordance row per span: `width` characters of context each side, whitespace
    collapsed (context stops at page furniture, which is blank in the masked text)."""
    rows = []
    for start, end in spans:
        left = " ".join(text[max(0, start - 3 * width):start].split())
        right = " ".join(text[end:end + 3 * width].split())
        if text[max(0, start - 1):start].isspace() and left:
            left += " "
        if text[end:end + 1].isspace() and right:
            right = " " + right
        rows.append({"document": document, "date": date, "left": left[-width:],
                     "match": " ".join(text[start:end].split()), "right": right[:width],
                     "start": start, "end": end})
    return rows


def ordered(rows: Sequence[Mapping[str, Any]], order: Order) -> list[dict[str, Any]]:
    """Rows sorted as AntConc does: left by the nearest word before, then the one before."""
    if order is Order.left:
        return sorted((dict(r) for r in rows),
                      key=lambda r: ([w.casefold() for w in reversed(r["left"].split())],
                                     r["document"], r["start"]))
    if order is Order.right:
        return sorted((dict(r) for r in rows),
                      key=lambda r: ([w.casefold() for w in r["right"].split()],
                                     r["document"], r["start"]))
    return sorted((dict(r) for r in rows),
                  key=lambda r: (r["date"] is None, r["date"] or "", r["document"], r["start"]))
