"""Persons: the nouns of persons, roles and peoples (data/events_actors.txt,
entities_titles.txt), read by the rules that tell who acts from who is acted on."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from corpus_cli import lexicon as wordfiles
from corpus_cli.names import fold, is_demonym

from .kinds import protesters

if TYPE_CHECKING:
    from spacy.tokens import Token

ACTORS_FILE = "events_actors.txt"


@functools.cache
def person_nouns() -> frozenset[str]:
    """The nouns of data/events_actors.txt ([persons] and the [epithets] of a person named
    elsewhere: "l'animateur de France 2") and the role nouns of entities_titles.txt."""
    own = wordfiles.entries(ACTORS_FILE, "persons")
    return frozenset(word.lower() for word in own) | one_person_nouns()


@functools.cache
def one_person_nouns() -> frozenset[str]:
    """The nouns that name one person, never a body: the role nouns of entities_titles.txt and
    the [epithets] of data/events_actors.txt ("le président", "l'élue", "le polémiste"; not
    "le groupe", "le quotidien")."""
    roles = wordfiles.entries("entities_titles.txt", "roles")
    epithets = wordfiles.entries(ACTORS_FILE, "epithets")
    return frozenset(word.lower() for word in (*roles, *epithets))


def of_persons(noun: Token) -> bool:
    """A noun of persons: a role or a person noun ("ministre", "habitant"), or a people's
    name ("ce Tunisien", "des Kurdes")."""
    # "l'ex-ministre", "l'ex-locataire de l'Élysée": a former holder is a person too (not a
    # heading's "Ex-dirigeants présents")
    former = noun.text.startswith("ex-")
    return (noun.lemma_.lower() in person_nouns() or noun.lower_ in person_nouns()
            or protesters(noun)
            or (former and (noun.lower_.removeprefix("ex-") in person_nouns()
                            or noun.lemma_.lower().removeprefix("ex-") in person_nouns()))
            or (noun.text[:1].isupper() and (is_demonym(noun.text) or (
                fold(noun.text.removesuffix("s")) in _peoples()))))


@functools.cache
def _peoples() -> frozenset[str]:
    """The folded words of events_actors.txt [peoples]."""
    return frozenset(fold(word) for word in wordfiles.words(ACTORS_FILE, "peoples"))
