"""Resolving expressions: a TimeML value at the precision the text gives, the covered
interval, a mod, and what it was anchored on; and `parse_date` for one absolute date string."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Any

from corpus_cli.dates.calendar import PartialDate, day_date

from .find import find
from .place import (
    absolute,
    day_of_month,
    deictic,
    direction_of,
    from_anchor,
    full_year,
    is_day_level,
    on_weekday,
    period,
    relative_value,
    weekday_agrees,
    weekend,
    with_time,
    yearless,
)
from .rules import compiled_grammar
from .spec import Expression, Spec


def _eve(spec: Spec) -> bool:
    """ "la veille", "l'avant-veille": a day or two before a day."""
    return spec.unit == "day" and spec.shift in (-1, -2) and spec.weekday is None


def _place(spec: Spec, reference: PartialDate | None, tense: str | None,
           previous: PartialDate | None) -> tuple[PartialDate | None, str | None]:
    """A Spec placed in time, and what it was anchored on."""
    if spec.short_year is not None:  # "octobre 98": the century of the publication date
        spec = replace(spec, year=full_year(spec.short_year, reference), short_year=None)
    if spec.anchor == "previous" and spec.weekday is not None:  # "mardi suivant"
        base = previous if is_day_level(previous) else reference
        if spec.shift == 0:  # "ce dimanche-là": the one nearest the story's day, that day too
            base = previous if is_day_level(previous) else None
        if base is None or not is_day_level(base):
            return None, "previous"
        direction = "nearest" if spec.shift == 0 else "before" if (spec.shift or 0) < 0 else "after"
        if spec.unit != "week":  # "mardi suivant"; "mardi de la semaine suivante" keeps its week
            spec = replace(spec, strict=spec.shift != 0, unit=None)
        placed = on_weekday(replace(spec, anchor=None), base, direction)
        return placed, "previous" if base is previous else "document"
    if spec.anchor in ("previous", "event") and spec.unit is not None:
        if spec.anchor == "event" or previous is None:
            return None, "event"
        if _eve(spec) and not is_day_level(previous) and is_day_level(reference):
            # "la veille" counts from a day: after a year or a month ("Tout commence en
            # 2007 (...) La veille, les parties civiles ont déclaré"), the story's day is the
            # publication's, not a day of that year
            return from_anchor(spec, reference), "document"  # type: ignore[arg-type]
        return from_anchor(spec, previous), "previous"
    if spec.hour is not None and spec.day is None and spec.weekday is None and spec.unit is None:
        if is_day_level(previous):
            return with_time(previous.start, spec), "previous"  # type: ignore[union-attr]
        if is_day_level(reference):
            return with_time(reference.start, spec), "document"  # type: ignore[union-attr]
        return None, "document"
    if spec.year is not None or spec.decade is not None or spec.century is not None:
        return absolute(spec), "absolute"
    if previous is not None and spec.weekday is None and spec.unit is None and not spec.weekend:
        return yearless(spec, previous, "nearest"), "previous"
    if reference is None:
        return None, "document"
    direction = direction_of(spec, tense)
    if spec.weekend:
        return weekend(spec, reference, direction), "document"
    if spec.count is not None:
        return period(spec, reference), "document"
    if spec.weekday is not None and spec.month is None:
        return on_weekday(spec, reference, direction), "document"
    if spec.unit is not None:
        return deictic(spec, reference), "document"
    if spec.month is None and spec.day is not None:
        return day_of_month(spec, reference, direction), "document"
    return yearless(spec, reference, direction), "document"


def _place_range(expression: Expression, reference: PartialDate | None, tense: str | None,
                 previous: PartialDate | None) -> tuple[PartialDate | None, str | None]:
    """Both ends of a range; the first takes the year of the second when it has none."""
    assert expression.until is not None
    last, anchor = _place(expression.until, reference, tense, previous)
    if last is None:
        return None, anchor
    spec = expression.spec
    if spec.weekday is not None and spec.month is None:
        first, _ = _place(spec, reference, tense, previous)
        if first is None:
            return None, anchor
        ahead = [first.start + timedelta(days=k) for k in range(7)]
        last = day_date(next(d for d in ahead if d.isoweekday() == expression.until.weekday))
    else:
        if spec.year is None:
            spec = replace(spec, year=last.start.year, year_inherited=True)
        first = absolute(spec)
        if first is not None and first.start > last.start and spec.year_inherited:
            first = absolute(replace(spec, year=spec.year - 1))  # type: ignore[operator]
    if first is None or first.start > last.end:
        return None, anchor
    return PartialDate(f"{first.value}/{last.value}", first.granularity, first.start,
                       last.end), anchor


def as_reference(reference: str | PartialDate | None) -> PartialDate | None:
    if reference is None or isinstance(reference, PartialDate):
        return reference
    text = reference.strip()
    try:
        return PartialDate.from_iso(text.split("T", 1)[0])  # a timestamp counts as its day
    except ValueError:
        return parse_date(text)


def resolve(expression: Expression, reference: str | PartialDate | None = None,
            tense: str | None = None, previous: PartialDate | None = None) -> dict[str, Any]:
    """The normalised fields of an expression: value, granularity, mod, interval, anchor.

    `reference` is the publication date (ISO at any precision); `tense` the direction of the
    governing clause (past|future|present|None); `previous` the date an anaphoric expression
    counts from ("le lendemain"), or the narrative date a year-less one belongs to. A `rule`
    field is added only when the placed day contradicts the weekday written with it (the
    expression's rule + "+weekday_mismatch").
    """
    spec = expression.spec
    fields: dict[str, Any] = {"value": spec.value, "granularity": None, "mod": spec.mod,
                              "start_date": None, "end_date": None, "anchor": None}
    if spec.kind != "date":
        fields["granularity"] = "duration" if spec.kind == "duration" else None
        return fields
    ref = as_reference(reference)
    try:
        if expression.until is not None:
            placed, anchor = _place_range(expression, ref, tense, previous)
        else:
            placed, anchor = _place(spec, ref, tense, previous)
    except (OverflowError, ValueError):
        # Arithmetic that leaves the calendar (a shift of 80 centuries): the expression stays
        # unresolved rather than costing the document its analysis.
        placed, anchor = None, None
    fields["anchor"] = anchor
    if placed is not None:
        fields.update(value=placed.value, granularity=placed.granularity,
                      start_date=placed.start.isoformat(), end_date=placed.end.isoformat())
        if not _weekdays_agree(expression, placed):  # the text contradicts itself: say so
            fields["rule"] = f"{expression.rule}+weekday_mismatch"
    elif anchor == "event":
        value, direction = relative_value(spec)
        fields.update(value=value, granularity="duration", mod=spec.mod or direction)
    return fields


def _weekdays_agree(expression: Expression, placed: PartialDate) -> bool:
    """Whether each end of a placed expression falls on the weekday its words name."""
    if expression.until is None:
        return weekday_agrees(expression.spec, placed)
    if not is_day_level(placed):
        return True
    return (weekday_agrees(expression.spec, day_date(placed.start))
            and weekday_agrees(expression.until, day_date(placed.end)))


def resolve_relative(date_row: dict[str, Any], event_date_row: dict[str, Any]) -> dict[str, Any]:
    """A date row counted from an event ("deux mois avant la visite", anchor "event"), dated
    from the date row of that event: from its first day, or its last when counted after it.
    Any other row is returned unchanged (as a copy)."""
    row = dict(date_row)
    value = row.get("value") or ""
    relative = re.fullmatch(r"P(\d+)([DWMY])", value)
    if row.get("anchor") != "event" or row.get("granularity") != "duration" or relative is None:
        return row
    try:
        base = PartialDate.from_iso(str(event_date_row.get("value") or ""))
    except ValueError:
        return row
    count = int(relative.group(1))
    sign = -1 if row.get("mod") == "BEFORE" else 1
    if sign > 0 and is_day_level(base) and base.end > base.start:
        base = day_date(base.end)  # "au lendemain du sommet" of 24-26 August: the 27th
    unit = {"D": "day", "W": "week", "M": "month", "Y": "year"}[relative.group(2)]
    try:
        placed = from_anchor(Spec(unit=unit, shift=sign * count), base)
    except (OverflowError, ValueError):  # "9 000 ans avant la visite": off the calendar
        return row
    row.update(value=placed.value, granularity=placed.granularity, mod=None,
               start_date=placed.start.isoformat(), end_date=placed.end.isoformat(),
               rule=f"{row.get('rule') or 'relative'}+event")
    return row


def parse_date(text: str) -> PartialDate | None:
    """The first absolute date written in a string (a byline, a header), at its precision.

    "Publié le 15 décembre 2016 à 11h30" -> 2016-12-15T11:30; "date 2016-12" -> 2016-12 (a
    month stays a month); "jeudi, octobre 16, 2025" -> 2025-10-16. None when no date with a
    year is written.
    """
    for expression in find(text, compiled_grammar(english=True)):
        spec = expression.spec
        if spec.kind != "date" or spec.year is None or spec.anchor is not None:
            continue
        placed = absolute(spec)
        if placed is not None and placed.granularity in ("year", "month", "day", "minute"):
            return replace(placed, text=expression.text, offset=expression.start)
    return None
