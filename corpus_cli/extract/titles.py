"""Titles: a name that a capitalised article opens in mid-sentence ("élu de La France insoumise",
"selon Le Canard enchaîné", "un conseiller Les Républicains") names a party, a paper or a work,
and runs over the lower-case words that qualify it. The model most often stops at the
capitalised word and reads a place or a common noun ("La France", "Républicains"); the whole
title is one name, and the same words elsewhere in the document are that title too, at a
sentence's start or after a lower-case article ("la France insoumise")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus_cli.names import is_demonym

from .name_context import at_line_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Span = tuple[int, int, str]

ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})

# "La République en marche": a title's qualifier may be a phrase of "en" and a noun.
_LINKS = frozenset({"en"})

# The longest initials read as a title's ("LREM", "LMPT").
_MOST_INITIALS = 6
# More qualifiers than this and the words are the sentence, not a title.
_MOST_QUALIFIERS = 3


def titled_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """The model's spans with each title whole: its capitalised article and its qualifiers
    taken in, a place so qualified made an organisation, the spans it swallows dropped."""
    initials = _initials_written(doc)
    grown = [_grown(doc, span, initials) for span in spans]
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


def _grown(doc: Doc, span: Span, initials: frozenset[str]) -> Span:
    start, end, label = span
    if label == "PER":
        return span
    article = _mid_sentence_article(doc, start, outside=label != "LOC")
    if article is None:
        stop = _spelled_end(doc, start, end, initials)
        if stop is not None:
            # "de la France insoumise" where the document writes "LFI": the title whole, a
            # body's name (initials name a party, a union, a programme)
            return (start, stop, "ORG")
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


def _initials_written(doc: Doc) -> frozenset[str]:
    """The words in capitals of the document that may be initials ("LFI", "LREM")."""
    return frozenset(token.text for token in doc
                     if token.is_alpha and token.is_upper and 2 < len(token.text) <= _MOST_INITIALS)


def _spelled_end(doc: Doc, start: int, end: int, initials: frozenset[str]) -> int | None:
    """The end of the lower-case words after the span that, with it, spell initials the
    document writes, however the parse hung them; None when none do. Not a verb's (a clause
    whose letters meet initials by chance: "Air France pourrait", "AFP"), nor a span in
    capitals, its own initials ("JDD de dimanche")."""
    if any(token.is_upper for token in doc[start:end]) or is_demonym(doc[start:end].text):
        return None  # nor a people ("les Français interrogés", "LFI" by chance)
    stop = end
    while stop < min(len(doc), end + _MOST_QUALIFIERS):
        if not (doc[stop].is_alpha and doc[stop].text.islower()) or doc[stop].pos_ in (
                "VERB", "AUX"):
            return None
        stop += 1
        if _spelled(doc, start, stop, initials):
            return stop
    return None


def _spelled(doc: Doc, start: int, stop: int, initials: frozenset[str]) -> bool:
    """The words of the span and its qualifiers, with the article before them, spell initials
    the document writes ("la France insoumise": "LFI"; "la République en marche": "LREM"):
    the document names them as one, a title."""
    first = start - 1 if start > 0 and doc[start - 1].lower_ in ARTICLES else start
    spelled = "".join(token.text[:1] for token in doc[first:stop]).upper()
    own = "".join(token.text[:1] for token in doc[start:stop]).upper()
    return spelled in initials or (own != spelled and own in initials)


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
