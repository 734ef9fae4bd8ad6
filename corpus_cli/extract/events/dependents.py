"""The dependents of a token as the parse should have hung them: "a mené dimanche des
frappes", "présenté vendredi à un juge", "a émis mardi 15 janvier des réserves" are parsed with
the noun under the date; read as the verb's object or argument. Shared by the rules that type
an event by the words around its predicate (kinds.py, media.py, senses.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .wordlists import _words

if TYPE_CHECKING:
    from spacy.tokens import Token

_DEPENDENTS_KEY = "corpus_cli.events.dependents"


def dependents(token: Token) -> list[tuple[str, Token]]:
    """(relation, token) of the token's dependents, with those the parser hung on a date
    between the verb and its complement: "a mené dimanche des frappes", "présenté vendredi à
    un juge" are parsed with the noun as the date's modifier. Such a noun is read as the
    verb's object (bare or partitive "des") or argument ("à un juge", "par les juges"); a
    bare noun phrase after the verb labelled a modifier is its object. Read once per token
    and document (as token indices: the rules of one event ask several times)."""
    found = token.doc.user_data.setdefault(_DEPENDENTS_KEY, {})
    if token.i not in found:
        found[token.i] = [(relation, child.i) for relation, child in _dependents(token)]
    doc = token.doc
    return [(relation, doc[i]) for relation, i in found[token.i]]


def _dependents(token: Token) -> list[tuple[str, Token]]:
    gap = _words("inversion_gap")
    # A bare noun phrase after the verb is its object whatever label the parser gave it ("a
    # déclenché mercredi une offensive" parsed as obl:mod).
    found = [("obj" if (child.dep_ in ("obl", "obl:mod") and child.i > token.i
                        and child.pos_ == "NOUN" and child.lower_ not in gap
                        and not any(c.dep_ == "case" for c in child.children))
              or _restricted(token, child) else child.dep_, child)
             for child in token.children]
    for child in token.children:
        if child.i < token.i or child.lower_ not in gap:
            continue
        words = _date_words(child, gap)
        for noun in (c for word in words for c in word.children):
            if noun.i < child.i or noun.pos_ not in ("NOUN", "PROPN") or noun in words:
                continue
            cases = {c.lower_ for c in noun.children if c.dep_ == "case"}
            if noun.dep_ == "obl:agent" or "par" in cases:
                found.append(("obl:agent", noun))
            elif not cases or cases <= _words("de"):
                found.append(("obj", noun))
            else:
                found.append(("obl:arg", noun))
    return found


def _restricted(verb: Token, child: Token) -> bool:
    """The noun of a restriction "ne ... que", which the parse reads as a clause ("n'a obtenu
    que 6 % des voix"): the verb's object."""
    return (child.dep_ == "ccomp" and child.pos_ == "NOUN"
            and any(c.dep_ == "mark" and c.lower_ == "que" for c in child.children)
            and any(c.lower_ in ("ne", "n'", "n’") for c in verb.children))


def _date_words(word: Token, gap: frozenset[str]) -> list[Token]:
    """The date word and those the parse hung after it ("mardi 15 janvier"): a noun the parse
    hung on the last of them is the verb's too ("a émis mardi 15 janvier des réserves")."""
    found = [word]
    for token in found:
        found.extend(c for c in token.children
                     if c.i > token.i and (c.lower_ in gap or c.like_num))
    return found
