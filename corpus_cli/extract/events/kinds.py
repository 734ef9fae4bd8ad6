"""The type of an event from its predicate's lemma: the listed trigger's type, else the broad
type lexicon (data/events_types.txt, CAMEO roots and news families), else "other".

A candidate whose word is in no list keeps `type: "other"` and its lemma as trigger: nothing
dated with a named participant is dropped for want of a word.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING

from corpus_cli import lexicon as wordfiles
from corpus_cli.rows import EVENT_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Token

from .wordlists import lexicon

TYPES_FILE = "events_types.txt"
EXPRESSIONS_FILE = "events_expressions.txt"
# Relations by which a verb governs the noun of an expression ("mis en examen", "fait état").
_EXPRESSION_DEPS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "nsubj:pass"})
# The sections of the type lexicon and the part of speech each one types.
_SECTIONS = {"verbs": "VERB", "nouns": "NOUN"}


@functools.cache
def type_lexicon() -> Mapping[tuple[str, str], tuple[str, str | None]]:
    """(lemma, VERB|NOUN) -> (type, CAMEO code or None), from the packaged type lexicon.

    Lines are `lemma type code` ("-" for no code); a line whose type is not one of
    rows.EVENT_TYPES is skipped rather than guessed. Read once; empty if the file is absent.
    """
    found: dict[tuple[str, str], tuple[str, str | None]] = {}
    for section, pos in _SECTIONS.items():
        try:
            lines = wordfiles.entries(TYPES_FILE, section)
        except FileNotFoundError:
            return {}
        for line in lines:
            parts = line.split()
            if len(parts) < 2 or parts[1] not in EVENT_TYPES:
                continue
            code = parts[2] if len(parts) > 2 and parts[2] not in ("-", "") else None
            found.setdefault((parts[0].lower(), pos), (parts[1], code))
    return found


@functools.cache
def _passive_types() -> Mapping[str, tuple[str, str | None]]:
    """[passive_verbs] of data/events_triggers.txt: lemma -> (type, CAMEO code or None)."""
    found: dict[str, tuple[str, str | None]] = {}
    for line in wordfiles.entries("events_triggers.txt", "passive_verbs"):
        parts = line.split()
        if len(parts) == 3 and parts[1] in EVENT_TYPES:
            found[parts[0].lower()] = (parts[1], None if parts[2] == "-" else parts[2])
    return found


def type_of(lemma: str, pos: str, passive: bool = False) -> tuple[str, str | None]:
    """The (type, CAMEO code) of a predicate lemma of part of speech VERB or NOUN; a passive
    verb of [passive_verbs] takes that type ("X sera jugé": a trial)."""
    if passive and (found := _passive_types().get(lemma.lower())) is not None:
        return found
    key = (lemma.lower(), pos)
    trigger = lexicon().triggers.get(key)
    if trigger is not None:
        return trigger.type, trigger.cameo
    return type_lexicon().get(key, ("other", None))


@functools.cache
def expressions() -> Mapping[tuple[str, str], tuple[str, str | None]]:
    """(verb lemma, noun lemma) -> (type, CAMEO code or None), from data/events_expressions.txt."""
    found: dict[tuple[str, str], tuple[str, str | None]] = {}
    for line in wordfiles.entries(EXPRESSIONS_FILE, "expressions"):
        parts = line.split()
        if len(parts) == 4 and parts[2] in EVENT_TYPES:
            found[(parts[0].lower(), parts[1].lower())] = (
                parts[2], None if parts[3] == "-" else parts[3])
    return found


def expression_type(*tokens: Token) -> tuple[str, str | None] | None:
    """The type of a verb-noun expression one of `tokens` belongs to ("mis en examen",
    "placé en garde à vue", "a fait état de"), or of its noun form ("sa mise en examen", "le
    placement en garde à vue"): a token is the verb (or its noun), or the noun it governs;
    None when none is."""
    table = expressions()
    for token in tokens:
        pairs = [(token, child) for child in token.children if child.dep_ in _EXPRESSION_DEPS
                 or (child.dep_ == "nmod" and _verb_of(token) is not None)]
        if token.head.i != token.i and (token.dep_ in _EXPRESSION_DEPS or (
                token.dep_ == "nmod" and _verb_of(token.head) is not None)):
            pairs.append((token.head, token))
        for verb, noun in pairs:
            lemma = _verb_of(verb)
            found = None if lemma is None else table.get((lemma, noun.lemma_.lower()))
            if found is not None:
                return found
    return None


def predicate_type(predicate: Token, pos: str, passive: bool) -> tuple[str, str | None]:
    """The (type, CAMEO code) of a clause's predicate read as `pos`: its verb-noun
    expression's, else its lemma's (`type_of`); a verb typed "other" takes the type its lemma
    has as a noun (the model gives some nouns a verb's reading)."""
    lemma = predicate.lemma_.lower()
    kind = expression_type(predicate) or type_of(lemma, pos, passive)
    if kind[0] == "other" and pos == "VERB":
        kind = type_of(lemma, "NOUN")
    return kind


def _verb_of(token: Token) -> str | None:
    """The verb lemma a token stands for in an expression: a verb's own, or the verb a
    listed noun form is made from ("mise" -> mettre); None for any other word."""
    if token.pos_ in ("VERB", "AUX"):
        return token.lemma_.lower()
    if token.pos_ == "NOUN":
        return nominalizations().get(token.lemma_.lower())
    return None


@functools.cache
def nominalizations() -> Mapping[str, str]:
    """Noun form -> verb lemma, from data/events_expressions.txt ("mise" -> "mettre")."""
    found: dict[str, str] = {}
    for line in wordfiles.entries(EXPRESSIONS_FILE, "nominalizations"):
        parts = line.split()
        if len(parts) == 2:
            found[parts[0].lower()] = parts[1].lower()
    return found


def is_event_noun(lemma: str) -> bool:
    """A noun that names an act (in a list of triggers or of types), not a thing."""
    key = (lemma.lower(), "NOUN")
    return key in lexicon().triggers or key in type_lexicon()
