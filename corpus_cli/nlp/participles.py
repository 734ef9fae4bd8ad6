"""Past participles the tagger read as nouns or adjectives, given back their verb.

The French model often tags a participle that opens a sentence or follows a noun as a noun or
an adjective ("Nommé par le président en 2017, il ..."), and the clause it heads is then lost
to the dates (which look for the verb a date belongs to) and to the events. A word with a
passive agent ("par X", `obl:agent`) is a verb whatever its tag: only a passive participle
takes one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Endings of a first-group participle ("nommé", "nommées") and of its infinitive.
_FIRST_GROUP = ("ées", "ée", "és", "é")


def repair(doc: Doc) -> Doc:
    """Retag in place, as past participles, the nouns and adjectives that take an agent (a
    pipeline component, after the parser and the lemmatizer)."""
    for token in doc:
        if token.pos_ in ("NOUN", "ADJ") and any(c.dep_ == "obl:agent" for c in token.children):
            _as_participle(token)
    return doc


def _as_participle(token: Token) -> None:
    from spacy.tokens import MorphAnalysis

    token.pos_ = "VERB"
    features = token.morph.to_dict()
    features.update(VerbForm="Part", Tense="Past", Voice="Pass")
    token.morph = MorphAnalysis(token.vocab, features)
    lemma = token.lemma_.lower()
    for ending in _FIRST_GROUP:
        if lemma.endswith(ending):  # the model kept the participle as its own lemma
            token.lemma_ = lemma[: -len(ending)] + "er"
            break
