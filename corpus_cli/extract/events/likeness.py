"""Who a name after "comme" on an event is ("D'autres ont choisi de démissionner, comme X",
"sanctionner des chefs d'Etat, comme X"): one of the group it follows, which gives it that
group's role, or only a likeness to a named subject, which gives it none."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .tree import _Group, _Mentions

# How a parse hangs the names of a list on its first.
_LISTED_DEPS = frozenset({"conj", "appos", "nmod", "flat", "flat:name"})
# The preposition of a passive's agent.
_BY = frozenset({"par"})


def likened_role(name: Token, group: _Group, index: _Mentions, passive: bool) -> str | None:
    """The role ("actor", "target" or "none") of a name that is the event's "comme X", else
    None: of an unnamed or plural subject it is one who acts (or is acted on in a passive);
    beside one named subject ("Y a démissionné, comme X avant lui") it did the like at another
    time; of a plural noun of another role it takes that role."""
    likened = _likened(name, group)
    if likened == "subject":
        return "none" if _named_subject(group.anchor, index) else (
            "target" if passive else "actor")
    if likened is not None:
        return "actor" if likened == "agent" else "target"
    return None


def _likened(name: Token, group: _Group) -> str | None:
    """What the event's "comme X" is an instance of or likened to: its "subject", or the
    plural noun of another role it follows ("sanctionner des chefs d'Etat, comme X": "other",
    or "agent" after "par"); None for no "comme X" or a manner ("déterminé comme X")."""
    like = _like(name)
    while like is None and name.dep_ in _LISTED_DEPS and name.head.i < name.i:
        name = name.head  # "comme X, Y ou Z", however the parse hung Y and Z
        like = _like(name)
    if like is None or name.dep_.startswith("nsubj") or not (
            name.head.i in group.indices or name.head.i == group.anchor.i):
        return None
    before = like.nbor(-1) if like.i > name.sent.start else None
    while before is not None and before.is_punct and before.i > name.sent.start:
        before = before.nbor(-1)
    if before is None or before.is_punct:
        return "subject"
    if before.i == group.anchor.i:
        return None
    while not _plural_noun(before) and before.dep_ in _LISTED_DEPS | {"amod", "fixed"} and (
            before.head.i < like.i and before.head.pos_ in ("NOUN", "PRON", "PROPN")):
        before = before.head  # "des chefs d'Etat, comme X": the chefs
    if not _plural_noun(before) or before.dep_.startswith("nsubj"):
        return "subject"
    return "agent" if any(c.lower_ in _BY for c in before.children) else "other"


def _plural_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PRON", "PROPN") and "Plur" in token.morph.get("Number", [])


def _like(name: Token) -> Token | None:
    return next((c for c in name.children if c.dep_ == "case" and c.lower_ == "comme"), None)


def _named_subject(verb: Token, index: _Mentions) -> bool:
    """A subject named and singular: one whom "comme X" likens X to, not a group X is of."""
    return any(c.dep_.startswith("nsubj") and index.at(c) is not None
               and "Plur" not in c.morph.get("Number", []) for c in verb.children)
