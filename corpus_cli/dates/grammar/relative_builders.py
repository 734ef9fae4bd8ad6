"""Builders of relative expressions: deictic ("hier", "la semaine prochaine"), weekdays,
shifts ("il y a trois jours"), periods, dates counted from another, durations, sets, vague
references and times of day."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .builders import clock, expression_at, relative_adjective
from .context import CLOCK_BEFORE, inside_name, lean_before
from .spec import Expression, Spec
from .words import APOS, S, alternation, key, lexicon_section, number, unit_words

if TYPE_CHECKING:
    from .rules import Grammar

_DURATION_CODES = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H",
                   "minute": "M"}

def build_weekday_of_week(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    """"mardi de la semaine prochaine", "lundi cette semaine": a weekday of a named week."""
    weekday = g.weekdays[key(m.group("wd"))]
    adjective = key(m.group("adj") or "")
    if m.group("this"):
        fields: dict[str, Any] = {"shift": 0}
    elif adjective in ("qui vient",):
        fields = {"shift": 1}
    elif adjective in ("d'après", "d'avant"):
        fields = {"shift": 1 if adjective == "d'après" else -1, "anchor": "previous"}
    else:
        fields = {**relative_adjective(g, adjective), "strict": False}
    return [expression_at(m, text, "", Spec(weekday=weekday, unit="week", **fields))]


def build_period(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    """"les trois derniers mois", "les deux prochaines semaines": the units before or after."""
    words = key(m.group("adj") or m.group("adj2") or "")
    if not words:
        return []
    amount, approximate = _amount(g, m)
    unit = g.units[key(m.group("unit"))]
    if amount is None or amount != int(amount) or unit in ("hour", "minute"):
        value = "PAST_REF" if words.startswith(("dern", "pass", "écoul")) else "FUTURE_REF"
        return [expression_at(m, text, "", Spec(kind="vague", value=value), group="q")]
    sign = -1 if words.startswith(("dern", "pass", "écoul")) else 1
    if words.startswith("suivant"):  # "les trois jours suivants" count from the narrative
        return []
    spec = Spec(unit=unit, count=sign * int(amount), mod="APPROX" if approximate else None)
    start = m.start("det") if m.group("det") else m.start("q")
    return [Expression(start, m.end(), text[start:m.end()], "", spec)]



def build_deictic_day(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    shift = g.deictic_days[key(m.group("w"))]
    return [expression_at(m, text, "", Spec(unit="day", shift=shift, **clock(m)))]


_UNIT_OF_WORD = unit_words("day_parts", "times_of_day", "night_and_week_end")


def build_demonstrative(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    unit = _UNIT_OF_WORD[key(m.group("unit"))]
    suffix = key(m.group("suffix") or "").replace(" ", "")
    anchor = "previous" if suffix.endswith("là") else None
    if unit == "weekend" and anchor is None:  # "ce week-end": the nearest one in the clause's
        return [expression_at(m, text, "", Spec(weekend=True))]  # direction
    if anchor is not None:  # "ce jour-là", "cette année-là": the time the text is telling
        return [expression_at(m, text, "", Spec(unit="day" if unit == "weekend" else unit,
                                              shift=0, anchor=anchor))]
    return [expression_at(m, text, "", Spec(unit=unit, shift=0))]


def build_same_unit(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    """"la même année", "cette même semaine": the year or the week of the time the text is
    telling, as "cette année-là"."""
    unit = _UNIT_OF_WORD[key(m.group("unit"))]
    return [expression_at(m, text, "", Spec(unit=unit, shift=0, anchor="previous"))]


def build_unit_adjective(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    unit = _UNIT_OF_WORD[key(m.group("unit"))]
    adjective = key(m.group("adj"))
    if adjective in ("en cours",):
        fields: dict[str, Any] = {"shift": 0}
    elif adjective == "qui vient":
        fields = {"shift": 1, "strict": True}
    elif adjective in ("d'avant", "d'après"):
        fields = {"shift": -1 if adjective == "d'avant" else 1, "anchor": "previous"}
    else:
        fields = relative_adjective(g, adjective)
    if unit == "weekend" and fields.get("anchor") is None:
        return [expression_at(m, text, "", Spec(weekend=True, **fields))]
    if unit == "week" and fields.get("anchor") == "previous":
        fields["as_week"] = True  # "la semaine précédente": that week, not a day 7 days off
    return [expression_at(m, text, "", Spec(unit="day" if unit == "weekend" else unit,
                                          **{**fields, "strict": False}))]


def build_unit_modified(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    unit = _UNIT_OF_WORD[key(m.group("unit"))]
    mod = g.modifiers[key(m.group("mod"))]
    return [expression_at(m, text, "", Spec(unit=unit, shift=0, mod=mod))]


_SAID_AFTER = re.compile(rf"{S}?,?{S}(?:de|d{APOS}|du|des|en|il{S}y{S}a|dans|où)(?![\w])",
                        re.IGNORECASE)


def build_turn(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    """"la nouvelle année": the year starting nearest the reference; "la même époque": the same
    month a year before."""
    if m.group("turn"):
        spec = Spec(unit=lexicon_section("turns")[key(m.group("turn"))], shift=0, turn=True)
    elif _SAID_AFTER.match(text, m.end()):
        return []  # "à la même époque en 2019", "il y a quatre ans": the words after say when
    else:
        unit = lexicon_section("same_time_last_year")[key(m.group("same"))]
        spec = Spec(unit=unit, shift=-12 if unit == "month" else -1)
    return [expression_at(m, text, "", spec)]


def build_weekday(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    if inside_name(text, m.start("wd"), m.group("wd")):
        return []  # "le Journal du Dimanche"
    weekday = g.weekdays[key(m.group("wd"))]
    adjective = key(m.group("adj") or "")
    if adjective.startswith("en "):  # "lundi en huit": the first Monday a week or more ahead
        fields: dict[str, Any] = {"unit": "day", "shift": 7 if adjective[3:] in ("huit", "8")
                                  else 14}
    elif adjective in ("d'après", "d'avant"):
        fields = {"shift": 1 if adjective == "d'après" else -1, "anchor": "previous"}
    elif m.group("there") and m.group("dem"):  # "ce dimanche-là": the story's, not this week's
        fields = {"shift": 0, "anchor": "previous"}
    else:
        fields = relative_adjective(g, adjective)
    spec = Spec(weekday=weekday, lean=lean_before(text, m.start()), **fields, **clock(m))
    return [expression_at(m, text, "", spec)]


def build_weekday_list(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    fields = relative_adjective(g, m.group("adj").rstrip("s"))
    offset = m.start("list")
    return [Expression(offset + one.start(), offset + one.end(), one.group(0), "coordination",
                       Spec(weekday=g.weekdays[key(one.group(0))], **fields))
            for one in re.finditer(alternation(g.weekdays), m.group("list"), re.IGNORECASE)]


def _amount(g: Grammar, m: re.Match[str]) -> tuple[float | None, bool]:
    """The quantity of a match and whether it is approximate ("une dizaine de")."""
    written = key(m.group("q"))
    if written in ("quelques", "plusieurs", "des"):
        return None, True
    approximate = re.match(r"une (\S+?) ?(?:de|d')$", written)
    if approximate:
        return float(g.approximate[approximate.group(1)]), True
    value = number(written)
    if value is not None and m.groupdict().get("demi"):
        value += 0.5
    return value, False


# French counts one and two weeks as eight and fifteen days ("dans huit jours", "il y a
# quinze jours"): days as the weeks they mean.
_WEEKS_IN_DAYS = {8: 7, 15: 14}


def _in_weeks(unit: str, amount: float) -> float:
    """The number of days "huit jours" and "quinze jours" mean (7 and 14), else `amount`."""
    return float(_WEEKS_IN_DAYS.get(int(amount), amount)) if (
        unit == "day" and amount == int(amount)) else amount


def _whole_units(unit: str, amount: float) -> tuple[str, int]:
    """A quantity of a unit as a whole number of a unit a calendar can add."""
    if unit == "decade":
        return "year", round(amount * 10)
    if unit == "century":
        return "year", round(amount * 100)
    if unit == "quarter":
        return "month", round(amount * 3)
    if unit == "half":
        return "month", round(amount * 6)
    if unit in ("hour", "minute"):
        per_day = 24 if unit == "hour" else 24 * 60
        return "day", int(amount // per_day)
    if amount != int(amount):
        smaller = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7)}
        if unit in smaller:
            name, factor = smaller[unit]
            return name, round(amount * factor)
    return unit, int(amount)


def _approx_mod(words: str | None, sign: int) -> str | None:
    phrase = key(words or "")
    if not phrase:
        return None
    if phrase in ("plus de", "au moins"):
        return "BEFORE" if sign < 0 else "AFTER"
    if phrase == "moins de":
        return "AFTER" if sign < 0 else "BEFORE"
    return "APPROX"


def build_shift(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    opener = key(m.group("p"))
    sign = 1 if opener.startswith(("dans", "d'ici")) else -1
    amount, approximate = _amount(g, m)
    unit = g.units[key(m.group("unit"))]
    if amount is None:
        value = "FUTURE_REF" if sign > 0 else "PAST_REF"
        return [expression_at(m, text, "", Spec(kind="vague", value=value))]
    mod = "BEFORE" if opener.startswith("d'ici") else _approx_mod(m.group("approx"), sign)
    if approximate and mod is None:
        mod = "APPROX"
    whole_unit, count = _whole_units(unit, _in_weeks(unit, amount))
    return [expression_at(m, text, "", Spec(unit=whole_unit, shift=sign * count, mod=mod))]


# Units of which an untold number still ends the same day ("quelques heures plus tard").
_WITHIN_A_DAY = frozenset({"hour", "minute", "second"})


def build_relative(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    direction = key(m.group("dir"))
    sign = -1 if direction in ("plus tôt", "auparavant", "avant") else 1
    amount, approximate = _amount(g, m)
    event = m.group("evt") is not None and direction in ("avant", "après")
    unit = g.units[key(m.group("unit"))]
    if amount is None and unit in _WITHIN_A_DAY and not event:
        # "quelques heures plus tard": the day told before, at the day's precision
        return [expression_at(m, text, "", Spec(unit="day", shift=0, anchor="previous"))]
    if amount is None:
        spec = Spec(kind="vague", anchor="event" if event else "previous")
        return [expression_at(m, text, "", spec)]
    whole_unit, count = _whole_units(unit, amount)
    spec = Spec(unit=whole_unit, shift=sign * count, anchor="event" if event else "previous",
                mod="APPROX" if approximate else None)
    return [expression_at(m, text, "", spec)]


_NEXT_DAYS = {"lendemain": 1, "veille": -1, "surlendemain": 2, "avant-veille": -2}


def build_next_day(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    last_word = key(m.group("w")).replace("’", "'").split()[-1].removeprefix("l'")
    shift = _NEXT_DAYS.get(last_word, 0)
    anchor = "event" if m.group("evt") else "previous"
    return [expression_at(m, text, "", Spec(unit="day", shift=shift, anchor=anchor))]


def _duration_value(unit: str, amount: float | None) -> str:
    """TimeML duration: P3D, P2W, P6M, P1.5Y, PT48H, PXY (an unknown number)."""
    if amount is None:
        if unit in ("decade", "century"):  # TimeML: PXDE, PXCE
            return "PXDE" if unit == "decade" else "PXCE"
        count = "X"
    else:
        factor = {"decade": 10, "century": 100, "quarter": 3, "half": 6}.get(unit, 1)
        total = amount * factor
        count = str(int(total)) if total == int(total) else f"{total:g}"
    code = {"decade": "Y", "century": "Y", "quarter": "M", "half": "M"}.get(
        unit, _DURATION_CODES.get(unit, "D"))
    return f"PT{count}{code}" if unit in ("hour", "minute") else f"P{count}{code}"




def build_duration(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    groups = m.groupdict()
    if groups.get("unit") is None:  # "en 48h"
        start = m.start("q")
        spec = Spec(kind="duration", value=_duration_value("hour", float(m.group("q"))))
        return [Expression(start, m.end(), text[start:m.end()], "", spec)]
    amount, approximate = _amount(g, m)
    unit = g.units[key(m.group("unit"))]
    if key(m.group("q")) in ("un", "une") and unit == "day" and not groups.get("approx"):
        return []  # "un jour" is "some day", not a duration
    if unit == "hour" and CLOCK_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return []  # "à 15 heures" is a time of day
    words = key(groups.get("approx") or "")
    mod = {"plus de": "MORE_THAN", "au moins": "MORE_THAN", "moins de": "LESS_THAN"}.get(
        words, "APPROX" if words or (approximate and amount is not None) else None)
    return [expression_at(m, text, "", Spec(kind="duration", value=_duration_value(unit, amount),
                                          mod=mod))]


def build_set(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    groups = m.groupdict()
    if groups.get("wd"):
        value = f"XXXX-WXX-{g.weekdays[key(groups['wd'])]}"
    else:
        word = key(groups["unit"])
        if word.startswith("week-end"):
            value = "XXXX-WXX-WE"
        else:
            unit = "day" if word in ("matins", "soirs") else g.units[word]
            amount = number(groups["q"]) if groups.get("q") else 1.0
            value = _duration_value(unit, amount)
    return [expression_at(m, text, "", Spec(kind="set", value=value))]


def build_vague(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    value = g.vague[key(m.group(0)).replace("à", "a")]  # "A l'époque" is "à l'époque"
    return [expression_at(m, text, "", Spec(kind="vague", value=value))]


_TIME_MODS = {"vers": "APPROX", "aux alentours de": "APPROX", "autour de": "APPROX",
              "avant": "BEFORE", "après": "AFTER"}


def build_time(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    if m.group("minute") is None and re.match(rf"{S}(?:de|d{APOS})(?![\w])", text[m.end():],
                                                re.IGNORECASE) and not m.group("ampm"):
        return []  # "à 2 heures de route" is a distance
    hour = int(m.group("hour"))
    if m.group("ampm") and not key(m.group("ampm")).endswith("matin") and hour < 12:
        hour += 12
    mod = _TIME_MODS.get(key(m.group("pre")))
    start = m.start() if mod else m.start("hour")
    spec = Spec(hour=hour, minute=int(m.group("minute") or 0), mod=mod, anchor="previous")
    return [Expression(start, m.end(), text[start:m.end()], "", spec)]
