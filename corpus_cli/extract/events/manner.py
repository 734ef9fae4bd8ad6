"""The act a gerund of saying tells of the verb it qualifies ("X a mis les pieds dans le plat
en estimant que...", "a créé la surprise en annonçant"): an idiom or a verb the lexicon does
not type, whose manner is words, is that statement (CAMEO types an act by what it does)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .kinds import type_of
from .tree import QUOTE_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Token


def said_by_manner(verb: Token) -> tuple[str, str | None] | None:
    """The (type, CAMEO code) of the verb of saying in a gerund the verb governs ("en
    estimant"), when it is one of the types of words; None otherwise. Not a participle after
    a comma, which tells an act of its own ("a quitté les locaux, assurant sur Twitter")."""
    for child in verb.children:
        if child.dep_ != "advcl" or child.pos_ != "VERB" or not _gerund(child):
            continue
        found = type_of(child.lemma_, "VERB")
        if found[0] in QUOTE_TYPES:
            return found
    return None


def _gerund(word: Token) -> bool:
    """A gerund: "en" and a present participle ("en estimant"), not a pronominal one ("en
    s'efforçant de": an effort, no words)."""
    forms = word.morph.get("VerbForm", [])
    return ("Ger" in forms or ("Part" in forms and "Pres" in word.morph.get("Tense", []))) and any(
        c.lower_ == "en" and c.i < word.i for c in word.children) and not any(
        c.dep_.startswith("expl") for c in word.children)
