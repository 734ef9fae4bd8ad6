"""The grammar: regex fragments built from the lexicon and the ordered table of rules.

Each rule is a name, a verbose pattern and a builder (builders.py, relative_builders.py) that
turns a match into expressions. `find.py` runs the table: longest match wins, ties go to the
rule listed first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .builders import (
    build_century,
    build_coordination,
    build_day_month,
    build_day_range,
    build_decade,
    build_holiday,
    build_month,
    build_month_list,
    build_month_range,
    build_numeric,
    build_quarter,
    build_season,
    build_short_year,
    build_textual,
    build_week_of,
    build_weekday_range,
    build_year,
    build_year_range,
)
from .relative_builders import (
    build_deictic_day,
    build_demonstrative,
    build_duration,
    build_next_day,
    build_period,
    build_relative,
    build_same_unit,
    build_set,
    build_shift,
    build_time,
    build_turn,
    build_unit_adjective,
    build_unit_modified,
    build_vague,
    build_weekday,
    build_weekday_list,
    build_weekday_of_week,
)
from .spec import Expression
from .words import APOS, S, alternation, key, lexicon_section, unit_words

Builder = Callable[["Grammar", re.Match[str], str], list[Expression]]
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder


class Grammar:
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
        self.rules = [Rule(name, re.compile(pattern, re.IGNORECASE | re.VERBOSE), build)
                      for name, pattern, build in rule_table(p)]
        # Every run of letters written in a pattern (the lexicon's words are in them): no rule
        # matches a stretch of text with none of these and no digit.
        self.triggers = frozenset(
            word.lower() for rule in self.rules for word in _LETTERS.findall(rule.pattern.pattern))
        self.mod_before = re.compile(p["MOD_BEFORE"], re.IGNORECASE)
        # Where a modifier could start, over-approximated (no word boundary): see find.find
        self.modifier_words = re.compile(rf"mi|{p['MODW']}", re.IGNORECASE)
        self.month_trigger = re.compile(p["MONTH_TRIGGER"], re.IGNORECASE)
        self.item = re.compile(p["ITEM_G"], re.IGNORECASE)

    def _fragments(self) -> dict[str, str]:
        """Regex fragments shared by the rules, built from the lexicon."""
        f: dict[str, str] = {"S": S, "A": APOS}
        f["MONTH"] = alternation(self.months)
        f["ABBR"] = alternation(self.abbreviations)
        f["MONTH_ANY"] = rf"(?:{f['MONTH']}(?![\w])|{f['ABBR']}(?:\.|(?![\w])))"
        f["WD"] = alternation(self.weekdays)
        f["DAY"] = (r"(?:1(?:er|ᵉʳ|re|ère)(?![\w])|premier(?![\w])"
                    r"|[12]\d(?!\d)|3[01](?!\d)|0?[1-9](?!\d))")
        # a year on its own; not the head of a hyphenated name ("2019-nCoV")
        f["YEAR"] = r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d|-[^\W\d_])"
        f["YEAR_ANY"] = r"(?<!\d)(?:1\d{3}|20\d\d)(?!\d)"  # a year after a day and a month
        f["TIME"] = (rf"(?:{S}?[,-]?{S}(?:(?:à|a|vers|dès){S})?)(?P<hour>[01]?\d|2[0-3]){S}?"
                     rf"(?:h(?![^\W\d_])|heures?(?![\w])|:(?=[0-5]\d))(?:{S}?(?P<minute>[0-5]\d)(?!\d))?")
        f["NUMW"] = alternation([*lexicon_section("numbers"), "cents", "vingts", "mille"])
        about = alternation(k for k, v in self.approximate.items() if v != "X")
        # Bounded repetitions (a written number has few words, a list few items): a run of
        # number words or list items must not make a failing match backtrack over all of it.
        f["QTY"] = (rf"(?:\d{{1,3}}(?:[.,]\d+)?(?!\d)|{f['NUMW']}(?:(?:-|{S})(?:et(?:-|{S}))?"
                    rf"{f['NUMW']}){{0,6}}(?![\w-])|quelques|plusieurs|des"
                    rf"|une{S}{about}{S}?(?:de{S}|d{APOS}))")
        f["UNITS"] = alternation(self.units)
        f["SEASON"] = alternation(self.seasons)
        f["ORD"] = alternation(self.ordinals)
        f["UNIT_WORDS"] = alternation(unit_words("day_parts", "times_of_day", "night_and_week_end"))
        f["UNIT_ADJ"] = alternation(unit_words("day_parts", "night_and_week_end"))
        f["UNIT_MOD"] = alternation(unit_words("day_parts"))
        f["TIMES_OF_DAY"] = alternation(lexicon_section("times_of_day"))
        # Two digits after a month: a year unless a time, a unit or a count follows.
        f["SHORT_YEAR"] = (rf"{APOS}?(?<!\d)\d\d(?!\d|[.,:]\d|{S}?(?:h(?![^\W\d_])|heures?(?![\w])"
                           rf"|[%‰°]))")
        f["TURNS"] = alternation(lexicon_section("turns"))
        f["SAME"] = alternation(lexicon_section("same_time_last_year"))
        f["ADJ"] = alternation([*self.relative_adjectives, *self.anaphoric_adjectives])
        f["STRICT"] = alternation(self.relative_adjectives)
        f["LINK"] = r"(?:à|a|au|et|dans|pour|puis|lors|vers|dès|de|du|en|sur|à|avec)(?![\w])"
        f["HOLIDAY"] = alternation(lexicon_section("holidays"))
        f["DEICTIC_DAYS"] = alternation(self.deictic_days)
        f["VAGUE"] = alternation(lexicon_section("vague"))
        f["MODW"] = alternation(self.modifiers)
        # Words that cannot name the event a "veille" or "lendemain" counts from ("au lendemain
        # du premier en raison de...": the noun is left unsaid, "en" is no event).
        f["NOT_EVENT"] = alternation(lexicon_section("not_event_words"))
        f["EVENT_NP"] = (rf"(?:(?:la|le|les|sa|son|ses|leur|leurs|cette|ce|cet|du|des|de{S}la|"
                         rf"de{S}l{APOS}|d{APOS}une|d{APOS}un|de|d{APOS}|l{APOS}|une|un)"
                         rf"(?:{S}|(?<=['’])))(?:(?:premi[eè]re?|derni[eè]re?|nouvelle|nouveau|"
                         rf"prochaine?|grande?|seconde?|deuxième){S})?[^\W\d_][\w-]*"
                         # or a name ("deux semaines après Virginie X"): that one's act, unsaid
                         rf"|(?-i:[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒ])[\w-]*"
                         # or a clause ("six jours après que la Turquie a lancé..."): its act
                         rf"|qu(?:e(?![\w])|{APOS})")
        # A date item of a coordination or a range: optional weekday, day, optional month, year.
        f["ITEM"] = (rf"(?:{f['WD']}{S}?,?{S})?{f['DAY']}(?:{S}{f['MONTH_ANY']}"
                     rf"(?:{S}{f['YEAR_ANY']})?)?")
        f["LAST"] = (rf"(?:{f['WD']}{S}?,?{S})?{f['DAY']}{S}{f['MONTH_ANY']}"
                     rf"(?:{S}{f['YEAR_ANY']})?")
        f["ITEM_G"] = (rf"(?:(?P<wd>{f['WD']}){S}?,?{S})?(?P<d>{f['DAY']})(?:{S}"
                       rf"(?P<mon>{f['MONTH_ANY']})(?:{S}(?P<y>{f['YEAR_ANY']}))?)?")
        f["MOD_BEFORE"] = (rf"(?<![\w])(?:(?P<mi>mi)(?:{S}?-{S}?|{S})|(?P<mod>{f['MODW']})"
                           rf"{S}(?:(?:du{S}mois{S}de|du{S}mois{S}d{APOS}|de{S}la|de{S}l{APOS}|"
                           rf"du|des|de|d{APOS}|la|le|les|l{APOS})"
                           rf"(?:{S}|(?<=['’])))?)$")
        f["MONTH_TRIGGER"] = (
            rf"(?<![\w])(?P<trigger>en|depuis|dès|courant|jusqu{APOS}en|jusqu{APOS}à|jusqu{APOS}au"
            rf"|d{APOS}ici|pour|avant|après|entre|vers|début|fin|mi|milieu|mois{S}de|mois{S}d{APOS}"
            rf"|à{S}partir{S}de|à{S}partir{S}d{APOS}|à{S}compter{S}de|depuis{S}le{S}mois"
            rf"{S}de)(?:{S}?-{S}?|{S}|(?<=['’]))$")
        return f

    def month(self, word: str) -> int:
        name = key(word).rstrip(".")
        return self.months.get(name) or self.abbreviations[name]


@functools.cache
def compiled_grammar(english: bool = False) -> Grammar:
    return Grammar(english=english)


def rule_table(f: dict[str, str]) -> list[tuple[str, str, Builder]]:
    """Every rule: a name, a verbose pattern, a builder. Longest match wins; ties go to the
    first rule listed. `{S}` is the whitespace inside an expression, `{A}` an apostrophe."""
    S, A, WD, DAY, TIME = f["S"], f["A"], f["WD"], f["DAY"], f["TIME"]
    MONTH, MONTH_ANY, ABBR = f["MONTH"], f["MONTH_ANY"], f["ABBR"]
    YEAR, YEAR_ANY, QTY, UNITS, ADJ = f["YEAR"], f["YEAR_ANY"], f["QTY"], f["UNITS"], f["ADJ"]
    ITEM, LAST, STRICT = f["ITEM"], f["LAST"], f["STRICT"]
    UNIT_WORDS, UNIT_ADJ, UNIT_MOD = f["UNIT_WORDS"], f["UNIT_ADJ"], f["UNIT_MOD"]
    TIMES_OF_DAY, SHORT_YEAR = f["TIMES_OF_DAY"], f["SHORT_YEAR"]
    # a part of the day a weekday is told with ("en début de soirée samedi", "samedi en fin de
    # matinée"): that weekday's
    PART = rf"""(?:début|fin|milieu){S}(?:de{S}(?:la{S})?|d{A})
                (?:matinée|soirée|journée|après-midi)"""
    return [
        # --- numeric and ISO
        ("iso", r"""(?<![\w/.-]) (?P<y>\d{4})-(?P<m>\d{2})
                    (?: -(?P<d>\d{2}) (?: [T\ ](?P<hour>\d{2}):(?P<minute>\d{2})
                        (?::\d{2}(?:\.\d+)?)? (?:Z|[+-]\d{2}:?\d{2})? )? )?
                    (?![\w-]|[/.]\d)""", build_numeric),
        ("numeric", rf"""(?<![\w/.,-]) (?P<d>[12]\d|3[01]|0?[1-9]) (?P<sep>{S}?[/.-]{S}?)
                         (?P<m>1[0-2]|0?[1-9]) (?P=sep) (?P<y>\d{{4}}|\d{{2}})
                         (?![\w/]|[.,-]\d) (?:{TIME})?""", build_numeric),
        ("numeric", rf"""(?<![\w]) (?:le|du|au|dès{S}le|depuis{S}le|jusqu{A}au) {S}
                         (?P<d>[12]\d|3[01]|0?[1-9]) / (?P<m>1[0-2]|0?[1-9])
                         (?![\w/]|[.,-]\d)""", build_day_month),
        # --- textual: weekday, day, month, year, time; English order; weekday and day
        ("textual", rf"""(?<![\w]) (?: (?P<wd>{WD}) {S}?,?{S} (?:le{S})? )?
                         (?P<d>{DAY}) {S} (?P<mon>{MONTH_ANY})
                         (?: {S}?,?{S} (?P<y>{YEAR_ANY}) | {S} (?P<adj>{STRICT}) (?![\w])
                           | {S} (?P<yy>{SHORT_YEAR}) )?
                         (?:{TIME})?""", build_textual),
        ("textual", rf"(?<![\w]) le {S} (?P<d>{DAY}) {TIME}", build_textual),
        # A day named by its date, hyphenated: "les commémorations du 11-Novembre", "le défilé
        # du 14-Juillet", "le 1er-Mai"
        ("textual", rf"(?<![\w-]) (?P<d>{DAY}) - (?P<mon>{MONTH}) (?![\w-])", build_textual),
        ("english_order", rf"""(?<![\w]) (?: (?P<wd>{WD}) {S}?,?{S} )? (?P<mon>{MONTH}) {S}
                               (?P<d>{DAY}) (?:st|nd|rd|th)? {S}?,{S}? (?P<y>{YEAR_ANY})
                               (?:{TIME})?""", build_textual),
        ("weekday_day", rf"""(?<![\w]) (?P<wd>{WD}) {S} (?P<d>{DAY})
                             (?! {S}? (?!{f['LINK']}) [\w%€$] | [.,]\d )  # "jeudi 15 personnes",
                                                                         # "jeudi 5.996 cas"
                             (?:{TIME})?""", build_textual),
        ("week_of", rf"""(?<![\w]) la{S}semaine{S}du {S} (?P<d>{DAY}) {S} (?P<mon>{MONTH_ANY})
                         (?: {S} (?P<y>{YEAR}) )?""", build_week_of),
        # --- months and years
        ("month_year", rf"""(?<![\w]) (?P<mon>{MONTH}|{ABBR}\.) {S} (?:de{S}l{A}année{S})?
                            (?: (?P<y>{YEAR_ANY}) | (?P<yy>{SHORT_YEAR}) )""", build_month),
        ("range", rf"""(?<![\w-]) (?P<a>{MONTH}) {S}? (?P<q>[-–/]) {S}? (?P<b>{MONTH})
                       (?![\w-]) (?: {S} (?P<yb>{YEAR}) )?""", build_month_range),
        ("month", rf"""(?<![\w]) (?P<mon>{MONTH}) (?![\w])
                       (?: {S} (?P<adj>{STRICT}) (?![\w]) )?""", build_month),
        # not the tail of a hyphenated name either ("l'Euro-2020", "Paris-2024"), but "mi-2020"
        ("year", rf"""(?<![\w.,/]) (?<!\d-) (?:(?<![^\W\d_]{{2}}-)|(?<=(?<![^\W\d_])mi-))
                      (?P<y>{YEAR})
                      (?! [\w] | [.,/–-]\d | {S}?[%‰] )""", build_year),
        ("year", rf"(?<![\w]) (?:l{A}|en{S}l{A})? (?:année|an) {S} (?P<y>{YEAR})", build_year),
        # "en 97", "l'été '93": two digits name a year after "en" (1950s-2000s forms only: "en
        # 12" is mostly a count) or after an apostrophe
        ("year", rf"""(?<![\w]) (?: en {S} (?P<yy>[5-9]\d|0\d) | (?<![\w'’]) {A} (?P<ya>\d\d) )
                      (?! [\w] | [.,:/–-]\d | {S}?[%‰°] )""", build_short_year),
        ("deictic", rf"""(?<![\w]) la {S} (?: (?P<turn>{f['TURNS']}) | (?P<same>{f['SAME']}) )
                         (?![\w])""", build_turn),
        # --- coordinations and ranges
        ("coordination", rf"""(?<![\w]) (?:(?:le|les){S})? {ITEM}
                              (?: {S}?,{S} (?:le{S})? {ITEM} ){{0,12}} {S} (?:et|ou) {S} (?:le{S})?
                              {LAST}""", build_coordination),
        ("range", rf"""(?<![\w]) (?: (?P<p>du|de|entre) {S} (?:le{S})? )? (?P<a>{ITEM})
                       (?: {S} (?P<q>au|à|et{S}le|et|jusqu{A}au) | {S}? (?P<dash>[-–]) )
                       (?:{S}|(?<=[-–])) (?P<b>{LAST}) (?: {S} (?P<adj>{STRICT}) (?![\w]) )?""",
         build_day_range),
        ("coordination", rf"""(?<![\w]) (?P<list> {MONTH} (?: {S}?,{S} {MONTH} ){{0,10}}
                              {S} (?:et|ou) {S} {MONTH} ) (?![\w])
                              (?: {S} (?P<y>{YEAR}) )?""", build_month_list),
        ("range", rf"""(?<![\w]) (?P<p>de{S}|d{A}|entre{S}) (?P<a>{MONTH}) (?:{S}(?P<ya>{YEAR}))?
                       {S} (?P<q>à|a|et) {S} (?P<b>{MONTH}) (?:{S}(?P<yb>{YEAR}))?
                       (?![\w])""", build_month_range),
        ("range", rf"""(?<![\w.,/-]) (?: (?P<p>de|entre|du|depuis) {S} )? (?P<a>{YEAR})
                       {S}? (?P<sep>-|–|/|à|au|et) {S}? (?P<b>\d{{4}}|\d{{2}})
                       (?![\w]|[.,]\d)""", build_year_range),
        ("range", rf"""(?<![\w]) (?P<p>du|de) {S} (?P<a>{WD}) {S} (?P<q>au|à) {S} (?P<b>{WD})
                       (?![\w])""", build_weekday_range),
        # --- decades, centuries, seasons, quarters, holidays
        ("decade", rf"""(?<![\w]) (?:années|décennie) {S}
                        (?P<n> \d{{4}} | \d0 | soixante-dix | quatre-vingt-dix | quatre-vingts?
                           | vingt | trente | quarante | cinquante | soixante )
                        (?:{S}?{A}?s)? (?![\w-])""", build_decade),
        ("century", rf"""(?<![\w]) (?P<n>[IVXLivxl]{{1,6}}|\d{{1,2}}) (?:e|ème|è|er|ᵉ|ᵉʳ) {S}
                         siècle (?![\w])""", build_century),
        ("season", rf"""(?<![\w])
                        (?: (?P<det> cet|ce|cette|l{A}|le|au|en|du|à{S}l{A}|de{S}l{A}|d{A}ici{S}l{A}
                              | dès{S}l{A}|depuis{S}l{A}|pendant{S}l{A}|tout{S}l{A}|durant{S}l{A}
                              | fin{S}de{S}l{A}|début{S}de{S}l{A} )
                            (?:{S}|(?<=['’])) )?
                        (?P<season>{f['SEASON']}) (?![\w])
                        (?: {S} (?: (?P<y>{YEAR}) | (?P<adj>{ADJ}) (?![\w]) ) )?""",
         build_season),
        ("quarter", rf"""(?<![\w])
                         (?: (?P<ord>{f['ORD']}|dernier) {S} (?P<unit>trimestre|semestre)
                           | (?P<code>[TQ][1-4]|S[12]) ) (?![\w])
                         (?: {S} (?:de{S}l{A}année{S}|de{S})? (?P<y>{YEAR})
                           | {S} (?P<adj>{ADJ}) (?![\w]) )?""", build_quarter),
        ("holiday", rf"""(?<![\w])
                         (?: (?:le|la) {S} (?:jour|journée|fête|veille|soir) {S}
                             (?:de{S}la|de{S}l{A}|des|du|de|d{A}) (?:{S}|(?<=['’])) )?
                         (?P<h>{f['HOLIDAY']}) (?![\w]) (?: {S} (?P<y>{YEAR}) )?""",
         build_holiday),
        # --- deictic: relative to the publication date
        ("deictic", rf"""(?<![\w]) (?P<w>{f['DEICTIC_DAYS']}) (?![\w'’-])
                         (?: {S} (?P<part> {TIMES_OF_DAY}
                                         | dans{S}la{S}(?:matinée|soirée|nuit|journée) ) )?
                         (?:{TIME})?""", build_deictic_day),
        ("deictic", rf"""(?<![\w]) (?P<dem>ce|cet|cette) {S}
                         (?P<unit>{UNIT_WORDS})
                         (?P<suffix>-ci|-là|{S}-{S}là|{S}même)? (?![\w-])""",
         build_demonstrative),
        # "la même année", "cette même année": the year the text is telling, as "cette
        # année-là" ("le même jour" is the relative rules')
        ("deictic", rf"""(?<![\w]) (?:la|le|ce|cet|cette) {S} même {S}
                         (?P<unit>année|mois|semaine) (?![\w-])""", build_same_unit),
        ("deictic", rf"""(?<![\w]) (?: (?P<det>la|le|cette|ce|cet) {S} | (?P<elided>l{A}) )?
                         (?P<unit>{UNIT_ADJ}) {S}
                         (?P<adj>{ADJ}|en{S}cours|d{A}avant|d{A}après|qui{S}vient)
                         (?![\w])""", build_unit_adjective),
        ("deictic", rf"""(?<![\w]) (?P<mod>début|fin|mi|milieu)
                         (?: {S}?-{S}? | {S} (?:de{S}l{A}|d{A}|du{S}|de{S}la{S}|de{S}) )
                         (?P<unit>{UNIT_MOD}) (?![\w-])""", build_unit_modified),
        ("weekday", rf"""(?<![\w]) (?: (?P<lead> (?:en{S})? (?:le{S})? {PART} ) {S},?{S}? )?
                         (?: (?P<dem>ce|le) {S} )? (?P<wd>{WD})
                         (?! {S} {DAY} {S} {MONTH_ANY} )  # "mercredi 20 mai": the textual rule
                         (?P<there>{S}?-{S}?là)? (?![\w])
                         (?: {S} (?P<part>{TIMES_OF_DAY}|(?:en{S})?{PART}) )?
                         (?: {S} (?P<adj>{ADJ}|en{S}(?:huit|8|quinze|15)|d{A}après|d{A}avant)
                             (?![\w]) )?
                         (?:{TIME})?""", build_weekday),
        ("weekday", rf"""(?<![\w]) (?: (?P<dem>ce|le) {S} )? (?P<wd>{WD})
                         {S} (?:de{S})?
                         (?: la{S}semaine{S} (?P<adj> prochaine|dernière|passée|suivante
                                                    | précédente|d{A}après|d{A}avant
                                                    | qui{S}vient )
                           | (?P<this>cette{S}semaine) ) (?![\w])""", build_weekday_of_week),
        ("coordination", rf"""(?<![\w]) (?P<list> {WD} (?: {S}?,{S} {WD} ){{0,5}}
                                            {S} (?:et|ou) {S} {WD} )
                              {S} (?P<adj>derniers|prochains|passés) (?![\w])""",
         build_weekday_list),
        ("shift", rf"""(?<![\w]) (?P<p>il{S}y{S}a|voici|voilà|dans|d{A}ici(?:{S}à)?)
                       (?: {S} (?P<approx>près{S}de|plus{S}de|moins{S}de|environ|quelque) )?
                       {S} (?P<q>{QTY}) {S}? (?P<unit>{UNITS}) (?P<demi>{S}et{S}demie?)?
                       (?![\w])""", build_shift),
        ("period", rf"""(?<![\w]) (?: (?P<det>les|ces) {S} )? (?P<q>{QTY}) {S}
                        (?: (?P<adj>derni(?:er|ère)s?|prochaine?s?) {S} )? (?P<unit>{UNITS})
                        (?: {S} (?P<adj2>passée?s|écoulée?s|à{S}venir|suivante?s) )?
                        (?![\w])""", build_period),
        # --- relative to another event, or to the previous date of the text
        ("relative", rf"""(?<![\w]) (?P<q>{QTY}) {S}? (?P<unit>{UNITS}) (?P<demi>{S}et{S}demie?)?
                          {S} (?P<dir>plus{S}tôt|plus{S}tard|auparavant|avant|après) (?![\w])
                          (?: {S} (?P<evt>{f['EVENT_NP']}) )?""", build_relative),
        ("relative", rf"""(?<![\w])
                          (?P<w> (?:le|au){S}lendemain | (?:la|à{S}la){S}veille
                               | le{S}surlendemain | l{A}avant-veille | le{S}jour{S}même
                               | le{S}même{S}jour | ce{S}jour{S}?-?{S}?là ) (?![\w])
                          (?: {S} (?P<part>au{S}soir|au{S}matin|matin|soir) )?
                          (?: {S} (?:de{S}la|de{S}l{A}|du|des|de|d{A}) (?:{S}|(?<=['’]))
                              (?P<evt> (?:(?:une?|cette|ce|cet|sa|son|ses|leur|leurs){S})?
                                       (?:(?:premi[eè]re?|derni[eè]re?|nouvelle|nouveau){S})?
                                       (?!{f['NOT_EVENT']}(?![\w])) [^\W\d_][\w-]* ) )?""",
         build_next_day),
        # --- durations, sets, vague references, times of day
        ("duration", rf"""(?<![\w])
                          (?: (?P<approx>près{S}de|plus{S}de|moins{S}de|environ|au{S}moins
                                        | presque|quelque) {S} )?
                          (?P<q>{QTY}) {S}? (?P<unit>{UNITS}) (?P<demi>{S}et{S}demie?)?
                          (?![\w])""", build_duration),
        ("duration", rf"""(?<![\w]) (?:en|pendant|durant|depuis|sous|dans{S}les|moins{S}de
                                      | plus{S}de|près{S}de) {S}
                          (?P<q>\d{{1,3}}) {S}? h (?![\w])""", build_duration),
        ("set", rf"""(?<![\w]) (?:chaque|tous{S}les|toutes{S}les) (?: {S} (?P<q>{QTY}) )? {S}
                     (?: (?P<wd>{WD})s? | (?P<unit>{UNITS}|matins|soirs|week-ends?) )
                     (?![\w])""", build_set),
        ("set", rf"(?<![\w]) par {S} (?P<unit>an|année|mois|semaine|jour) (?![\w])", build_set),
        ("vague", rf"(?<![\w]) {f['VAGUE']} (?![\w])", build_vague),
        ("time", rf"""(?<![\w])
                      (?P<pre>à|vers|dès|jusqu{A}à|avant|après|aux{S}alentours{S}de|autour{S}de)
                      {S} (?P<hour>[01]?\d|2[0-3]) {S}? (?: h(?![^\W\d_]) | heures?(?![\w]) )
                      (?: {S}? (?P<minute>[0-5]\d) (?!\d) )?
                      (?: {S} (?P<ampm>du{S}matin|du{S}soir|de{S}l{A}après-midi) )?""",
         build_time),
    ]
