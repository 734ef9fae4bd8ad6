"""Nouns of acts that tell the circumstance of another act, no event of their own: the
pressure it is done under, the speech its words were said in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import occasion
from .clauses import governing_predicate
from .kinds import type_of
from .tree import QUOTE_TYPES, _Group, _is_passive

if TYPE_CHECKING:
    from spacy.tokens import Token


def circumstance(group: _Group) -> bool:
    """The group's noun tells the circumstance of its clause's act (`under_pressure`,
    `said_on_its_occasion`)."""
    return under_pressure(group.primary) or said_on_its_occasion(group)


def under_pressure(noun: Token) -> bool:
    """A noun of an act after "sous" ("sous la pression de X", "sous la menace d'une
    grève"): the circumstance the clause's act is done in."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "case" and c.lower_ == "sous"
                                       for c in noun.children)


def said_on_its_occasion(group: _Group) -> bool:
    """A noun of words that "lors de" or "pendant" opens under an active verb of saying ("a
    déclaré dimanche X lors d'un discours"): the occasion the words were said on, one event
    with the saying; not under a passive, whose speaker the noun alone may tell ("le texte a
    été défendu lors de sa déclaration du 12 juillet"), nor one's own ("lors de son interview
    du 14 juillet, X a défendu"), which may hold the only day."""
    noun = group.primary
    if (noun.pos_ != "NOUN" or group.trigger.type not in QUOTE_TYPES or not occasion(noun)
            or any("Yes" in c.morph.get("Poss", []) for c in noun.children)):
        return False
    verb = governing_predicate(noun)
    return (verb is not None and verb.pos_ == "VERB" and not _is_passive(verb)
            and type_of(verb.lemma_, "VERB")[0] in QUOTE_TYPES)


# Acts of crowds, forces and chance: who speaks or acts during them took no part in them.
_OTHERS_ACTS = frozenset({"protest", "fight", "assault", "mass_violence", "accident"})


def others_occasion(noun: Token, kind: str) -> bool:
    """A noun of a crowd's, a force's or chance's act that "lors de" or "pendant" opens with no
    possessive ("lors des manifestations du 1er mai, X évoque"): the clause's people do
    something else during it, so none of them is guessed as its performer."""
    return (noun.pos_ == "NOUN" and kind in _OTHERS_ACTS and occasion(noun)
            and not any("Yes" in c.morph.get("Poss", []) for c in noun.children))
