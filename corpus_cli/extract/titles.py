"""Titles: a name that a capitalised article opens in mid-sentence ("élu de La France insoumise",
"selon Le Canard enchaîné", "un conseiller Les Républicains") names a party, a paper or a work,
and runs over the lower-case words that qualify it. The model most often stops at the
capitalised word and reads a place or a common noun ("La France", "Républicains"); the whole
title is one name, and the same words elsewhere in the document are that title too, at a
sentence's start or after a lower-case article ("la France insoumise")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .name_context import at_line_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Span = tuple[int, int, str]

ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})

# "La République en marche": a title's qualifier may be a phrase of "en" and a noun.
_LINKS = frozenset({"en"})

# More qualifiers than this and the words are the sentence, not a title.
_MOST_QUALIFIERS = 3


def titled_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """The model's spans with each title whole: its capitalised article and its qualifiers
    taken in, a place so qualified made an organisation, the spans it swallows dropped."""
    grown = [_grown(doc, span) for span in spans]
    titles = {_words(doc, start, end) for (start, end, _), old in zip(grown, spans, strict=True)
              if end > old[1]}
    if titles:
        grown = [span if span[1] > old[1] else _carried(doc, span, titles)
                 for span, old in zip(grown, spans, strict=True)]
    kept: list[Span] = []
    for span in grown:
        if kept and span[0] < kept[-1][1]:
            continue  # "en Marche", the model's second span inside the title
        kept.append(span)
    return kept


def _grown(doc: Doc, span: Span) -> Span:
    start, end, label = span
    if label == "PER":
        return span
    article = _mid_sentence_article(doc, start, outside=label != "LOC")
    if article is None:
        return span
    stop = qualifiers_end(doc, start, end)
    if stop == end:
        return (article, end, label)
    return (article, stop, "ORG" if label == "LOC" else label)


def _carried(doc: Doc, span: Span, titles: set[tuple[str, ...]]) -> Span:
    """The span followed by the qualifiers a title of the document has: that title."""
    start, end, label = span
    if label == "PER":
        return span
    stop = qualifiers_end(doc, start, end)
    if stop > end and _words(doc, start, stop) in titles:
        return (start, stop, "ORG" if label == "LOC" else label)
    return span


def _mid_sentence_article(doc: Doc, start: int, *, outside: bool) -> int | None:
    """Where the capitalised article of a title starts: the span's first word or, when
    `outside`, the one before it; None when there is none or it stands where any word takes a
    capital. A place's name leaves its article out only where the text glued two sentences
    (", Les Français consacrent"): only a body's or a work's is looked for outside."""
    for i in (start, start - 1) if outside else (start,):
        if i < 0 or i >= len(doc):
            continue
        token = doc[i]
        shouted = token.text.rstrip("'’").isupper() and len(token.text.rstrip("'’")) > 1
        if (token.lower_ in ARTICLES and token.text[:1].isupper() and not shouted
                and not _sentence_initial(doc, i)):
            return i
    return None


def _sentence_initial(doc: Doc, i: int) -> bool:
    """Where any word takes a capital: a line's start (name_context.at_line_start), and after
    a sentence the scrape glued on or an opening parenthesis."""
    return at_line_start(doc, i) or doc[i - 1].text in ".!?("


def qualifiers_end(doc: Doc, start: int, end: int) -> int:
    """The end of the lower-case words after the span that qualify its head: adjectives and
    bare participles ("insoumise", "enchaîné"), a phrase of "en" and a noun ("en marche")."""
    inside = range(start, end)
    j, taken = end, 0
    while j < len(doc) and taken < _MOST_QUALIFIERS:
        token = doc[j]
        if _qualifier(token, inside):
            j += 1
        elif (token.lower_ in _LINKS and not token.text.isupper()
              and _linked_noun(doc, j + 1, inside)):
            j += 2
        else:
            break
        taken += 1
    return j


def _linked_noun(doc: Doc, j: int, inside: range) -> bool:
    """A noun with no words of its own after the link, said of the span's head or, as the
    parse often has it, of the word the span completes ("député de La République en marche");
    not "Le Monde en faveur de…", where the link opens the sentence's own phrase."""
    if j >= len(doc):
        return False
    noun = doc[j]
    head = doc[inside.start].head if inside else None
    return (noun.pos_ in ("NOUN", "PROPN") and noun.is_alpha and not noun.text.isupper()
            and all(child.i == j - 1 for child in noun.children)
            and (noun.head.i in inside or (head is not None and noun.head.i == head.head.i)))


def _qualifier(token: Token, inside: range) -> bool:
    """An adjective right after the title (the parse often hangs it elsewhere: "de La France
    insoumise" on the noun before, or reads a clause), or a participle with no words of its
    own said of it."""
    if not (token.is_alpha and token.text.islower()):
        return False
    if token.pos_ == "ADJ":
        return token.dep_ not in ("xcomp", "ROOT")  # "rend La France fière": said of it
    return (token.pos_ == "VERB" and token.head.i in inside and "Part" in token.morph.get(
        "VerbForm", []) and token.dep_ in ("acl", "amod") and not any(True for _ in token.children))


def _words(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    words = tuple(token.lower_ for token in doc[start:end])
    return words[1:] if words and words[0] in ARTICLES else words
