"""Two sides "entre X et Y" the parser read as two clauses, given back to their noun.

The French model reads "Les négociations entre Israël et le Hamas ont repris mardi" as "les
négociations entre Israël" and "le Hamas ont repris mardi": the verb becomes a conjunct of the
noun, the second side its subject, and the noun, the event, loses its verb. "Entre" takes
two sides joined by "et" right after the first, so the repair gives the verb its subject noun
back and the second side to the first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECTS = ("nsubj", "nsubj:pass")


def repair(doc: Doc) -> Doc:
    """Re-hang, in place, each "N entre X et Y V" read as "N entre X" and "Y V" (a pipeline
    component, after the parser)."""
    lowers = doc.to_array("LOWER")
    for position in (lowers == doc.vocab.strings["entre"]).nonzero()[0]:
        _rehang(doc[int(position)])
    return doc


def _rehang(word: Token) -> None:
    first = word.head
    noun = first.head
    if (word.dep_ != "case" or first.dep_ != "nmod" or noun.i > first.i
            or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i != noun.i):
        return
    verb = next((c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                 and c.i > first.i), None)
    if verb is None:
        return
    second = next((c for c in verb.children if c.dep_ in _SUBJECTS and first.i < c.i < verb.i),
                  None)
    if second is None or any(t.pos_ in ("VERB", "AUX") for t in first.subtree):
        return  # a clause inside the first side: the parse may be right
    joining = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ == "et"
                    and c.i == first.right_edge.i + 1 and c.i < second.left_edge.i), None)
    if joining is None:
        return
    # No cycle on the way: the verb leaves the noun before the noun hangs on it.
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, second.dep_
    second.head, second.dep_ = first, "conj"
    joining.head = second
