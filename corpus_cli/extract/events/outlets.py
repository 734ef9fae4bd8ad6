"""The names a document shows to be news outlets, from how it writes them: after a noun of the
press ("le quotidien X", "l'agence X"), after the words only a medium has ("au micro de X",
"dans les colonnes de X", "un entretien accordé à X", "interrogé par X"), or holding such a
word ("X Radio", "Journal de Y"), or named in data/events_outlets.txt, the outlets French news
cites by name alone ("Le Parisien souligne"). An outlet that says something publishes it
(events_dev/RULES.md §2: a media outlet revealing something on a stated day is a
publication); the judged samples typed 19 of 19 such statements so.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from corpus_cli import lexicon as wordfiles
from corpus_cli.names import fold

from .tree import _Mentions, row_name
from .wordlists import _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Labels an outlet's name takes (the model calls a newspaper an organisation or a work, and
# a title with a town's word in it a place); not a person's.
_LABELS = frozenset({"ORG", "MISC", "LOC"})
# Press nouns that name a person, not the outlet after them ("le journaliste X").
_PERSONS = frozenset({"journaliste"})
# Nouns a medium's name follows with "de" ("au micro de X", "dans les colonnes du Y").
# Not "site", "page" nor "édition": a ministry has a site, a festival editions.
_MEDIUM_PLACES = frozenset({"micro", "antenne", "colonne", "plateau", "studio"})
# Nouns of words given to an outlet ("un entretien accordé à X", "une interview au Y").
_GIVEN = frozenset({"entretien", "interview", "confidence"})
# Participles of being questioned by an outlet ("interrogé par X", "contactée par Y").
_QUESTIONED = frozenset({"interroger", "contacter", "joindre", "solliciter", "interviewer"})
# Words of an outlet's own name ("France Radio", "le Journal du Soir", "Daily News").
_NAME_WORDS = frozenset({"journal", "radio", "tv", "télé", "télévision", "télévisions", "presse",
                         "hebdo", "magazine", "news", "times", "post", "tribune", "gazette"})
# How many adjectives may stand between a press noun and the name ("le quotidien régional X").
_ADJECTIVES = 2
_KEY = "outlets"
_FILE = "events_outlets.txt"
# The articles a title may open with or a region's name takes ("la Provence", "du Sud-Ouest").
_ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "du", "des", "au", "aux"})
_ARTICLE = re.compile(r"^(?:les?|la|l['’])\s*", re.IGNORECASE)


def outlet_names(doc: Doc, index: _Mentions) -> frozenset[str]:
    """The names (`outlet_key`) of the document's mentions some place shows to be an outlet."""
    found = index.cache.setdefault(_KEY, {})
    if "names" not in found:
        names = set()
        for number, row in enumerate(index.rows):
            if row["label"] in _LABELS and number in index.first and (
                    _named_as_outlet(str(row["text"])) or known_outlet(row_name(row))
                    or _after_outlet_words(doc, index.first_token(doc, number))):
                names.add(outlet_key(row_name(row)))
        found["names"] = frozenset(names)
    return found["names"]


def all_outlets(names: list[str], doc: Doc, index: _Mentions) -> bool:
    """Every one of an event's actors is an outlet: a name the document shows to be one, or
    a press noun describing one ("le quotidien", "l'hebdomadaire satirique")."""
    known = outlet_names(doc, index)
    return bool(names) and all(outlet_key(name) in known or _press_description(name)
                               for name in names)


def _press_description(name: str) -> bool:
    """A description headed by a press noun, lower-case as a common noun is ("Le quotidien",
    not "l'Agence nationale de santé")."""
    words = _ARTICLE.sub("", name).split()
    return bool(words) and words[0].islower() and words[0] in _words("press") and (
        words[0] not in _PERSONS)


def outlet_key(name: str) -> str:
    """A name without its article or case: "Le Parisien" is "Parisien" written again."""
    return _ARTICLE.sub("", name).lower()


def known_outlet(name: str) -> bool:
    """A name of data/events_outlets.txt, whatever its article, case or accents."""
    return fold(outlet_key(name)) in _gazetteer()


@functools.cache
def _gazetteer() -> frozenset[str]:
    return frozenset(fold(outlet_key(line)) for line in wordfiles.entries(_FILE, "outlets"))


def outlet_as_written(doc: Doc, start: int, end: int) -> bool:
    """The name is an outlet of data/events_outlets.txt as the list writes it, its article too
    ("rapporte Sud Ouest", "selon La Provence"; not "en Provence", "dans le Sud-Ouest"), and
    no noun but a press noun stands before it ("un quart Sud-Ouest de la France" is a
    direction): the newspaper, which the model may tag as the place its title names."""
    first = start
    if start > 0 and doc[start - 1].lower_ in _ARTICLES and doc[start - 1].text[:1].isupper():
        first = start - 1  # "La Provence", the model's span without its article
    if first > 0 and doc[first - 1].pos_ == "NOUN" and doc[first - 1].lemma_.lower() in _words(
            "press") and doc[first].text[:1].isupper():
        return True  # "d'après le journal La Marne": the paper, whatever place its title names
    if fold(doc[first:end].text) not in _titles():
        return False
    if first == 0:
        return True
    before = doc[first - 1]
    if before.lower_ in _ARTICLES:
        return False  # "dans le Sud-Ouest": a region takes its article
    return before.pos_ not in ("NOUN", "ADJ", "PROPN") or before.lemma_.lower() in _words(
        "press")


@functools.cache
def _titles() -> frozenset[str]:
    """The outlets of data/events_outlets.txt as written, their article too, folded."""
    return frozenset(fold(line) for line in wordfiles.entries(_FILE, "outlets"))


def _named_as_outlet(text: str) -> bool:
    return any(word in _NAME_WORDS for word in text.lower().replace("-", " ").split())


def _after_outlet_words(doc: Doc, first: Token) -> bool:
    """The words before a name's first token are those of a medium."""
    position = first.i - 1
    while position >= 0 and doc[position].pos_ == "DET":
        position -= 1
    skipped = 0
    while position >= 0 and doc[position].pos_ == "ADJ" and skipped < _ADJECTIVES:
        position, skipped = position - 1, skipped + 1
    if position < 0:
        return False
    before = doc[position]
    lemma = before.lemma_.lower()
    if before.pos_ == "NOUN" and lemma in _words("press") and lemma not in _PERSONS:
        return True  # "le quotidien X", "l'agence britannique X"
    return _medium_complement(doc, position)


def _medium_complement(doc: Doc, position: int) -> bool:
    """"au micro de X", "un entretien accordé à X", "interrogé par X": `position` is the
    preposition before the name (its article skipped)."""
    word = doc[position].lower_
    if word in ("de", "du", "d'", "d’", "des") and position >= 1:
        return doc[position - 1].lemma_.lower() in _MEDIUM_PLACES
    if word in ("à", "au", "aux") and position >= 1:
        head = doc[position - 1]
        if head.pos_ in ("VERB", "ADJ") and position >= 2:
            head = doc[position - 2]  # "un entretien accordé à X"
        return head.lemma_.lower() in _GIVEN
    if word == "par" and position >= 1:
        return doc[position - 1].lemma_.lower() in _QUESTIONED
    return False
