"""The word lists of data/events_triggers.txt: triggers with their conditions, support verbs,
negation, cancel, planning and reporting words, function words."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from corpus_cli.lexicon import parse_sections
from corpus_cli.rows import EVENT_TYPES

if TYPE_CHECKING:
    pass


DATA_FILE = "events_triggers.txt"
EXPRESSIONS_FILE = "events_expressions.txt"
TYPES = EVENT_TYPES
CONDITIONS = frozenset({"pron", "passive", "active", "speech", "place", "person", "object",
                        "listed", "carried"})

@dataclass(frozen=True)
class Trigger:
    """One line of [triggers]: the event a lemma of a part of speech announces."""

    lemma: str
    pos: str
    type: str
    cameo: str | None
    conditions: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    """The word lists of data/events_triggers.txt."""

    triggers: Mapping[tuple[str, str], Trigger]
    support: frozenset[tuple[str, str]]
    support_verbs: frozenset[str]
    objects: Mapping[str, frozenset[str]]
    negation: frozenset[str]
    cancel: frozenset[str]
    planned_governors: frozenset[str]
    planned_modifiers: frozenset[str]
    reporting: frozenset[str]
    function_words: Mapping[str, frozenset[str]]


def parse_lexicon(text: str) -> Lexicon:
    """Read the trigger file format (see its header); raise ValueError on a malformed line."""
    sections = parse_sections(text)
    triggers: dict[tuple[str, str], Trigger] = {}
    for line in sections.get("triggers", []):
        parts = line.split()
        if len(parts) not in (4, 5) or parts[1] not in ("VERB", "NOUN") or parts[2] not in TYPES:
            raise ValueError(f"{DATA_FILE}: malformed trigger line {line!r}")
        conditions = frozenset(parts[4].split(",")) if len(parts) == 5 else frozenset()
        if conditions - CONDITIONS:
            raise ValueError(f"{DATA_FILE}: unknown condition in {line!r}")
        lemma = parts[0].lower()
        triggers[(lemma, parts[1])] = Trigger(
            lemma, parts[1], parts[2], None if parts[3] == "-" else parts[3], conditions)
    support = frozenset(tuple(line.split()[:2]) for line in sections.get("support", []))

    def words(name: str) -> frozenset[str]:
        return frozenset(line.lower() for line in sections.get(name, []))

    objects = {line.split()[0]: frozenset(line.split()[1:])
               for line in sections.get("objects", [])}
    for key, entry in triggers.items():
        if "listed" in entry.conditions and key[0] not in objects:
            raise ValueError(f"{DATA_FILE}: {key[0]!r} is 'listed' but has no [objects] line")
    function_words = {line.split()[0]: frozenset(line.split()[1:])
                      for line in sections.get("function_words", [])}
    return Lexicon(triggers, support,  # type: ignore[arg-type]
                   frozenset(verb for verb, _ in support), objects,
                   words("negation"), words("cancel"),
                   words("planned_governors"), words("planned_modifiers"), words("reporting"),
                   function_words)


@functools.cache
def lexicon() -> Lexicon:
    """The packaged trigger lexicon, read once."""
    text = resources.files("corpus_cli").joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    return parse_lexicon(text)


def _words(name: str) -> frozenset[str]:
    """A class of function words from the packaged file ([function_words])."""
    return lexicon().function_words[name]
