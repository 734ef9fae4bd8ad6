"""Dates that come back: every year's month ("chaque année en mai"), every day's time
("chaque matin à 6 h 30"), every week's day ("le dimanche" in a present clause): a set, with no
day to place on the calendar."""

from __future__ import annotations

import re

from corpus_cli.dates.grammar.spec import Expression, Spec

# After "le dimanche": the Sunday of something ("le dimanche de Pâques"), not every Sunday.
_OF_SOMETHING = re.compile(r"\s+(?:de|du|des|d['’])(?![\w])", re.IGNORECASE)
# "chaque année", "tous les ans" right before a month: a date that comes back every year.
_EVERY_YEAR = re.compile(r"(?<![\w])(?:chaque\s+année|tous\s+les\s+ans|chaque\s+an)"
                         r"[\s,]*(?:(?:en|au|le|la|l['’]|à|début|fin|mi-?)\s*)*$", re.IGNORECASE)
# "chaque matin", "tous les soirs" before a time of day in its sentence: a daily time.
_EVERY_DAY = re.compile(r"(?<![\w])(?:chaque\s+(?:jour|matin|soir|nuit|après-midi)|tous\s+les\s+"
                        r"(?:jours|matins|soirs)|toutes\s+les\s+nuits)(?![\w])[^.!?]*$",
                        re.IGNORECASE)

# "par semaine", "chaque semaine" right before a weekday: every week's day ("quatre
# après-midis par semaine, du lundi au jeudi"), no week placed.
_EVERY_WEEK = re.compile(r"(?<![\w])(?:par\s+semaine|chaque\s+semaine|toutes\s+les\s+semaines)"
                         r"[\s,]*(?:(?:le|les|du|de|et)\s+)*$", re.IGNORECASE)


def habitual(expression: Expression, tense: str | None, text: str,
             on_noun: bool = False, imperfect: bool = False) -> Expression:
    """A month "chaque année" or "tous les ans" is every year's, a set with no year to place;
    so is a time of day after "chaque matin" or "tous les soirs" in its sentence, every day's.
    "le dimanche" with no day, shift or anchor of its own, in a present or future clause,
    is every Sunday ("animera désormais l'émission le dimanche"): a set, no day to place. In
    a past clause it is the story's Sunday ("Le dimanche, il a visité l'usine"), but after a
    verb in the imperfect (`imperfect`: "il partait le jeudi") and complementing a noun
    (`on_noun`: "une séance de questions le mardi") it is a weekly slot."""
    spec = expression.spec
    if (spec.kind == "date" and spec.month is not None and spec.year is None
            and spec.shift is None and spec.anchor is None
            and _EVERY_YEAR.search(text, max(0, expression.start - 30), expression.start)):
        # "Chaque année en mai, des commémorations sont organisées": every May, no May placed
        day = f"-{spec.day:02d}" if spec.day is not None else ""
        return _set(expression, f"XXXX-{spec.month:02d}{day}")
    if (spec.kind == "date" and spec.hour is not None and spec.day is None
            and spec.weekday is None and spec.shift is None
            and _EVERY_DAY.search(text, max(0, expression.start - 80), expression.start)):
        # "Chaque matin, elle met le réveil à 6 h 30": every day's time, no day placed
        return _set(expression, f"XXXX-XX-XXT{spec.hour:02d}:{spec.minute or 0:02d}")
    if (spec.kind == "date" and spec.weekday is not None and spec.day is None
            and spec.month is None and spec.shift is None and spec.anchor is None
            and _EVERY_WEEK.search(text, max(0, expression.start - 40), expression.start)):
        return _set(expression, f"XXXX-WXX-{spec.weekday}")  # every week's day
    if (spec.kind != "date" or spec.weekday is None
            or (tense not in ("present", "future") and not on_noun and not imperfect)
            or not expression.text.lower().startswith("le ")
            or any(field is not None for field in (spec.year, spec.month, spec.day, spec.shift,
                                                   spec.anchor, spec.easter))
            or _OF_SOMETHING.match(text, expression.end)):
        return expression
    return _set(expression, f"XXXX-WXX-{spec.weekday}")


def _set(expression: Expression, value: str) -> Expression:
    """The expression read as a set of times (TimeML value `value`)."""
    return Expression(expression.start, expression.end, expression.text, "set",
                      Spec(kind="set", value=value))
