"""The act a verb of announcing, calling or planning speaks of, and the dates that are its.

"X a appelé à une grève jeudi", "X a annoncé une visite à Rome le 3 mars", "a appelé à manifester
le 5 mai": the date after the act the verb introduces is that act's, not the announcement's,
which is dated by its own expression ("X a annoncé mardi une visite...") or not at all. Both the
dates layer (which way such a date is read, and what it is attached to) and the events layer
(which predicate may take it) ask this module, so they agree.

Two classes of verbs (data/dates_lexicon.txt): what a verb of calling or planning speaks of
([calling_verbs]: appeler, convoquer, prévoir, promettre...) lies after it; what a verb of
announcing makes known ([announcing_verbs]: annoncer, dévoiler...) may lie on either side ("a
annoncé sa démission lundi" is as often Monday's announcement), so its date is read to the
nearest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus_cli.dates.grammar.words import lexicon_section

from .aspect import INFINITIVE_MARKS
from .clauses import background, calendar_word
from .kinds import is_event_noun
from .persons import person_nouns
from .tree import infinitive
from .wordlists import _words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The complements that carry what is announced or called for: an object ("annoncé une grève"),
# a complement with "à" ("appelé à une journée d'action", "appelé à manifester"), an
# infinitive or a clause.
_COMPLEMENTS = frozenset({"obj", "obl:arg", "xcomp", "ccomp"})
_AUX_DEPS = frozenset({"aux", "aux:tense"})
# The arcs of whom a verb of calling addresses: "appelé ses partisans", "demandé aux élus".
_ADDRESSED = frozenset({"obj", "iobj", "obl:arg"})
# The arcs from a noun of time or measure to the act it counts ("une journée d'actions et de
# manifestations": "manifestations" is a conjunct of "actions").
_OF_ACT = frozenset({"nmod", "conj"})
# The prepositions of a noun's own performer or theme ("la mort de Y", "la réouverture des écoles").
_OF = frozenset({"de", "du", "des", "d'", "d’"})


def announcing_class(verb: Token) -> str | None:
    """"calling" for a verb whose act lies ahead of it, "announcing" for one that makes an
    act known, else None."""
    if verb.pos_ not in ("VERB", "ADJ"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in lexicon_section("calling_verbs") or (
            lemma in lexicon_section("calling_by_infinitive") and any(
                c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm", [])
                for c in verb.children)):
        return "calling"
    if lemma in lexicon_section("announcing_verbs"):
        return "announcing"
    return None


def complement(verb: Token) -> Token | None:
    """What a verb of announcing or calling speaks of: its infinitive with no perfect of its
    own ("a annoncé avoir signé" tells a past act), or a common noun: one with a preposition
    ("convoqué au tribunal"), or an object that names no person (an inverted subject the
    parse took for an object: '", a annoncé le ministre lundi')."""
    if announcing_class(verb) is None:
        return None
    children = [child for child in verb.children if _complement_arc(child)]
    # the infinitive first: "a appelé les Américains à voter", "a demandé aux électeurs de
    # voter" address persons the noun test does not know, and call for the vote
    for child in children:
        if child.pos_ == "VERB" and "Inf" in child.morph.get("VerbForm", []) and not any(
                c.dep_ in _AUX_DEPS for c in child.children):
            return child
    for child in children:
        if child.dep_ not in _COMPLEMENTS:
            continue
        if child.pos_ == "NOUN" and (child.dep_ == "obl:arg"
                                     or child.lemma_.lower() not in person_nouns()) and (
                not calendar_word(child)):
            return child
    return None


def announced_act(verb: Token) -> Token | None:
    """The act a verb of announcing or calling speaks of, when its complement names one: an
    infinitive, a noun of an act ("une grève", "sa démission"), or the noun of an act under a
    noun of time or measure ("une journée de mobilisation": the mobilisation)."""
    found = complement(verb)
    if found is None or found.pos_ == "VERB" or is_event_noun(found.lemma_):
        return found
    named = [c for c in found.children if c.dep_ in _OF_ACT]
    named += [g for c in named for g in c.children if g.dep_ in _OF_ACT]
    return next((c for c in named if c.pos_ == "NOUN" and is_event_noun(c.lemma_)), None)


def act_of_date(span: Span, verb: Token | None) -> tuple[Token, Token] | None:
    """(verb of announcing or calling, what it speaks of) when the date `span`, governed by
    `verb`, is the date of what that verb speaks of: written inside its words ("appelé à
    manifester le 5 mai") or hung on the verb after them ("appelé à une grève jeudi", "a
    annoncé la réouverture des écoles le 11 mai"). A date before them ("a annoncé mardi une
    grève") is the announcement's own."""
    if verb is None:
        return None
    announcer = verb
    if announcing_class(verb) is None:
        # "appelé à manifester le 5 mai": the date's verb is the infinitive called for, or
        # one coordinated with it ("appelé à poursuivre le mouvement et à défiler le 16 janvier")
        act = _first_conjunct(verb)
        if not _complement_arc(act) or act.head.i == act.i:
            return None
        announcer = act.head
    found = complement(announcer)
    if found is None:
        return None
    if found.i == _first_conjunct(verb).i:
        return announcer, verb
    if (found.is_ancestor(span.root) and not _other_relative(found,
                                                                                    span.root)):
        return announcer, found
    if verb.i == announcer.i and span.start > found.i and (
            span.root.head.i == verb.i or not _other_relative(verb, span.root)) and not (
                _set_off(span, verb)):
        return announcer, found
    return None


def _complement_arc(token: Token) -> bool:
    """The token completes its verb: an object, a complement or a clause, or an infinitive
    with "à" or "de" the parse took for an adverbial ("a appelé, dans un discours, les
    Américains à voter": "voter" read as the adverbial of "appelé")."""
    return token.dep_ in _COMPLEMENTS or (
        token.dep_ == "advcl" and token.pos_ == "VERB" and token.i > token.head.i
        and "Inf" in token.morph.get("VerbForm", [])
        and any(c.dep_ == "mark" and c.lower_ in INFINITIVE_MARKS for c in token.children))



def _set_off(span: Span, verb: Token) -> bool:
    """A date an announcing verb holds after a comma, at its clause's end ("a annoncé sa
    candidature dans L'Opinion, ce dimanche 3 septembre"): the announcement's, the comma
    closing what was announced."""
    doc = span.doc
    start = span.start
    if start > 0 and doc[start - 1].pos_ == "DET":
        start -= 1  # "ce lundi"
    return (announcing_class(verb) == "announcing" and start > 0 and doc[start - 1].text == ","
            and (span.end == len(doc) or doc[span.end].is_punct
                 or bool(doc[span.end].is_sent_start)))


def _first_conjunct(verb: Token) -> Token:
    """The first of infinitives coordinated with each other, which holds their shared arc."""
    while (verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB"
           and "Inf" in verb.morph.get("VerbForm", [])
           and "Inf" in verb.head.morph.get("VerbForm", [])):
        verb = verb.head
    return verb


def _other_relative(act: Token, token: Token) -> bool:
    """Between the act and the token, a relative clause on another noun ("la poursuite du
    scrutin pour les villes où le premier tour le 15 mars n'a pas été décisif"): the token is
    that clause's, not the act's."""
    while token.i != act.i and token.head.i != token.i:
        if token.dep_ == "acl:relcl" and token.head.i != act.i:
            return True
        token = token.head
    return False


def is_announced_act(token: Token) -> bool:
    """The token is the act a verb of announcing or calling speaks of: a date attached to it
    is the act's, never the announcement's."""
    announcer = announcer_of(token)
    return announcer is not None and (act := announced_act(announcer)) is not None and (
        act.i == _first_conjunct(token).i)


def called_for(token: Token) -> bool:
    """The act a verb of calling, convening or planning speaks of: one still to come."""
    announcer = announcer_of(token)
    return (announcer is not None and announcing_class(announcer) == "calling"
            and is_announced_act(token))


def announcer_of(token: Token) -> Token | None:
    """The verb of announcing or calling whose complement holds `token`, within the arcs of
    a complement and of a noun of measure ("appelé à une journée de grève")."""
    for _ in range(3):
        if token.head.i == token.i or not (_complement_arc(token) or token.dep_ in _OF_ACT):
            return None
        token = token.head
        if announcing_class(token) is not None:
            return token
    return None


def controller(act: Token) -> Token | None:
    """The noun or name a verb of calling or allowing addresses, which performs the infinitive
    it governs ("X a appelé ses partisans à manifester", "a demandé aux élus de voter": the
    partisans, the elected; "accuse X de l'avoir frappé": X); None when the infinitive is not
    so governed."""
    if act.pos_ != "VERB" or not infinitive(act):
        return None
    governor = act.head
    if (act.dep_ == "acl" and governor.dep_ in _ADDRESSED
            and governor.head.lemma_.lower() in _words("object_control")):
        return governor  # the parse hangs the infinitive on the noun addressed
    if governor.i == act.i or governor.lemma_.lower() not in _words("object_control"):
        return None
    return next((child for child in governor.children if child.i < act.i
                 and child.dep_ in _ADDRESSED and child.pos_ in ("NOUN", "PROPN")), None)


def performer_verb(token: Token) -> Token:
    """The verb whose subject performs the act `token` names: the verb announcing or calling
    for it when the act has no performer of its own ("X a appelé à manifester", "X a annoncé
    sa démission", "X a appelé à une grève": X acts), else `token` itself. What an announcer
    makes known of someone else ("a annoncé la mort de Y", "la réouverture des écoles") keeps
    its own words."""
    if not is_announced_act(token) or background(token) or any(
            c.dep_ in ("nsubj", "nsubj:pass") for c in token.children):
        return token  # "a répondu après les heurts": no one announced them
    announcer = announcer_of(token)
    if announcer is None:
        return token
    if token.pos_ == "NOUN" and announcing_class(announcer) == "announcing" and any(
            c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in _OF for g in c.children)
            for c in token.children):
        return token
    return announcer
