"""Past participles the tagger read as nouns or adjectives, given back their verb; futures
it read as past participles, given back their tense.

The French model often tags a participle that opens a sentence or follows a noun as a noun or
an adjective ("Nommé par le président en 2017, il ..."), and the clause it heads is then lost
to the dates (which look for the verb a date belongs to) and to the events. A word with a
passive agent ("par X", `obl:agent`) is a verb whatever its tag: only a passive participle
takes one. The tagger also reads a few futures as past participles ("Le 23 avril, X
signera un accord": a past, so dated a year early); no French participle ends as a future
does, and one without an auxiliary is no compound tense either.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Endings of a first-group participle ("nommé", "nommées"), longest first. No finite form of a
# French verb ends so: a word with one that the tagger read otherwise is the participle.
FIRST_GROUP_ENDINGS = ("ées", "ée", "és", "é")
# Endings of a future ("signera", "finiront", "prendra", "pourra", "devrons", "mettra"), none
# of which a participle has; "-ra" after other letters is left alone, as a simple past
# ("déclara", "entra") may end so.
_FUTURE = re.compile(r"(?:e|i|u|d|r|v|tt)r(a|ai|as|ons|ez|ont)$")
_FUTURE_PERSONS = {"ai": ("1", "Sing"), "as": ("2", "Sing"), "a": ("3", "Sing"),
                   "ons": ("1", "Plur"), "ez": ("2", "Plur"), "ont": ("3", "Plur")}


def repair(doc: Doc) -> Doc:
    """Retag in place, as past participles, the nouns and adjectives that take an agent, and
    as futures the futures tagged as participles (a pipeline component, after the parser and
    the lemmatizer)."""
    for token in doc:
        if token.pos_ in ("NOUN", "ADJ") and any(c.dep_ == "obl:agent" for c in token.children):
            _as_participle(token)
        elif _future_read_as_participle(token):
            _as_future(token)
    return doc


def _future_read_as_participle(token: Token) -> bool:
    return (token.pos_ in ("VERB", "AUX") and "Part" in token.morph.get("VerbForm", [])
            and _FUTURE.search(token.lower_) is not None
            and not any(c.dep_.startswith("aux") for c in token.children))


def _as_future(token: Token) -> None:
    from spacy.tokens import MorphAnalysis

    match = _FUTURE.search(token.lower_)
    person, number = _FUTURE_PERSONS[match.group(1) if match else "a"]
    token.morph = MorphAnalysis(token.vocab, {"Mood": "Ind", "Number": number,
                                              "Person": person, "Tense": "Fut",
                                              "VerbForm": "Fin"})


def _as_participle(token: Token) -> None:
    from spacy.tokens import MorphAnalysis

    token.pos_ = "VERB"
    features = token.morph.to_dict()
    features.update(VerbForm="Part", Tense="Past", Voice="Pass")
    token.morph = MorphAnalysis(token.vocab, features)
    lemma = token.lemma_.lower()
    for ending in FIRST_GROUP_ENDINGS:
        if lemma.endswith(ending):  # the model kept the participle as its own lemma
            token.lemma_ = lemma[: -len(ending)] + "er"
            break
