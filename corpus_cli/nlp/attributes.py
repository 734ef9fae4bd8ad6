"""Nouns of office the tagger read as verbs right after a verb of naming ("a été élue
députée", "élue sénatrice en 2014", "est devenue préfète"), given back their noun.

The French model reads some feminine nouns of office as verb forms when they follow a
participle: "députée" as the participle of "députer", "sénatrice" as a finite verb. The date
after such a word then dates a clause of its own ("députée ... en 2017"), and the election it
belongs to is left undated. Right after a verb of naming the word is its attribute, so a
form the lemmatizer knows as a noun is that noun. Verbs of remaining ("rester",
"demeurer") are left out: they take adjectives and participles far more often ("est restée
bloquée").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs whose attribute names an office or a title ("élu maire", "nommée ministre",
# "devenue présidente").
_NAMING = frozenset({"élire", "réélire", "nommer", "renommer", "désigner", "proclamer",
                     "introniser", "devenir", "redevenir"})
# The relations the parse gives that attribute when it reads it as a verb.
_ATTRIBUTE_DEPS = frozenset({"xcomp", "dep", "obj"})


class AttributeRepair:
    """Retags, in place, as nouns the attributes of verbs of naming read as verbs (a pipeline
    component, after the parser and the lemmatizer, built on the lemmatizer's lookups)."""

    def __init__(self, lookups: Any) -> None:
        index = lookups.get_table("lemma_index") if lookups is not None else {}
        self.nouns = frozenset(index.get("noun", ()))
        self.lookup = lookups.get_table("lemma_lookup") if lookups is not None else {}

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if _attribute_read_as_verb(token):
                lemma = self.noun_lemma(token)
                if lemma is not None:
                    _as_noun(token, lemma)
        return doc

    def noun_lemma(self, token: Token) -> str | None:
        """The noun the token's form is a form of, or None when the lemmatizer knows none."""
        found = self.lookup.get(token.lower_)
        lemma = str(found[0]) if found else token.lower_
        return lemma if lemma in self.nouns else None


def _attribute_read_as_verb(token: Token) -> bool:
    head = token.head
    return (token.pos_ == "VERB" and token.dep_ in _ATTRIBUTE_DEPS and token.i == head.i + 1
            and head.pos_ == "VERB" and head.lemma_.lower() in _NAMING
            and not any(c.dep_.startswith("aux") for c in token.children))


def _as_noun(token: Token, lemma: str) -> None:
    from spacy.tokens import MorphAnalysis

    features = {name: value for name, value in token.morph.to_dict().items()
                if name in ("Gender", "Number")}
    token.pos_ = "NOUN"
    token.lemma_ = lemma
    token.morph = MorphAnalysis(token.vocab, features)
