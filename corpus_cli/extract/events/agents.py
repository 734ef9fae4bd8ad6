"""Who does an act, described rather than named: the agent of a passive ("abattu par les
forces de l'ordre"), the body an accused is brought before ("présenté au parquet"), the
nation of the act a passive was done in ("tué dans un raid américain") or whose adjective
qualifies the act's noun ("l'offensive turque")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import _has_case, described_noun, nationality_actor
from .wordlists import _words

if TYPE_CHECKING:
    from spacy.tokens import Token

# The prepositions of the body an accused is brought before.
_BODY_CASES = frozenset({"à", "au", "aux", "devant"})
# The prepositions of the act a passive is done in ("tué dans un raid américain", "détruit lors
# d'une frappe russe"): the nation of that act did it.
_DONE_IN_CASES = frozenset({"dans", "lors", "sous", "par"})
# Types whose noun a nationality qualifies without acting: the country holds the vote, loses
# its dead ("l'élection américaine", "la mort française").
_NATION_UNDERGOES = frozenset({"election", "death", "accident"})
# Pronouns the parse heads a quantified noun with ("certains manifestants").
_QUANTIFIERS = frozenset({"certains", "certaines", "plusieurs", "quelques"})


def described_agent(predicate: Token) -> str | None:
    """A passive's agent as text when it is headed by a person noun or an acting body ("abattu
    par les forces de l'ordre"): the parser labels it obl:agent, or obl with "par"."""
    # The parse may hang the agent on a bare date word after the verb ("arrêté lundi par des
    # gendarmes", "lundi" read as xcomp) or on an adverbial phrase ("entendu pour la deuxième
    # fois par les juges"): its complements are the verb's.
    holders = [predicate, *(c for c in predicate.children if c.i > predicate.i and (
        c.dep_ == "obl:mod" or ((c.lower_ in _words("inversion_gap") or c.pos_ == "NUM")
                                and not _has_case(c))))]  # "entendu le 6 décembre par"
    agent = next((c for holder in holders for c in holder.children
                  if c.dep_ == "obl:agent" or (c.dep_.startswith(("obl", "nmod")) and any(
                      g.dep_ == "case" and g.lower_ == "par" for g in c.children))), None)
    return described_noun(_quantified(agent)) or _nation_done_in(predicate)


def _quantified(agent: Token | None) -> Token | None:
    """The noun a quantifying pronoun heads in the parse ("par certains gilets jaunes",
    "certains" read as the agent), else the agent."""
    if agent is None or agent.pos_ != "PRON" or agent.lower_ not in _QUANTIFIERS:
        return agent
    return next((c for c in agent.children if c.dep_ == "nmod" and c.pos_ == "NOUN"
                 and not _has_case(c)), agent)


def _nation_done_in(predicate: Token) -> str | None:
    """The country of the act a passive was done in ("tué vendredi dans un raid américain"):
    it acted."""
    return next((country for c in predicate.children if c.dep_.startswith("obl")
                 and any(g.dep_ == "case" and g.lower_ in _DONE_IN_CASES for g in c.children)
                 and (country := nationality_actor(c)) is not None), None)


def acting_nation(noun: Token, event_type: str) -> str | None:
    """The country whose nationality adjective qualifies the trigger's own noun ("le retrait
    américain de l'accord", "l'offensive turque"): it acts, unless the noun is of what a
    country holds or undergoes."""
    return None if event_type in _NATION_UNDERGOES else nationality_actor(noun)


def described_body(predicate: Token) -> str | None:
    """The body of justice a passive act is done before, as text ("présenté mardi au
    parquet", "jugé devant le tribunal correctionnel"): it charges or tries."""
    return described_noun(next((c for c in predicate.children if c.dep_.startswith("obl")
                                and any(g.dep_ == "case" and g.lower_ in _BODY_CASES
                                        for g in c.children)), None))
