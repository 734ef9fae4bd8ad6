"""Dates at the precision a text gives: `PartialDate` and the calendar arithmetic on it.

A `PartialDate` is a TimeML value ("2016", "2016-12", "2016-W51", "2016-12-15T11:30") with the
first and last days it covers. No grammar here: the corpus-level answers import this module
to read stored values and must not load the French date grammar (dates/grammar/).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date as Day
from datetime import timedelta

# From finest to coarsest: the precision of a value.
GRANULARITIES: tuple[str, ...] = ("minute", "day", "week", "month", "quarter", "season", "half",
                                  "year", "decade", "century")
# Astronomical seasons (equinoxes and solstices, to the day), as (first month, first day),
# (last month, last day); a winter ends in the next year: "2016-WI" is December 2016-March 2017.
SEASON_BOUNDS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "SP": ((3, 20), (6, 20)), "SU": ((6, 21), (9, 22)),
    "FA": ((9, 23), (12, 20)), "WI": ((12, 21), (3, 19)),
}
MIN_YEAR, MAX_YEAR = 1000, 2099


# --- partial dates ------------------------------------------------------------------------

@dataclass(frozen=True)
class PartialDate:
    """A date at the precision the text gives: `value` is ISO/TimeML at that precision.

    `start` and `end` are the first and last days covered (inclusive). `text` and `offset`
    say where it was read, when it was read from a text.
    """

    value: str
    granularity: str
    start: Day
    end: Day
    text: str = field(default="", compare=False)
    offset: int = field(default=-1, compare=False)

    @classmethod
    def from_iso(cls, value: str) -> PartialDate:
        """Read back a stored value: "2016", "2016-12", "2016-W51", "2016-12-15T11:30", "199"."""
        first, slash, last = value.strip().partition("/")
        if slash:
            begin, finish = cls.from_iso(first), cls.from_iso(last)
            if finish.end < begin.start:
                raise ValueError(f"interval ends before it starts: {value!r}")
            return cls(f"{begin.value}/{finish.value}", begin.granularity, begin.start, finish.end)
        match = _ISO_VALUE.fullmatch(first)
        if match is None:
            raise ValueError(f"not an ISO partial date: {value!r}")
        parsed = _from_iso_match(match)
        if parsed is None:
            raise ValueError(f"not a calendar date: {value!r}")
        return parsed


_ISO_VALUE = re.compile(
    r"(?P<century>\d{2})|(?P<decade>\d{3})"
    r"|(?P<year>\d{4})(?:-(?:(?P<month>\d{2})"
    r"(?:-(?P<day>\d{2})(?:T(?P<hour>\d{2}):(?P<minute>\d{2}))?)?"
    r"|W(?P<week>\d{2})(?P<weekend>-WE)?|Q(?P<quarter>[1-4])|H(?P<half>[12])"
    r"|(?P<season>SP|SU|FA|WI)))?"
)


def _from_iso_match(match: re.Match[str]) -> PartialDate | None:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    try:
        if "century" in groups:
            return century_date(int(groups["century"]))
        if "decade" in groups:
            return decade_date(int(groups["decade"]))
        year = int(groups["year"])
        if "minute" in groups:
            return minute_date(Day(year, int(groups["month"]), int(groups["day"])),
                               int(groups["hour"]), int(groups["minute"]))
        if "day" in groups:
            return day_date(Day(year, int(groups["month"]), int(groups["day"])))
        if "month" in groups:
            return month_date(year, int(groups["month"]))
        if "week" in groups:
            return week_date(year, int(groups["week"]), weekend="weekend" in groups)
        if "quarter" in groups:
            return quarter_date(year, int(groups["quarter"]))
        if "half" in groups:
            return half_date(year, int(groups["half"]))
        if "season" in groups:
            return season_date(year, groups["season"])
        return year_date(year)
    except ValueError:
        return None


def year_date(year: int) -> PartialDate:
    return PartialDate(f"{year:04d}", "year", Day(year, 1, 1), Day(year, 12, 31))


def month_date(year: int, month: int) -> PartialDate:
    last = calendar.monthrange(year, month)[1]
    return PartialDate(f"{year:04d}-{month:02d}", "month", Day(year, month, 1),
                       Day(year, month, last))


def day_date(day: Day) -> PartialDate:
    return PartialDate(day.isoformat(), "day", day, day)


def minute_date(day: Day, hour: int, minute: int) -> PartialDate:
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise ValueError("not a time of day")
    return PartialDate(f"{day.isoformat()}T{hour:02d}:{minute:02d}", "minute", day, day)


def week_date(year: int, week: int, *, weekend: bool = False) -> PartialDate:
    """An ISO week ("2016-W51"), or its Saturday and Sunday ("2016-W51-WE")."""
    monday = Day.fromisocalendar(year, week, 1)
    if weekend:
        return PartialDate(f"{year:04d}-W{week:02d}-WE", "week", monday + timedelta(days=5),
                           monday + timedelta(days=6))
    return PartialDate(f"{year:04d}-W{week:02d}", "week", monday, monday + timedelta(days=6))


def quarter_date(year: int, quarter: int) -> PartialDate:
    first = month_date(year, 3 * quarter - 2)
    last = month_date(year, 3 * quarter)
    return PartialDate(f"{year:04d}-Q{quarter}", "quarter", first.start, last.end)


def half_date(year: int, half: int) -> PartialDate:
    first = month_date(year, 6 * half - 5)
    last = month_date(year, 6 * half)
    return PartialDate(f"{year:04d}-H{half}", "half", first.start, last.end)


def season_date(year: int, season: str) -> PartialDate:
    (m1, d1), (m2, d2) = SEASON_BOUNDS[season]
    end_year = year + 1 if season == "WI" else year
    return PartialDate(f"{year:04d}-{season}", "season", Day(year, m1, d1), Day(end_year, m2, d2))


def decade_date(decade: int) -> PartialDate:
    """The decade "199" (the 1990s)."""
    return PartialDate(f"{decade:03d}", "decade", Day(max(1, decade * 10), 1, 1),
                       Day(decade * 10 + 9, 12, 31))


def century_date(century: int) -> PartialDate:
    """TimeML's century "19": the years 1900-1999 (what "le XXe siècle" is written as)."""
    return PartialDate(f"{century:02d}", "century", Day(max(1, century * 100), 1, 1),
                       Day(century * 100 + 99, 12, 31))


def week_of(day: Day) -> PartialDate:
    year, week, _ = day.isocalendar()
    return week_date(year, week)


def add_months(day: Day, months: int) -> Day:
    """The same day `months` later (or earlier), clipped to the length of the month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return Day(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def at_granularity(day: Day, granularity: str) -> PartialDate:
    """The period of a granularity that contains a day."""
    if granularity in ("day", "minute", "hour"):
        return day_date(day)
    if granularity == "week":
        return week_of(day)
    if granularity == "month":
        return month_date(day.year, day.month)
    if granularity == "quarter":
        return quarter_date(day.year, (day.month - 1) // 3 + 1)
    if granularity == "half":
        return half_date(day.year, 1 if day.month <= 6 else 2)
    if granularity == "decade":
        return decade_date(day.year // 10)
    if granularity == "century":
        return century_date(day.year // 100)
    return year_date(day.year)


def coarser(first: str, second: str) -> str:
    """The coarser of two granularities."""
    order = {g: i for i, g in enumerate(GRANULARITIES)}
    return max(first, second, key=lambda g: order.get(g, 0))


def valid_date(year: int | None, month: int | None, day: int | None) -> bool:
    try:
        Day(year if year is not None else 2000, month or 1, day or 1)  # 2000: 29 February exists
    except ValueError:
        return False
    return year is None or MIN_YEAR <= year <= MAX_YEAR
