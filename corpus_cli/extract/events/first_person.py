"""Who a quotation's first person stands for: the subject "je", "nous" or a "on" that says
"we" (`first_person_subject`), and the person or body who speaks the quotation it acts in
(`quote_speaker`: '"Nous allons décider", a déclaré X': X's side decides)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .anaphora import is_subject, with_preposition
from .tokens import utterances

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .tree import _Mentions

_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
# Subjects by which a quotation's speaker says what they or their side do.
_FIRST_PERSON = frozenset({"je", "j'", "j’", "nous"})
# The object clitics of the speaker's side, which make a quotation's "on" someone else.
_US = frozenset({"nous", "me", "m'", "m’"})
_THIRD_PERSON = frozenset({"il", "elle", "ils", "elles", "on"})
# How many verbs up a first-person subject is looked for ("nous allons devoir décider").
MAX_SUBJECT_CLIMB = 3


def first_person_subject(predicate: Token) -> Token | None:
    """The predicate's subject "je", "nous" or a "on" that says "we", also that of the verb
    it completes ("nous allons décider"), or None."""
    token = predicate
    for _ in range(MAX_SUBJECT_CLIMB):
        subject = next((c for c in token.children if c.dep_ in _SUBJECT), None)
        if subject is not None:
            return subject if subject.lower_ in _FIRST_PERSON or _we(subject) else None
        if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
            return None
        token = token.head
    return None


def _we(subject: Token) -> bool:
    """A quotation's "on" that says "we" ("on va lancer une enquête"), not "they": none of the
    speaker's side is the object ("on nous a menti")."""
    return subject.lower_ == "on" and not any(
        c.lower_ in _US for c in subject.head.children if c.dep_ in ("obj", "iobj", "expl:comp"))


def quote_speaker(doc: Doc, predicate: Token, index: _Mentions) -> int | None:
    """The mention row of who speaks the quotation a first-person subject acts in ('"Nous
    allons décider", a déclaré X': X's side decides; 'X a dit : "j'ai signé"'), or None. The
    speaker is the first person or body named after the quotation in its sentence with no
    preposition (the incise), else the last person named as a subject before it."""
    if first_person_subject(predicate) is None:
        return None
    bounds = next(((start, end) for start, end in utterances(doc)
                   if start <= predicate.idx < end), None)
    if bounds is None:
        return None
    sentence = predicate.sent
    before: int | None = None
    for number, row in enumerate(index.rows):
        if row["label"] not in ("PER", "ORG") or not (
                sentence.start_char <= row["start"] < sentence.end_char):
            continue
        first = doc[index.first[number]] if number in index.first else None
        if row["start"] >= bounds[1] and first is not None:
            if _incise_pronoun(doc, bounds[1], row["start"]):
                return None  # '", a-t-il déclaré sur X': the speaker is "il"
            if not with_preposition(first):
                return number
        if row["end"] <= bounds[0] and first is not None and is_subject(first):
            before = number
    return before


def _incise_pronoun(doc: Doc, start: int, end: int) -> bool:
    """A subject pronoun between a quotation's end and a name ('", a-t-il déclaré à X')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(
        t.pos_ == "PRON" and t.lower_.replace("-t-", "").lstrip("-") in _THIRD_PERSON
        for t in span)
