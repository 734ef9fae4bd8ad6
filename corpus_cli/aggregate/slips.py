"""Whether two names one edit apart are one name misspelt or two names: the shape of the edit
decides (entities.py finds the pairs; these read the letters only)."""

from __future__ import annotations

import re

from corpus_cli.names import MIN_SLIP_LENGTH

# What separates the words of a name: a space, or a hyphen in a thing's key ("saint-clotilde",
# brands.form_key), whose parts are words as much as the spaced name's.
_WORD_BREAKS = re.compile(r"[ \-]")
_VOWELS = frozenset("aeiouy")
# From this many letters, a word one edit from a frequent name's is a slip whatever the edit.
LONG_SLIP = 12


def slip_in_long_word(a: str, b: str) -> bool:
    """The edit falls in a long word: "Ligue A" / "Ligue B" name two things, not one slip."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return True  # a space put in or left out ("You Tube")
    return all(len(x) >= MIN_SLIP_LENGTH - 1 for x, y in zip(words_a, words_b, strict=True)
               if x != y)


def slip_shaped(a: str, b: str) -> bool:
    """Two names one edit apart that a slip of the keyboard tells apart: in a long name any
    edit; in a shorter one only a doubled letter ("Comission"), a plural's "s" or "x"
    ("Bordeau") or a sign ("Outre mer"). Elsewhere short names one letter apart are mostly
    two names ("Corbier" / "Corbière", "Brock" / "Brook", "Sessenheim" / "Fessenheim"). The
    word is cut at hyphens too: "Saint-X" / "Sainte-X" is an edit in a short word, two
    places of two saints (a church, a school), however long the hyphenated name."""
    words_a, words_b = _WORD_BREAKS.split(a), _WORD_BREAKS.split(b)
    if len(words_a) == len(words_b):  # the word the edit is in
        a, b = next(((x, y) for x, y in zip(words_a, words_b, strict=True) if x != y), (a, b))
    if min(len(a), len(b)) >= LONG_SLIP:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) == len(long):
        changed = [(x, y) for x, y in zip(short, long, strict=True) if x != y]
        return all(not (x.isalpha() and y.isalpha()) for x, y in changed)
    at = _first_difference(short, long)
    if long[:at] + long[at + 1:] != short:
        return False  # more than one letter put in
    extra = long[at]
    doubled = (at > 0 and long[at - 1] == extra) or (at + 1 < len(long) and long[at + 1] == extra)
    plural = at == len(long) - 1 and extra in "sx"
    return doubled or plural or not extra.isalpha()


def plural_of(rare: str, frequent: str) -> bool:
    """The rare one-word form is the frequent one with a plural's "s" or "x" ("Églises",
    "Charentes"): many of the thing, or another thing (the two Charentes), not a slip. Inside
    a longer name ("attentats de Nice") or dropped ("Bordeau") the letter stays a slip."""
    return (" " not in rare and " " not in frequent and rare[-1:] in ("s", "x")
            and rare[:-1] == frequent)


def _first_difference(short: str, long: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y),
                len(short))


def other_ending(a: str, b: str) -> bool:
    """The one edit is a vowel in a word's last two letters: "Amazone" / "Amazonie", "Russe" /
    "Russie" are two words of one root (a river and a region, a people and a country), not a
    slip. A plural's "s" or "x" and a consonant dropped inside ("Mississipi") stay slips."""
    short, long = sorted((a, b), key=len)
    at = _first_difference(short, long)
    tail = 0  # common letters at the end, never reaching into the common start
    while tail < len(short) - at and short[-1 - tail] == long[-1 - tail]:
        tail += 1
    changed = long[at:len(long) - tail] + short[at:len(short) - tail]
    word_end = long.find(" ", at)
    left = (len(long) if word_end < 0 else word_end) - at
    return bool(changed) and all(c in _VOWELS for c in changed) and left <= 2
