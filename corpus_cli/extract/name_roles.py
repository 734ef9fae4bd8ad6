"""The titles and role phrases written around a person's name: those at the front of the
model's span ("M. le ministre X"), the role phrase before the name ("le ministre des
Affaires étrangères, X") and the apposition after it ("X, secrétaire du Conseil")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpus_cli.names import (
    articles,
    country_forms,
    fold,
    honorifics,
    is_role_word,
    low,
    role_modifiers,
)

from .name_context import kin_before
from .name_edges import HYPHENS, trim, trim_trailing

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A role phrase is short; longer runs are a clause, not a title.
MAX_ROLE_TOKENS = 12
_ASIDE = re.compile(r"\s*\([^)]*\)?")
# POS of a word that can sit inside a role phrase ("ministre norvégien des Affaires étrangères").
_ROLE_FILLER_POS = frozenset({"ADJ", "ADP", "DET", "NOUN", "PROPN"})


def is_title(token: Token) -> bool:
    word = low(token.text)
    return word in honorifics() or is_role_word(word) or word in role_modifiers()


def leading_titles(doc: Doc, start: int, end: int, label: str) -> tuple[int, list[str], bool]:
    """Cut titles and role phrases off the front of a span: (new start, roles, had honorific)."""
    roles: list[str] = []
    honorific = False
    i = start
    while i < end:
        word = low(doc[i].text)
        if word in honorifics():
            roles.append(doc[i].text)
            honorific = True
            i += 1
        elif is_role_word(word) or (word in role_modifiers() and i + 1 < end
                                     and is_role_word(low(doc[i + 1].text))):
            stop = _role_phrase_end(doc, i, end, label)
            roles.append(role_text(doc, i, stop))
            i = stop
        elif word in articles() and i + 1 < end and is_title(doc[i + 1]) and i > start:
            i += 1  # "M. le directeur Girardet"
        else:
            break
    return i, roles, honorific


def _role_phrase_end(doc: Doc, i: int, end: int, label: str) -> int:
    """End of the role phrase starting at token i, inside a span that ends at `end`."""
    j = i + 1
    while j < end and (is_role_word(low(doc[j].text)) or low(doc[j].text) in role_modifiers()):
        j += 1
    # "général de Gaulle": a particle right before the last word is a surname, not a complement
    if (label == "PER" and j + 2 == end and low(doc[j].text) in {"de", "d'"}
            and doc[j + 1].pos_ == "PROPN" and fold(doc[j + 1].text) not in country_forms()):
        return j
    while j < end:
        token = doc[j]
        if token.is_space or (token.is_punct and token.text not in HYPHENS):
            break
        if token.text[:1].isupper():
            previous = doc[j - 1]
            after_function_word = low(previous.text) in articles() or previous.pos_ in (
                "ADP", "DET")
            inside_complement = j > i + 1 and previous.text[:1].isupper() and not is_title(
                previous)
            if not (after_function_word or (inside_complement and token.pos_ != "PROPN")):
                break
        j += 1
    return j


def role_text(doc: Doc, start: int, end: int) -> str:
    end = trim_trailing(doc, start, end)
    start, end = trim(doc, start, end)
    text = doc[start:end].text if start < end else ""
    text = " ".join(_ASIDE.sub("", text).split())  # "(CSFR)" is an aside, not the role
    first = doc[start] if start < end else None
    # a role word capitalised at a sentence start or in a heading is the common noun
    if first is not None and is_title(first) and not first.text.isupper():
        text = text[:1].lower() + text[1:]
    return text


def roles_around(doc: Doc, start: int, end: int) -> list[str]:
    """Titles and role phrases written next to a name, before or after it."""
    roles = _role_before(doc, start, end) or kin_before(doc, start, end)
    return roles + _role_after(doc, start, end)


def _role_before(doc: Doc, start: int, end: int) -> list[str]:
    """ "M. X", "le président X", "le ministre des Affaires étrangères, X"."""
    if start == 0:
        return []
    if low(doc[start - 1].text) in honorifics():
        return [doc[start - 1].text]
    last = start - 1
    comma = doc[last].text == ","
    if comma:
        last -= 1
    elif doc[last].pos_ == "ADP" or low(doc[last].text) in articles():
        return []  # "le gouvernement d'Édouard Philippe": the name completes a noun
    role = _role_head_before(doc, last)
    if role is None:
        return []
    root = doc[start:end].root
    # ", X," after a role is an apposition even when the parser attached X elsewhere
    enclosed = comma and end < len(doc) and doc[end].text in {",", ")", ";"}
    linked = (root.head.i in range(role, last + 1) or doc[role].head.i in range(start, end)
              or (not comma and role == last) or enclosed)
    if not linked:
        return []
    first = role
    while first > 0 and low(doc[first - 1].text) in role_modifiers():
        first -= 1
    text = role_text(doc, first, last + 1)
    # "M. le président X": the civility title before the role is the person's too
    before = first - 1
    if before > 0 and low(doc[before].text) in articles():
        before -= 1
    titles = [doc[before].text] if before >= 0 and low(doc[before].text) in honorifics() else []
    return titles + ([text] if text else [])


def _role_head_before(doc: Doc, last: int) -> int | None:
    """The role noun of a role phrase ending at token `last`, skipping "(acronym)" asides."""
    k, words = last, 0
    while k >= 0 and words < MAX_ROLE_TOKENS:
        token = doc[k]
        words += 1
        if token.text == ")":
            opening = next((j for j in range(k - 1, max(-1, k - 6), -1) if doc[j].text == "("),
                           None)
            if opening is None:
                return None
            k = opening - 1
            continue
        if is_role_word(low(token.text)):
            return k
        if not _role_filler(token) or token.is_sent_start:
            return None
        k -= 1
    return None


def _role_after(doc: Doc, start: int, end: int) -> list[str]:
    """ "X, secrétaire du Conseil de sécurité, ...", an apposition after a comma, and the role
    it is coordinated to ("X, ancien maire de Lyon, et aujourd'hui député")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return []
    k = _role_noun(doc, end + 1)
    root = doc[start:end].root
    if k is None or not (doc[k].head.i in range(start, end) or doc[k].dep_ == "appos"
                         or root.head.i == k or _bare_subject(doc, end + 1, k)):
        return []
    first, stop = _role_phrase(doc, end + 1, k)
    roles = [role_text(doc, first, stop)]
    following = stop + (stop < len(doc) and doc[stop].text == ",")
    if following < len(doc) and doc[following].lower_ in ("et", "puis"):
        following += 1
        while following < len(doc) and doc[following].pos_ == "ADV":
            following += 1  # "et aujourd'hui", "et désormais"
        second = _role_noun(doc, following)
        if second is not None and doc[second].dep_ == "conj" and doc[second].head.i in (
                k, root.head.i, *range(start, end)):
            first, stop = _role_phrase(doc, following, second)
            if stop >= len(doc) or doc[stop].ent_type_ != "PER":  # not "et le maire Y"
                roles.append(role_text(doc, first, stop))
    return [role for role in roles if role]


def _bare_subject(doc: Doc, opening: int, noun: int) -> bool:
    """A role noun with no article the parse makes a subject ("X, sénatrice de Brest a
    annoncé", the closing comma missing): a French subject has a determiner, so the bare
    noun is the name's apposition."""
    return doc[noun].dep_.startswith("nsubj") and not any(
        low(doc[j].text) in articles() for j in range(opening, noun))


def _role_noun(doc: Doc, position: int) -> int | None:
    """The role noun of a phrase opening at `position` behind articles and role modifiers."""
    k = position
    while k < len(doc) and k <= position + 2 and not is_role_word(low(doc[k].text)) and (
            low(doc[k].text) in articles() or low(doc[k].text) in role_modifiers()):
        k += 1
    return k if k < len(doc) and is_role_word(low(doc[k].text)) else None


def _role_phrase(doc: Doc, opening: int, noun: int) -> tuple[int, int]:
    """The bounds of the role phrase whose noun is at `noun`, not before `opening`."""
    first = noun
    while first > opening and low(doc[first - 1].text) in role_modifiers():
        first -= 1
    stop = noun + 1
    while stop < len(doc) and stop - noun < MAX_ROLE_TOKENS and _role_filler(doc[stop]):
        stop += 1
    return first, stop


def _role_filler(token: Token) -> bool:
    """A word that can continue a role phrase: no verb, clause word, punctuation or person."""
    if token.ent_type_ == "PER" or token.is_space:
        return False
    if token.text in HYPHENS:
        return True
    return token.pos_ in _ROLE_FILLER_POS and not token.is_punct
