"""The model's entity spans, mended before they are read as names: a name the model cut in two
joined again, a party's initials after a person's name set apart, and a span over a dash
spaced on both sides cut in two (two names side by side)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus_cli.names import low, trailing

from .name_context import acronym_end, organisation_acronyms
from .titles import ARTICLES

if TYPE_CHECKING:
    from spacy.tokens import Doc

DASHES = frozenset({"-", "–", "—"})


def model_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """The model's spans (start, end, label), a name it cut in two joined again: a span of a
    thing ending on a function word ("Direction départementale de la") with the next span
    right after it ("Sécurité publique") is one name. Cut, its head is a generic fragment
    that many bodies share ("Direction départementale"), and would gather them all. A place
    after it is where the thing is ("le Forum Valdor de" + "Vernanges"): two names."""
    spans: list[tuple[int, int, str]] = []
    acronyms = organisation_acronyms(doc)
    for ent in doc.ents:
        if spans and spans[-1][1] == ent.start and spans[-1][2] != "PER" and (
                ent.label_ not in ("PER", "LOC") and low(doc[ent.start - 1].text) in trailing()):
            spans[-1] = (spans[-1][0], ent.end, spans[-1][2])
        elif ent.label_ == "PER" and acronym_end(doc, ent.start, ent.end, acronyms):
            # "M. Jean X LR": the person, then the party's initials, not a surname "LR"
            spans += [(ent.start, ent.end - 1, "PER"), (ent.end - 1, ent.end, "ORG")]
        else:
            spans.append((ent.start, ent.end, ent.label_))
    spans = sorted(spans + _civility_spans(doc, spans))
    return [part for span in spans for part in _apart(doc, *span)]


# The civilities of one person, as written before a surname ("M. X", "Mme X").
_CIVILITIES = frozenset({"M.", "Mme", "Mlle", "Mr", "Mr."})
# The most capitalised words read as the name after a civility ("Mme Anne-Marie Le Goff").
_MOST_NAME_WORDS = 4


def _civility_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A person's span the model missed: a civility and the capitalised words right after it
    ("avait affirmé mardi M. X dans son discours"), outside every span of the model."""
    taken = {i for start, end, _ in spans for i in range(start, end)}
    found: list[tuple[int, int, str]] = []
    for token in doc:
        if token.text not in _CIVILITIES or token.i in taken or token.i + 1 >= len(doc):
            continue
        end = token.i + 1
        while (end < len(doc) and end - token.i <= _MOST_NAME_WORDS and end not in taken
               and doc[end].text[:1].isupper() and doc[end].text[:1].isalpha()):
            end += 1
        if end > token.i + 1:
            found.append((token.i, end, "PER"))
    return found


def _apart(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """A person's or a place's span cut at each dash spaced on both sides: two names side by
    side ("M. X - Y Z", a parenthesis of dashes closing on a name; "Lyon - Marseille"), never
    one name's hyphen. A body's or a work's name may hold one ("Assistance publique -
    Hôpitaux de Paris"), unless a capitalised article opens another title after it
    ("Lou - Le Progrès", a name and a paper's credit)."""
    cuts = [i for i in range(start + 1, end - 1) if spaced_dash(doc, i)
            and (label in ("PER", "LOC") or _opens_title(doc, i + 1, end))]
    bounds = [start, *(j for i in cuts for j in (i, i + 1)), end]
    return [(a, b, label) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if a < b]


def spaced_dash(doc: Doc, i: int) -> bool:
    """The token `i` is a dash with a space on both sides: between two phrases, never a
    name's hyphen."""
    return i > 0 and doc[i].text in DASHES and bool(doc[i - 1].whitespace_ and doc[i].whitespace_)


def _opens_title(doc: Doc, i: int, end: int) -> bool:
    return (i + 1 < end and low(doc[i].text) in ARTICLES
            and doc[i].text[:1].isupper() and doc[i + 1].text[:1].isupper())
