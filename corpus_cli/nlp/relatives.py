"""The subject a relative clause inverts after its verb, which the parser reads as an object.

In "C'est ce qu'a décidé le tribunal" or "la loi qu'a votée le Parlement", the relative "que"
is the verb's object and the noun after the verb its subject; the French model reads that noun
as a second object (or, after a day, as apposed to the day: "ce qu'a annoncé mercredi
l'exécutif"; after an infinitive, as its object: "ce qu'a laissé entendre la ministre"), so
the act loses its performer. A verb takes one direct object: when the relative pronoun is it,
an object noun after the verb of a clause with no subject is the inverted subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_RELATIVE_OBJECTS = frozenset({"que", "qu'", "qu’"})


def repair(doc: Doc) -> Doc:
    """Make, in place, each noun a relative clause inverts after its verb that clause's
    subject (a pipeline component, after the parser)."""
    for token in doc:
        if token.dep_ == "acl:relcl" and token.pos_ == "VERB":
            _rehang(token)
    return doc


def _rehang(verb: Token) -> None:
    children = list(verb.children)
    if any(c.dep_.startswith(("nsubj", "expl:subj")) for c in children):
        return
    if not any(c.dep_ == "obj" and c.i < verb.i and c.lower_ in _RELATIVE_OBJECTS
               and "Rel" in c.morph.get("PronType", []) for c in children):
        return
    noun = next((c for c in children if c.dep_ == "obj" and c.i > verb.i
                 and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        # "ce qu'a annoncé mercredi l'exécutif": the noun read as apposed to the day
        noun = next((a for c in children if c.dep_ == "obl:mod" and c.i > verb.i
                     for a in c.children if a.dep_ == "appos" and a.i > c.i
                     and a.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None:
            noun.head = verb
    if noun is None:
        # "ce qu'a laissé entendre la ministre": the noun read as the infinitive's object
        noun = next((o for c in children if c.dep_ == "xcomp" and c.i > verb.i
                     and c.pos_ == "VERB" for o in c.children
                     if o.dep_ == "obj" and o.i > c.i and o.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None:
            noun.head = verb
    if noun is not None:
        noun.dep_ = "nsubj"
