"""The voice of a verb: whether "être" is the auxiliary of a past tense ("est arrivé", "s'est
rendu") or of a passive ("a été arrêté"). The model labels both "aux:pass"."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from corpus_cli.dates.grammar.words import lexicon_section

if TYPE_CHECKING:
    from spacy.tokens import Token


@cache
def _etre_verbs() -> frozenset[str]:
    return frozenset(lexicon_section("etre_verbs"))


def takes_etre(verb: Token) -> bool:
    """The verb forms its past tenses with "être": a verb of the list, or a pronominal one."""
    return verb.lemma_.lower() in _etre_verbs() or any(
        reflexive(c) for c in verb.children if c.dep_.startswith("expl")) or any(
        _reflexive_before(c) for c in verb.children if c.dep_.startswith("aux"))


def reflexive(word: Token) -> bool:
    """A reflexive clitic ("se", "s'", "me")."""
    return "Yes" in word.morph.get("Reflex", [])


def _reflexive_before(auxiliary: Token) -> bool:
    """A reflexive clitic just before the auxiliary, past "en" or "y" ("il s'est proposé",
    "s'en est pris"), which the parse may hang on the auxiliary instead of the verb."""
    doc = auxiliary.doc
    for position in range(auxiliary.i - 1, max(-1, auxiliary.i - 3), -1):
        word = doc[position]
        if reflexive(word):
            return True
        if word.lower_ not in ("en", "y"):
            return False
    return False


# Verbs of state conjugated with "être", whose noun after them is an attribute, no object.
_STATE_VERBS = frozenset({"devenir", "redevenir", "rester", "demeurer"})


def etre_is_tense(verb: Token) -> bool:
    """ "est arrivée lundi", "s'est rendu": active, although the model marks "est" aux:pass. A
    passive keeps its agent or its "été" ("a été passé par", "est passé par le Sénat")."""
    children = list(verb.children)
    # "est devenu un héros": the parse reads the attribute of a verb of state as its object
    attribute = verb.lemma_.lower() in _STATE_VERBS
    return takes_etre(verb) and not any(
        c.dep_ == "obl:agent" or (c.dep_ == "obj" and not _apposed(c) and not attribute)
        or (c.dep_.startswith("aux") and c.lemma_ == "avoir") for c in children)


def _apposed(noun: Token) -> bool:
    """A noun after a comma, which the parse made an object ("s'en est pris à X, l'actuel
    patron du parti"): an apposition to the name before, no object of the verb."""
    first = noun.left_edge.i
    return first > 0 and noun.doc[first - 1].text == ","


def object_of(verb: Token) -> bool:
    """ "faire l'objet de" + an act ("X a fait l'objet d'une enquête"), or "faire la une"
    ("X fait la une des journaux"): a passive in all but form, whose subject undergoes the
    act. Read on the words: the parse of "l'objet" varies."""
    return _made_of(verb, "objet", ("l'", "l’")) or front_page(verb)


def front_page(verb: Token) -> bool:
    """ "faire la une (de)": the subject is on the front page of the press, published about."""
    return _made_of(verb, "une", ("la",))


def _made_of(verb: Token, noun: str, articles: tuple[str, ...]) -> bool:
    """ "faire" + the article and the noun, right after it or past an adverb ("a fait aussi
    l'objet"), not the complement of another noun ("faire partie de l'objet")."""
    if verb.lemma_.lower() != "faire":
        return False
    words = verb.doc[verb.i + 1:min(verb.i + 5, verb.sent.end)]
    doc = verb.doc
    return any(word.lower_ == noun and word.i > 1 and doc[word.i - 1].lower_ in articles
               and doc[word.i - 2].lower_ != "de" for word in words)
