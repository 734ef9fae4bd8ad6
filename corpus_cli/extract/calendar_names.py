"""Days and months in the model's name spans: a span that is only a day ("Mardi", "Lundi 3
juin", taken for a name at a sentence's start), and a date the span ran on into after a name
("selon Le Monde lundi", "rapporte L'Opinion mercredi 13 décembre")."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from corpus_cli.dates.grammar.words import lexicon_section
from corpus_cli.names import low, trailing

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The most words a date after a name has past its weekday ("mercredi 13 décembre 2017").
_DATE_WORDS = 3
_DETERMINERS = frozenset({"ce", "le"})


def calendar_only(name: str) -> bool:
    """A day the model took for a name at a sentence's start ("Mardi", "Vendredi 9", "Lundi 3
    juin"): a weekday, with at most a day number and a month. A month with a number may be a
    name ("Mai 68", "11 Septembre")."""
    words = [low(w) for w in name.split()]
    weekdays, months = calendar_words()
    return any(w in weekdays for w in words) and all(
        w in weekdays or w in months or _day_number(w) for w in words)


def date_after_name(doc: Doc, start: int, end: int) -> int:
    """The span's end before a date it ran on into after the name: a weekday in lower case,
    not after "du" or "de" ("le Journal du dimanche" is a name), and nothing after it but a
    day number, a month in lower case and a year. `end` when there is none."""
    weekdays, months = calendar_words()
    for position in range(max(start + 1, end - 1 - _DATE_WORDS), end):
        word = doc[position]
        if (word.is_lower and word.text in weekdays
                and low(doc[position - 1].text) not in trailing()
                and all((t.is_lower and t.text in months) or _day_number(t.text)
                        or (t.is_digit and len(t.text) == 4) for t in doc[position + 1:end])):
            # with its determiner ("le Journal du Dimanche ce dimanche 11 août")
            return position - 1 if (position - 1 > start
                                    and doc[position - 1].lower_ in _DETERMINERS) else position
    return end


def _day_number(word: str) -> bool:
    return word.isdigit() and 1 <= int(word) <= 31


@functools.cache
def calendar_words() -> tuple[frozenset[str], frozenset[str]]:
    """(weekdays, months), from the dates lexicon."""
    return (frozenset(lexicon_section("weekdays")), frozenset(lexicon_section("months")))
