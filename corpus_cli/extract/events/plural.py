"""Whom a plural subject pronoun stands for ("ils", "elles", "ceux-ci", "celles-ci").

The antecedent of "ils" is the last plural subject that names persons or acting bodies: names
coordinated as a subject ("X et Y ont été menacés. Dimanche, ils ont condamné ces propos"), or a
plural noun of persons ("Les insurgés tiennent la ville qu'ils avaient prise en 2016"), looked
for before the pronoun in its own sentence, then in the sentences before it in its paragraph.
Words inside quotation marks are left out: a quotation speaks of others. A subject that names
things ("les textes") is no antecedent: the search goes on past it only when it is no noun of a
thing, since a thing named as the last subject is most likely what "ils" stands for.
"ceux-ci" and "celles-ci" stand for the persons named last, subject or not ("au grand dam des
responsables du parti. Réunis mardi, ceux-ci ont dit").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .anaphora import demonstrative_ci
from .clauses import described_noun
from .persons import of_persons
from .tokens import inside, quotations
from .tree import _Mentions, row_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PLURAL = frozenset({"ils", "elles"})
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
_TENSE_AUXILIARIES = frozenset({"aux", "aux:tense", "aux:pass"})
# How many sentences before the pronoun's own its antecedent may be in.
PLURAL_REACH = 2
# The labels of names that act together as a subject.
_ACTING = frozenset({"PER", "ORG", "LOC"})
# The relations that join names into one subject, or apposes them to its noun.
_LINKS = frozenset({"conj", "appos", "flat:name", "flat"})


def plural_pronoun(predicate: Token) -> Token | None:
    """The predicate's subject "ils" or "elles", also that of the verb it completes ("ils
    doivent voter", "voter" bare); None otherwise."""
    holders = [predicate, *(c for c in predicate.children if c.dep_ in _TENSE_AUXILIARIES)]
    bare = not any(c.dep_ in _SUBJECT for c in predicate.children)
    if bare and (predicate.dep_ == "xcomp" or (
            predicate.dep_ in ("advcl", "obl:mod") and predicate.i < predicate.head.i
            and "Part" in predicate.morph.get("VerbForm", []))):
        holders.append(predicate.head)  # "Réunis mardi, ils ont choisi": the verb's subject
    return next((c for holder in holders for c in holder.children
                 if c.dep_ in _SUBJECT and c.pos_ == "PRON"
                 and (c.lower_ in _PLURAL or _plural_latter(c))), None)


def _plural_latter(word: Token) -> bool:
    """"ceux-ci", "celles-ci"."""
    return demonstrative_ci(word, ("ceux", "celles"))


def plural_antecedent(pronoun: Token, index: _Mentions, paragraph_start: int) -> list[str]:
    """The names (or the description) a plural subject pronoun stands for; empty when no
    plural subject of persons comes before it within reach."""
    doc = pronoun.doc
    quoted = quotations(doc)
    sentences = [pronoun.sent]
    while len(sentences) <= PLURAL_REACH and sentences[-1].start > 0:
        before = doc[sentences[-1].start - 1].sent
        if before.end_char <= paragraph_start:
            break
        sentences.append(before)
    latter = _plural_latter(pronoun)
    feminine = pronoun.lower_.startswith(("elle", "celle"))
    for sentence in sentences:
        for subject in _subjects_before(sentence, pronoun, latter):
            if inside(quoted, subject.idx):
                continue
            found = _plural_subject(subject, index, feminine)
            if found is not None:
                return found
            if subject.pos_ == "NOUN" and "Plur" in subject.morph.get("Number", []):
                return []  # "les textes ... ils": a thing is what the pronoun stands for
    return []


def _subjects_before(sentence: Span, pronoun: Token, latter: bool) -> list[Token]:
    """The sentence's subjects before the pronoun, the nearest first; for "ceux-ci", which
    stands for the persons named last whatever their function, its nouns too."""
    found = [t for t in reversed(sentence) if t.i < pronoun.i and t.pos_ != "PRON" and (
        t.dep_ in _SUBJECT or (latter and t.pos_ == "NOUN"))]
    return list(dict.fromkeys(_phrase_head(t) for t in found)) if latter else found


def _phrase_head(noun: Token) -> Token:
    """The plural noun of persons a noun of persons completes ("les syndicats de policiers":
    the unions), else the noun."""
    head = noun.head
    while (noun.dep_ == "nmod" and head.pos_ == "NOUN" and "Plur" in head.morph.get("Number", [])
           and of_persons(head)):
        noun, head = head, head.head
    return noun


def _plural_subject(subject: Token, index: _Mentions, feminine: bool) -> list[str] | None:
    """The names of a coordinated subject ("X et Y", "les sénateurs X et Y"), or a plural noun
    of persons as its description ("les insurgés"); None when the subject is neither."""
    names = _coordinated_names(subject, index)
    if len(names) > 1:
        return names
    if (subject.pos_ != "NOUN" or "Plur" not in subject.morph.get("Number", [])
            or not of_persons(subject)):
        return None
    if feminine and "Fem" not in subject.morph.get("Gender", []):
        return None
    description = described_noun(subject)
    return None if description is None else [description]


def _coordinated_names(subject: Token, index: _Mentions) -> list[str]:
    """The names a subject coordinates or has apposed ("X et Y", "les ministres, X et Y"),
    in order; not those of its complements ("les élus de la ville X")."""
    found: list[tuple[int, str]] = []
    stack = [subject]
    while stack:
        token = stack.pop()
        row = index.at(token)
        if row is not None and row["label"] in _ACTING:
            found.append((token.i, row_name(row)))
        stack.extend(c for c in token.children if c.dep_ in _LINKS)
    return list(dict.fromkeys(name for _, name in sorted(found)))
