"""Dates that name or describe rather than date an act:

- `naming_phrase`: a year written right after a noun with no preposition names that noun
  ("Miss France 2002", "le budget 2019", "la présidentielle 2017"): its phrase's year, which an
  act outside the phrase does not take when the phrase tells who acts or names a thing rather
  than an occasion;
- `apposed_description`: a date inside a noun phrase apposed to a person's name ("X, prix
  Renaudot en 2006, a répondu") tells who that person is, not when the clause's act is."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .incise import incise_verb
from .kinds import is_event_noun
from .tokens import once_per_row, span_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The relations of a noun phrase that describes who acts rather than when: the subject, an
# apposition, or a name's own modifier ("Sylvie X, Miss France 2002").
_DESCRIBING_DEPS = frozenset({"nsubj", "nsubj:pass", "appos"})
_NOMINAL = frozenset({"NOUN", "PROPN", "X", "ADJ"})
_NAMING_KEY = "corpus_cli.events.naming"
_APPOSED_KEY = "corpus_cli.events.apposed"


def named_by_year(doc: Doc, row: Mapping[str, Any]) -> Token | None:
    """The word a year alone names, written after it with only nominal words between and no
    preposition ("les JO 2014", "Miss France 2002"), else None."""
    span = span_of(doc, row["start"], row["end"])
    year = doc[span[0]] if span is not None and span[1] - span[0] == 1 else None
    if year is None or len(year.text) != 4 or not year.text.isdigit():
        return None
    head = year.head
    if head.i >= year.i or head.pos_ not in _NOMINAL or any(
            t.pos_ in ("ADP", "PUNCT", "VERB", "AUX") for t in doc[head.i + 1:year.i]):
        # the parse may hang the year on a noun further back ("la présentation de la loi de
        # finances 2021"): the common noun right before it is the one it names
        before = doc[year.i - 1] if year.i > 0 else None
        if (before is None or before.pos_ != "NOUN" or not before.is_lower
                or any(c.dep_ == "case" for c in year.children)):
            return None
        return before
    return head


@once_per_row(_NAMING_KEY)
def naming_phrase(doc: Doc, row: Mapping[str, Any]) -> tuple[int, int] | None:
    """The offsets of the noun phrase a year names when it is written right after its words
    with no preposition ("la présidentielle 2017", "Miss France 2002") and the phrase tells
    who acts (inside the subject or an apposition, or the subject an incise inverts and the
    parse takes for its object: '"...", a estimé la finaliste de la présidentielle 2012'), or
    names a thing that is no act ("a sorti la taxe du budget 2019", "proclamer l'année
    blanche 2020"): a title's or a thing's year,
    no act's but that thing's. A year naming an occasion ("lors de la présidentielle 2017",
    "a remporté le Mondial 2018") is left to the other rules."""
    named = named_by_year(doc, row)
    if named is None:
        return None
    node = named
    while node.head.i != node.i and node.head.pos_ in _NOMINAL:
        node = node.head
    if node.dep_ in _DESCRIBING_DEPS or (node.head.pos_ == "PROPN" and node.dep_ == "nmod") or (
            node.dep_ == "obj" and incise_verb(doc, node.head)) or (
            named.pos_ == "NOUN" and named.is_lower and not named.ent_type_
            and not is_event_noun(named.lemma_)):
        return node.left_edge.idx, row["end"]
    return None


# The relations that keep a date inside a noun phrase, up to the name it describes.
_PHRASE_DEPS = frozenset({"nmod", "obl:mod", "obl", "amod", "appos", "flat", "flat:name",
                          "nummod"})


@once_per_row(_APPOSED_KEY)
def apposed_description(doc: Doc, row: Mapping[str, Any]) -> tuple[int, int] | None:
    """The offsets of the phrase between commas apposed to a person's name that holds the date
    through nouns only ("X, prix Renaudot en 2006, a répondu", "X, champion du monde en
    1998,"), else None."""
    span = span_of(doc, row["start"], row["end"])
    if span is None:
        return None
    node = doc[span[2]]
    while node.dep_ in _PHRASE_DEPS and node.head.i != node.i and node.head.pos_ in _NOMINAL:
        node = node.head
        if node.ent_type_ == "PER":
            return _between_commas(doc, node, span[0])
    return None


def _between_commas(doc: Doc, name: Token, word: int) -> tuple[int, int] | None:
    """The offsets of the phrase from the comma right after the name to the next comma or
    parenthesis of its sentence, when it opens with a nominal word before the word at index
    `word`, the date's first."""
    last = max((c.i for c in name.children if c.dep_ == "flat:name"), default=name.i)
    if last + 2 >= word or doc[last + 1].text != "," or doc[last + 2].pos_ not in (
            "NOUN", "ADJ", "PROPN", "DET"):
        return None  # "X, lundi 16 juillet dans l'hémicycle": no description, the act's day
    close = next((t for t in doc[word:name.sent.end] if t.text in (",", ")")), None)
    return None if close is None else (doc[last + 1].idx, close.idx)
