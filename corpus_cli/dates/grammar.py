"""French temporal expressions: find them, normalise them, anchor them.

Three steps, kept apart so that each can be used and measured alone:
- `find_expressions(text)` is pure text (no spaCy): ordered regular patterns over the cleaned
  text, longest match wins, offsets kept. Each `Expression` carries a `Spec`, what the words
  say (a day and a month, a weekday with "dernier", "il y a trois jours"...), not yet a date.
- `resolve(expression, reference, tense, previous)` places a Spec in time: a TimeML value at
  the precision the text gives (a month stays a month), the covered interval, a mod, and
  what it was anchored on. Underspecified dates go to the latest matching date on or before
  the reference in a past clause, the earliest on or after it in a future clause, otherwise
  the nearest; "dernier"/"prochain" are strict.
- `extract_dates(doc, reference)` reads the spaCy parse for the tense of the governing clause
  and the word each expression is attached to, and returns the `date` rows of ARCHITECTURE.md.

`parse_date(text)` reads one absolute date (a byline, a header) as a `PartialDate`.
Words come from data/dates_lexicon.txt.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date as Day
from datetime import timedelta
from typing import Any

from corpus_cli import lexicon

from .calendar import (
    GRANULARITIES,
    MAX_YEAR,
    MIN_YEAR,
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
    week_date,
    week_of,
    year_date,
)

DATA_FILE = "dates_lexicon.txt"
_DURATION_CODES = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H",
                   "minute": "M"}
# Years a written date can carry ("le 14 juillet 1789"); a bare year must be 1800-2099.
# --- lexicon ------------------------------------------------------------------------------

@functools.cache
def lexicon_section(section: str) -> dict[str, str]:
    """`phrase = value` entries of a section of the data file, keys lower-case with a plain '."""
    return {_key(key): value for key, value in lexicon.pairs(DATA_FILE, section).items()}


def _key(word: str) -> str:
    """The lexicon key of a word as written: lower-case, one apostrophe, single spaces."""
    return re.sub(r"\s+", " ", word.strip().lower().replace("’", "'"))


# Whitespace inside an expression: a few spaces or one line break, so that a match never
# bridges a masked (blanked) region of the cleaned text.
_S = r"(?:[^\S\n]{1,3}|[^\S\n]{0,2}\n[^\S\n]{0,2})"
_APOS = "['’]"


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first; ' matches ’ and a space any `_S`."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        pattern = re.escape(phrase).replace("'", _APOS).replace(r"\ ", _S).replace("à", "[àa]")
        parts.append(pattern)
    return "(?:" + "|".join(parts) + ")"


# --- what an expression says ---------------------------------------------------------------

@dataclass(frozen=True)
class Spec:
    """What the words of an expression say, before it is placed in time."""

    kind: str = "date"  # date | duration | set | vague
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    weekday: int | None = None  # ISO: 1 Monday .. 7 Sunday
    decade: int | None = None  # 199: the 1990s
    century: int | None = None  # 19: TimeML's 20th century
    season: str | None = None  # SP SU FA WI
    quarter: int | None = None
    half: int | None = None
    unit: str | None = None  # the unit a deictic or relative expression counts in
    shift: int | None = None  # units from the anchor: -1 "dernier", 0 "ce", 3 "dans trois"
    strict: bool = False  # "dernier"/"prochain": strictly before/after the reference
    lean: int = 0  # -1 after "depuis", +1 after "d'ici": a direction the words give
    anchor: str | None = None  # "previous" or "event" when counted from another time
    mod: str | None = None
    value: str | None = None  # the fixed value of a duration, set or vague expression
    weekend: bool = False
    year_inherited: bool = False  # the year was taken from the other member of a range
    count: int | None = None  # "les trois derniers mois": -3, "les deux prochains jours": 2
    as_week: bool = False  # "la semaine du 6 octobre": the week of that day
    easter: int | None = None  # days from Easter Sunday ("lundi de Pâques": 1)

    @property
    def explicit_year(self) -> bool:
        return self.year is not None and not self.year_inherited


@dataclass(frozen=True)
class Expression:
    """A temporal expression found in a text: where, which rule, and what it says."""

    start: int
    end: int
    text: str
    rule: str
    spec: Spec
    until: Spec | None = None  # the second end of a range ("du 3 au 5 octobre")

    @property
    def kind(self) -> str:
        return self.spec.kind


# --- the grammar ----------------------------------------------------------------------------

Builder = Callable[["_Grammar", re.Match[str], str], list[Expression]]


@dataclass
class _Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder


def _number_words() -> dict[str, int]:
    return {k: int(v) for k, v in lexicon_section("numbers").items()}


def number(words: str) -> float | None:
    """The value of a written quantity: "3", "1,5", "trois", "vingt-quatre", "soixante et onze"."""
    text = _key(words)
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "."))
    numbers = _number_words()
    if text in numbers:
        return float(numbers[text])
    total = 0
    for part in re.split(r"[-\s]+", text):
        if part == "et":
            continue
        if part in ("vingt", "vingts") and total % 100 == 4:  # quatre-vingt(s)
            total = total - 4 + 80
        elif part in ("cent", "cents"):
            total = max(total, 1) * 100
        elif part in numbers:
            total += numbers[part]
        else:
            return None
    return float(total) if total else None


class _Grammar:
    """The compiled patterns of one flavour: prose, or bylines (which also read English months)."""

    def __init__(self, *, english: bool) -> None:
        months = dict(lexicon_section("months"))
        if english:
            months.update(lexicon_section("months_english"))
        self.months = {k: int(v) for k, v in months.items()}
        self.abbreviations = {k: int(v) for k, v in lexicon_section("month_abbreviations").items()}
        self.weekdays = {k: int(v) for k, v in lexicon_section("weekdays").items()}
        self.units = lexicon_section("units")
        self.seasons = lexicon_section("seasons")
        self.ordinals = {k: int(v) for k, v in lexicon_section("ordinals").items()}
        self.deictic_days = {k: int(v) for k, v in lexicon_section("deictic_days").items()}
        self.relative_adjectives = {
            k: int(v) for k, v in lexicon_section("deictic_adjectives").items()}
        self.anaphoric_adjectives = {
            k: int(v) for k, v in lexicon_section("anaphoric_adjectives").items()}
        self.modifiers = lexicon_section("modifiers")
        self.vague = {k.replace("à", "a"): v for k, v in lexicon_section("vague").items()}
        self.approximate = lexicon_section("approximate_numbers")
        p = self._fragments()
        self.rules = [_Rule(name, re.compile(pattern, re.IGNORECASE | re.VERBOSE), build)
                      for name, pattern, build in _rules(p)]
        self.mod_before = re.compile(p["MOD_BEFORE"], re.IGNORECASE)
        self.month_trigger = re.compile(p["MONTH_TRIGGER"], re.IGNORECASE)
        self.item = re.compile(p["ITEM_G"], re.IGNORECASE)

    def _fragments(self) -> dict[str, str]:
        """Regex fragments shared by the rules, built from the lexicon."""
        f: dict[str, str] = {"S": _S, "A": _APOS}
        f["MONTH"] = _alternation(self.months)
        f["ABBR"] = _alternation(self.abbreviations)
        f["MONTH_ANY"] = rf"(?:{f['MONTH']}(?![\w])|{f['ABBR']}(?:\.|(?![\w])))"
        f["WD"] = _alternation(self.weekdays)
        f["DAY"] = (r"(?:1(?:er|ᵉʳ|re|ère)(?![\w])|premier(?![\w])"
                    r"|[12]\d(?!\d)|3[01](?!\d)|0?[1-9](?!\d))")
        f["YEAR"] = r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)"  # a year on its own
        f["YEAR_ANY"] = r"(?<!\d)(?:1\d{3}|20\d\d)(?!\d)"  # a year after a day and a month
        f["TIME"] = (rf"(?:{_S}?[,-]?{_S}(?:(?:à|a|vers|dès){_S})?)(?P<hour>[01]?\d|2[0-3]){_S}?"
                     rf"(?:h(?![^\W\d_])|heures?(?![\w])|:(?=[0-5]\d))(?:{_S}?(?P<minute>[0-5]\d)(?!\d))?")
        f["NUMW"] = _alternation([*lexicon_section("numbers"), "cents", "vingts", "mille"])
        about = _alternation(k for k, v in self.approximate.items() if v != "X")
        f["QTY"] = (rf"(?:\d{{1,3}}(?:[.,]\d+)?(?!\d)|{f['NUMW']}(?:(?:-|{_S})(?:et(?:-|{_S}))?"
                    rf"{f['NUMW']})*(?![\w-])|quelques|plusieurs|des"
                    rf"|une{_S}{about}{_S}?(?:de{_S}|d{_APOS}))")
        f["UNITS"] = _alternation(self.units)
        f["SEASON"] = _alternation(self.seasons)
        f["ORD"] = _alternation(self.ordinals)
        f["ADJ"] = _alternation([*self.relative_adjectives, *self.anaphoric_adjectives])
        f["STRICT"] = _alternation(self.relative_adjectives)
        f["LINK"] = r"(?:à|a|au|et|dans|pour|puis|lors|vers|dès|de|du|en|sur|à|avec)(?![\w])"
        f["HOLIDAY"] = _alternation(lexicon_section("holidays"))
        f["DEICTIC_DAYS"] = _alternation(self.deictic_days)
        f["VAGUE"] = _alternation(lexicon_section("vague"))
        f["MODW"] = _alternation(self.modifiers)
        f["EVENT_NP"] = (rf"(?:(?:la|le|les|sa|son|ses|leur|leurs|cette|ce|cet|du|des|de{_S}la|"
                         rf"de{_S}l{_APOS}|d{_APOS}une|d{_APOS}un|de|d{_APOS}|l{_APOS}|une|un)"
                         rf"(?:{_S}|(?<=['’])))(?:(?:premi[eè]re?|derni[eè]re?|nouvelle|nouveau|"
                         rf"prochaine?|grande?|seconde?|deuxième){_S})?[^\W\d_][\w-]*")
        # A date item of a coordination or a range: optional weekday, day, optional month, year.
        f["ITEM"] = (rf"(?:{f['WD']}{_S}?,?{_S})?{f['DAY']}(?:{_S}{f['MONTH_ANY']}"
                     rf"(?:{_S}{f['YEAR_ANY']})?)?")
        f["LAST"] = (rf"(?:{f['WD']}{_S}?,?{_S})?{f['DAY']}{_S}{f['MONTH_ANY']}"
                     rf"(?:{_S}{f['YEAR_ANY']})?")
        f["ITEM_G"] = (rf"(?:(?P<wd>{f['WD']}){_S}?,?{_S})?(?P<d>{f['DAY']})(?:{_S}"
                       rf"(?P<mon>{f['MONTH_ANY']})(?:{_S}(?P<y>{f['YEAR_ANY']}))?)?")
        f["MOD_BEFORE"] = (rf"(?<![\w])(?:(?P<mi>mi)(?:{_S}?-{_S}?|{_S})|(?P<mod>{f['MODW']})"
                           rf"{_S}(?:(?:du{_S}mois{_S}de|du{_S}mois{_S}d{_APOS}|de{_S}la|de{_S}l{_APOS}|"
                           rf"du|des|de|d{_APOS}|la|le|les|l{_APOS})"
                           rf"(?:{_S}|(?<=['’])))?)$")
        f["MONTH_TRIGGER"] = (
            rf"(?<![\w])(?P<trigger>en|depuis|dès|courant|jusqu{_APOS}en|jusqu{_APOS}à|jusqu{_APOS}au"
            rf"|d{_APOS}ici|pour|avant|après|entre|vers|début|fin|mi|milieu|mois{_S}de|mois{_S}d{_APOS}"
            rf"|à{_S}partir{_S}de|à{_S}partir{_S}d{_APOS}|à{_S}compter{_S}de|depuis{_S}le{_S}mois"
            rf"{_S}de)(?:{_S}?-{_S}?|{_S}|(?<=['’]))$")
        return f

    def month(self, word: str) -> int:
        key = _key(word).rstrip(".")
        return self.months.get(key) or self.abbreviations[key]


@functools.cache
def _grammar(english: bool = False) -> _Grammar:
    return _Grammar(english=english)


def _day_number(word: str) -> int:
    digits = re.match(r"\d+", word)
    return int(digits.group(0)) if digits else 1  # "premier", "1er"


def _expression(match: re.Match[str], text: str, rule: str, spec: Spec,
                group: str | int = 0, until: Spec | None = None) -> Expression:
    start, end = match.span(group)
    return Expression(start, end, text[start:end], rule, spec, until)


# --- rules ----------------------------------------------------------------------------------

def _rules(f: dict[str, str]) -> list[tuple[str, str, Builder]]:
    """Every rule: a name, a verbose pattern, a builder. Longest match wins; ties go to the
    first rule listed. `{S}` is the whitespace inside an expression, `{A}` an apostrophe."""
    S, A, WD, DAY, TIME = f["S"], f["A"], f["WD"], f["DAY"], f["TIME"]
    MONTH, MONTH_ANY, ABBR = f["MONTH"], f["MONTH_ANY"], f["ABBR"]
    YEAR, YEAR_ANY, QTY, UNITS, ADJ = f["YEAR"], f["YEAR_ANY"], f["QTY"], f["UNITS"], f["ADJ"]
    ITEM, LAST, STRICT = f["ITEM"], f["LAST"], f["STRICT"]
    return [
        # --- numeric and ISO
        ("iso", r"""(?<![\w/.-]) (?P<y>\d{4})-(?P<m>\d{2})
                    (?: -(?P<d>\d{2}) (?: [T\ ](?P<hour>\d{2}):(?P<minute>\d{2})
                        (?::\d{2}(?:\.\d+)?)? (?:Z|[+-]\d{2}:?\d{2})? )? )?
                    (?![\w-]|[/.]\d)""", _build_numeric),
        ("numeric", rf"""(?<![\w/.,-]) (?P<d>[12]\d|3[01]|0?[1-9]) (?P<sep>{S}?[/.-]{S}?)
                         (?P<m>1[0-2]|0?[1-9]) (?P=sep) (?P<y>\d{{4}}|\d{{2}})
                         (?![\w/]|[.,-]\d) (?:{TIME})?""", _build_numeric),
        ("numeric", rf"""(?<![\w]) (?:le|du|au|dès{S}le|depuis{S}le|jusqu{A}au) {S}
                         (?P<d>[12]\d|3[01]|0?[1-9]) / (?P<m>1[0-2]|0?[1-9])
                         (?![\w/]|[.,-]\d)""", _build_day_month),
        # --- textual: weekday, day, month, year, time; English order; weekday and day
        ("textual", rf"""(?<![\w]) (?: (?P<wd>{WD}) {S}?,?{S} (?:le{S})? )?
                         (?P<d>{DAY}) {S} (?P<mon>{MONTH_ANY})
                         (?: {S}?,?{S} (?P<y>{YEAR_ANY}) | {S} (?P<adj>{STRICT}) (?![\w]) )?
                         (?:{TIME})?""", _build_textual),
        ("textual", rf"(?<![\w]) le {S} (?P<d>{DAY}) {TIME}", _build_textual),
        ("english_order", rf"""(?<![\w]) (?: (?P<wd>{WD}) {S}?,?{S} )? (?P<mon>{MONTH}) {S}
                               (?P<d>{DAY}) (?:st|nd|rd|th)? {S}?,{S}? (?P<y>{YEAR_ANY})
                               (?:{TIME})?""", _build_textual),
        ("weekday_day", rf"""(?<![\w]) (?P<wd>{WD}) {S} (?P<d>{DAY})
                             (?! {S}? (?!{f['LINK']}) [\w%€$] )  # "jeudi 15 personnes"
                             (?:{TIME})?""", _build_textual),
        ("week_of", rf"""(?<![\w]) la{S}semaine{S}du {S} (?P<d>{DAY}) {S} (?P<mon>{MONTH_ANY})
                         (?: {S} (?P<y>{YEAR}) )?""", _build_week_of),
        # --- months and years
        ("month_year", rf"""(?<![\w]) (?P<mon>{MONTH}|{ABBR}\.) {S} (?:de{S}l{A}année{S})?
                            (?P<y>{YEAR_ANY})""", _build_month),
        ("month", rf"""(?<![\w]) (?P<mon>{MONTH}) (?![\w])
                       (?: {S} (?P<adj>{STRICT}) (?![\w]) )?""", _build_month),
        ("year", rf"""(?<![\w.,/]) (?<!\d-) (?P<y>{YEAR})
                      (?! [\w] | [.,/–-]\d | {S}?[%‰] )""", _build_year),
        ("year", rf"(?<![\w]) (?:l{A}|en{S}l{A})? (?:année|an) {S} (?P<y>{YEAR})", _build_year),
        # --- coordinations and ranges
        ("coordination", rf"""(?<![\w]) (?:(?:le|les){S})? {ITEM}
                              (?: {S}?,{S} (?:le{S})? {ITEM} )* {S} (?:et|ou) {S} (?:le{S})?
                              {LAST}""", _build_coordination),
        ("range", rf"""(?<![\w]) (?: (?P<p>du|entre) {S} (?:le{S})? )? (?P<a>{ITEM})
                       (?: {S} (?P<q>au|et{S}le|et|jusqu{A}au) | {S}? (?P<dash>[-–]) )
                       (?:{S}|(?<=[-–])) (?P<b>{LAST})""", _build_day_range),
        ("coordination", rf"""(?<![\w]) (?P<list> {MONTH} (?: {S}?,{S} {MONTH} )*
                              {S} (?:et|ou) {S} {MONTH} ) (?![\w])
                              (?: {S} (?P<y>{YEAR}) )?""", _build_month_list),
        ("range", rf"""(?<![\w]) (?P<p>de{S}|d{A}|entre{S}) (?P<a>{MONTH}) (?:{S}(?P<ya>{YEAR}))?
                       {S} (?P<q>à|a|et) {S} (?P<b>{MONTH}) (?:{S}(?P<yb>{YEAR}))?
                       (?![\w])""", _build_month_range),
        ("range", rf"""(?<![\w.,/-]) (?: (?P<p>de|entre|du|depuis) {S} )? (?P<a>{YEAR})
                       {S}? (?P<sep>-|–|/|à|au|et) {S}? (?P<b>\d{{4}}|\d{{2}})
                       (?![\w]|[.,]\d)""", _build_year_range),
        ("range", rf"""(?<![\w]) (?P<p>du|de) {S} (?P<a>{WD}) {S} (?P<q>au|à) {S} (?P<b>{WD})
                       (?![\w])""", _build_weekday_range),
        # --- decades, centuries, seasons, quarters, holidays
        ("decade", rf"""(?<![\w]) (?:années|décennie) {S}
                        (?P<n> \d{{4}} | \d0 | soixante-dix | quatre-vingt-dix | quatre-vingts?
                           | vingt | trente | quarante | cinquante | soixante )
                        (?:{S}?{A}?s)? (?![\w-])""", _build_decade),
        ("century", rf"""(?<![\w]) (?P<n>[IVXLivxl]{{1,6}}|\d{{1,2}}) (?:e|ème|è|er|ᵉ|ᵉʳ) {S}
                         siècle (?![\w])""", _build_century),
        ("season", rf"""(?<![\w])
                        (?: (?P<det> cet|ce|cette|l{A}|le|au|en|du|à{S}l{A}|de{S}l{A}|d{A}ici{S}l{A}
                              | dès{S}l{A}|depuis{S}l{A}|pendant{S}l{A}|tout{S}l{A}|durant{S}l{A}
                              | fin{S}de{S}l{A}|début{S}de{S}l{A} )
                            (?:{S}|(?<=['’])) )?
                        (?P<season>{f['SEASON']}) (?![\w])
                        (?: {S} (?: (?P<y>{YEAR}) | (?P<adj>{ADJ}) (?![\w]) ) )?""",
         _build_season),
        ("quarter", rf"""(?<![\w])
                         (?: (?P<ord>{f['ORD']}|dernier) {S} (?P<unit>trimestre|semestre)
                           | (?P<code>[TQ][1-4]|S[12]) ) (?![\w])
                         (?: {S} (?:de{S}l{A}année{S}|de{S})? (?P<y>{YEAR})
                           | {S} (?P<adj>{ADJ}) (?![\w]) )?""", _build_quarter),
        ("holiday", rf"""(?<![\w])
                         (?: (?:le|la) {S} (?:jour|journée|fête|veille|soir) {S}
                             (?:de{S}la|de{S}l{A}|des|du|de|d{A}) (?:{S}|(?<=['’])) )?
                         (?P<h>{f['HOLIDAY']}) (?![\w]) (?: {S} (?P<y>{YEAR}) )?""",
         _build_holiday),
        # --- deictic: relative to the publication date
        ("deictic", rf"""(?<![\w]) (?P<w>{f['DEICTIC_DAYS']}) (?![\w'’-])
                         (?: {S} (?P<part> matin|soir|midi|après-midi
                                         | dans{S}la{S}(?:matinée|soirée|nuit|journée) ) )?
                         (?:{TIME})?""", _build_deictic_day),
        ("deictic", rf"""(?<![\w]) (?P<dem>ce|cet|cette) {S}
                         (?P<unit> matin|soir|midi|après-midi|nuit|matinée|soirée|journée|jour
                                 | semaine|mois|année|an|week-end|weekend|trimestre|semestre
                                 | siècle )
                         (?P<suffix>-ci|-là|{S}-{S}là|{S}même)? (?![\w-])""",
         _build_demonstrative),
        ("deictic", rf"""(?<![\w]) (?: (?P<det>la|le|cette|ce|cet) {S} | (?P<elided>l{A}) )?
                         (?P<unit> semaine|mois|année|an|week-end|weekend|trimestre|semestre
                                 | décennie|siècle|jour|nuit|soirée|matinée ) {S}
                         (?P<adj>{ADJ}|en{S}cours|d{A}avant|d{A}après|qui{S}vient)
                         (?![\w])""", _build_unit_adjective),
        ("deictic", rf"""(?<![\w]) (?P<mod>début|fin|mi|milieu)
                         (?: {S}?-{S}? | {S} (?:de{S}l{A}|d{A}|du{S}|de{S}la{S}|de{S}) )
                         (?P<unit> année|an|mois|semaine|trimestre|semestre|journée|matinée
                                 | soirée|siècle|décennie ) (?![\w-])""", _build_unit_modified),
        ("weekday", rf"""(?<![\w]) (?: (?P<dem>ce|le) {S} )? (?P<wd>{WD}) (?![\w])
                         (?: {S} (?P<part>matin|soir|midi|après-midi) )?
                         (?: {S} (?P<adj>{ADJ}|en{S}(?:huit|8|quinze|15)|d{A}après|d{A}avant)
                             (?![\w]) )?
                         (?:{TIME})?""", _build_weekday),
        ("weekday", rf"""(?<![\w]) (?: (?P<dem>ce|le) {S} )? (?P<wd>{WD})
                         {S} (?:de{S})?
                         (?: la{S}semaine{S} (?P<adj> prochaine|dernière|passée|suivante
                                                    | précédente|d{A}après|d{A}avant
                                                    | qui{S}vient )
                           | (?P<this>cette{S}semaine) ) (?![\w])""", _build_weekday_of_week),
        ("coordination", rf"""(?<![\w]) (?P<list> {WD} (?: {S}?,{S} {WD} )* {S} (?:et|ou) {S} {WD} )
                              {S} (?P<adj>derniers|prochains|passés) (?![\w])""",
         _build_weekday_list),
        ("shift", rf"""(?<![\w]) (?P<p>il{S}y{S}a|voici|voilà|dans|d{A}ici(?:{S}à)?)
                       (?: {S} (?P<approx>près{S}de|plus{S}de|moins{S}de|environ|quelque) )?
                       {S} (?P<q>{QTY}) {S}? (?P<unit>{UNITS}) (?P<demi>{S}et{S}demie?)?
                       (?![\w])""", _build_shift),
        ("period", rf"""(?<![\w]) (?: (?P<det>les|ces) {S} )? (?P<q>{QTY}) {S}
                        (?: (?P<adj>derni(?:er|ère)s?|prochaine?s?) {S} )? (?P<unit>{UNITS})
                        (?: {S} (?P<adj2>passée?s|écoulée?s|à{S}venir|suivante?s) )?
                        (?![\w])""", _build_period),
        # --- relative to another event, or to the previous date of the text
        ("relative", rf"""(?<![\w]) (?P<q>{QTY}) {S}? (?P<unit>{UNITS}) (?P<demi>{S}et{S}demie?)?
                          {S} (?P<dir>plus{S}tôt|plus{S}tard|auparavant|avant|après) (?![\w])
                          (?: {S} (?P<evt>{f['EVENT_NP']}) )?""", _build_relative),
        ("relative", rf"""(?<![\w])
                          (?P<w> (?:le|au){S}lendemain | (?:la|à{S}la){S}veille
                               | le{S}surlendemain | l{A}avant-veille | le{S}jour{S}même
                               | le{S}même{S}jour | ce{S}jour{S}?-?{S}?là ) (?![\w])
                          (?: {S} (?P<part>au{S}soir|au{S}matin|matin|soir) )?
                          (?: {S} (?:de{S}la|de{S}l{A}|du|des|de|d{A}) (?:{S}|(?<=['’]))
                              (?P<evt> (?:(?:premi[eè]re?|derni[eè]re?|nouvelle|nouveau){S})?
                                       [^\W\d_][\w-]* ) )?""", _build_next_day),
        # --- durations, sets, vague references, times of day
        ("duration", rf"""(?<![\w])
                          (?: (?P<approx>près{S}de|plus{S}de|moins{S}de|environ|au{S}moins
                                        | presque|quelque) {S} )?
                          (?P<q>{QTY}) {S}? (?P<unit>{UNITS}) (?P<demi>{S}et{S}demie?)?
                          (?![\w])""", _build_duration),
        ("duration", rf"""(?<![\w]) (?:en|pendant|durant|depuis|sous|dans{S}les|moins{S}de
                                      | plus{S}de|près{S}de) {S}
                          (?P<q>\d{{1,3}}) {S}? h (?![\w])""", _build_duration),
        ("set", rf"""(?<![\w]) (?:chaque|tous{S}les|toutes{S}les) (?: {S} (?P<q>{QTY}) )? {S}
                     (?: (?P<wd>{WD})s? | (?P<unit>{UNITS}|matins|soirs|week-ends?) )
                     (?![\w])""", _build_set),
        ("set", rf"(?<![\w]) par {S} (?P<unit>an|année|mois|semaine|jour) (?![\w])", _build_set),
        ("vague", rf"(?<![\w]) {f['VAGUE']} (?![\w])", _build_vague),
        ("time", rf"""(?<![\w])
                      (?P<pre>à|vers|dès|jusqu{A}à|avant|après|aux{S}alentours{S}de|autour{S}de)
                      {S} (?P<hour>[01]?\d|2[0-3]) {S}? (?: h(?![^\W\d_]) | heures?(?![\w]) )
                      (?: {S}? (?P<minute>[0-5]\d) (?!\d) )?
                      (?: {S} (?P<ampm>du{S}matin|du{S}soir|de{S}l{A}après-midi) )?""",
         _build_time),
    ]


# --- builders: a match -> expressions ------------------------------------------------------

_AFTER_WORD = re.compile(rf"{_S}?(?P<w>[%‰€$£¥]|[^\W\d_][\w'’-]*)")
_BEFORE_WORD = re.compile(r"(?P<w>[^\W\d_][\w°º]*|n°|nº)\.?[^\S\n]*[:#]?[^\S\n]*$")


def _identifier_before(text: str, start: int) -> bool:
    """A number after "loi", "n°", "décret" is an identifier; after "1 " or "2," a part of one."""
    window = text[max(0, start - 40):start]
    if re.search(r"\d[^\S\n]?$|\d[.,]$", window):
        return True
    word = _BEFORE_WORD.search(window)
    if word and _key(word.group("w")) in lexicon_section("year_blockers_before"):
        return True
    tail = _key(window)
    return any(tail.endswith(" " + phrase) or tail == phrase
               for phrase in lexicon_section("quantity_before"))


def _quantity_after(text: str, end: int) -> bool:
    """A unit, a currency or a counted plural noun after a number makes it a quantity."""
    match = _AFTER_WORD.match(text, end)
    if match is None:
        return False
    word = match.group("w")
    key = _key(word)
    if key in lexicon_section("units_after"):
        return True
    grammar = _grammar()
    return (word.islower() and len(word) > 2 and word[-1] in "sx"
            and key not in lexicon_section("not_counted_plurals") and key not in grammar.months
            and key not in grammar.units)


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    try:
        Day(year if year is not None else 2000, month or 1, day or 1)  # 2000: 29 February exists
    except ValueError:
        return False
    return year is None or MIN_YEAR <= year <= MAX_YEAR


def _time(m: re.Match[str]) -> dict[str, int]:
    groups = m.groupdict()
    if groups.get("hour") is None:
        return {}
    return {"hour": int(groups["hour"]), "minute": int(groups.get("minute") or 0)}


def _build_numeric(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    if _identifier_before(text, m.start()):
        return []
    year_text = m.group("y")
    year = int(year_text)
    if len(year_text) == 2:
        if m.group("sep").strip() not in ("/", "."):
            return []
        year += 2000 if year < 50 else 1900
    month, day = int(m.group("m")), int(m.group("d")) if m.group("d") else None
    if not _valid(year, month, day):
        return []
    return [_expression(m, text, "", Spec(year=year, month=month, day=day, **_time(m)))]


def _build_textual(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    groups = m.groupdict()
    weekday = g.weekdays[_key(groups["wd"])] if groups.get("wd") else None
    day = _day_number(groups["d"])
    month = g.month(groups["mon"]) if groups.get("mon") else None
    year = int(groups["y"]) if groups.get("y") else None
    if not _valid(year, month, day):
        return []
    start = m.start("wd") if groups.get("wd") else m.start("d")  # "le" is not part of it
    if month is None:  # "jeudi 15", "le 16 à 18h": a day of a month the reference gives
        spec = Spec(weekday=weekday, day=day, **_time(m))
    else:
        fields = _relative_adjective(g, groups.get("adj"))  # "le 15 décembre dernier"
        spec = Spec(year=year, month=month, day=day, **fields, **_time(m))
    return [Expression(start, m.end(), text[start:m.end()], "", spec)]


def _lean(text: str, start: int) -> int:
    """-1 after "depuis" (a start in the past), +1 after "d'ici" (a deadline ahead), else 0."""
    match = _LEAN_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        return 0
    return -1 if _key(match.group("w")).startswith("depuis") else 1


_LEAN_BEFORE = re.compile(rf"(?<![\w])(?P<w>depuis|d{_APOS}ici(?:{_S}à)?)"
                          rf"(?:{_S}(?:le|la|les|ce|cet|cette|le{_S}mois{_S}de)|{_S}l{_APOS})?"
                          rf"{_S}?$", re.IGNORECASE)


def _build_month(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    month = g.month(m.group("mon"))
    year_text = m.groupdict().get("y")
    fields = _relative_adjective(g, m.groupdict().get("adj"))  # "en avril dernier"
    if year_text is None and not fields and g.month_trigger.search(
            text, max(0, m.start() - 40), m.start()) is None:
        return []  # a bare month name is not a date: "la planète Mars"
    year = int(year_text) if year_text else None
    if not _valid(year, month, None):
        return []
    spec = Spec(year=year, month=month, lean=_lean(text, m.start()), **fields)
    return [_expression(m, text, "", spec)]


def _build_year(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    year = int(m.group("y"))
    named = not m.group(0)[0].isdigit()  # "l'année 2016", "l'an 2000"
    if not named and (_identifier_before(text, m.start()) or _quantity_after(text, m.end())):
        return []
    return [_expression(m, text, "", Spec(year=year, lean=_lean(text, m.start())))]


def _item_spec(g: _Grammar, item: re.Match[str]) -> Spec:
    groups = item.groupdict()
    return Spec(year=int(groups["y"]) if groups.get("y") else None,
                month=g.month(groups["mon"]) if groups.get("mon") else None,
                day=_day_number(groups["d"]),
                weekday=g.weekdays[_key(groups["wd"])] if groups.get("wd") else None)


def _inherit(spec: Spec, later: Spec) -> Spec:
    """A member without month or year takes them from the member after it ("les 15 et 16 mars")."""
    if spec.month is None:
        spec = replace(spec, month=later.month, year=later.year,
                       year_inherited=later.year is not None)
    elif spec.year is None and later.year is not None:
        spec = replace(spec, year=later.year, year_inherited=True)
    return replace(spec, weekday=None) if spec.month is not None else spec


def _build_coordination(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    items = [i for i in g.item.finditer(text, m.start(), m.end())
             if i.start() == 0 or not text[i.start() - 1].isalnum()]
    specs = [_item_spec(g, i) for i in items]
    for index in range(len(specs) - 2, -1, -1):
        specs[index] = _inherit(specs[index], specs[index + 1])
    if len(specs) < 2 or not all(_valid(s.year, s.month, s.day) for s in specs):
        return []
    return [_expression(i, text, "coordination", s) for i, s in zip(items, specs, strict=True)]


def _build_day_range(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    opener, joiner = _key(m.group("p") or ""), _key(m.group("q") or m.group("dash"))
    if joiner.startswith("et") != (opener == "entre") or (opener == "du" and joiner != "au"):
        return []  # "du … au", "entre … et"; "15 et 16 mars" is a coordination
    first = g.item.fullmatch(m.group("a"))
    last = g.item.fullmatch(m.group("b"))
    if first is None or last is None:
        return []
    end = _item_spec(g, last)
    start = _inherit(_item_spec(g, first), end)
    if not (_valid(start.year, start.month, start.day) and _valid(end.year, end.month, end.day)):
        return []
    return [_expression(m, text, "range", start, until=end)]


def _build_day_month(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    """"le 15/12": a day and a month, after an article or a preposition."""
    day, month = int(m.group("d")), int(m.group("m"))
    if not _valid(None, month, day):
        return []
    start = m.start("d")
    return [Expression(start, m.end(), text[start:m.end()], "", Spec(month=month, day=day))]


def _build_week_of(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    year = int(m.group("y")) if m.group("y") else None
    month, day = g.month(m.group("mon")), _day_number(m.group("d"))
    if not _valid(year, month, day):
        return []
    return [_expression(m, text, "", Spec(year=year, month=month, day=day, as_week=True))]


def _build_weekday_of_week(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    """"mardi de la semaine prochaine", "lundi cette semaine": a weekday of a named week."""
    weekday = g.weekdays[_key(m.group("wd"))]
    adjective = _key(m.group("adj") or "")
    if m.group("this"):
        fields: dict[str, Any] = {"shift": 0}
    elif adjective in ("qui vient",):
        fields = {"shift": 1}
    elif adjective in ("d'après", "d'avant"):
        fields = {"shift": 1 if adjective == "d'après" else -1, "anchor": "previous"}
    else:
        fields = {**_relative_adjective(g, adjective), "strict": False}
    return [_expression(m, text, "", Spec(weekday=weekday, unit="week", **fields))]


def _build_period(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    """"les trois derniers mois", "les deux prochaines semaines": the units before or after."""
    words = _key(m.group("adj") or m.group("adj2") or "")
    if not words:
        return []
    amount, approximate = _amount(g, m)
    unit = g.units[_key(m.group("unit"))]
    if amount is None or amount != int(amount) or unit in ("hour", "minute"):
        value = "PAST_REF" if words.startswith(("dern", "pass", "écoul")) else "FUTURE_REF"
        return [_expression(m, text, "", Spec(kind="vague", value=value), group="q")]
    sign = -1 if words.startswith(("dern", "pass", "écoul")) else 1
    if words.startswith("suivant"):  # "les trois jours suivants" count from the narrative
        return []
    spec = Spec(unit=unit, count=sign * int(amount), mod="APPROX" if approximate else None)
    start = m.start("det") if m.group("det") else m.start("q")
    return [Expression(start, m.end(), text[start:m.end()], "", spec)]


def _build_holiday(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    """"Noël", "la Toussaint", "le lundi de Pâques": fixed or counted from Easter."""
    after = text[m.end("h"):m.end("h") + 3]
    if m.group("y") is None and re.match(r"[^\S\n][A-ZÀ-Ý]", after):
        return []  # a first name: "Noël Mamère", "Toussaint Louverture"
    rule = lexicon_section("holidays")[_key(m.group("h"))]
    eve = "veille" in _key(m.group(0)[:m.start("h") - m.start()])
    year = int(m.group("y")) if m.group("y") else None
    if rule.startswith("easter"):
        spec = Spec(year=year, easter=int(rule[6:] or 0) - eve)
    else:
        month, day = (int(part) for part in rule.split("-"))
        if eve:
            previous = Day(2001, month, day) - timedelta(days=1)
            month, day = previous.month, previous.day
        spec = Spec(year=year, month=month, day=day)
    return [_expression(m, text, "", spec)]


def _build_month_list(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    year = int(m.group("y")) if m.group("y") else None
    if year is None and g.month_trigger.search(text, max(0, m.start() - 40), m.start()) is None:
        return []
    months = list(re.finditer(_alternation(g.months), m.group("list"), re.IGNORECASE))
    offset = m.start("list")
    found = [Expression(offset + one.start(), offset + one.end(), one.group(0), "coordination",
                        Spec(year=year, month=g.month(one.group(0))))
             for one in months]
    last = found[-1]  # the year belongs to the last member: "janvier et février 2016"
    found[-1] = replace(last, end=m.end(), text=text[last.start:m.end()])
    return found


def _build_month_range(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    opener, joiner = _key(m.group("p")), _key(m.group("q"))
    if (opener == "entre") != (joiner == "et"):
        return []
    year_b = int(m.group("yb")) if m.group("yb") else None
    year_a = int(m.group("ya")) if m.group("ya") else None
    month_a, month_b = g.month(m.group("a")), g.month(m.group("b"))
    inherited = year_a is None and year_b is not None
    if inherited:
        year_a = year_b - 1 if month_a > month_b else year_b
    first = Spec(year=year_a, month=month_a, year_inherited=inherited)
    start = m.start("a") if opener != "entre" else m.start()
    return [Expression(start, m.end(), text[start:m.end()], "range", first,
                       until=Spec(year=year_b, month=month_b))]


def _build_year_range(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    opener = _key(m.group("p") or "")
    sep = _key(m.group("sep"))
    if (sep == "et" and opener != "entre") or (sep in ("à", "au")
                                               and opener not in ("de", "du", "depuis")):
        return []
    if (not opener and _identifier_before(text, m.start())) or _quantity_after(text, m.end()):
        return []  # "loi 2015-16"; but "au moins entre 1994 et 1997" is a range
    first = int(m.group("a"))
    second_text = m.group("b")
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if not (first < second <= MAX_YEAR and second - first <= 100):
        return []
    return [_expression(m, text, "range", Spec(year=first), until=Spec(year=second))]


def _build_weekday_range(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    if (_key(m.group("p")) == "du") != (_key(m.group("q")) == "au"):
        return []
    return [_expression(m, text, "range", Spec(weekday=g.weekdays[_key(m.group("a"))]),
                        until=Spec(weekday=g.weekdays[_key(m.group("b"))]))]


def _build_decade(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    written = m.group("n")
    if written.isdigit() and len(written) == 4:
        if not written.endswith("0") or not MIN_YEAR <= int(written) <= MAX_YEAR:
            return []
        decade = int(written) // 10
    else:
        value = int(written) if written.isdigit() else int(number(written) or 0)
        decade = (190 if value >= 20 else 200) + value // 10
    return [_expression(m, text, "", Spec(decade=decade))]


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman(numeral: str) -> int:
    """The value of a Roman numeral ("XXI" -> 21)."""
    values = [_ROMAN[c] for c in numeral.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _build_century(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    written = m.group("n")
    ordinal = int(written) if written.isdigit() else roman(written)
    if not 1 <= ordinal <= 21:
        return []
    return [_expression(m, text, "", Spec(century=ordinal - 1))]


def _relative_adjective(g: _Grammar, adjective: str | None) -> dict[str, Any]:
    """Spec fields of "dernier", "prochain" (strict) and "suivant", "précédent" (anaphoric)."""
    if not adjective:
        return {}
    key = _key(adjective)
    if key in g.relative_adjectives:
        return {"shift": g.relative_adjectives[key], "strict": True}
    if key in g.anaphoric_adjectives:
        return {"shift": g.anaphoric_adjectives[key], "anchor": "previous"}
    return {}


_ARTICLES = frozenset({"cet", "ce", "cette", "l'", "le"})


def _build_season(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    determiner = _key(m.group("det") or "")
    if not determiner and not m.group("y"):
        return []  # "a été" is a verb: a season needs a determiner or a year
    fields = _relative_adjective(g, m.group("adj"))
    mod = {"fin de l'": "END", "début de l'": "START"}.get(determiner)
    lean = -1 if determiner.startswith("depuis") else 1 if determiner.startswith("d'ici") else 0
    start = m.start("det") if determiner in _ARTICLES or mod else m.start("season")
    spec = Spec(season=g.seasons[_key(m.group("season"))],
                year=int(m.group("y")) if m.group("y") else None, mod=mod, lean=lean, **fields)
    return [Expression(start, m.end(), text[start:m.end()], "", spec)]


def _build_quarter(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    year = int(m.group("y")) if m.group("y") else None
    code = m.group("code")
    if code:
        if not code.isupper() or year is None:
            return []
        kind, rank = ("half" if code[0] == "S" else "quarter"), int(code[1])
    else:
        kind = "half" if _key(m.group("unit")) == "semestre" else "quarter"
        ordinal = _key(m.group("ord"))
        rank = (4 if kind == "quarter" else 2) if ordinal == "dernier" else g.ordinals[ordinal]
    if rank > (4 if kind == "quarter" else 2):
        return []
    fields = _relative_adjective(g, m.group("adj")) if year is None else {}
    spec = Spec(year=year, quarter=rank if kind == "quarter" else None,
                half=rank if kind == "half" else None, **fields)
    return [_expression(m, text, "", spec)]


def _build_deictic_day(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    shift = g.deictic_days[_key(m.group("w"))]
    return [_expression(m, text, "", Spec(unit="day", shift=shift, **_time(m)))]


_UNIT_OF_WORD = {
    "matin": "day", "soir": "day", "midi": "day", "après-midi": "day", "nuit": "day",
    "matinée": "day", "soirée": "day", "journée": "day", "jour": "day", "semaine": "week",
    "mois": "month", "année": "year", "an": "year", "week-end": "weekend", "weekend": "weekend",
    "trimestre": "quarter", "semestre": "half", "siècle": "century", "décennie": "decade",
}


def _build_demonstrative(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    unit = _UNIT_OF_WORD[_key(m.group("unit"))]
    suffix = _key(m.group("suffix") or "").replace(" ", "")
    anchor = "previous" if suffix.endswith("là") else None
    if unit == "weekend" and anchor is None:  # "ce week-end": the nearest one in the clause's
        return [_expression(m, text, "", Spec(weekend=True))]  # direction
    if anchor is not None:  # "ce jour-là", "cette année-là": the time the text is telling
        return [_expression(m, text, "", Spec(unit="day" if unit == "weekend" else unit,
                                              shift=0, anchor=anchor))]
    return [_expression(m, text, "", Spec(unit=unit, shift=0))]


def _build_unit_adjective(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    unit = _UNIT_OF_WORD[_key(m.group("unit"))]
    adjective = _key(m.group("adj"))
    if adjective in ("en cours",):
        fields: dict[str, Any] = {"shift": 0}
    elif adjective == "qui vient":
        fields = {"shift": 1, "strict": True}
    elif adjective in ("d'avant", "d'après"):
        fields = {"shift": -1 if adjective == "d'avant" else 1, "anchor": "previous"}
    else:
        fields = _relative_adjective(g, adjective)
    if unit == "weekend" and fields.get("anchor") is None:
        return [_expression(m, text, "", Spec(weekend=True, **fields))]
    return [_expression(m, text, "", Spec(unit="day" if unit == "weekend" else unit,
                                          **{**fields, "strict": False}))]


def _build_unit_modified(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    unit = _UNIT_OF_WORD[_key(m.group("unit"))]
    mod = g.modifiers[_key(m.group("mod"))]
    return [_expression(m, text, "", Spec(unit=unit, shift=0, mod=mod))]


def _build_weekday(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    weekday = g.weekdays[_key(m.group("wd"))]
    adjective = _key(m.group("adj") or "")
    if adjective.startswith("en "):  # "lundi en huit": the first Monday a week or more ahead
        fields: dict[str, Any] = {"unit": "day", "shift": 7 if adjective[3:] in ("huit", "8")
                                  else 14}
    elif adjective in ("d'après", "d'avant"):
        fields = {"shift": 1 if adjective == "d'après" else -1, "anchor": "previous"}
    else:
        fields = _relative_adjective(g, adjective)
    spec = Spec(weekday=weekday, lean=_lean(text, m.start()), **fields, **_time(m))
    return [_expression(m, text, "", spec)]


def _build_weekday_list(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    fields = _relative_adjective(g, m.group("adj").rstrip("s"))
    offset = m.start("list")
    return [Expression(offset + one.start(), offset + one.end(), one.group(0), "coordination",
                       Spec(weekday=g.weekdays[_key(one.group(0))], **fields))
            for one in re.finditer(_alternation(g.weekdays), m.group("list"), re.IGNORECASE)]


def _amount(g: _Grammar, m: re.Match[str]) -> tuple[float | None, bool]:
    """The quantity of a match and whether it is approximate ("une dizaine de")."""
    written = _key(m.group("q"))
    if written in ("quelques", "plusieurs", "des"):
        return None, True
    approximate = re.match(r"une (\S+?) ?(?:de|d')$", written)
    if approximate:
        return float(g.approximate[approximate.group(1)]), True
    value = number(written)
    if value is not None and m.groupdict().get("demi"):
        value += 0.5
    return value, False


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
    key = _key(words or "")
    if not key:
        return None
    if key in ("plus de", "au moins"):
        return "BEFORE" if sign < 0 else "AFTER"
    if key == "moins de":
        return "AFTER" if sign < 0 else "BEFORE"
    return "APPROX"


def _build_shift(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    opener = _key(m.group("p"))
    sign = 1 if opener.startswith(("dans", "d'ici")) else -1
    amount, approximate = _amount(g, m)
    unit = g.units[_key(m.group("unit"))]
    if amount is None:
        value = "FUTURE_REF" if sign > 0 else "PAST_REF"
        return [_expression(m, text, "", Spec(kind="vague", value=value))]
    mod = "BEFORE" if opener.startswith("d'ici") else _approx_mod(m.group("approx"), sign)
    if approximate and mod is None:
        mod = "APPROX"
    whole_unit, count = _whole_units(unit, amount)
    return [_expression(m, text, "", Spec(unit=whole_unit, shift=sign * count, mod=mod))]


def _build_relative(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    direction = _key(m.group("dir"))
    sign = -1 if direction in ("plus tôt", "auparavant", "avant") else 1
    amount, approximate = _amount(g, m)
    event = m.group("evt") is not None and direction in ("avant", "après")
    if amount is None:
        spec = Spec(kind="vague", anchor="event" if event else "previous")
        return [_expression(m, text, "", spec)]
    whole_unit, count = _whole_units(g.units[_key(m.group("unit"))], amount)
    spec = Spec(unit=whole_unit, shift=sign * count, anchor="event" if event else "previous",
                mod="APPROX" if approximate else None)
    return [_expression(m, text, "", spec)]


_NEXT_DAYS = {"lendemain": 1, "veille": -1, "surlendemain": 2, "avant-veille": -2}


def _build_next_day(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    last_word = _key(m.group("w")).replace("’", "'").split()[-1].removeprefix("l'")
    shift = _NEXT_DAYS.get(last_word, 0)
    anchor = "event" if m.group("evt") else "previous"
    return [_expression(m, text, "", Spec(unit="day", shift=shift, anchor=anchor))]


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


_CLOCK_BEFORE = re.compile(rf"(?<![\w])(?:à|a|vers|dès|jusqu{_APOS}à|avant|après){_S}$",
                           re.IGNORECASE)


def _build_duration(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    groups = m.groupdict()
    if groups.get("unit") is None:  # "en 48h"
        start = m.start("q")
        spec = Spec(kind="duration", value=_duration_value("hour", float(m.group("q"))))
        return [Expression(start, m.end(), text[start:m.end()], "", spec)]
    amount, approximate = _amount(g, m)
    unit = g.units[_key(m.group("unit"))]
    if _key(m.group("q")) in ("un", "une") and unit == "day" and not groups.get("approx"):
        return []  # "un jour" is "some day", not a duration
    if unit == "hour" and _CLOCK_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return []  # "à 15 heures" is a time of day
    words = _key(groups.get("approx") or "")
    mod = {"plus de": "MORE_THAN", "au moins": "MORE_THAN", "moins de": "LESS_THAN"}.get(
        words, "APPROX" if words or (approximate and amount is not None) else None)
    return [_expression(m, text, "", Spec(kind="duration", value=_duration_value(unit, amount),
                                          mod=mod))]


def _build_set(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    groups = m.groupdict()
    if groups.get("wd"):
        value = f"XXXX-WXX-{g.weekdays[_key(groups['wd'])]}"
    else:
        word = _key(groups["unit"])
        if word.startswith("week-end"):
            value = "XXXX-WXX-WE"
        else:
            unit = "day" if word in ("matins", "soirs") else g.units[word]
            amount = number(groups["q"]) if groups.get("q") else 1.0
            value = _duration_value(unit, amount)
    return [_expression(m, text, "", Spec(kind="set", value=value))]


def _build_vague(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    value = g.vague[_key(m.group(0)).replace("à", "a")]  # "A l'époque" is "à l'époque"
    return [_expression(m, text, "", Spec(kind="vague", value=value))]


_TIME_MODS = {"vers": "APPROX", "aux alentours de": "APPROX", "autour de": "APPROX",
              "avant": "BEFORE", "après": "AFTER"}


def _build_time(g: _Grammar, m: re.Match[str], text: str) -> list[Expression]:
    if m.group("minute") is None and re.match(rf"{_S}(?:de|d{_APOS})(?![\w])", text[m.end():],
                                                re.IGNORECASE) and not m.group("ampm"):
        return []  # "à 2 heures de route" is a distance
    hour = int(m.group("hour"))
    if m.group("ampm") and not _key(m.group("ampm")).endswith("matin") and hour < 12:
        hour += 12
    mod = _TIME_MODS.get(_key(m.group("pre")))
    start = m.start() if mod else m.start("hour")
    spec = Spec(hour=hour, minute=int(m.group("minute") or 0), mod=mod, anchor="previous")
    return [Expression(start, m.end(), text[start:m.end()], "", spec)]


# --- finding --------------------------------------------------------------------------------

def find_expressions(text: str) -> list[Expression]:
    """Every temporal expression of a text, in order: pure text, no parse. Longest match wins."""
    return _find(text, _grammar())


def _find(text: str, grammar: _Grammar) -> list[Expression]:
    groups: list[tuple[int, int, int, list[Expression]]] = []
    for order, rule in enumerate(grammar.rules):
        for match in rule.pattern.finditer(text):
            built = rule.build(grammar, match, text)
            found = [_finished(grammar, text, e, rule.name) for e in built if e.text.strip()]
            if found:
                span = (min(e.start for e in found), max(e.end for e in found))
                groups.append((*span, order, found))
    groups.sort(key=lambda g: (g[0] - g[1], g[0], g[2]))
    taken: list[tuple[int, int]] = []
    chosen: list[Expression] = []
    for start, end, _, found in groups:
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            continue
        taken.append((start, end))
        chosen.extend(found)
    return sorted(chosen, key=lambda e: e.start)


def _finished(grammar: _Grammar, text: str, expression: Expression, rule: str) -> Expression:
    """Name the rule and take in a modifier written before a date ("fin avril", "mi-juin")."""
    if not expression.rule:
        expression = replace(expression, rule=rule)
    spec = expression.spec
    if spec.kind != "date" or spec.mod is not None or spec.anchor == "event":
        return expression
    match = grammar.mod_before.search(text, max(0, expression.start - 40), expression.start)
    if match is None:
        return expression
    word = match.group("mi") or match.group("mod")
    start = match.start("mi") if match.group("mi") else match.start("mod")
    mod = grammar.modifiers[_key(word)]
    return replace(expression, start=start, text=text[start:expression.end],
                   spec=replace(spec, mod=mod))


# --- placing in time ------------------------------------------------------------------------

def _absolute(spec: Spec) -> PartialDate | None:
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
            return _with_time(easter_sunday(spec.year) + timedelta(days=spec.easter), spec)
        if spec.month is None:
            return year_date(spec.year)
        if spec.day is None:
            return month_date(spec.year, spec.month)
        day = Day(spec.year, spec.month, spec.day)
        if spec.as_week:
            return week_of(day)
        return _with_time(day, spec)
    except ValueError:
        return None


def easter_sunday(year: int) -> Day:
    """Easter Sunday of a year (Gregorian), by python-dateutil."""
    from dateutil.easter import easter  # light, and only needed for movable holidays

    return easter(year)


def _direction(spec: Spec, tense: str | None) -> str:
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


def _yearless(spec: Spec, around: PartialDate, direction: str) -> PartialDate | None:
    years = range(around.start.year - 8, around.end.year + 9)  # 29 February: leap years
    candidates = [d for year in years if (d := _absolute(replace(spec, year=year))) is not None]
    return _choose(candidates, around, direction)


def _is_day_level(date: PartialDate | None) -> bool:
    return date is not None and date.granularity in ("day", "minute")


def _with_time(day: Day, spec: Spec) -> PartialDate:
    if spec.hour is not None:
        return minute_date(day, spec.hour, spec.minute or 0)
    return day_date(day)


def _weekday(spec: Spec, reference: PartialDate, direction: str) -> PartialDate | None:
    """A weekday (with a day of the month, "jeudi 15") near a day, in the clause's direction."""
    if not _is_day_level(reference) or spec.weekday is None:
        return None
    today = reference.start
    if spec.unit == "week":  # "mardi de la semaine prochaine"
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7 * (spec.shift or 0))
        return _with_time(monday + timedelta(days=spec.weekday - 1), spec)
    if spec.unit == "day":  # "lundi en huit": the first Monday at least a week ahead
        first = today + timedelta(days=spec.shift or 0)
        return _with_time(first + timedelta(days=(spec.weekday - first.isoweekday()) % 7), spec)
    reach = 75 if spec.day is not None else 28
    days = [today + timedelta(days=k) for k in range(-reach, reach + 1)]
    days = [d for d in days
            if d.isoweekday() == spec.weekday and (spec.day is None or d.day == spec.day)]
    if not days and spec.day is not None:  # the weekday contradicts the day: trust the day
        return _day_of_month(replace(spec, weekday=None), reference, direction)
    chosen = _choose([day_date(d) for d in days], day_date(today), direction)
    return None if chosen is None else _with_time(chosen.start, spec)


def _day_of_month(spec: Spec, reference: PartialDate, direction: str) -> PartialDate | None:
    """"le 16 à 18h": a day of a month the reference gives (the months around it)."""
    if spec.day is None:
        return None
    candidates = []
    for shift in range(-2, 3):
        month = add_months(reference.start.replace(day=1), shift)
        if _valid(month.year, month.month, spec.day):
            candidates.append(_with_time(month.replace(day=spec.day), spec))
    around = day_date(reference.start) if _is_day_level(reference) else reference
    return _choose(candidates, around, direction)


def _period(spec: Spec, reference: PartialDate) -> PartialDate | None:
    """"les trois derniers mois": the whole units before (or after) the reference's unit."""
    unit, count = spec.unit or "day", spec.count or 0
    if not _fine_enough(reference, unit):
        return None
    near, far = (-1, count) if count < 0 else (1, count)
    first = at_granularity(_moved(reference.start, unit, min(near, far)), unit)
    last = at_granularity(_moved(reference.start, unit, max(near, far)), unit)
    return PartialDate(f"{first.value}/{last.value}", first.granularity, first.start, last.end)


def _weekend(spec: Spec, reference: PartialDate, direction: str) -> PartialDate | None:
    if not _is_day_level(reference):
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


def _deictic(spec: Spec, reference: PartialDate) -> PartialDate | None:
    """"hier", "la semaine prochaine", "le mois dernier", "il y a trois jours"."""
    unit, shift = spec.unit or "day", spec.shift or 0
    if not _fine_enough(reference, unit):
        return None
    day = _moved(reference.start, unit, shift)
    if unit == "day":
        return _with_time(day, spec)
    return at_granularity(day, unit)


def _from_anchor(spec: Spec, base: PartialDate) -> PartialDate:
    """A date counted from another one ("le lendemain", "un an plus tôt"), never finer than it."""
    unit = spec.unit or "day"
    day = _moved(base.start, unit, spec.shift or 0)
    granularity = coarser("day" if unit == "week" else unit, base.granularity)
    if granularity == "day":
        return _with_time(day, spec)
    return at_granularity(day, granularity)


def _relative_value(spec: Spec) -> tuple[str, str | None]:
    """An unresolved relative date as a duration and a direction: P2M, BEFORE."""
    code = {"day": "D", "week": "W", "month": "M", "year": "Y"}.get(spec.unit or "day", "D")
    shift = spec.shift or 0
    return f"P{abs(shift)}{code}", ("BEFORE" if shift < 0 else "AFTER" if shift > 0 else None)


def _place(spec: Spec, reference: PartialDate | None, tense: str | None,
           previous: PartialDate | None) -> tuple[PartialDate | None, str | None]:
    """A Spec placed in time, and what it was anchored on."""
    if spec.anchor == "previous" and spec.weekday is not None:  # "mardi suivant"
        base = previous if _is_day_level(previous) else reference
        if base is None or not _is_day_level(base):
            return None, "previous"
        direction = "before" if (spec.shift or 0) < 0 else "after"
        if spec.unit != "week":  # "mardi suivant"; "mardi de la semaine suivante" keeps its week
            spec = replace(spec, strict=True, unit=None)
        placed = _weekday(replace(spec, anchor=None), base, direction)
        return placed, "previous" if base is previous else "document"
    if spec.anchor in ("previous", "event") and spec.unit is not None:
        if spec.anchor == "event" or previous is None:
            return None, "event"
        return _from_anchor(spec, previous), "previous"
    if spec.hour is not None and spec.day is None and spec.weekday is None and spec.unit is None:
        if _is_day_level(previous):
            return _with_time(previous.start, spec), "previous"  # type: ignore[union-attr]
        if _is_day_level(reference):
            return _with_time(reference.start, spec), "document"  # type: ignore[union-attr]
        return None, "document"
    if spec.year is not None or spec.decade is not None or spec.century is not None:
        return _absolute(spec), "absolute"
    if previous is not None and spec.weekday is None and spec.unit is None and not spec.weekend:
        return _yearless(spec, previous, "nearest"), "previous"
    if reference is None:
        return None, "document"
    direction = _direction(spec, tense)
    if spec.weekend:
        return _weekend(spec, reference, direction), "document"
    if spec.count is not None:
        return _period(spec, reference), "document"
    if spec.weekday is not None and spec.month is None:
        return _weekday(spec, reference, direction), "document"
    if spec.unit is not None:
        return _deictic(spec, reference), "document"
    if spec.month is None and spec.day is not None:
        return _day_of_month(spec, reference, direction), "document"
    return _yearless(spec, reference, direction), "document"


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
        first = _absolute(spec)
        if first is not None and first.start > last.start and spec.year_inherited:
            first = _absolute(replace(spec, year=spec.year - 1))  # type: ignore[operator]
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
    counts from ("le lendemain"), or the narrative date a year-less one belongs to.
    """
    spec = expression.spec
    fields: dict[str, Any] = {"value": spec.value, "granularity": None, "mod": spec.mod,
                              "start_date": None, "end_date": None, "anchor": None}
    if spec.kind != "date":
        fields["granularity"] = "duration" if spec.kind == "duration" else None
        return fields
    ref = as_reference(reference)
    if expression.until is not None:
        placed, anchor = _place_range(expression, ref, tense, previous)
    else:
        placed, anchor = _place(spec, ref, tense, previous)
    fields["anchor"] = anchor
    if placed is not None:
        fields.update(value=placed.value, granularity=placed.granularity,
                      start_date=placed.start.isoformat(), end_date=placed.end.isoformat())
    elif anchor == "event":
        value, direction = _relative_value(spec)
        fields.update(value=value, granularity="duration", mod=spec.mod or direction)
    return fields


def resolve_relative(date_row: dict[str, Any], event_date_row: dict[str, Any]) -> dict[str, Any]:
    """A date row counted from an event ("deux mois avant la visite", anchor "event"), dated
    from the date row of that event. Any other row is returned unchanged (as a copy)."""
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
    unit = {"D": "day", "W": "week", "M": "month", "Y": "year"}[relative.group(2)]
    placed = _from_anchor(Spec(unit=unit, shift=sign * count), base)
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
    for expression in _find(text, _grammar(english=True)):
        spec = expression.spec
        if spec.kind != "date" or spec.year is None or spec.anchor is not None:
            continue
        placed = _absolute(spec)
        if placed is not None and placed.granularity in ("year", "month", "day", "minute"):
            return replace(placed, text=expression.text, offset=expression.start)
    return None


