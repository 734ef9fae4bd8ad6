"""What kind of name a span the model tagged is, read on the words around it: a family ("la
famille X", "les X", "des trois X"), a thing named like someone ("la série X", "le lycée
Jean X", "Charles-de-Gaulle"), a nickname ("surnommé le Chinois"). extract/mentions.py asks
each model span."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpus_cli.names import (
    articles,
    families,
    house_prepositions,
    illness_nouns,
    is_given_name,
    is_particle,
    is_role_word,
    kin,
    low,
    particles,
    ships,
    thing_articles,
    thing_determiners,
    thing_nouns,
    work_adjective,
)
from corpus_cli.nlp.model import common_word

from .events.outlets import known_outlet
from .name_context import COMPLEMENT, span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Words that introduce a nickname ("un bijoutier surnommé « le Chinois »").
_NICKNAMING = frozenset({"surnommé", "surnommée", "surnommés", "surnommées", "alias"})
# Words that give a name to someone or something the story has just described ("une employée
# prénommée X", "un personnage dénommé « X »"): that one's name, whoever else bears it.
_NAMING = frozenset({"prénommé", "prénommée", "prénommés", "prénommées",
                     "dénommé", "dénommée", "dénommés", "dénommées"})

_PLURAL_DETERMINERS = frozenset({"les", "des", "ces", "aux", "ses", "leurs"})


# The plural articles, "aux" contracted from "à les" among them.
_PLURAL_ARTICLES = frozenset({"les", "des", "aux"})


def _article_start(doc: Doc, article: int, name: int) -> int:
    """A family's name starts at its article ("les X"), not at a preposition it holds ("aux X":
    "à les X")."""
    return name if doc[article].lower_ == "aux" else article


def family_start(doc: Doc, start: int, end: int, label: str) -> int | None:
    """Where a family's name starts ("la famille X", "le clan de X", "les X"), or None. The
    model tags a family's name as a person, as an organisation ("le clan X"), or as neither
    ("le couple X")."""
    if label not in ("PER", "ORG", "LOC", "MISC"):
        return None
    before = start - 1
    # a surname alone, with its particles ("les Le Pen")
    one_word = end > start and all(is_particle(doc[i].text) for i in range(start, end - 1))
    if one_word and _listed_family(doc, start):
        return start  # "les familles X et Y": Y is a family too
    plural = _plural_opening(doc, before) if before >= 0 and one_word else None
    if plural is not None and doc[before].lower_ in families():
        return before  # "des parents X": a family, whatever the label
    if plural is not None and doc[before].lower_ in kin():
        return plural  # "les deux frère X": a family, whatever the noun's number
    if label == "LOC":  # "des familles de X" of a town; "où vivent les X", "la maison des X"
        if not (before >= 0 and one_word and _surname_of_a_person(doc, doc[start:end].text)):
            return None
        if doc[before].lower_ in families():
            return before  # "au couple X": the surname of a person the document names
        return (_article_start(doc, before, start) if doc[before].lower_ in _PLURAL_ARTICLES
                and not (before > 0 and doc[before - 1].pos_ == "ADP")  # "dans les Landes"
                else None)
    if (before > 0 and one_word and is_particle(doc[before].text)
            and doc[before - 1].lower_ in families()):
        before -= 1  # "le clan de X"; "la famille de Jean X" is Jean X's, and names him
    if before < 0:
        return None
    if doc[before].lower_ in families():
        return before
    if label == "PER" and one_word and doc[before].lower_ in _PLURAL_ARTICLES:
        return _article_start(doc, before, start)  # "les X", "aux X": a family
    if (label == "PER" and one_word and before > 0 and doc[before].like_num
            and doc[before - 1].lower_ in ("les", "des", "ces")):
        return before - 1  # "des trois X", "les deux X": a family counted
    return None


def _listed_family(doc: Doc, start: int) -> bool:
    """The name ends a list of surnames a plural noun of family opens ("les familles X et Y",
    "des familles X, Y et Z")."""
    position = start - 1
    for _ in range(3):
        if position < 1 or doc[position].lower_ not in ("et", ","):
            return False
        position -= 1  # the previous surname
        if not doc[position].text[:1].isupper():
            return False
        if position > 0 and doc[position - 1].lower_ in families():
            return True
        position -= 1
    return False


def _plural_opening(doc: Doc, noun: int) -> int | None:
    """Where a plural determiner opens the plural a noun is in ("les frères", "des deux
    frères", "ses parents"), or None."""
    for position in (noun - 1, noun - 2):
        if position < 0:
            return None
        if doc[position].lower_ in _PLURAL_DETERMINERS:
            return position
        if not doc[position].like_num:
            return None
    return None


def heading_noun(doc: Doc, start: int, end: int, label: str) -> bool:
    """A common noun of the language opening a sentence before a word in lower case that is
    no finite verb, which the model took for a surname ("Verdict attendu le 9 octobre", a
    heading; not "Rabat a démenti"): tagged a noun, not a proper noun ("Marie-Antoinette"),
    no given name, and no full name of the document ends with it."""
    word = doc[start]
    following = doc[end] if end < len(doc) else None
    return (label == "PER" and end - start == 1 and bool(word.is_sent_start)
            and word.pos_ == "NOUN" and following is not None and following.is_lower
            and following.pos_ != "AUX" and "Fin" not in following.morph.get("VerbForm", [])
            and common_word(word.lower_)
            and not any(is_given_name(part) for part in word.text.split("-"))
            and not _surname_of_a_person(doc, word.text))


def _surname_of_a_person(doc: Doc, surname: str) -> bool:
    """The last words of a full name the model tags a person in the document."""
    return any(ent.label_ == "PER" and ent.text.endswith(" " + surname) for ent in doc.ents)


def named_for_someone(doc: Doc, start: int, end: int) -> bool:
    """A full name joined by hyphens around a particle, as one word ("Charles-de-Gaulle"):
    French typography writes so a thing named after the person (a ship, a street, a school),
    never the person."""
    parts = re.split(r"[-‐‑]", span_text(doc, start, end))
    return (written_as_one_word(doc, start, end) and len(parts) > 2 and parts[0][:1].isupper()
            and parts[-1][:1].isupper() and any(p in particles() for p in parts[1:-1]))


def introduced_as_nickname(doc: Doc, start: int, end: int) -> bool:
    """The name follows "surnommé" or "alias", through an article or a quotation mark ("un
    bijoutier surnommé « le Chinois »"): a person's nickname, whatever the model's tag."""
    i = start - 1
    while i >= 0 and (doc[i].is_quote or low(doc[i].text) in articles()):
        i -= 1
    return i >= 0 and low(doc[i].text) in _NICKNAMING


def introduced_by_name(doc: Doc, start: int, end: int) -> bool:
    """The name follows "prénommé" or "dénommé", through a quotation mark ("une employée
    prénommée X"): the name of someone the story describes, not of a namesake elsewhere."""
    i = start - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    return i >= 0 and low(doc[i].text) in _NAMING


def written_as_one_word(doc: Doc, start: int, end: int) -> bool:
    """The span is one word as written ("Dupont", "Dupont-Vautrin"): no space inside."""
    return start < end and not any(doc[i].whitespace_ for i in range(start, end - 1))


def thing_label(doc: Doc, start: int, end: int, label: str) -> str | None:
    """The label of the thing a name is written as, or None: a one-word title alone in
    quotation marks ("Dupont"), a name after a determiner no surname takes ("cette X", "son
    X", "la 208 X", "le dernier X") or after a noun of a thing (names.py)."""
    if start == 0:
        return None
    before, one_word = doc[start - 1], written_as_one_word(doc, start, end)
    if quoted_alone(doc, start, end) and (one_word or (
            label == "PER" and start > 1 and low(doc[start - 2].text) in articles())):
        # a longer quoted title is not the thing its words name ("Jules X"); after an article
        # a quoted name is a word spoken of ("retirer le « X » de son nom"), not its bearer
        return "MISC"
    if before.text.endswith(("%", "‰")) and one_word:
        return "MISC"  # "100% X": the title of a show or a book, not the person
    if label == "PER" and one_word and before.lower_ in house_prepositions():
        return "ORG"  # "chez X": the firm or the house named after someone
    # a model's number, "la 208 X"; a model or a work, "la première X", "le dernier X"
    model = start > 1 and (before.is_digit or (one_word and work_adjective(before.text)))
    word = doc[start - 2].lower_ if model else before.lower_
    # A place takes an article; so does a person's surname now and then ("la X" of a singer,
    # "un X omniprésent"), but seldom a full name ("le Jean X" is a car named for him).
    if label != "LOC" and (word in thing_determiners() or (
            word in thing_articles() and (model or label != "PER" or not one_word))):
        return "MISC" if label == "PER" else label
    if label == "PER" and not one_word:
        if before.lower_ in ships():
            return "MISC"  # "le porte-avions Charles X": the ship named after him
        # "le fondateur de la marque Jean X": the founder as often as the thing; "la rue Jean
        # X", "l'école primaire Jean X de Y": a place named after him
        return "LOC" if _after_thing_noun(doc, start - 1, label) == "LOC" else None
    return _after_thing_noun(doc, start - 1, label)


def quoted_alone(doc: Doc, start: int, end: int) -> bool:
    """The name is alone between quotation marks."""
    return start > 0 and end < len(doc) and doc[start - 1].is_quote and doc[end].is_quote


def _after_thing_noun(doc: Doc, i: int, label: str) -> str | None:
    """The label of the noun of a thing that the words ending at token `i` follow: "la série
    télévisée « X", "les modèles Y et X", "des entreprises comme X" (names.thing_nouns)."""
    adjectives = 0
    listed = False  # a comma or a conjunction seen: a name of the list must come before it
    while i >= 0 and not doc[i].is_space:
        token, word = doc[i], doc[i].lower_
        if word in thing_nouns() and not listed:
            return thing_nouns()[word]
        if token.pos_ == "NOUN" and token.is_lower and not listed and (
                kind := _complemented_thing(doc, i, label)):
            return kind
        if word in ("de", "d'") and i > 0 and doc[i - 1].lower_ in illness_nouns():
            return "MISC"  # "la maladie de X": the illness, whatever the model tagged
        if (word in ("de", "d'") and i > 0 and thing_nouns().get(doc[i - 1].lower_) == "LOC"
                and label != "PER"):
            # "la rue de X", "le palais de X"; "le film de X" names its author, and a person
            # tagged as one stays one ("à la place de X", "le stade de X" he plays in)
            return "LOC"
        if word in (",", "et", "ou") and not listed:
            listed = True
        elif token.text[:1].isupper() and token.pos_ == "PROPN":
            listed = False  # another name of the list
        elif listed:
            return None
        elif token.is_quote or word == "comme":
            pass
        elif token.pos_ == "ADJ" and token.is_lower and adjectives < 2:
            adjectives += 1
        else:
            return None
        if token.is_sent_start:
            return None
        i -= 1
    return None


def _complemented_thing(doc: Doc, i: int, label: str) -> str | None:
    """The label of a thing's noun that the noun at token `i` completes ("l'institut de
    sondage X", "l'observatoire des ventes X", "la chaîne de télévision X"), or None; a role
    completes none ("le film du réalisateur X" names a person)."""
    if i < 2 or low(doc[i - 1].text) not in COMPLEMENT or is_role_word(low(doc[i].text)):
        return None
    kind = thing_nouns().get(doc[i - 2].lower_)
    return None if kind == "LOC" and label == "PER" else kind  # as "le stade de X" below


def outlet_before_person(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts in a span the model ran on from an outlet before it ("a
    dénoncé auprès de Ouest-France Hervé X", one span): after the outlet, when a given name
    follows it; else `start`."""
    for cut in range(start + 1, end - 1):
        if is_given_name(doc[cut].text) and known_outlet(doc[start:cut].text):
            return cut
    return start
