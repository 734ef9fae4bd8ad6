"""Lemmas of words whose capital initial lost its accent ("Elu en 2012", "Evoqué mardi",
"Election présidentielle"), given back.

French print often drops the accent of a capital letter, and news sites keep the habit (the
Académie recommends the accent, but "Elu" is common at a sentence's start). The rule
lemmatizer then reads "Evoqué" as "evoquer", a verb the language does not have, and the word
is lost to the event lexicon. When a capitalised word's lemma is in none of the lemmatizer's
tables for its part of speech and the same word with an accented initial is, that word's lemma
is the right one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Capitals that French writes without their accent, and the accented letters they stand for.
ACCENTED = {"E": ("é", "è", "ê"), "A": ("à", "â"), "I": ("î",), "O": ("ô",), "U": ("ù", "û"),
            "C": ("ç",)}
_PARTS = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}


class AccentRepair:
    """Gives back, in place, the lemma of each capitalised word that lost its initial's accent
    (a pipeline component, after the lemmatizer, built on the lemmatizer's lookups)."""

    def __init__(self, lookups: Any) -> None:
        index = lookups.get_table("lemma_index") if lookups is not None else {}
        exceptions = lookups.get_table("lemma_exc") if lookups is not None else {}
        self.index = {part: frozenset(index.get(part, ())) for part in _PARTS.values()}
        self.exceptions = {part: dict(exceptions.get(part, {})) for part in _PARTS.values()}
        self.lookup = lookups.get_table("lemma_lookup") if lookups is not None else {}

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.text[:1] in ACCENTED and token.pos_ in _PARTS and len(token.text) > 2:
                lemma = self.accented_lemma(token)
                if lemma is not None:
                    token.lemma_ = lemma
        return doc

    def accented_lemma(self, token: Token) -> str | None:
        """The lemma of the token read with an accented initial, when its own lemma is no
        word of its part of speech and the accented word is a known form; else None."""
        part = _PARTS[token.pos_]
        index, exceptions = self.index[part], self.exceptions[part]
        lemma = token.lemma_.lower()
        if lemma in index or token.lower_ in exceptions:
            return None
        for letter in ACCENTED[token.text[0]]:
            word = letter + token.lower_[1:]
            if word in exceptions:
                return str(exceptions[word][0])
            if lemma[:1] == token.lower_[:1] and (accented := letter + lemma[1:]) in index:
                return accented
            if word in self.lookup and token.lower_ not in self.lookup:
                return str(self.lookup[word][0])  # a form the tagger gave another part
        return None
