"""One pass over a document's tokens, shared by the event rules.

spaCy builds a Python Token object each time a token is read (`for token in doc`, `doc[i]`):
most of the events layer's time went there when each rule walked the whole document. The
arrays here are read once per document from `doc.to_array` (no Token objects) and kept in the
Doc's user_data: the token at a character offset, and each token's lemma and lower-case form
as string-store hashes, so a lookup for listed words touches only the tokens that match. The
day of writing the document's dates were resolved against is kept there too, for the rules
that weigh a date against it.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from corpus_cli.nlp.model import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_KEY = "corpus_cli.events.tokens"
_Answer = TypeVar("_Answer")
# Quotations of French news, within a paragraph: « », curly double quotes; straight ones
# (which do not tell opening from closing) are paired by `_straight_quotations`.
_QUOTATION = re.compile(r"«[^»\n]{3,}?»|“[^”\n]{3,}?”")
_STRAIGHT = re.compile(r"[\"\n]")
_OPENS_AFTER = frozenset(" \t\n([{'’/-–—:")
_QUOTES_KEY = "corpus_cli.events.quotations"
_UTTERANCES_KEY = "corpus_cli.events.utterances"
# A quotation of this many words or more is someone's utterance, not a word the writer cites.
UTTERANCE_WORDS = 4


@dataclass(frozen=True)
class TokenIndex:
    """Per-document token arrays (see the module docstring)."""

    by_offset: dict[int, int]
    lemmas: list[int]
    lowers: list[int]

    def at(self, doc: Doc, offset: object) -> Token | None:
        """The token starting at character `offset` (None when none does)."""
        position = self.by_offset.get(offset)  # type: ignore[call-overload]
        return None if position is None else doc[position]

    def matching(self, doc: Doc, words: frozenset[str]) -> list[int]:
        """Positions of the tokens whose lemma or lower-case form is one of `words`."""
        wanted = _hashes(doc, words)
        return [i for i, (lemma, lower) in enumerate(zip(self.lemmas, self.lowers, strict=True))
                if lemma in wanted or lower in wanted]


def token_index(doc: Doc) -> TokenIndex:
    """The document's token arrays, built on first use and kept with the Doc."""
    found = doc.user_data.get(_KEY)
    if found is None:
        # One list per column (the array transposed): no Python list per token.
        offsets, spaces, lemmas, lowers = doc.to_array(["IDX", "IS_SPACE", "LEMMA",
                                                        "LOWER"]).T.tolist()
        found = TokenIndex({offset: i for i, (offset, space) in enumerate(zip(
            offsets, spaces, strict=True)) if not space}, lemmas, lowers)
        doc.user_data[_KEY] = found
    return found


_REFERENCE_KEY = "corpus_cli.events.reference"


def keep_reference(doc: Doc, reference: str | None) -> None:
    """Keep the day of writing (ISO) with the Doc for the rules that weigh a date against it."""
    doc.user_data[_REFERENCE_KEY] = reference


def writing_day(doc: Doc) -> str | None:
    """The day of writing (ISO) kept with the Doc, or None when none was given."""
    reference = doc.user_data.get(_REFERENCE_KEY)
    return reference if isinstance(reference, str) else None


def writing_year(doc: Doc) -> int | None:
    """The year of the day of writing kept with the Doc, or None when none was given."""
    day = writing_day(doc)
    return int(day[:4]) if day is not None and day[:4].isdigit() else None


_SPANS_KEY = "corpus_cli.events.spans"


def span_of(doc: Doc, start: int, end: int) -> tuple[int, int, int] | None:
    """(first token, end token, root token) of the characters start..end, expanded to whole
    tokens, or None: `doc.char_span` once per span and document."""
    spans = doc.user_data.setdefault(_SPANS_KEY, {})
    key = (start, end)
    if key not in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        spans[key] = None if span is None or len(span) == 0 else (span.start, span.end,
                                                                   _root(span))
    return spans[key]


# The relations of a clause's core arguments.
_CORE = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})


def _root(span: Span) -> int:
    """The span's root; of two words the parse hangs outside the span ("Paris" read as a
    modifier of the verb, "Match" as its subject), the one that is a core argument."""
    root = span.root
    if root.dep_ in _CORE:
        return root.i
    outside = [t for t in span if t.i != root.i and not span.start <= t.head.i < span.end]
    return next((t.i for t in outside if t.dep_ in _CORE and t.head.i == root.head.i), root.i)


def once_per_row(key: str) -> Callable[[Callable[[Doc, Mapping[str, Any]], _Answer]],
                                       Callable[[Doc, Mapping[str, Any]], _Answer]]:
    """A rule's answer for a date row (`rule(doc, row)`), computed once per row and document
    and kept in the Doc's user_data under `key`: every event candidate asks it again."""
    def decorate(rule: Callable[[Doc, Mapping[str, Any]], _Answer]
                 ) -> Callable[[Doc, Mapping[str, Any]], _Answer]:
        @functools.wraps(rule)
        def answer(doc: Doc, row: Mapping[str, Any]) -> _Answer:
            found = doc.user_data.setdefault(key, {})
            place = (row["start"], row["end"])
            if place not in found:
                found[place] = rule(doc, row)
            return found[place]
        return answer
    return decorate


def subtree_offsets(token: Token) -> tuple[int, int]:
    """The character offsets of the phrase the token heads."""
    last = token.right_edge
    return token.left_edge.idx, last.idx + len(last.text)


_HASHES: dict[tuple[int, frozenset[str]], frozenset[int]] = {}


def _hashes(doc: Doc, words: frozenset[str]) -> frozenset[int]:
    """The string-store hashes of `words` (and of their capitalised forms: a lemma keeps the
    capital of a sentence-initial word), once per vocabulary and word set."""
    key = (id(doc.vocab), words)
    if key not in _HASHES:
        strings = doc.vocab.strings
        _HASHES[key] = frozenset(strings.add(form) for word in words
                                 for form in (word, word.capitalize()))
    return _HASHES[key]


def quotations(doc: Doc) -> list[tuple[int, int]]:
    """Character bounds of the document's quotations, in order, once per document."""
    found = doc.user_data.get(_QUOTES_KEY)
    if found is None:
        text = text_of(doc)
        marked = [m.span() for m in _QUOTATION.finditer(text)]
        found = sorted([*marked, *(span for span in _straight_quotations(text)
                                   if not any(a < span[1] and span[0] < b for a, b in marked))])
        doc.user_data[_QUOTES_KEY] = found
    return found


def _straight_quotations(text: str) -> list[tuple[int, int]]:
    """Spans of straight-quoted words, within a paragraph, the outermost of nested ones. A
    mark with a space before and a word after opens; one with a word before and a space or a
    punctuation after closes; another closes what is open, else opens. A mark that can only
    close while none is open ("clarification" au) is a stray, its opening lost in the scrape,
    and so is an opening never closed in its paragraph ('des "sanctions. X a dit (...)
    l'intention "d'être candidate".'): the quotations inside it stand on their own."""
    closed: list[tuple[int, int]] = []
    opened: list[int] = []
    for match in _STRAIGHT.finditer(text):
        at = match.start()
        if text[at] == "\n":
            opened = []
            continue
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        opens = before in _OPENS_AFTER and after.isalnum()
        closes = not before.isspace() and (after.isspace() or not after.isalnum())
        if opens and not (closes and opened):
            opened.append(at)
        elif opened:
            first = opened.pop()
            if at - first > 3:
                closed.append((first, at + 1))
        elif not closes and (before in _OPENS_AFTER or not after.isspace()):
            opened.append(at)
    return [span for span in closed
            if not any(a < span[0] and span[1] < b for a, b in closed)]


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """The offset falls inside one of `spans` (sorted, as `quotations` gives them), past its
    opening mark."""
    return span_around(spans, offset) is not None


def span_around(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The one of `spans` (sorted) the offset falls inside, past its opening mark, or None."""
    position = bisect_right(spans, (offset, 1 << 60)) - 1
    if position >= 0 and spans[position][0] < offset < spans[position][1]:
        return spans[position]
    return None


def after_quotation(doc: Doc, first: int) -> bool:
    """The word at `first` follows a closing quotation, a comma between or not ('"...", a dit
    X'): whatever its lemma, a verb in that incise says who spoke."""
    before = doc[first - 1]
    if before.text == "," and first >= 2:
        before = doc[first - 2]
    return before.is_quote


def quoted_apart(doc: Doc, offset: int, trigger: int) -> bool:
    """The offset falls inside a quotation the offset `trigger` is not in: another voice's
    words."""
    return any(start <= offset < end and not start <= trigger < end
               for start, end in quotations(doc))


def utterances(doc: Doc) -> list[tuple[int, int]]:
    """The quotations that report words spoken ('"Nous ne céderons pas", a dit X'), not a word
    or two the writer cites in a sentence of their own ('a été "bousculé" vers 17h')."""
    found = doc.user_data.get(_UTTERANCES_KEY)
    if found is None:
        text = text_of(doc)
        found = doc.user_data[_UTTERANCES_KEY] = [
            (start, end) for start, end in quotations(doc)
            if len(text[start:end].split()) >= UTTERANCE_WORDS]
    return found
