"""occurred, planned or reported; None for a negated or cancelled event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .announced import called_for
from .tree import _CLAUSE_DEPS, _GOVERNED_DEPS, _Group, _is_passive, _is_source, perfect_infinitive
from .wordlists import Lexicon, _words

if TYPE_CHECKING:
    from spacy.tokens import Token


# The conjunction of a supposition.
_IF = frozenset({"si", "s'", "s’"})
# The modals whose past conditional tells an act that did not take place.
_COUNTERFACTUAL_MODALS = frozenset({"pouvoir", "devoir"})
# The nouns of a supposition whose "de" complement is an act only supposed.
_SUPPOSING = frozenset({"cas", "hypothèse", "éventualité"})
# The nouns of an aim whose infinitive is an act only aimed at ("avait pour objectif de
# garantir", "dans le but de rassurer").
_AIMING = frozenset({"objectif", "but", "ambition", "vocation", "finalité"})
# Adjectives of what cannot be done, whose infinitive tells no act ("il lui était impossible
# de prédire", "incapable de répondre").
_IMPOSSIBLE = frozenset({"impossible", "incapable", "inenvisageable", "exclu"})
# "entendre" plans with an infinitive ("il entend démissionner"); its passive is a hearing
# ("X a été entendu par les juges"), done.
_HEARD = "entendre"


def _status(group: _Group, lex: Lexicon) -> str | None:
    """occurred, planned or reported; None for a negated or cancelled event."""
    chain = _governors(group.anchor)
    # An event noun is not denied by its clause verb ("il n'a pas évoqué la visite"), only by
    # its support verb ("la visite n'a pas eu lieu"), which is then the anchor.
    own = [*group.tokens, group.anchor, *(chain if group.anchor.pos_ in ("VERB", "AUX") else ())]
    # A plan that is denied is no event ("la visite n'est pas prévue").
    own += [t.head for t in own if _governed_by(t, lex.planned_governors)]
    if any(_negated(token, lex) or _hypothetical(token) for token in own):
        return None
    # "repousser les législatives prévues en septembre": the plan's noun is what is undone
    planned_noun = ([group.anchor.head] if group.anchor.dep_ == "acl"
                    and group.anchor.lemma_.lower() in lex.planned_governors else [])
    if any(_governed_by(token, lex.cancel)
           for token in (*group.tokens, group.anchor, *chain, *planned_noun)):
        return None
    if _planned(group, chain, lex):
        return "planned"
    if _reported(group.anchor, chain, lex):
        return "reported"
    return "occurred"


def _governors(anchor: Token) -> list[Token]:
    """The verbs above the anchor in its clause: the clause verb of an event noun, then the
    verbs an infinitive depends on ("doit" in "doit signer")."""
    token = anchor
    chain: list[Token] = []
    if token.pos_ not in ("VERB", "AUX"):
        while token.pos_ not in ("VERB", "AUX"):
            if token.head.i == token.i or token.dep_ in _CLAUSE_DEPS:
                return []  # a noun outside any verb's clause: a headline, a list item
            token = token.head
        chain.append(token)
    while token.dep_ == "xcomp" and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def _negated(token: Token, lex: Lexicon) -> bool:
    children = list(token.children)
    if token.pos_ in ("NOUN", "PROPN"):
        return any((c.dep_ == "det" and c.lower_ in lex.negation)
                   or (c.dep_ == "case" and c.lower_ in _words("without")) for c in children)
    if token.lemma_.lower() in _words("litotes"):
        return False  # "n'a pas hésité à dénoncer", "n'a pas mâché ses mots": asserted
    has_ne = any(c.lower_ in _words("ne") for c in children)
    return any((has_ne and c.lower_ in lex.negation
                and c.dep_ in ("advmod", "obj", "nsubj", "nsubj:pass"))  # "personne n'a été"
               or (c.dep_ in ("mark", "case") and c.lower_ in _words("without")) for c in children)


def _hypothetical(token: Token) -> bool:
    """A clause under "si" that only supposes its act ("si je déclare ma candidature
    aujourd'hui", "si la France envoyait des troupes", "il ne sait pas s'il viendra mardi"):
    not "même si", nor a passé composé, which tells the act took place ("s'il a signé lundi,
    c'est que..."); an act's noun a case supposes ("en cas de report à l'automne"); an
    infinitive a noun of aim governs ("avait pour objectif de garantir")."""
    if token.pos_ == "NOUN":
        return _supposed(token)
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if (token.dep_ == "acl" and token.head.lemma_.lower() in _AIMING
            and "Inf" in token.morph.get("VerbForm", [])):
        return True  # "qui avait pour objectif de garantir": an aim, no act
    if _counterfactual(token):
        return True  # "auraient pu être évités le 9 mars": what did not happen
    if (token.head.i != token.i and token.head.lemma_.lower() in _IMPOSSIBLE
            and "Inf" in token.morph.get("VerbForm", [])):
        return True  # "il lui était impossible de prédire l'affiche aujourd'hui"
    mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ in _IF), None)
    if mark is None or (mark.i > 0 and token.doc[mark.i - 1].lower_ == "même"):
        return False
    return not any(c.dep_ in ("aux", "aux:tense") and "Pres" in c.morph.get("Tense", [])
                   for c in token.children)


def _counterfactual(verb: Token) -> bool:
    """"pouvoir" or "devoir" in the past conditional ("aurait pu", "auraient dû"): an act that
    could or should have been, and was not."""
    return verb.lemma_.lower() in _COUNTERFACTUAL_MODALS and any(
        c.dep_ in ("aux", "aux:tense") and "Cnd" in c.morph.get("Mood", [])
        for c in verb.children)


def _supposed(noun: Token) -> bool:
    """An act's noun that a case only supposes ("en cas de report", "dans le cas d'un report
    à l'automne", "dans l'hypothèse d'une dissolution")."""
    return noun.head.i != noun.i and noun.head.lemma_.lower() in _SUPPOSING and any(
        c.dep_ == "case" and c.lower_ in _words("de") for c in noun.children)


def _governed_by(token: Token, lemmas: frozenset[str]) -> bool:
    return (token.dep_ in _GOVERNED_DEPS and token.head.i != token.i
            and token.head.lemma_.lower() in lemmas)


def _planned(group: _Group, chain: list[Token], lex: Lexicon) -> bool:
    """Future tense, a verb of planning above it, or a planning participle on the noun."""
    anchor = group.anchor
    verbal = anchor.pos_ in ("VERB", "AUX")
    # A verb goes with the verbs its infinitive hangs from ("doit signer"); an event noun only
    # with the tense of its clause verb ("lors de la réunion" in a clause about a plan is past).
    clause = [anchor, *chain] if verbal else chain[:1]
    if any(_future(verb) for verb in clause):
        return True
    if called_for(anchor):
        return True  # "ont appelé à manifester samedi", "a convoqué une réunion lundi"
    governed = [*group.tokens, *(clause if verbal else ())]
    if any(_governed_by(token, lex.planned_governors) and not _told_done(token, lex)
           for token in governed):
        return True
    for token in (*group.tokens, anchor):
        if (token.lemma_.lower() in lex.planned_governors and _is_passive(token)
                and token.lemma_.lower() != _HEARD):
            return True  # "X est attendu à Alger", "la visite est prévue"
    for verb in clause:
        if any(c.dep_.startswith("aux") and c.lemma_.lower() in _words("future_auxiliaries")
               for c in verb.children):
            return True
    if verbal and "Sub" in anchor.morph.get("Mood", []) and any(
            t.lemma_.lower() in lex.planned_governors for t in _ancestors(anchor, 3)):
        return True  # "on s'attend à ce qu'il se rende", "il est prévu qu'il signe"
    return any(c.dep_ in ("amod", "acl") and (c.lemma_.lower() in lex.planned_modifiers
                                              or c.lower_ in lex.planned_modifiers)
               for token in group.tokens for c in token.children)


def _told_done(token: Token, lex: Lexicon) -> bool:
    """A perfect infinitive under a verb of saying ("a annoncé avoir interpellé trois
    suspects"): an act told as done, where "a prévu d'avoir terminé" still plans."""
    return perfect_infinitive(token) and token.head.lemma_.lower() in lex.reporting


def _ancestors(token: Token, limit: int) -> list[Token]:
    found: list[Token] = []
    while token.head.i != token.i and len(found) < limit:
        token = token.head
        found.append(token)
    return found


def _future(verb: Token) -> bool:
    return "Fut" in verb.morph.get("Tense", []) or any(
        c.dep_.startswith("aux") and "Fut" in c.morph.get("Tense", []) for c in verb.children)


def _conditional(verb: Token) -> bool:
    return "Cnd" in verb.morph.get("Mood", []) or any(
        c.dep_.startswith("aux") and "Cnd" in c.morph.get("Mood", []) for c in verb.children)


def _reported(anchor: Token, chain: list[Token], lex: Lexicon) -> bool:
    """Attributed to someone: "selon X", a verb of saying above or in incise, a conditional."""
    clause = [anchor, *chain]
    if any(_conditional(token) for token in clause if token.pos_ in ("VERB", "AUX")):
        return True
    token = anchor
    while True:
        if _is_source_holder(token):
            return True
        if any(_is_incise_report(c, lex) and c.i != anchor.i for c in token.children):
            return True
        if token.head.i == token.i:
            return False
        if token.dep_ in ("ccomp", "parataxis") and token.head.lemma_.lower() in lex.reporting:
            return True
        token = token.head


def _is_incise_report(token: Token, lex: Lexicon) -> bool:
    """"..., a rapporté X" after the clause: a verb of saying in incise, which the parser
    attaches as parataxis or, without a conjunction, as a coordinated verb."""
    if token.lemma_.lower() not in lex.reporting or token.i < token.head.i:
        return False
    if token.dep_ == "parataxis":
        return True
    return token.dep_ == "conj" and not any(c.dep_ == "cc" for c in token.children)


def _is_source_holder(token: Token) -> bool:
    return any(_is_source(child) for child in token.children)
