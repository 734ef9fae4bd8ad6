"""Header and byline lines: "Publié le 12 mars 2021 à 10h45", "Par Jeanne Dupont", "Source : AFP".

A byline is recognised by its words (data/metadata_bylines.txt: labels, months, weekdays);
the dates it holds are then read by documents/published.py, at the precision written.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from corpus_cli import lexicon

from .lines import SENTENCE_END, alternation, normalise, words


@dataclass(frozen=True)
class _BylineRegexes:
    date: re.Pattern[str]
    time: re.Pattern[str]
    label: re.Pattern[str]
    byline_label: re.Pattern[str]
    header_year: re.Pattern[str]
    updated: re.Pattern[str]
    header: re.Pattern[str]
    author: re.Pattern[str]
    author_role: re.Pattern[str]
    source_label: re.Pattern[str]
    source_name: re.Pattern[str]



@functools.cache
def _byline() -> _BylineRegexes:
    words = lexicon.sections("metadata_bylines.txt")
    month = rf"(?:{alternation(words['months'])})\b\.?"
    weekday = rf"(?:(?:{alternation(words['weekdays'])})\b\.?,?\s+)?"
    day = r"(?:1er|0?[1-9]|[12]\d|3[01])"
    month_number = r"(?:0?[1-9]|1[0-2])"
    year = r"(?:1[89]|2[01])\d\d"
    date = "|".join((
        rf"\b{day}\s*[-/.]\s*{month_number}\s*[-/.]\s*(?:{year}|\d\d)\b",
        rf"\b{year}\s*[-/]\s*{month_number}(?:\s*[-/]\s*{day})?"
        r"(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?|\b)",
        rf"{weekday}\b{day}\s+{month}\s+{year}\b",
        rf"{weekday}\b{month}\s+{day}(?:st|nd|rd|th)?,?\s+{year}\b",
        rf"\b{month}\s+{year}\b",
    ))
    time = (r"(?:\s*(?:\bà|\ba|\bat|-|–|,)\s*)?\b(?:[01]?\d|2[0-3])\s*(?:h|:)\s*(?:[0-5]\d)?"
            r"(?:\s*(?:min|mn)\b)?(?:\s*(?:am|pm)\b)?(?:\s*(?:gmt|utc|cet|cest)\b)?")
    published = alternation(words["published"])
    updated = alternation(words["updated"])
    sources = alternation(words["source"])
    header = alternation(words["header"])
    flags = re.IGNORECASE
    return _BylineRegexes(
        date=re.compile(date, flags),
        time=re.compile(time, flags),
        label=re.compile(rf"\b(?:{updated}|{published}|{sources}|{header})\b", flags),
        byline_label=re.compile(rf"\b(?:{updated}|{published}|{sources})\b", flags),
        header_year=re.compile(rf"^(?:{header})\s*:?\s*{year}$", flags),
        updated=re.compile(rf"\b(?:{updated})\b", flags),
        # A bare year only after "date": "Publication 2021 des résultats" is a sentence.
        header=re.compile(
            rf"^(?:(?:{header})\b\s*:?\s*(?:(?:{date})(?:{time})?|{year}\b)"
            rf"|(?:{published})\b\s*(?:le\b)?\s*:?\s*(?:{date})(?:{time})?)", flags),
        author=re.compile(rf"^(?:{alternation(words['author'])})\s+(?P<name>\S.*)$", flags),
        author_role=re.compile(rf"\b(?:{alternation(words['author roles'])})\b", flags),
        source_label=re.compile(rf"^(?:{sources})\s*:\s*(?P<name>\S.*)$", flags),
        source_name=re.compile(
            rf"\b(?:{alternation([w for w in words['source'] if ' ' in w])})\s+(?P<name>.+?)"
            rf"\s*(?:,|\s[-–|]\s|\ble\b|\bdu\b|\bon\b|$)", flags),
    )



@dataclass(frozen=True)
class DateMention:
    """A date written in a header or byline line; offsets are into the normalised line."""

    start: int
    end: int
    text: str
    updated: bool



@dataclass(frozen=True)
class Byline:
    """What a header or byline line says: its dates, and the outlet or author it names."""

    dates: tuple[DateMention, ...]
    source: str | None
    author: str | None
    labelled: bool = True  # False for a bare date line: no "Publié", "Par", "Source" label

    @property
    def reason(self) -> str:
        if self.dates and all(d.updated for d in self.dates):
            return "update date line"
        if self.dates:
            return "publication date line"
        return "source line" if self.source else "author byline"



# Words that may remain on a date line besides its date, labels and names.
_DATE_LINE_FILLERS = frozenset((
    "le", "la", "les", "l'", "à", "a", "at", "on", "the", "dans", "de", "du", "des", "en", "et",
    "and", "gmt", "utc", "cet", "cest", "heure", "heures", "h", "min", "am", "pm",
))



_STAFF_BYLINES = ("la rédaction", "notre correspondant", "notre envoyé", "notre envoyée")



_DATE_LINE_MAX_WORDS = 16



_DATE_LINE_MAX_NAMES = 6
# Longer than any byline of at most _DATE_LINE_MAX_WORDS words: a longer line is not read (its
# dates are the prose's), so a page-long line costs one pass, not one per pattern.
_BYLINE_MAX_CHARACTERS = 400



def read_byline(line: str) -> Byline | None:
    """The byline a line is, or None: a date line, "Par Jeanne Dupont", "Source : AFP"."""
    text = normalise(line)
    regexes = _byline()
    if not text or len(text) > _BYLINE_MAX_CHARACTERS \
            or sum(1 for w in words(text) if not w.isdigit()) > _DATE_LINE_MAX_WORDS:
        return None
    dates = list(regexes.date.finditer(text))
    if not dates and regexes.header_year.match(text):  # a scraper's "date 2016" header
        year = text[-4:]
        return Byline((DateMention(len(text) - 4, len(text), year, False),), None, None, False)
    if not dates:
        return _author_or_source_line(text)
    rest = regexes.date.sub(" ", text)
    rest = regexes.time.sub(" ", rest)
    labelled = (regexes.byline_label.search(rest) is not None
                or text.lower().startswith(("par ", "by ")))
    rest = regexes.label.sub(" ", rest)
    rest = regexes.author_role.sub(" ", re.sub(r"^\s*(?:par|by)\b", " ", rest, flags=re.I))
    leftover = [w for w in words(rest) if w.lower() not in _DATE_LINE_FILLERS]
    if leftover and not (labelled and len(leftover) <= _DATE_LINE_MAX_NAMES
                         and all(w[0].isupper() or w[0].isdigit() for w in leftover)):
        return None
    mentions = tuple(
        DateMention(m.start(), m.end(), m.group(0).strip(" ,"), _is_update(text, m.start(), dates))
        for m in dates
    )
    source_match = regexes.source_name.search(text)
    source = source_match.group("name").strip(" .,") if source_match else None
    if source is not None and regexes.date.match(source):
        source = None
    author_match = regexes.author.match(text)
    author = _name_before_date(author_match.group("name")) if author_match else None
    return Byline(mentions, source or None, author, labelled)



def _is_update(text: str, position: int, dates: list[re.Match[str]]) -> bool:
    """Whether the label governing the date at `position` is an update label."""
    previous_end = max((m.end() for m in dates if m.end() <= position), default=0)
    before = text[previous_end:position]
    labels = list(_byline().label.finditer(before))
    if labels:
        return _byline().updated.fullmatch(labels[-1].group(0)) is not None
    return False



def _name_before_date(text: str) -> str | None:
    name = re.split(r"\s*(?:,|\s[-–|]\s|\ble\b|\bpublié|\bmis\b)", text, maxsplit=1)[0]
    return name.strip(" .") or None



def _author_or_source_line(text: str) -> Byline | None:
    regexes = _byline()
    if SENTENCE_END.search(text.rstrip(".")) or len(words(text)) > 8:
        return None
    source = regexes.source_label.match(text)
    if source:
        return Byline((), source.group("name").strip(" ."), None)
    author = regexes.author.match(text)
    if author is None:
        return None
    name = author.group("name")
    names = [w for w in words(regexes.author_role.sub(" ", name))
             if w.lower() not in _DATE_LINE_FILLERS]
    if (names and all(w[0].isupper() for w in names)) or name.lower().startswith(_STAFF_BYLINES):
        return Byline((), None, _name_before_date(name))
    return None



def header_prefix(line: str) -> int | None:
    """Length of an inline header ("date 2016-12") that opens a line whose body follows it."""
    match = _byline().header.match(line)
    if match is None or len(words(line[match.end():])) < 3:
        return None
    return match.end()

