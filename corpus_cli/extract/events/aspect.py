"""A verb of aspect and the act it carries: "a commencé à juger", "ont continué à
interpeller", "a entrepris de négocier" tell the judging, the arrests, the talks, begun,
going on or undertaken; the verb alone tells no kind of act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .wordlists import _words

if TYPE_CHECKING:
    from spacy.tokens import Token

# The marks of an infinitive a verb carries ("commencé à juger", "fini d'examiner", "appelé à
# voter", "demandé de partir").
INFINITIVE_MARKS = frozenset({"à", "de", "d'", "d’"})


def aspect_complement(verb: Token) -> Token | None:
    """The infinitive a verb of beginning, going on or undertaking carries, whose act the
    clause tells, or None. Not one of stopping ("a cessé de reconnaître"): that act ends."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _words("aspect_verbs"):
        return None
    return next((child for child in verb.children
                 if child.dep_ in ("xcomp", "advcl", "ccomp") and child.i > verb.i
                 and child.pos_ == "VERB" and "Inf" in child.morph.get("VerbForm", [])
                 and any(c.dep_ == "mark" and c.lower_ in INFINITIVE_MARKS
                         for c in child.children)), None)
