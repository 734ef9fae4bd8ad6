"""Who claims an attack carried it out: "Les shebab ont revendiqué l'attaque de dimanche",
"l'attaque a été revendiquée par le groupe X", "Dans leur revendication de l'attaque, les
shebab soulignent". News tells an attack's author so when no verb of the attack names it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import described_noun
from .dependents import dependents
from .status import _negated
from .tree import _Mentions, row_name
from .wordlists import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

# The verb and the noun of claiming an act.
_CLAIM_VERB = "revendiquer"
_CLAIM_NOUN = "revendication"


def claimant(attack: Token, index: _Mentions) -> str | None:
    """The name, or the description, of who claims the attack its noun tells, else None."""
    head = attack.head
    claimer: Token | None = None
    if head.lemma_.lower() == _CLAIM_VERB and attack.dep_ == "obj":
        claimer = _subject(head)
    elif head.lemma_.lower() == _CLAIM_VERB and attack.dep_ == "nsubj:pass":
        claimer = next((c for dep, c in dependents(head) if dep == "obl:agent" or (
            dep.startswith("obl") and any(g.dep_ == "case" and g.lower_ == "par"
                                          for g in c.children))), None)
    elif head.lemma_.lower() == _CLAIM_NOUN and attack.dep_ == "nmod":
        verb = head.head  # "Dans leur revendication de l'attaque, les shebab soulignent"
        claimer = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if claimer is None or _denied(claimer):
        return None  # "Personne n'a revendiqué l'attaque"
    # the name of the claimer, or the one its noun is apposed to ("le groupe X")
    named = [claimer, *(c for c in claimer.children if c.dep_ in ("appos", "flat:name", "nmod")
                        and not any(g.dep_ == "case" for g in c.children))]
    row = next((r for t in named if (r := index.at(t)) is not None), None)
    if row is not None:
        return row_name(row)
    # whoever claims an act is its author, whatever noun tells them ("les shebab")
    return described_noun(claimer) or (
        claimer.doc[claimer.left_edge.i:claimer.i + 1].text
        if claimer.pos_ in ("NOUN", "PRON", "PROPN") and claimer.left_edge.pos_ == "DET"
        else None)  # a word the tagger does not know may be read as a pronoun


def _denied(claimer: Token) -> bool:
    """The claim is denied: its verb is negated ("personne n'a revendiqué", status.py) or
    the claimer is nobody ("aucun groupe")."""
    lex = lexicon()
    return claimer.lower_ in lex.negation or _negated(claimer.head, lex) or any(
        c.lower_ in lex.negation for c in claimer.children)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
