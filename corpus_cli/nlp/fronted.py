"""A participle opening a sentence, which the parser read as the sentence's root, given back to
the main clause it is apposed to.

In "Invité de Radio Nord jeudi, X a expliqué que..." or "Cité par le quotidien, X explique
que...", the French model now and then makes the participle the root and hangs the main verb
on it as a parataxis or a conjunct. The clause then loses its date and its actor to the
participle, which becomes an act of its own. A participle with no auxiliary, no subject and
no determiner that opens a sentence, followed by a comma and a finite verb with its own
subject before it, is apposed to that subject (Grevisse § 333, the detached participle): the
finite verb is the root, the participle a modifier of its clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .participles import FIRST_GROUP_ENDINGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MAIN_CLAUSES = frozenset({"parataxis", "conj", "ccomp", "advcl"})


def repair(doc: Doc) -> Doc:
    """Re-root, in place, each sentence whose root is a fronted participle with the main
    clause hung on it (a pipeline component, after the parser)."""
    found = [(sentence.root, verb) for sentence in doc.sents
             if (verb := _main_verb(sentence.root)) is not None]
    for root, verb in found:
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "advcl"
    return doc


def _main_verb(root: Token) -> Token | None:
    """The finite verb with a subject before it that the parser hung on a fronted participle
    root, after a comma; None when the root is no such participle."""
    if not _fronted_participle(root):
        return None
    for child in root.children:
        if (child.dep_ in _MAIN_CLAUSES and child.i > root.i and _finite(child)
                and any(c.dep_.startswith("nsubj") and c.i < child.i for c in child.children)
                and any(t.text == "," for t in root.doc[root.i + 1:child.i])):
            return child
    return None


def _fronted_participle(token: Token) -> bool:
    """A past participle opening its sentence (after punctuation at most) with no auxiliary,
    copula, subject or determiner: the detached participle."""
    # no finite form of a verb ends as a first-group participle does: "Invité" that the
    # tagger reads as an imperative is the participle
    if token.pos_ != "VERB" or not ("Part" in token.morph.get("VerbForm", [])
                                    or token.lower_.endswith(FIRST_GROUP_ENDINGS)):
        return False
    if any(not t.is_punct for t in token.sent if t.i < token.i):
        return False
    return not any(c.dep_.startswith(("aux", "cop", "nsubj", "expl", "det"))
                   for c in token.children)


def _finite(verb: Token) -> bool:
    """A finite verb, or a participle its finite auxiliary makes a compound tense."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if "Fin" in verb.morph.get("VerbForm", []):
        return True
    return any(c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm", [])
               for c in verb.children)
