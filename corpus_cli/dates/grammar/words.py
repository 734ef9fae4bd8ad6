"""The words of French dates: sections of data/dates_lexicon.txt, and how to match them.

Every word a pattern needs (months, weekdays, units, number words...) is listed once in the data
file; this module reads it, gives each phrase its lookup key, and turns phrase lists into regex
alternations whose spaces and apostrophes match the ways news text writes them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from corpus_cli import lexicon

DATA_FILE = "dates_lexicon.txt"


@functools.cache
def lexicon_section(section: str) -> dict[str, str]:
    """`phrase = value` entries of a section of the data file, keys lower-case with a plain '."""
    return {key(phrase): value for phrase, value in lexicon.pairs(DATA_FILE, section).items()}


@functools.cache
def lexicon_words(section: str) -> frozenset[str]:
    """The words of a plain list section of the data file, as `key` writes them."""
    return frozenset(key(word) for word in lexicon.entries(DATA_FILE, section))


@functools.cache
def unit_words(*sections: str) -> dict[str, str]:
    """Words that name one unit of the calendar ("semaine", "année"): the singular units of
    [units] without the clock's, and the words of the given sections ("day_parts"...)."""
    units = lexicon_section("units")
    plural = {word for word in units if word.endswith("s") and word[:-1] in units}
    found = {word: unit for word, unit in units.items()
             if unit not in ("hour", "minute") and word not in plural}
    for section in sections:
        found.update(lexicon_section(section))
    return found


def key(word: str) -> str:
    """The lexicon key of a word as written: lower-case, one apostrophe, single spaces."""
    return re.sub(r"\s+", " ", word.strip().lower().replace("’", "'"))


# Whitespace inside an expression: a few spaces or one line break, so that a match never
# bridges a masked (blanked) region of the cleaned text.
S = r"(?:[^\S\n]{1,3}|[^\S\n]{0,2}\n[^\S\n]{0,2})"
APOS = "['’]"


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first; ' matches ’ and a space any `S`."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        pattern = re.escape(phrase).replace("'", APOS).replace(r"\ ", S).replace("à", "[àa]")
        parts.append(pattern)
    return "(?:" + "|".join(parts) + ")"


def _number_words() -> dict[str, int]:
    return {k: int(v) for k, v in lexicon_section("numbers").items()}


def number(words: str) -> float | None:
    """The value of a written quantity: "3", "1,5", "trois", "vingt-quatre", "soixante et onze"."""
    text = key(words)
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "."))
    numbers = _number_words()
    if text in numbers:
        return float(numbers[text])
    total = 0
    for part in re.split(r"[-\s]+", text):
        if part == "et":
            continue
        if part in ("vingt", "vingts") and total % 100 == 4:  # quatre-vingt(s)
            total = total - 4 + 80
        elif part in ("cent", "cents"):
            total = max(total, 1) * 100
        elif part in numbers:
            total += numbers[part]
        else:
            return None
    return float(total) if total else None

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman(numeral: str) -> int:
    """The value of a Roman numeral ("XXI" -> 21)."""
    values = [_ROMAN[c] for c in numeral.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
