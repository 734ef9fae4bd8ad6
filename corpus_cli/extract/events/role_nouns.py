"""The person a role noun stands for: "le président turc a déclaré" is the one an earlier
mention gave that role ("le président turc X"), read from the mention rows' `roles`; else,
for a role the document gives nobody, the salient person (anaphora.salient_person)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from corpus_cli import lexicon as wordfiles

from .anaphora import (
    countries_of,
    genders,
    named_with,
    offices,
    salient_person,
    written_gender,
)
from .incise import MAX_PHRASE_GAP
from .tokens import quoted_apart
from .tree import (
    FORMER,
    _Group,
    _Mentions,
    of_complement,
    role_word_list,
    role_words,
    row_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Adjectives that make an office of their own ("le Premier ministre"), and the words that
# show a role's complement ("ministre de la Culture"): the two never name one office.
_RANKS = frozenset({"premier", "première", "vice", "haut", "haute", "grand", "grande"})
_COMPLEMENT_WORDS = frozenset({"de", "du", "des", "d"})
# The rank that makes an office of its own: "le ministre" is no "Premier ministre".
_FIRST = frozenset({"premier", "première"})
# The most words read after an office noun apposed to a name for the verb it may be subject of.
_LONGEST_APPOSITION = 12


def role_noun_person(doc: Doc, group: _Group, index: _Mentions,
                     unstated: Token | None = None) -> int | None:
    """The mention row of the person a role noun subject stands for ("le président turc" ->
    the one named earlier with that role), or None.

    A role matches when it holds the noun and its adjectives, in any order ("le Premier
    ministre" for "Premier ministre"); the latest person so named before the noun wins, else
    the first named after it. With no such role, a role that holds the noun alone does, when
    it names one person only ("le président vénézuélien" for the one "président" of the text);
    else a definite role noun or epithet is the person the text has named most
    (anaphora.salient_person). `unstated`: the noun for a subject the clause does not state
    (inverted after a verb of saying, or shared with the verb above), when it has none.
    """
    # A noun of quoted words the verb is not in is no speaker ('"un combat", a dit X')
    subject = next((c for c in group.anchor.children
                    if c.dep_ in ("nsubj", "nsubj:pass", "obl:agent")
                    and c.pos_ == "NOUN" and index.at(c) is None
                    and not quoted_apart(doc, c.idx, group.anchor.idx)), None)
    if subject is None:
        subject = unstated
    return None if subject is None else noun_person(doc, subject, index)


def noun_person(doc: Doc, subject: Token, index: _Mentions, *,
                salient: bool = True) -> int | None:
    """The mention row of the person a role noun stands for (see role_noun_person), or None;
    with `salient` False, only a person named with that role (no guess from how often).

    A nationality ("le président français") is never a role of another country ("président
    brésilien"); of several holding the noun alone, the one named with that country in a
    sentence is. A complement naming a person ("l'ancien collaborateur de X") is matched by
    the noun alone, by one person only, not X. Two candidates make no answer."""
    if index.at(subject) is not None:
        return None
    if any(index.at(c) is not None for c in subject.children if c.dep_ in ("appos", "flat")):
        return None  # "son ministre, X, a déclaré": the apposed name is the person
    named = _named_after(subject, index)
    if named is not None:
        return named  # "le président des Patriotes X": X, whatever the parse hung it on
    noun, adjectives = _noun_and_adjectives(subject)
    complement = _complement_words(subject)
    # "le chef de la diplomatie française": the nationality says whose, as "le président
    # français" does
    nationality = {word for word in complement if countries_of([word])}
    complement, adjectives = complement - nationality, adjectives | nationality
    country = countries_of(adjectives)
    owners = _complement_persons(subject, index)
    # "l'ancienne ministre" is no man the document names; "le ministre" no "Premier ministre"
    gender = written_gender(subject)
    known = genders(doc, index) if gender is not None else {}
    full: list[int] = []
    partial: dict[str, int] = {}
    described: dict[str, int] = {}
    for number, row in enumerate(index.rows):
        if row["label"] != "PER" or known.get(row_name(row), gender) != gender:
            continue
        # The role written before the name may reach further back than the row's ("l'ex-
        # conseiller du chef de l'État X": the row holds "chef de l'État")
        for role in (*(row.get("roles") or ()), *_written_roles(doc, index, number)):
            words, heads = _office_words(role)
            if (noun not in heads and not heads & _offices_of_kind(noun)) or (
                    country and countries_of(words) - country) or (
                    noun in _head_words(role) and (_head_words(role) & _FIRST) - adjectives):
                continue  # "le président français" is not "le président brésilien X"
            if not complement <= words:
                # "le ministre de l'Intérieur" is not "le ministre des Finances X"; "le
                # collaborateur de X" may be written "le collaborateur du chef de l'État Y"
                if owners and adjectives <= words and row_name(row) not in owners:
                    described.setdefault(row_name(row), number)
                continue
            if adjectives <= words:
                full.append(number)
            elif not (adjectives & _RANKS and words & _COMPLEMENT_WORDS):
                # Not "le Premier ministre" for "ministre de la Culture": another office
                partial.setdefault(row_name(row), number)
    before = [n for n in full if index.rows[n]["start"] < subject.idx]
    if before:
        return before[-1]
    if full:
        # named with the role only further on: a definite noun points back first, to the
        # person the text tells of so far ("L'ancien ministre" for the one the article is
        # about, not "l'ex-ministre X" of a later paragraph)
        told = salient_person(doc, subject, index) if salient and not owners else None
        return full[0] if told is None else told
    if len(partial) > 1 and country:
        partial = {name: number for name, number in partial.items()
                   if named_with(doc, index, name, country)}
    if len(partial) == 1:
        return next(iter(partial.values()))
    if len(described) == 1:
        return next(iter(described.values()))
    return salient_person(doc, subject, index) if salient and not owners else None


@functools.lru_cache(maxsize=4096)
def _office_words(role: str) -> tuple[frozenset[str], frozenset[str]]:
    """A role's words (tree.role_words) and those of its head, before any complement: "le
    gouvernement" is not "porte-parole du gouvernement". With them those of the other name of
    its office, when it is one of data/events_actors.txt [periphrases] ("ministre des Affaires
    étrangères italien" is "chef de la diplomatie" too), every one of them."""
    words = frozenset(role_words(role))
    heads = _head_words(role)
    own = {word for word in words if not countries_of([word])} - FORMER
    written = words - FORMER
    for side, other in _periphrases():
        # an office may have several ("chef du gouvernement", "patron de Matignon"); one
        # may hold a nationality ("président américain")
        if side[0] in (own, written):
            words, heads = words | other[0], heads | other[1]
    return words, heads


def _head_words(role: str) -> frozenset[str]:
    """The words of a role before its complement ("ex-conseiller spécial du président" ->
    ex, conseiller, spécial, ancien...)."""
    ordered = role_word_list(role)
    cut = next((n for n, word in enumerate(ordered) if word in _COMPLEMENT_WORDS | {"l"}),
               len(ordered))
    heads = set(ordered[:cut])
    return frozenset(heads | FORMER if heads & FORMER else heads)


def _offices_of_kind(noun: str) -> frozenset[str]:
    """The offices a generic noun stands for ("élu": député, sénateur, maire...)."""
    return _kinds_of_office().get(noun, frozenset())


@functools.cache
def _kinds_of_office() -> dict[str, frozenset[str]]:
    """Generic noun -> its offices, from data/events_actors.txt [kinds_of_office], read once."""
    return {noun: frozenset(words.split()) for noun, words
            in wordfiles.pairs("events_actors.txt", "kinds_of_office").items()}


@functools.cache
def _periphrases() -> tuple[tuple[tuple[frozenset[str], frozenset[str]],
                                  tuple[frozenset[str], frozenset[str]]], ...]:
    """The words and head words of two names of one office, both ways."""
    found: list[tuple[tuple[frozenset[str], frozenset[str]],
                      tuple[frozenset[str], frozenset[str]]]] = []
    for key, value in wordfiles.pairs("events_actors.txt", "periphrases").items():
        first = (frozenset(role_words(key)), _head_words(key))
        second = (frozenset(role_words(value)), _head_words(value))
        found += [(first, second), (second, first)]
    return tuple(found)


def _noun_and_adjectives(subject: Token) -> tuple[str, set[str]]:
    """A role noun's lower-case word and its adjectives, a former's "ex-" one of them
    ("l'ex-ministre" -> ministre, {ex, ancien, ...})."""
    noun = subject.lower_
    adjectives = {c.lower_ for c in subject.children if c.dep_ == "amod"}
    if noun.startswith("ex-") and len(noun) > len("ex-"):
        noun, adjectives = noun[len("ex-"):], adjectives | {"ex"}
    return noun, adjectives | FORMER if adjectives & FORMER else adjectives


def _complement_persons(noun: Token, index: _Mentions) -> set[str]:
    """The persons a role noun's "de" complement names ("l'avocat de X" -> X)."""
    return {row_name(row) for child in noun.children if of_complement(child)
            for row in (index.at(t) for t in child.subtree)
            if row is not None and row["label"] == "PER"}


def _written_roles(doc: Doc, index: _Mentions, number: int) -> tuple[str, ...]:
    """The role written right before a name ("du ministre des Affaires étrangères vénézuélien
    X"): the words back to the office noun that heads them, or to the office that noun
    completes ("l'ex-conseiller du chef de l'État X"), or none."""
    found = index.cache.setdefault("written_roles", {})
    if number not in found:
        found[number] = ()
        position = index.first.get(number, 0) - 1
        words: list[str] = []
        while position >= 0 and len(words) < MAX_PHRASE_GAP and doc[position].pos_ in (
                "ADJ", "NOUN", "PROPN", "DET", "ADP") and _no_person(index, doc[position]):
            words.insert(0, doc[position].text)
            if _office(doc[position]):
                found[number] = (" ".join(words),)
                if not _office_of_office(doc, position):
                    break
            position -= 1
        found[number] += _apposed_role(doc, index, number)
    return found[number]


def _named_after(noun: Token, index: _Mentions) -> int | None:
    """The mention row of the person's name that closes the role noun's phrase, which the
    parse hung on the name of its complement ("le président des Patriotes X", X read as a
    word of "Patriotes"); not the name "de" opens ("le collaborateur de X", "les avocats de
    M. X": another person)."""
    return next((number for t in noun.subtree if t.i > noun.i
                 and t.dep_ in ("flat:name", "flat") and t.head.i != t.i
                 and (number := index.by_token.get(t.i)) is not None
                 and index.rows[number]["label"] == "PER"
                 and (other := index.by_token.get(t.head.i)) is not None and other != number
                 and index.rows[other]["label"] != "PER"), None)


def _opens_clause(doc: Doc, name: Token, start: int) -> bool:
    """The office noun after a name's comma is the subject of the verb that follows it, not
    an apposition ("Interrogé sur les intentions de X, le sénateur proche du candidat a dit":
    the senator is not X): a verb comes before any mark closes the phrase, and the name
    (its first word) opens no clause of its own, where a writer may leave the closing comma
    out ("X, la maire de Nantes a prévenu", "Lors d'une conférence, X, la ministre a dit")."""
    if (name.dep_ in ("nsubj", "nsubj:pass") or name.i == name.sent.start
            or doc[name.i - 1].text == ","):
        return False
    for word in doc[start + 1:start + 1 + _LONGEST_APPOSITION]:
        if word.is_punct or "Rel" in word.morph.get("PronType", []):
            return False  # "X, le ministre qui a signé": the relative tells of X
        if word.pos_ in ("VERB", "AUX") and word.dep_ != "acl":
            return True
    return False


def _apposed_role(doc: Doc, index: _Mentions, number: int) -> tuple[str, ...]:
    """The role apposed after a name between commas ("X, le député LR de la Drôme, a dit":
    "député LR de la Drôme"), or none: its words from the office noun to the next mark."""
    position = index.first.get(number, 0)
    while index.by_token.get(position) == number:
        position += 1
    if position + 2 >= len(doc) or doc[position].text != ",":
        return ()
    start = position + 1
    while start < position + 3 and doc[start].pos_ in ("DET", "ADJ") and not _office(doc[start]):
        start += 1
    if not _office(doc[start]) or _opens_clause(doc, doc[index.first.get(number, 0)], start):
        return ()
    end = start + 1
    while end < min(len(doc), start + MAX_PHRASE_GAP) and doc[end].pos_ in (
            "ADJ", "NOUN", "PROPN", "DET", "ADP") and _no_person(index, doc[end]):
        end += 1
    return (doc[start:end].text,)


def _office(token: Token) -> bool:
    """An office noun, also a former's ("ex-conseiller")."""
    word = token.lower_
    return (word[len("ex-"):] if word.startswith("ex-") else word) in offices()


def _office_of_office(doc: Doc, position: int) -> bool:
    """The office at `position` completes another before it ("le conseiller du chef de
    l'État X": X is the adviser, not the head of state)."""
    return position >= 2 and doc[position - 1].lower_ in _COMPLEMENT_WORDS | {"d'", "d’"} and (
        _office(doc[position - 2]))


def _no_person(index: _Mentions, token: Token) -> bool:
    row = index.at(token)
    return row is None or row["label"] != "PER"


def _complement_words(noun: Token) -> set[str]:
    """The nouns and adjectives of a role noun's complement ("ministre des Affaires
    étrangères" -> affaires, étrangères), lower-case, which a matching role must hold."""
    words: set[str] = set()
    for child in noun.children:
        if of_complement(child):
            words.update(t.lower_ for t in _without_asides(child)
                         if t.pos_ in ("NOUN", "ADJ", "PROPN"))
    return words


def _without_asides(token: Token) -> list[Token]:
    """The token's subtree less the appositions and clauses in it ("du Conseil, centre
    névralgique de l'État,": the aside describes the complement, it is no word of the role)."""
    found = [token]
    for child in token.children:
        if child.dep_ not in ("appos", "acl", "acl:relcl", "punct"):
            found += _without_asides(child)
    return found
