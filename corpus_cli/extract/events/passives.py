"""Whether an event's clause is passive: "a été arrêté", "arrêté lundi"; not "est arrivé",
where "être" is the auxiliary of a past tense although the model marks the participle
Voice=Pass; "se voir" + infinitive ("s'est vu infliger une peine") befalls its subject as a
passive does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus_cli.extract.voice import etre_is_tense, reflexive, takes_etre
from corpus_cli.names import masculine

from .kinds import type_of
from .senses import gathered
from .tree import DIED, auxiliaries_shared, bare_participle, past_participle
from .wordlists import _words

if TYPE_CHECKING:
    from spacy.tokens import Token

_PASSIVE_KEY = "corpus_cli.events.passive"


def passive_voice(verb: Token) -> bool:
    """A passive clause: "a été arrêté", "arrêté lundi"; not "est arrivé", where être is the
    auxiliary of a past tense although the model marks the participle Voice=Pass. Read once
    per token and document: every rule of an event asks it."""
    found = verb.doc.user_data.setdefault(_PASSIVE_KEY, {})
    if verb.i not in found:
        found[verb.i] = _reads_passive(verb)
    return found[verb.i]


# Types whose verb of "être" tells what befalls its subject ("sont mortes", "a sombré").
_BEFALLING = frozenset({"death", "accident"})


def _reads_passive(verb: Token) -> bool:
    children = list(verb.children)
    if gathered(verb):
        return False  # "sont réunis depuis mercredi": they came together
    if _befalls(verb) or (masculine(verb.lower_) in DIED
                          and any(c.dep_ in ("cop", "aux:tense") for c in children)):
        return True  # "est mort lundi", "où il est mort": the dead undergo it
    if any(child.dep_ == "aux:pass" for child in children):
        return not etre_is_tense(verb)
    if (etre_is_tense(verb) and any(c.dep_ == "cop" and c.lemma_ == "être" for c in children)
            and type_of(verb.lemma_, "VERB")[0] not in _BEFALLING):
        # "X est finalement revenu": the tense's "est" read as a copula; not "sont mortes",
        # whose subject undergoes what the verb tells, as a passive's does
        return False
    if (verb.lemma_.lower() in _words("object_control") and past_participle(verb)
            and any(c.dep_ == "cop" and c.lemma_ == "être" for c in children)
            and not any(c.dep_.startswith("aux") for c in children)):
        return True  # "les Français sont invités à réfléchir": être read as a copula
    if past_participle(verb) and any(c.lower_ == "été" and not any(
            g.dep_ == "det" for g in c.children) for c in children):
        # "a été quelque peu chahuté": the parse reads "été" as a copula; not the season
        # ("ce que j'ai dit cet été")
        return True
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in children) and not any(
            c.dep_.startswith(("aux", "cop")) for c in children):
        return False  # "qu'il épouse en 2002": a present tense the tagger took for a participle
    if _object_clitic_before(verb, children):
        return False  # "X le décrit dans un message": a present tense, as a passive has no object
    if "Pass" in verb.morph.get("Voice", []) and not any(
            child.dep_ == "aux:tense" for child in children):
        return True
    if _shares_auxiliary(verb):
        return True  # "a été arrêté puis placé en garde à vue": placed too
    if (verb.dep_ == "conj" and verb.head.i < verb.i and past_participle(verb)
            and not any(c.dep_.startswith(("aux", "cop")) for c in children)
            and bare_participle(verb.head) and passive_voice(verb.head)):
        return not takes_etre(verb)  # "X, élu en 2010 puis réélu en 2015": both undergone
    return bare_participle(verb) and not takes_etre(verb)


# The object clitics a verb in the active voice takes before it ("le décrit", "l'accuse").
_OBJECT_CLITICS = frozenset({"le", "la", "les", "l'", "l’", "lui", "leur"})


def _object_clitic_before(verb: Token, children: list[Token]) -> bool:
    """An object clitic just before a verb with no auxiliary, which a participle never has."""
    return not any(c.dep_.startswith(("aux", "cop")) for c in children) and any(
        c.dep_ in ("obj", "iobj") and c.lower_ in _OBJECT_CLITICS and c.i == verb.i - 1
        for c in children)


def _befalls(verb: Token) -> bool:
    """The infinitive of a reflexive "se voir" ("se sont vu infliger une peine", "s'est vu
    refuser l'entrée"): what it tells befalls the subject of "voir"."""
    seer = verb.head
    return (verb.dep_ == "xcomp" and seer.i < verb.i and seer.lemma_.lower() == "voir"
            and "Inf" in verb.morph.get("VerbForm", []) and any(
                c.i < seer.i and reflexive(c) for c in seer.children))


def _shares_auxiliary(verb: Token) -> bool:
    """A past participle coordinated to a passive verb whose auxiliaries it shares."""
    shared = auxiliaries_shared(verb)
    return shared is not None and passive_voice(shared)
