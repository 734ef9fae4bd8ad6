"""Builders of calendar expressions: a regex match -> `Expression`s with what the words say.

Written dates (numeric, textual, months, years), their coordinations and ranges, decades,
centuries, seasons, quarters and holidays. Deictic and relative expressions, durations, sets
and times of day are in relative_builders.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date as Day
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from corpus_cli.dates.calendar import MAX_YEAR, MIN_YEAR, valid_date

from .context import identifier_before, lean_before, quantity_after
from .spec import Expression, Spec
from .words import alternation, key, lexicon_section, lexicon_words, number, roman

if TYPE_CHECKING:
    from .rules import Grammar

def day_number(word: str) -> int:
    digits = re.match(r"\d+", word)
    return int(digits.group(0)) if digits else 1  # "premier", "1er"


def expression_at(match: re.Match[str], text: str, rule: str, spec: Spec,
                group: str | int = 0, until: Spec | None = None) -> Expression:
    start, end = match.span(group)
    return Expression(start, end, text[start:end], rule, spec, until)


def clock(m: re.Match[str]) -> dict[str, Any]:
    """The `hour` and `minute` fields of a match with a time of day, else none."""
    groups = m.groupdict()
    if groups.get("hour") is None:
        return {}
    return {"hour": int(groups["hour"]), "minute": int(groups.get("minute") or 0)}


def build_numeric(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    if identifier_before(text, m.start()):
        return []
    year_text = m.group("y")
    year = int(year_text)
    if len(year_text) == 2:
        if m.group("sep").strip() not in ("/", "."):
            return []
        year += 2000 if year < 50 else 1900
    month, day = int(m.group("m")), int(m.group("d")) if m.group("d") else None
    if not valid_date(year, month, day):
        return []
    return [expression_at(m, text, "", Spec(year=year, month=month, day=day, **clock(m)))]


def build_textual(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    groups = m.groupdict()
    weekday = g.weekdays[key(groups["wd"])] if groups.get("wd") else None
    day = day_number(groups["d"])
    month = g.month(groups["mon"]) if groups.get("mon") else None
    year = int(groups["y"]) if groups.get("y") else None
    if not valid_date(year, month, day):
        return []
    start = m.start("wd") if groups.get("wd") else m.start("d")  # "le" is not part of it
    end = m.end()
    written = groups.get("yy")
    short = _short_year(written, text, m.end("yy")) if written else None
    if groups.get("yy") and short is None:  # "le 3 mars 15 personnes": not a year
        end = m.end("mon")
    if month is None:  # "jeudi 15", "le 16 à 18h": a day of a month the reference gives
        spec = Spec(weekday=weekday, day=day, **clock(m))
    else:  # the weekday stays: it decides the year ("mercredi 25 avril")
        fields = relative_adjective(g, groups.get("adj"))  # "le 15 décembre dernier"
        spec = Spec(year=year, month=month, day=day, weekday=weekday, short_year=short,
                    **fields, **clock(m))
    return [Expression(start, end, text[start:end], "", spec)]


def _short_year(written: str, text: str, end: int) -> int | None:
    """Two digits written as a year ("98", "'93"), unless a unit or a count follows them."""
    if quantity_after(text, end) or _unit_after(text, end):
        return None
    return int(written.lstrip("'’"))


def _unit_after(text: str, end: int) -> bool:
    following = re.match(r"[^\S\n]{1,3}(?P<w>[^\W\d_]+)", text[end:end + 30])
    return following is not None and key(following.group("w")) in lexicon_section("units")


def build_short_year(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    """"en 97", "l'été '93": a year written with two digits; its century comes from the
    publication date when the expression is placed."""
    group = "yy" if m.group("yy") else "ya"
    if identifier_before(text, m.start(group)):
        return []
    short = _short_year(m.group(group), text, m.end())
    if short is None:
        return []
    start = m.start(group) - (1 if group == "ya" else 0)  # "'93" keeps its apostrophe
    spec = Spec(short_year=short, lean=lean_before(text, m.start()))
    return [Expression(start, m.end(), text[start:m.end()], "", spec)]



def build_month(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    month = g.month(m.group("mon"))
    groups = m.groupdict()
    year_text = groups.get("y")
    short = _short_year(groups["yy"], text, m.end()) if groups.get("yy") else None
    if groups.get("yy") and short is None:
        return []  # "mars 15 personnes"; the month alone is the rule "month"
    if short is not None and m.group("mon")[0].isupper() and g.month_trigger.search(
            text, max(0, m.start() - 40), m.start()) is None:
        return []  # "l'association Mars 51": a name, unless "en Mars 51"
    fields = relative_adjective(g, groups.get("adj"))  # "en avril dernier"
    if year_text is None and short is None and not fields and not _month_named(g, m, text):
        return []  # a bare month name is not a date: "la planète Mars"
    year = int(year_text) if year_text else None
    if not valid_date(year, month, None):
        return []
    spec = Spec(year=year, month=month, short_year=short, lean=lean_before(text, m.start()),
                **fields)
    return [expression_at(m, text, "", spec)]


_OF_BEFORE = re.compile(r"(?<![\w])(?:de|d['’])[^\S\n]{0,2}$", re.IGNORECASE)


def _month_named(g: Grammar, m: re.Match[str], text: str) -> bool:
    """A month name is a date after a trigger ("en mars", "fin mars"), or written lower-case
    after "de" ("la rentrée de septembre", "les élections d'avril")."""
    window = max(0, m.start() - 40)
    if g.month_trigger.search(text, window, m.start()) is not None:
        return True
    return m.group("mon")[0].islower() and _OF_BEFORE.search(text, window, m.start()) is not None


def build_year(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    year = int(m.group("y"))
    named = not m.group(0)[0].isdigit()  # "l'année 2016", "l'an 2000"
    if not named and (identifier_before(text, m.start()) or quantity_after(text, m.end())):
        return []
    return [expression_at(m, text, "", Spec(year=year, lean=lean_before(text, m.start())))]


def _item_spec(g: Grammar, item: re.Match[str]) -> Spec:
    groups = item.groupdict()
    return Spec(year=int(groups["y"]) if groups.get("y") else None,
                month=g.month(groups["mon"]) if groups.get("mon") else None,
                day=day_number(groups["d"]),
                weekday=g.weekdays[key(groups["wd"])] if groups.get("wd") else None)


def _inherit(spec: Spec, later: Spec) -> Spec:
    """A member without month or year takes them from the member after it ("les 15 et 16 mars")."""
    if spec.month is None:
        spec = replace(spec, month=later.month, year=later.year,
                       year_inherited=later.year is not None)
    elif spec.year is None and later.year is not None:
        spec = replace(spec, year=later.year, year_inherited=True)
    return spec


def build_coordination(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    items = [i for i in g.item.finditer(text, m.start(), m.end())
             if i.start() == 0 or not text[i.start() - 1].isalnum()]
    specs = [_item_spec(g, i) for i in items]
    for index in range(len(specs) - 2, -1, -1):
        specs[index] = _inherit(specs[index], specs[index + 1])
    if len(specs) < 2 or not all(valid_date(s.year, s.month, s.day) for s in specs):
        return []
    return [expression_at(i, text, "coordination", s) for i, s in zip(items, specs, strict=True)]


def build_day_range(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    opener, joiner = key(m.group("p") or ""), key(m.group("q") or m.group("dash"))
    if (joiner.startswith("et") != (opener == "entre") or (opener == "du" and joiner != "au")
            or (opener == "de") != (joiner == "à")):
        return []  # "du … au", "entre … et", "de jeudi 9 à vendredi 10 mai"; "15 et 16 mars"
        # is a coordination
    first = g.item.fullmatch(m.group("a"))
    last = g.item.fullmatch(m.group("b"))
    if first is None or last is None:
        return []
    end = replace(_item_spec(g, last), **relative_adjective(g, m.group("adj")))  # "prochain"
    start = _inherit(_item_spec(g, first), end)
    if not (valid_date(start.year, start.month, start.day)
            and valid_date(end.year, end.month, end.day)):
        return []
    return [expression_at(m, text, "range", start, until=end)]


def build_day_month(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    """"le 15/12": a day and a month, after an article or a preposition."""
    day, month = int(m.group("d")), int(m.group("m"))
    if not valid_date(None, month, day):
        return []
    start = m.start("d")
    return [Expression(start, m.end(), text[start:m.end()], "", Spec(month=month, day=day))]


def build_week_of(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    year = int(m.group("y")) if m.group("y") else None
    month, day = g.month(m.group("mon")), day_number(m.group("d"))
    if not valid_date(year, month, day):
        return []
    return [expression_at(m, text, "", Spec(year=year, month=month, day=day, as_week=True))]



# Holidays whose name, written lower-case, is also a common noun: a climb, a rise.
_ALSO_NOUNS = frozenset({"ascension", "assomption"})


def _common_noun(m: re.Match[str], text: str) -> bool:
    """A holiday's name written lower-case that is the common noun: after another determiner
    than "l'" ("sa traditionnelle ascension") or with a complement ("l'ascension du K2")."""
    written = m.group("h")
    if not written[0].islower() or key(written) not in _ALSO_NOUNS:
        return False
    before = text[:m.start("h")].rstrip().lower()
    return not before.endswith(("l'", "l’")) or re.match(
        r"[^\S\n]+(?:d(?:e|u|es)(?![\w])|d['’])", text[m.end("h"):]) is not None


def _named_after(m: re.Match[str], text: str) -> bool:
    """A thing named after the holiday that lasts beyond its day ("le marché de Noël", "un
    sapin de Noël", "les œufs de Pâques"): the data file's [holiday_things]."""
    before = re.search(r"([^\W\d_]+)\s+de\s*$", text[max(0, m.start() - 40):m.start()])
    return before is not None and key(before.group(1)) in lexicon_words("holiday_things")


def build_holiday(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    """"Noël", "la Toussaint", "le lundi de Pâques": fixed or counted from Easter."""
    after = text[m.end("h"):m.end("h") + 3]
    if m.group("y") is None and re.match(r"[^\S\n][A-ZÀ-Ý]", after):
        return []  # a first name: "Noël Mamère", "Toussaint Louverture"
    if _common_noun(m, text) or _named_after(m, text):
        return []  # "lors de sa traditionnelle ascension du mont", "le marché de Noël"
    rule = lexicon_section("holidays")[key(m.group("h"))]
    eve = "veille" in key(m.group(0)[:m.start("h") - m.start()])
    year = int(m.group("y")) if m.group("y") else None
    if rule.startswith("easter"):
        spec = Spec(year=year, easter=int(rule[6:] or 0) - eve)
    else:
        month, day = (int(part) for part in rule.split("-"))
        if eve:
            previous = Day(2001, month, day) - timedelta(days=1)
            month, day = previous.month, previous.day
        spec = Spec(year=year, month=month, day=day)
    return [expression_at(m, text, "", spec)]


def build_month_list(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    year = int(m.group("y")) if m.group("y") else None
    if year is None and g.month_trigger.search(text, max(0, m.start() - 40), m.start()) is None:
        return []
    months = list(re.finditer(alternation(g.months), m.group("list"), re.IGNORECASE))
    offset = m.start("list")
    found = [Expression(offset + one.start(), offset + one.end(), one.group(0), "coordination",
                        Spec(year=year, month=g.month(one.group(0))))
             for one in months]
    last = found[-1]  # the year belongs to the last member: "janvier et février 2016"
    found[-1] = replace(last, end=m.end(), text=text[last.start:m.end()])
    return found


def build_month_range(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    """"de mars à mai", "entre mars et mai 2016", "mars-avril"."""
    groups = m.groupdict()
    opener, joiner = key(groups.get("p") or ""), key(m.group("q"))
    if (opener == "entre") != (joiner == "et"):
        return []
    year_b = int(groups["yb"]) if groups.get("yb") else None
    year_a = int(groups["ya"]) if groups.get("ya") else None
    month_a, month_b = g.month(m.group("a")), g.month(m.group("b"))
    inherited = year_a is None and year_b is not None
    if year_a is None and year_b is not None:  # "de décembre à mars 2016": December 2015
        year_a = year_b - 1 if month_a > month_b else year_b
    first = Spec(year=year_a, month=month_a, year_inherited=inherited)
    start = m.start("a") if opener != "entre" else m.start()
    return [Expression(start, m.end(), text[start:m.end()], "range", first,
                       until=Spec(year=year_b, month=month_b))]


def build_year_range(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    opener = key(m.group("p") or "")
    sep = key(m.group("sep"))
    if (sep == "et" and opener != "entre") or (sep in ("à", "au")
                                               and opener not in ("de", "du", "depuis")):
        return []
    if (not opener and identifier_before(text, m.start())) or quantity_after(text, m.end()):
        return []  # "loi 2015-16"; but "au moins entre 1994 et 1997" is a range
    first = int(m.group("a"))
    second_text = m.group("b")
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if not (first < second <= MAX_YEAR and second - first <= 100):
        return []
    return [expression_at(m, text, "range", Spec(year=first), until=Spec(year=second))]


def build_weekday_range(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    if (key(m.group("p")) == "du") != (key(m.group("q")) == "au"):
        return []
    return [expression_at(m, text, "range", Spec(weekday=g.weekdays[key(m.group("a"))]),
                        until=Spec(weekday=g.weekdays[key(m.group("b"))]))]


def build_decade(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    written = m.group("n")
    if written.isdigit() and len(written) == 4:
        if not written.endswith("0") or not MIN_YEAR <= int(written) <= MAX_YEAR:
            return []
        decade = int(written) // 10
    else:
        value = int(written) if written.isdigit() else int(number(written) or 0)
        decade = (190 if value >= 20 else 200) + value // 10
    return [expression_at(m, text, "", Spec(decade=decade))]


def build_century(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    written = m.group("n")
    ordinal = int(written) if written.isdigit() else roman(written)
    if not 1 <= ordinal <= 21:
        return []
    return [expression_at(m, text, "", Spec(century=ordinal - 1))]



def relative_adjective(g: Grammar, adjective: str | None) -> dict[str, Any]:
    """Spec fields of "dernier", "prochain" (strict) and "suivant", "précédent" (anaphoric)."""
    if not adjective:
        return {}
    word = key(adjective)
    if word in g.relative_adjectives:
        return {"shift": g.relative_adjectives[word], "strict": True}
    if word in g.anaphoric_adjectives:
        return {"shift": g.anaphoric_adjectives[word], "anchor": "previous"}
    return {}


_ARTICLES = frozenset({"cet", "ce", "cette", "l'", "le"})


def build_season(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    determiner = key(m.group("det") or "")
    if not determiner and not m.group("y"):
        return []  # "a été" is a verb: a season needs a determiner or a year
    season = m.group("season")
    if season[0].isupper() and not season.isupper() and (m.group("det") or "")[:1].islower():
        return []  # "du Printemps marseillais", "le Printemps arabe": a name, no season
    fields = relative_adjective(g, m.group("adj"))
    mod = {"fin de l'": "END", "début de l'": "START"}.get(determiner)
    lean = -1 if determiner.startswith("depuis") else 1 if determiner.startswith("d'ici") else 0
    start = m.start("det") if determiner in _ARTICLES or mod else m.start("season")
    spec = Spec(season=g.seasons[key(m.group("season"))],
                year=int(m.group("y")) if m.group("y") else None, mod=mod, lean=lean, **fields)
    return [Expression(start, m.end(), text[start:m.end()], "", spec)]


def build_quarter(g: Grammar, m: re.Match[str], text: str) -> list[Expression]:
    year = int(m.group("y")) if m.group("y") else None
    code = m.group("code")
    if code:
        if not code.isupper() or year is None:
            return []
        kind, rank = ("half" if code[0] == "S" else "quarter"), int(code[1])
    else:
        kind = "half" if key(m.group("unit")) == "semestre" else "quarter"
        ordinal = key(m.group("ord"))
        rank = (4 if kind == "quarter" else 2) if ordinal == "dernier" else g.ordinals[ordinal]
    if rank > (4 if kind == "quarter" else 2):
        return []
    fields = relative_adjective(g, m.group("adj")) if year is None else {}
    spec = Spec(year=year, quarter=rank if kind == "quarter" else None,
                half=rank if kind == "half" else None, **fields)
    return [expression_at(m, text, "", spec)]
