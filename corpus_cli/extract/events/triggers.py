"""Listed triggers: verbs and event nouns of data/events_triggers.txt found in the parse, joined
into groups that tell one event, each with the verb that carries it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from .kinds import court_decision, trigger_expression, verbal_sense
from .persons import of_persons
from .senses import argument_sense, is_pronominal
from .tokens import token_index
from .tree import (
    _BARE_SUPPORT_DEPS,
    _LINK_DEPS,
    _NAME_LABELS,
    _Group,
    _is_passive,
    _is_source,
    _Mentions,
    bare_passive,
    describes_person,
    in_locution,
    lent_subjects,
)
from .wordlists import Lexicon, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _groups(doc: Doc, lex: Lexicon, index: _Mentions) -> list[_Group]:
    """Trigger tokens joined into events, each with the verb that carries it."""
    # Most tokens are no trigger word: a set lookup on the lemma skips them before any rule.
    words = frozenset(lemma for lemma, _ in lex.triggers)
    found = {i: entry for i in token_index(doc).matching(doc, words)
             if (entry := _trigger_of(doc[i], lex, index))}
    # A participle on an event noun of another type qualifies it ("la visite annoncée").
    for i in list(found):
        token = doc[i]
        if (token.dep_ in ("acl", "amod") and token.head.i in found
                and found[token.head.i].type != found[i].type):
            del found[i]
    parent = {i: i for i in found}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, entry in found.items():
        head = doc[i].head
        if (head.i != i and head.i in found and found[head.i].type == entry.type
                and doc[i].dep_ in _LINK_DEPS):
            parent[root(i)] = root(head.i)
    members: dict[int, list[Token]] = defaultdict(list)
    for i in sorted(found):
        members[root(i)].append(doc[i])
    groups = []
    for tokens in members.values():
        verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
        indices = {t.i for t in tokens}
        primary = verbs[0] if verbs else next(t for t in tokens if t.head.i not in indices
                                              or t.head.i == t.i)
        trigger = found[primary.i]
        # "interpellé par un père de famille": words; "s'est dite prête": an intent; "le
        # tribunal a condamné": a trial
        sense = (argument_sense((primary,)) or verbal_sense((primary,))
                 or trigger_expression(primary) or court_decision((primary,)))
        if sense is not None:
            trigger = replace(trigger, type=sense[0], cameo=sense[1])
        group = _Group(tokens, primary, _anchor(primary, lex), trigger)
        group.indices = {t.i for t in tokens} | {group.anchor.i}
        groups.append(group)
    return groups


def _trigger_of(token: Token, lex: Lexicon, index: _Mentions) -> Trigger | None:
    if token.is_space or token.is_punct:
        return None
    if token.pos_ == "VERB" or (token.pos_ == "ADJ" and "Part" in token.morph.get("VerbForm", [])):
        pos = "VERB"
    elif token.pos_ in ("NOUN", "PROPN"):
        pos = "NOUN"
    else:
        return None
    entry = lex.triggers.get((token.lemma_.lower(), pos)) or lex.triggers.get((token.lower_, pos))
    if entry is None:
        return None
    if pos == "NOUN" and _is_source(token):
        return None  # "selon les critiques": the critics are the source, not an event
    if pos == "NOUN" and in_locution(token):
        return None  # "par rapport au mois de mars": a preposition, no report
    if pos == "NOUN" and describes_person(token, index):
        return None
    mention = index.at(token)
    # A trigger word inside a name ("Accord de Paris" tagged ORG) is part of that name.
    if mention is not None and mention["label"] in _NAME_LABELS:
        return None
    return entry if _grammar_ok(token, entry, lex) else None


def _grammar_ok(token: Token, entry: Trigger, lex: Lexicon) -> bool:
    """The conditions the parse around the token can check: pronominal, passive, active,
    speech, listed object."""
    if "pron" in entry.conditions and not is_pronominal(token):
        return False
    passive = _is_passive(token)
    if "passive" in entry.conditions and not passive:
        return False
    if "speech" in entry.conditions and not _is_speech(token):
        return False
    if "listed" in entry.conditions and not _has_listed_object(token, lex.objects[entry.lemma]):
        return False
    # "X, condamné en 1996,": a bare participle on a person's noun is passive, never "active"
    # ("des propos condamnés par Y": words are criticised, no one is sentenced)
    return not ("active" in entry.conditions and (
        passive or (bare_passive(token) and (token.head.ent_type_ == "PER"
                                             or of_persons(token.head)
                                             or token.dep_ in ("advcl", "obl:mod")))))


def _has_listed_object(token: Token, lemmas: frozenset[str]) -> bool:
    """The thing acted on is one of `lemmas`: the object, the passive subject, the noun a
    participle qualifies ("l'accord signé"), or an event noun's "de" complement."""
    things = [c for c in token.children if c.dep_ in ("obj", "nsubj:pass")
              or (c.dep_ == "nmod" and token.pos_ == "NOUN")]
    if token.dep_ in ("acl", "amod"):
        things.append(token.head)
    things += [c for t in things for c in t.children if c.dep_ == "conj"]
    return any(t.lemma_.lower() in lemmas or t.lower_ in lemmas for t in things)


def _is_speech(token: Token) -> bool:
    """A verb of saying used as one: with a clause ("affirme que"), in an incise after a
    quote ("», a-t-il affirmé", "explique X"), not "affirmer son influence"."""
    if token.dep_ == "parataxis":
        return True
    for child in token.children:
        if child.dep_ in ("ccomp", "parataxis") or (child.dep_ == "nsubj" and child.i > token.i):
            return True
    position = min([token.i, *(c.i for c in token.children
                               if c.i < token.i and c.dep_.startswith(("aux", "expl")))]) - 1
    while position >= 0 and token.doc[position].text in (",", "-", "–"):
        position -= 1
    if position >= 0 and token.doc[position].is_quote:
        return True
    following = token.i + 1
    while following < len(token.doc) and token.doc[following].text in (":", ","):
        following += 1
    return following < len(token.doc) and token.doc[following].is_quote  # 'a affirmé « ... »'


def _anchor(primary: Token, lex: Lexicon) -> Token:
    """The support verb that carries an event noun ("effectuer une visite"), else the trigger."""
    if primary.pos_ in ("NOUN", "PROPN") and primary.head.i != primary.i:
        head = primary.head
        lemma = head.lemma_.lower()
        if (lemma, primary.dep_) in lex.support:
            return head
        # "la réunion devrait se tenir mardi": the support verb is the infinitive below
        lent = next((c for c in head.children if c.dep_ == "xcomp"
                     and (c.lemma_.lower(), primary.dep_) in lex.support
                     and primary in lent_subjects(c)),
                    None) if primary.dep_ in ("nsubj", "nsubj:pass") else None
        if lent is not None:
            return lent
        # A bare noun phrase is the verb's object or subject whatever label the parser gave
        # it ("ont tenu, ce jeudi, une rencontre" parsed as obl:mod).
        if (lemma in lex.support_verbs and primary.dep_ in _BARE_SUPPORT_DEPS
                and not any(child.dep_ == "case" for child in primary.children)):
            return head
    if primary.pos_ == "NOUN" and not any(c.dep_ == "case" for c in primary.children):
        verb = _lost_support_verb(primary, lex)
        if verb is not None:
            return verb
    return primary


def _lost_support_verb(noun: Token, lex: Lexicon) -> Token | None:
    """The support verb whose object the parser lost behind an incise: "X et Y ont tenu, ce
    jeudi, une rencontre" parsed with the noun as the root, a conjunct or a modifier. The
    verb is the last one before the noun, has no object of its own, and only the incise and
    the noun's own words stand between them."""
    verb = next((t for t in reversed(noun.doc[noun.sent.start:noun.i]) if t.pos_ == "VERB"),
                None)
    if (verb is None or verb.lemma_.lower() not in lex.support_verbs
            or any(child.dep_ == "obj" for child in verb.children) or noun.head.i == verb.i):
        return None
    between = list(noun.doc[verb.i + 1:noun.i])
    if between and between[0].text == ",":
        closing = next((k for k, t in enumerate(between[1:], 1) if t.text == ","), None)
        if closing is None:
            return None
        between = between[closing + 1:]
    return verb if all(t.is_space or t.head.i == noun.i for t in between) else None
