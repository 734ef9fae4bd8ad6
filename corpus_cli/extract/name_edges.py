"""Where a name's span starts and ends: the marks, blanks and hyphens around the model's span,
the words left dangling at its end, a date it ran on into, a period glued after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus_cli.names import low, trailing

from .calendar_names import date_after_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Characters that surround a name without belonging to it ("." is kept: "J.-P.", "D.C.").
EDGE = "«»“”„‟\"'‘’‹›`´()[]{}<>,;:!?…–—-_/|*•·~ \t\u00a0\u202f\u2009"
HYPHENS = frozenset("-‐‑")


def word_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Grow a span cut inside a hyphenated word ("italo" of "italo-norvégienne")."""
    while (end + 1 < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_alpha):
        end += 2
    while (start >= 2 and doc[start - 1].text in HYPHENS and not doc[start - 2].whitespace_
           and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha):
        start -= 2
    return start, end


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop blank and punctuation tokens at both ends."""
    while start < end and is_edge(doc[start]):
        start += 1
    while end > start and is_edge(doc[end - 1]):
        end -= 1
    return start, end


def is_edge(token: Token) -> bool:
    """A blank or a token of marks only, which no name starts or ends with."""
    return token.is_space or all(c in EDGE or c == "." for c in token.text)


def trim_trailing(doc: Doc, start: int, end: int) -> int:
    """Drop function words left dangling at the end ("Conseil de sécurité de la"), and a
    date the model's span took in after the name ("selon Le Monde lundi 3 mai")."""
    while True:  # a date after the name, then what dangles, until neither is left
        trimmed = date_after_name(doc, start, end)
        while trimmed > start + 1 and (low(doc[trimmed - 1].text) in trailing()
                                       or is_edge(doc[trimmed - 1])):
            trimmed -= 1
        if trimmed == end:
            return end
        end = trimmed


def strip_edges(text: str, first: int, last: int) -> tuple[int, int]:
    """The character bounds of a name without the marks around it."""
    while first < last and text[first] in EDGE:
        first += 1
    # a period is kept ("D.C.", "Aurélia T.") unless after a mark that ends no name
    # ("(FFF).") or the only one and no initial's, the sentence's end glued on ('sur LCI."Je')
    while last > first and (text[last - 1] in EDGE or (text[last - 1] == "." and (
            (last - 2 > first and text[last - 2] in EDGE)
            or ("." not in text[first:last - 1] and not _initial_before(text, first, last))))):
        last -= 1
    return first, last


def _initial_before(text: str, first: int, last: int) -> bool:
    """The period at `last` - 1 closes a one-letter word, an initial ("Aurélia T.")."""
    return last - 2 >= first and text[last - 2].isupper() and (
        last - 3 < first or not text[last - 3].isalpha())
