"""Placing a `Spec` in time: the candidates its words allow, and the one a clause means.

Underspecified dates go to the latest matching date on or before the reference in a past
clause, the earliest on or after it in a future clause, otherwise the nearest; "dernier" and
"prochain" are strict.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date as Day
from datetime import timedelta

from corpus_cli.dates.calendar import (
    GRANULARITIES,
    PartialDate,
    add_months,
    at_granularity,
    century_date,
    coarser,
    day_date,
    decade_date,
    half_date,
    minute_date,
    month_date,
    quarter_date,
    season_date,
    valid_date,
    week_date,
    week_of,
    year_date,
)

from .spec import Spec


def absolute(spec: Spec) -> PartialDate | None:
    """The date a Spec names when its year (or decade, century) is written."""
    try:
        if spec.century is not None:
            return century_date(spec.century)
        if spec.decade is not None:
            return decade_date(spec.decade)
        if spec.year is None:
            return None
        if spec.season is not None:
            return season_date(spec.year, spec.season)
        if spec.quarter is not None:
            return quarter_date(spec.year, spec.quarter)
        if spec.half is not None:
            return half_date(spec.year, spec.half)
        if spec.easter is not None:
            return with_time(easter_sunday(spec.year) + timedelta(days=spec.easter), spec)
        if spec.month is None:
            return year_date(spec.year)
        if spec.day is None:
            return month_date(spec.year, spec.month)
        day = Day(spec.year, spec.month, spec.day)
        if spec.as_week:
            return week_of(day)
        return with_time(day, spec)
    except ValueError:
        return None


def easter_sunday(year: int) -> Day:
    """Easter Sunday of a year (Gregorian), by python-dateutil."""
    from dateutil.easter import easter  # light, and only needed for movable holidays

    return easter(year)


def direction_of(spec: Spec, tense: str | None) -> str:
    """past/future: on or before/after the reference; before/after: strictly; else nearest."""
    if spec.strict and spec.shift is not None:
        return "before" if spec.shift < 0 else "after"
    if spec.lean:
        return "past" if spec.lean < 0 else "future"
    return tense if tense in ("past", "future") else "nearest"


def _gap(candidate: PartialDate, around: PartialDate) -> int:
    return max(0, (candidate.start - around.end).days, (around.start - candidate.end).days)


def _choose(candidates: list[PartialDate], around: PartialDate,
            direction: str) -> PartialDate | None:
    """The candidate a clause of this direction means, relative to the reference interval."""
    if direction in ("past", "before"):
        pool = [c for c in candidates
                if (c.start <= around.end if direction == "past" else c.end < around.start)]
        return max(pool, key=lambda c: c.start, default=None)
    if direction in ("future", "after"):
        pool = [c for c in candidates
                if (c.end >= around.start if direction == "future" else c.start > around.end)]
        return min(pool, key=lambda c: c.start, default=None)
    # Nearest; a tie goes to the past, what news narration mostly reports.
    return min(candidates, key=lambda c: (_gap(c, around), c.start > around.end), default=None)


def yearless(spec: Spec, around: PartialDate, direction: str) -> PartialDate | None:
    """A date written without its year, in the year the clause means.

    A weekday written with the day weighs with the distance and the clause's direction (see
    `_weekday_cost`): "mercredi 25 avril" is the 25 April that is a Wednesday, unless that one
    lies a year away while a near one contradicts only the weekday, a slip of the writer's.
    When no such day lies within a year and the date lies within two weeks of the reference,
    the tense does not move the slipped words a year away either: that near day is meant.
    """
    years = range(around.start.year - 8, around.end.year + 9)  # 29 February: leap years
    candidates = [d for year in years if (d := absolute(replace(spec, year=year))) is not None]
    if spec.weekday is not None and spec.day is not None and candidates:
        weekday = spec.weekday
        if not any(c.start.isoweekday() == weekday and _gap(c, around) <= _YEAR_DAYS
                   for c in candidates) and any(_gap(c, around) <= _SLIP_DAYS
                                                for c in candidates):
            # no such day within a year, and the date two weeks or less from the article: the
            # words are slipped ("a annoncé mardi 27 mars" in an article of Tuesday 17 March),
            # and the tense does not move them a year away
            direction = "nearest"
        return min(candidates, key=lambda c: (_weekday_cost(c, around, weekday, direction),
                                              c.start > around.end))
    return _choose(candidates, around, direction)


# What a written weekday and a clause's tense are worth, in days of distance from the
# reference: a wrong weekday is a common slip ("mardi 5 novembre" for Monday the 5th) and a
# tense is sometimes misread, but a date a year from the article is rarely meant when a near
# one fits the words; so a weekday outweighs half a year, a direction a year.
WEEKDAY_SLIP_DAYS = 200
DIRECTION_SLIP_DAYS = 400
# How far a written weekday's day may lie from the reference and still be the one meant.
_YEAR_DAYS = 366
# How near the reference a day with a slipped weekday is read as the article's own days.
_SLIP_DAYS = 14


def _weekday_cost(candidate: PartialDate, around: PartialDate, weekday: int,
                  direction: str) -> int:
    """How unlikely a day is as the meaning of a weekday, day and month written without year."""
    cost = _gap(candidate, around)
    if candidate.start.isoweekday() != weekday:
        cost += WEEKDAY_SLIP_DAYS
    if _choose([candidate], around, direction) is None:  # against the clause's direction
        cost += DIRECTION_SLIP_DAYS
    return cost


def full_year(short: int, reference: PartialDate | None) -> int:
    """The year of two written digits: the one from 80 years before the reference's year to 20
    after ("93" in 2002 is 1993, "05" is 2005); around 2000 without a reference."""
    base = reference.start.year if reference is not None else 2000
    return next(year for year in range(base - 79, base + 21) if year % 100 == short)


def weekday_agrees(spec: Spec, placed: PartialDate | None) -> bool:
    """Whether a day placed in time falls on the weekday its words name (if they name one)."""
    if spec.weekday is None or spec.day is None or not is_day_level(placed):
        return True
    return placed.start.isoweekday() == spec.weekday  # type: ignore[union-attr]


def is_day_level(date: PartialDate | None) -> bool:
    return date is not None and date.granularity in ("day", "minute")


def with_time(day: Day, spec: Spec) -> PartialDate:
    if spec.hour is not None:
        return minute_date(day, spec.hour, spec.minute or 0)
    return day_date(day)


def on_weekday(spec: Spec, reference: PartialDate, direction: str) -> PartialDate | None:
    """A weekday (with a day of the month, "jeudi 15") near a day, in the clause's direction."""
    if not is_day_level(reference) or spec.weekday is None:
        return None
    today = reference.start
    if spec.unit == "week":  # "mardi de la semaine prochaine"
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7 * (spec.shift or 0))
        return with_time(monday + timedelta(days=spec.weekday - 1), spec)
    if spec.unit == "day":  # "lundi en huit": the first Monday at least a week ahead
        first = today + timedelta(days=spec.shift or 0)
        return with_time(first + timedelta(days=(spec.weekday - first.isoweekday()) % 7), spec)
    reach = 75 if spec.day is not None else 28
    days = [today + timedelta(days=k) for k in range(-reach, reach + 1)]
    days = [d for d in days
            if d.isoweekday() == spec.weekday and (spec.day is None or d.day == spec.day)]
    if not days and spec.day is not None:  # the weekday contradicts the day: trust the day
        return day_of_month(replace(spec, weekday=None), reference, direction)
    chosen = _choose([day_date(d) for d in days], day_date(today), direction)
    return None if chosen is None else with_time(chosen.start, spec)


def day_of_month(spec: Spec, reference: PartialDate, direction: str) -> PartialDate | None:
    """"le 16 à 18h": a day of a month the reference gives (the months around it)."""
    if spec.day is None:
        return None
    candidates = []
    for shift in range(-2, 3):
        month = add_months(reference.start.replace(day=1), shift)
        if valid_date(month.year, month.month, spec.day):
            candidates.append(with_time(month.replace(day=spec.day), spec))
    around = day_date(reference.start) if is_day_level(reference) else reference
    return _choose(candidates, around, direction)


def period(spec: Spec, reference: PartialDate) -> PartialDate | None:
    """"les trois derniers mois": the whole units before (or after) the reference's unit."""
    unit, count = spec.unit or "day", spec.count or 0
    if not _fine_enough(reference, unit):
        return None
    near, far = (-1, count) if count < 0 else (1, count)
    first = at_granularity(_moved(reference.start, unit, min(near, far)), unit)
    last = at_granularity(_moved(reference.start, unit, max(near, far)), unit)
    return PartialDate(f"{first.value}/{last.value}", first.granularity, first.start, last.end)


def weekend(spec: Spec, reference: PartialDate, direction: str) -> PartialDate | None:
    if not is_day_level(reference):
        return None
    weeks = [(reference.start + timedelta(days=7 * k)).isocalendar() for k in range(-3, 4)]
    candidates = [week_date(w[0], w[1], weekend=True) for w in weeks]
    return _choose(candidates, day_date(reference.start), direction)


_NEEDS = {"day": "day", "week": "day", "weekend": "day", "month": "month", "quarter": "month",
          "half": "month", "year": "year", "decade": "year", "century": "year"}


def _fine_enough(reference: PartialDate, unit: str) -> bool:
    order = {g: i for i, g in enumerate(GRANULARITIES)}
    return order[reference.granularity] <= order[_NEEDS.get(unit, "day")]


def _moved(day: Day, unit: str, shift: int) -> Day:
    if unit == "day":
        return day + timedelta(days=shift)
    if unit == "week":
        return day + timedelta(days=7 * shift)
    if unit in ("month", "quarter", "half"):
        return add_months(day, shift * {"month": 1, "quarter": 3, "half": 6}[unit])
    if unit == "decade":
        return add_months(day, 120 * shift)
    if unit == "century":
        return add_months(day, 1200 * shift)
    return add_months(day, 12 * shift)


def deictic(spec: Spec, reference: PartialDate) -> PartialDate | None:
    """"hier", "la semaine prochaine", "le mois dernier", "il y a trois jours"."""
    unit, shift = spec.unit or "day", spec.shift or 0
    if not _fine_enough(reference, unit):
        return None
    if spec.turn:  # "la nouvelle année": the next one when it starts nearer than this one
        this = at_granularity(reference.start, unit).start
        following = at_granularity(_moved(this, unit, 1), unit).start
        shift += (following - reference.start) < (reference.start - this)
    day = _moved(reference.start, unit, shift)
    if unit == "day":
        return with_time(day, spec)
    return at_granularity(day, unit)


def from_anchor(spec: Spec, base: PartialDate) -> PartialDate:
    """A date counted from another one ("le lendemain", "un an plus tôt"), never finer than it;
    a distance in weeks ("une semaine plus tôt") is a day, a week named ("la semaine
    précédente") that week."""
    unit = spec.unit or "day"
    day = _moved(base.start, unit, spec.shift or 0)
    granularity = coarser("day" if unit == "week" and not spec.as_week else unit,
                          base.granularity)
    if granularity == "day":
        return with_time(day, spec)
    return at_granularity(day, granularity)


def relative_value(spec: Spec) -> tuple[str, str | None]:
    """An unresolved relative date as a duration and a direction: P2M, BEFORE."""
    code = {"day": "D", "week": "W", "month": "M", "year": "Y"}.get(spec.unit or "day", "D")
    shift = spec.shift or 0
    return f"P{abs(shift)}{code}", ("BEFORE" if shift < 0 else "AFTER" if shift > 0 else None)
