"""Who does an act, described rather than named: the agent of a passive ("abattu par les
forces de l'ordre"), the body an accused is brought before ("présenté au parquet"), the
nation of the act a passive was done in ("tué dans un raid américain") or whose adjective
qualifies the act's noun ("l'offensive turque"); and the name after an opening clause of an
infinitive, who does its act ("Après avoir expliqué samedi..., le ministre X a indiqué")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .apart import role_start
from .clauses import _has_case, described_noun, nationality_actor
from .tokens import span_of
from .wordlists import _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The prepositions of the body an accused is brought before.
_BODY_CASES = frozenset({"à", "au", "aux", "devant"})
# The prepositions of the act a passive is done in ("tué dans un raid américain", "détruit lors
# d'une frappe russe"): the nation of that act did it.
_DONE_IN_CASES = frozenset({"dans", "lors", "sous", "par"})
# Types whose noun a nationality qualifies without acting: the country holds the vote, loses
# its dead ("l'élection américaine", "la mort française").
_NATION_UNDERGOES = frozenset({"election", "death", "accident"})
# The prepositions that open a clause of an infinitive or a gerund before the main one ("Après
# avoir expliqué", "Avant de partir", "Pour protester", "En annonçant").
_OPENERS = frozenset({"après", "avant", "pour", "sans", "afin", "en"})
# The words between such a preposition and its verb: "avoir", "être", "de", a reflexive.
_OPENER_WORDS = frozenset({"avoir", "être", "de", "d'", "d’", "se", "s'", "s’"})
# The prepositions of the circle an "on" speaks for ("dans son entourage", "chez le ministre").
_CIRCLE_CASES = frozenset({"dans", "chez"})
# How many words after the verb its circle's preposition may stand ("dit-on aujourd'hui dans").
_CIRCLE_REACH = 4
# Pronouns the parse heads a quantified noun with ("certains manifestants").
_QUANTIFIERS = frozenset({"certains", "certaines", "plusieurs", "quelques"})


def described_agent(predicate: Token) -> str | None:
    """A passive's agent as text when it is headed by a person noun or an acting body ("abattu
    par les forces de l'ordre"): the parser labels it obl:agent, or obl with "par"."""
    # The parse may hang the agent on a bare date word after the verb ("arrêté lundi par des
    # gendarmes", "lundi" read as xcomp) or on an adverbial phrase ("entendu pour la deuxième
    # fois par les juges") or on the verb's argument ("pris en flagrant délit par la police"):
    # its complements are the verb's.
    holders = [predicate, *(c for c in predicate.children if c.i > predicate.i and (
        c.dep_ in ("obl:mod", "obl:arg") or (c.dep_ == "xcomp" and c.pos_ == "NOUN")
        or ((c.lower_ in _words("inversion_gap") or c.pos_ == "NUM")
            and not _has_case(c))))]  # "entendu le 6 décembre par", "sous serment ... par"
    # a hearing's "devant X": X hears ("auditionné devant la commission d'enquête")
    cases = ("par", "devant") if predicate.lemma_.lower() in _words("heard_before") else ("par",)
    agent = next((c for holder in holders for c in holder.children
                  if c.dep_ == "obl:agent" or (c.dep_.startswith(("obl", "nmod", "dep")) and any(
                      g.dep_ == "case" and g.lower_ in cases for g in c.children))), None)
    return described_noun(_quantified(agent)) or _nation_done_in(predicate)


def circle_of_on(verb: Token) -> str | None:
    """The circle an "on" speaks for, as text ('", dit-on dans son entourage', "chez le
    ministre, on assure"): French news tells a camp's word so, with no one named."""
    if not any(c.lower_ in ("on", "-on") and c.dep_ == "nsubj" for c in verb.children):
        return None
    circle = next((c for c in verb.children if c.pos_ == "NOUN" and any(
        g.dep_ == "case" and g.lower_ in _CIRCLE_CASES for g in c.children)), None)
    if circle is None:  # the parse may hang the phrase elsewhere ("assure-t-on mardi dans")
        for word in verb.doc[verb.i + 1: verb.i + 1 + _CIRCLE_REACH]:
            if word.is_punct:
                break
            if word.lower_ in _CIRCLE_CASES and word.head.pos_ == "NOUN":
                circle = word.head
                break
    return described_noun(circle)


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
    """The body of justice a passive act, or an act's noun, is done before, as text
    ("présenté mardi au parquet", "jugé devant le tribunal correctionnel", "l'audition de X
    devant une commission"): it charges, tries or hears."""
    deps = ("obl", "nmod") if predicate.pos_ == "NOUN" else ("obl",)
    return described_noun(next((c for c in predicate.children if c.dep_.startswith(deps)
                                and any(g.dep_ == "case" and g.lower_ in _BODY_CASES
                                        for g in c.children)), None))


def opening_clause_subject(doc: Doc, verb: Token, start: int, end: int) -> bool:
    """The name at `start`-`end` is the subject of the main clause after the clause of an
    infinitive or a gerund that opens the sentence and holds `verb` with no subject of its
    own ("Après avoir expliqué samedi ..., le ministre de la Santé X a indiqué": X explained),
    whatever the parse made of the sentence: the name opens after a comma, maybe after its
    role, and a finite verb follows it."""
    sentence = verb.sent
    opener = doc[sentence.start]
    if opener.lower_ not in _OPENERS or not all(
            t.lemma_.lower() in _OPENER_WORDS or t.lower_ in _OPENER_WORDS
            for t in doc[sentence.start + 1:verb.i]):
        return False
    gerund = opener.lower_ == "en" and "Pres" in verb.morph.get("Tense", [])
    if not gerund and (opener.lower_ == "en" or not any(
            "Inf" in t.morph.get("VerbForm", []) for t in doc[sentence.start:verb.i + 1])):
        return False
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    span = span_of(doc, start, end)
    if span is None or span[0] <= verb.i or span[1] >= sentence.end:
        return False
    first = role_start(doc, span[0], verb.i + 1)  # "le ministre de la Santé X"
    if doc[first - 1].text != "," or any(t.text == "," for t in doc[verb.i:first - 1]
                                         if t.head.i == sentence.root.i):
        return False
    after = next((t for t in doc[span[1]:sentence.end]
                  if not (t.pos_ in ("ADV", "PRON") or t.dep_.startswith(("aux", "expl")))),
                 None)
    helper = doc[span[1]] if span[1] < sentence.end else None
    return after is not None and after.pos_ in ("VERB", "AUX") and (
        "Fin" in after.morph.get("VerbForm", []) or (
            helper is not None and "Fin" in helper.morph.get("VerbForm", [])))
