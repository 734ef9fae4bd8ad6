"""An act told again by "le faire": "comme elles l'avaient déjà fait le 16 août" after "ont
manifesté" is a rally on 16 August too. French refers back to a verb with the pro-verb
"faire" and an object clitic; the act it stands for is the verb of the clause it depends on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .kinds import predicate_type
from .passives import passive_voice
from .tree import NEUTER_CLITICS

if TYPE_CHECKING:
    from spacy.tokens import Token


def redone_type(verb: Token) -> tuple[str, str | None] | None:
    """The (type, CAMEO code) of the act a "le faire" stands for, when the verb is that
    pro-verb in a clause hung on another verb ("comme il l'avait fait", "et le fera encore");
    None otherwise."""
    if verb.lemma_.lower() != "faire" or not any(
            c.dep_ == "obj" and c.lower_ in NEUTER_CLITICS and c.i < verb.i for c in verb.children):
        return None
    done = verb.head
    if verb.dep_ not in ("advcl", "conj") or done.i == verb.i or done.pos_ != "VERB":
        return None
    kind = predicate_type(done, "VERB", passive_voice(done))
    # words are told again with "le dire"; a "le faire" hung on a verb of saying is the parse's
    return None if kind[0] in ("other", "public_statement") else kind
