"""Accusations a prosecutor or a court makes: "le parquet accuse X de meurtre", "X a été
accusé par le procureur de crimes de guerre" are charges (the act of the law), not the
criticism "accuser" is of anyone else ("le président accuse l'opposition de mentir")."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from corpus_cli import lexicon as wordfiles

from .wordlists import EXPRESSIONS_FILE

if TYPE_CHECKING:
    from spacy.tokens import Token

# The verbs of accusing whose act a prosecutor's or a court's performing makes a charge.
_ACCUSING = frozenset({"accuser", "incriminer"})


@functools.cache
def _prosecuting() -> frozenset[str]:
    """[prosecuting_bodies] of data/events_expressions.txt."""
    return wordfiles.words(EXPRESSIONS_FILE, "prosecuting_bodies")


def prosecuted_type(verb: Token, kind: tuple[str, str | None]) -> tuple[str, str | None]:
    """`kind`, or a charge when the verb accuses and its performer is a prosecutor's office,
    a prosecutor or a court (its subject, or its agent in the passive)."""
    if kind[0] != "disapprove" or verb.lemma_.lower() not in _ACCUSING:
        return kind
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    for child in verb.children:
        performer = child if (child.dep_ == "nsubj" and not passive) or (
            passive and child.dep_ == "obl:agent") else None
        if performer is not None and _prosecutor(performer):
            return "charge", None
    return kind


def _prosecutor(noun: Token) -> bool:
    """A prosecutor's office, a prosecutor or a court, by its head word ("le parquet", "la
    procureure", "le Parquet national financier")."""
    return bool({noun.lemma_.lower(), noun.lower_} & _prosecuting())
