"""The one entry point for a date given in ISO form: options, stored values, metadata.

`parse_iso("2016-02-31")` refuses an impossible day, a malformed string and a year outside the
years a news corpus can mean, with a message written for a user; every date option, the
JSON Lines `date` field and HTML metadata go through it (documents/published.py reads the
other forms of a metadata date and hands them here).
"""

from __future__ import annotations

import re
from datetime import date as Day

from .calendar import PartialDate, day_date, month_date, year_date

# A publication date outside these years is a mistake (0001-01-01, 9999-12-31); the bounds
# also keep date arithmetic on relative expressions far from the calendar's ends.
MIN_YEAR, MAX_YEAR = 1000, 2999
FORM = "YYYY[-MM[-DD]]"
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_iso(text: str) -> PartialDate:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` at its precision; ValueError says what is wrong."""
    match = _ISO.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not a date of the form {FORM}")
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None  # the pattern requires it
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"{text!r} is outside the years {MIN_YEAR}-{MAX_YEAR}")
    if month is None:
        return year_date(year)
    if not 1 <= month <= 12:
        raise ValueError(f"{text!r} has no month {month}")
    if day is None:
        return month_date(year, month)
    try:
        return day_date(Day(year, month, day))
    except ValueError:
        raise ValueError(f"{text!r} is not a day of the calendar") from None


def iso_value(text: str) -> str:
    """The normalised ISO string of `parse_iso(text)`."""
    return parse_iso(text).value
