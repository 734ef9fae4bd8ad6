"""A date as a page or a scraper writes it, to an ISO date at the precision it gives.

Metadata dates come in many forms: ISO with a time and a zone ("2020-03-15T10:00:00+01:00"),
"2020/03/15", the French order "15/03/2020" and "15.03.2020", RFC 2822 ("Sun, 15 Mar 2020
10:00:00 +0100"), month names in French or English ("15 mars 2020", "March 15, 2020"),
bylines ("23 - 01 - 2023"). Each is read here and checked by the one ISO entry point
(dates/iso.py); written month names go through the dates grammar. A day stays a day and a
month stays a month; the time of day is dropped (a document's date is a calendar date).
"""

from __future__ import annotations

import email.utils
import re

from corpus_cli.dates.iso import parse_iso

from .lines import normalise

_TIME = r"(?:[T\s]+\d{1,2}[:h]\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?"
# Year first: "2020-03-15", "2020/03/15", "2020.03.15", "2020-03", "2020", with a time.
_YEAR_FIRST = re.compile(rf"(\d{{4}})(?:[-/.](\d{{1,2}})(?:[-/.](\d{{1,2}}))?)?{_TIME}")
# Day first, the French order: "15/03/2020", "15.03.2020", "15-03-2020", with a time.
_DAY_FIRST = re.compile(rf"(\d{{1,2}})[-/.](\d{{1,2}})[-/.](\d{{4}}){_TIME}")
# RFC 2822 as in feeds and mail headers: an optional weekday, then day, month name and year.
_RFC_2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")
# English month order ("octobre 16, 2025", "March 3, 2019"), turned into day-month-year.
_MONTH_FIRST = re.compile(
    r"^(?:(?P<weekday>[^\W\d_]+\.?),?\s+)?(?P<month>[^\W\d_]+\.?)\s+(?P<day>\d{1,2})"
    r"(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})$"
)


def read_date(value: object) -> str | None:
    """The ISO date (`2020`, `2020-03`, `2020-03-15`) that `value` writes, or None."""
    if not isinstance(value, str):
        return None
    text = normalise(value)
    if not text:
        return None
    return _numeric(text) or _rfc_2822(text) or _written(text)


def _numeric(text: str) -> str | None:
    """All-digit forms, year first or day first."""
    parts: tuple[str | None, ...] | None = None
    if match := _YEAR_FIRST.fullmatch(text):
        parts = match.groups()
    elif match := _DAY_FIRST.fullmatch(text):
        parts = match.group(3, 2, 1)
    if parts is None:
        return None
    iso = "-".join(part.zfill(2) for part in parts if part)
    try:
        return parse_iso(iso).value
    except ValueError:
        return None


def _rfc_2822(text: str) -> str | None:
    if not _RFC_2822.match(text):
        return None
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return _checked(moment.date().isoformat())


def _written(text: str) -> str | None:
    """A date with a month name, or spaced out as on a byline, read by the dates grammar."""
    text = re.sub(r"(?<=\d)T\d.*$", "", text)  # an ISO timestamp's time part
    text = re.sub(r"\s*([-/.])\s*", r"\1", text)  # "23 - 01 - 2023" → "23-01-2023"
    month_first = _MONTH_FIRST.match(text)
    if month_first and not month_first.group("month")[0].isdigit():
        text = " ".join(month_first.group("day", "month", "year"))
    # The grammar is loaded only for a date that is not all digits.
    from corpus_cli.dates.grammar import parse_date

    parsed = parse_date(text)
    if parsed is None:
        return None
    return _checked(parsed.value.split("T", 1)[0])


def _checked(iso: str) -> str | None:
    try:
        return parse_iso(iso).value
    except ValueError:
        return None
