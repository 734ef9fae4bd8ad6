"""Keyword in context: every match of a query in the documents' texts, with what surrounds it.

A query is a word, a phrase (words separated by any whitespace), a regular expression, a lemma
(forms sharing the lemma's stem, in the documents whose stored lemma counts hold the lemma), or
an entity (its mentions' offsets). Matches are searched in the masked text (same length as the
original, page furniture blanked), so `start` and `end` are offsets into the original file.
"""

from __future__ import annotations

import re
import zlib
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


# The word index: which documents hold a word, so that a word or phrase query reads only their
# texts. It holds the words of ASCII letters, digits and "_" (French words with accents are
# not in it: their queries read every text). Under re.IGNORECASE an ASCII letter matches its
# other case and only four other characters, folded here the same way, so a word query's
# first word of such characters matches only in a run of \w that folds to that word.
_FOLD = str.maketrans({**{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
                       "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_RUN = re.compile(r"\w+")
_INDEXED = re.compile(r"[a-z0-9_]+")
# The index is kept in this many parts, a word in the part `index_part` gives it: a query
# loads one part (a sixteenth of the postings of 33,958 articles).
INDEX_PARTS = 16


def index_words(text: str) -> set[str]:
    """The words of a text the word index holds (folded)."""
    return {run for run in _RUN.findall(text.translate(_FOLD))
            if run.isascii() and _INDEXED.fullmatch(run)}


def index_key(query: str, mode: Mode) -> str | None:
    """The indexed word every match of a word or phrase query holds (its first word, folded),
    or None when the index cannot tell (a regex, a lemma, a word outside the index)."""
    if mode not in (Mode.word, Mode.phrase) or not query.split():
        return None
    first = query.split()[0]
    return first.lower() if first.isascii() and _INDEXED.fullmatch(first.lower()) else None


def index_part(word: str) -> int:
    """The part of the word index that holds `word` (stable across processes)."""
    return zlib.crc32(word.encode()) % INDEX_PARTS


def word_index(documents: Iterable[tuple[int, str]]) -> list[dict[str, list[int]]]:
    """The word index of (number, text) of documents: per part, folded word -> the numbers
    of the documents that hold it."""
    parts: list[dict[str, list[int]]] = [{} for _ in range(INDEX_PARTS)]
    for number, text in documents:
        for word in index_words(text):
            parts[index_part(word)].setdefault(word, []).append(number)
    return parts


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


class Finder:
    """Where a query matches in texts: as `pattern` finds it. A word or phrase of ASCII word
    characters is searched in lowercase, case-sensitively, in the text lowered
    (`lowered_text`): the same spans, found by searching for the words themselves, where
    re.IGNORECASE tries every character (1 s for "gouvernement" in the 6,387 texts of
    33,958 articles that hold it, 0.05 s so)."""

    def __init__(self, query: str, mode: Mode) -> None:
        self.compiled = pattern(query, mode)
        words = [w.lower() for w in query.split()] if mode in (Mode.word, Mode.phrase) else []
        self.folded: re.Pattern[str] | None = None
        if words and all(_INDEXED.fullmatch(w) for w in words):
            # The first word leads and what precedes it is looked at behind it: only a
            # pattern that starts with its words is searched for them.
            first, *rest = words
            self.folded = re.compile(first + rf"(?<!\w.{{{len(first)}}})"
                                     + "".join(_SPACE + re.escape(w) for w in rest)
                                     + r"(?!\w)")

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every non-empty match in `text`."""
        if self.folded is not None and (lowered := lowered_text(text)) is not None:
            return list(matches(lowered, self.folded))
        return list(matches(text, self.compiled))


def lowered_text(text: str) -> str | None:
    """The text as re.IGNORECASE compares it with ASCII letters, character for character, or
    None when lowering changes its length. Lowering maps one character only (U+212A, the
    Kelvin sign) besides A-Z to an ASCII letter, and IGNORECASE matches it, as it matches
    "ſ" (s) and "ı" (i), replaced here, and "İ" (i), which lowers to two characters; no
    character changes whether it is a word character (\\w) when lowered."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    return lowered.replace("\u017f", "s").replace("\u0131", "i")


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
