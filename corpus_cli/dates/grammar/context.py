"""What the words around a match say: an identifier or a quantity, a lean, a clock time."""

from __future__ import annotations

import functools
import re

from .words import APOS, S, alternation, key, lexicon_section

_AFTER_WORD = re.compile(rf"{S}?(?P<w>[%‰€$£¥]|[^\W\d_][\w'’-]*)")
_BEFORE_WORD = re.compile(r"(?P<w>[^\W\d_][\w°º]*|n°|nº)\.?[^\S\n]*[:#]?[^\S\n]*$")


def identifier_before(text: str, start: int) -> bool:
    """A number after "loi", "n°", "décret" is an identifier; after "1 " or "2," a part of one."""
    window = text[max(0, start - 40):start]
    if re.search(r"\d[^\S\n]?$|\d[.,]$", window):
        return True
    word = _BEFORE_WORD.search(window)
    if word and key(word.group("w")) in lexicon_section("year_blockers_before"):
        return True
    tail = key(window)
    return any(tail.endswith(" " + phrase) or tail == phrase
               for phrase in lexicon_section("quantity_before"))


def quantity_after(text: str, end: int) -> bool:
    """A unit, a currency or a counted plural noun after a number makes it a quantity."""
    match = _AFTER_WORD.match(text, end)
    if match is None:
        return False
    word = match.group("w")
    name = key(word)
    if name in lexicon_section("units_after"):
        return True
    return (word.islower() and len(word) > 2 and word[-1] in "sx"
            and name not in lexicon_section("not_counted_plurals")
            and name not in lexicon_section("months") and name not in lexicon_section("units"))



def limit_before(text: str, start: int) -> bool:
    """Whether a preposition of a limit comes just before an expression ("jusqu'au 30 juin",
    "jusqu'à la fin de mars", "d'ici lundi")."""
    return _limit_before().search(text, max(0, start - 45), start) is not None


def limit_after(text: str, end: int) -> bool:
    """Whether "au plus tard" follows the expression ("pris le 27 mai au plus tard"): a
    deadline, as "jusqu'au" or "d'ici" before it make one."""
    return _LIMIT_AFTER.match(text, end) is not None


_LIMIT_AFTER = re.compile(rf",?{S}?au{S}plus{S}tard(?![\w])", re.IGNORECASE)


@functools.cache
def _limit_before() -> re.Pattern[str]:
    words = alternation(lexicon_section("limit_prepositions"))
    filler = rf"(?:{S}|(?<=['’]))(?:le|la|les|l{APOS}|fin|début|mi|milieu|du|de|des|d{APOS}|mois)"
    # After a word boundary, or glued to a heading the scrape ran into it ("réquisitionnésJusqu'au")
    start = r"(?:(?<![\w])|(?<=[a-zà-öø-ÿ])(?-i:(?=[A-ZÀ-ÖØ-Þ])))"
    return re.compile(rf"{start}{words}(?:{filler}){{0,4}}(?:{S}|(?<=['’])|-)?$",
                      re.IGNORECASE)


def compared_before(text: str, start: int) -> bool:
    """Whether the expression is the term of a comparison or one set aside ("un point de plus
    qu'en septembre 2019", "contre 7,9 % en mars", "jeudi et non lundi"): a figure's time or
    a day set aside, neither the act's nor the story's."""
    return _COMPARED.search(text, max(0, start - 70), start) is not None


# A comparative's "que"/"qu'" ("plus qu'un an plus tôt", not the "que" of "a dit que"),
# "par rapport à", "comparé à", or a figure after "contre", right before a date: the date is
# compared with.
# "davantage" is often written "d'avantage"; "qu'en 2014", "que le 3 mars": the term's date.
_COMPARED = re.compile(r"(?:\b(?:plus|moins|autant|d['’]?avantage)\b[^.;:,]{0,30}?\bqu(?:['’]|e\s+)"
                       # "qu'en en 2012": a preposition the writer doubled
                       r"(?:(?:en|le|la|l['’]|au|à)\s*){0,2}"
                       r"|\b(?:par rapport|comparée?s?|en comparaison) (?:à|au|aux|avec)\s+"
                       # "comme vendredi, X prévoit 6 trains sur 10 samedi": the like's day
                       r"|(?:^|[.,;(\n\"«»“”]\s*)comme\s+(?:(?:en|le|la|l['’]|au|à|lors\s+d[eu]s?)\s*)?"
                       # "comme c'est déjà le cas à Paris depuis lundi": the like's time
                       r"|(?:^|[.,;(\n\"«»“”]\s*)comme\s+c['’](?:est|était)\s+(?:\w+\s+)?le\s+cas\b"
                       r"[^.;:,\"«»]{0,40}?\s(?:(?:depuis|dès|en|le|la|l['’]|au|à)\s*){0,2}"
                       # "reprendront jeudi et non lundi", "plutôt qu'en mars": a day set aside
                       r"|\b(?:(?:et|mais)\s+(?:non|pas)|non\s+pas|plutôt\s+qu(?:['’]|e\s+)"
                       r"|au\s+lieu\s+d(?:['’]|e\s+|u\s+))\s*(?:(?:en|le|la|l['’]|au|à|dès)\s*)?"
                       # "contre 7,9 % en mars", "contre 12 morts vendredi": a figure's term;
                       # "contre respectivement 33.000 et 25.000 jeudi": figures' terms
                       r"|\bcontre\s+(?:respectivement\s+)?(?:environ\s+|près\s+de\s+)?"
                       r"\d[\d\s.,]*(?:et\s+\d[\d\s.,]*)?"
                       r"(?:%|\s*pour\s*cent|\s*\w+)?\s+(?:(?:en|le|la|l['’]|au|du)\s*)?)$",
                       re.IGNORECASE)


def since_before(text: str, start: int) -> bool:
    """Whether "depuis" opens the expression ("depuis août 2014", "depuis le 3 mars"): the
    start of a state, no time the story is told at."""
    return _since_before.search(text, max(0, start - 20), start) is not None


_since_before = re.compile(
    rf"(?<![\w])depuis(?:{S}(?:le|la|les|l{APOS}|début|fin|mi))?(?:{S}|(?<=['’]))$",
    re.IGNORECASE)


def start_before(text: str, start: int) -> bool:
    """Whether a preposition of a start or a target opens the expression ("à partir du 11
    mai", "à compter du 1er juin", "pour le 11 mai"): a measure's start or a plan's day,
    which a past clause may announce ahead ("a annoncé, pour le 11 mai, le déconfinement").
    Not "dès", whose past clause tells an act done ("s'était lancé dès le 27 novembre")."""
    return _start_before.search(text, max(0, start - 25), start) is not None


_start_before = re.compile(
    rf"(?<![\w])(?:à{S}partir|à{S}compter)(?:{S}du|{S}de{S}la|{S}de{S}l{APOS}|{S}de)?"
    rf"(?:{S}|(?<=['’]))$|(?<![\w])pour(?:{S}le|{S}la|{S}l{APOS})?(?:{S}|(?<=['’]))$",
    re.IGNORECASE)


def postponed_before(text: str, start: int) -> bool:
    """Whether the expression is the new date of a postponement ("reporté au 4 décembre", "le
    renvoi au 13 mai", "a repoussé le vote à mars")."""
    return _postponed_before().search(text, max(0, start - 60), start) is not None


def postponing_noun_before(text: str, start: int) -> int | None:
    """The offset of the noun of a postponement whose new date the expression is, followed by
    the act it moves ("le report du second tour à l'été"), else None ("mis en délibéré au 21
    juin": the decision's own day)."""
    match = _postponed_before().search(text, max(0, start - 60), start)
    if match is None or not match.group("noun") or not _OF_AFTER.match(text, match.end("noun")):
        return None
    return match.start("noun")


def postponing_verb_before(text: str, start: int) -> int | None:
    """The offset of the verb of a postponement whose new date the expression is ("le procès a
    été reporté au 24 mai", "a repoussé le vote à mars"), else None."""
    match = _postponed_before().search(text, max(0, start - 60), start)
    if match is None or match.group("noun") or _PREPOSITION_BETWEEN.search(match.group(0)):
        return None  # "renvoyée en commission en mars": sent somewhere then, no new day
    return match.start()


# A preposition among the words between a postponement's verb and the date's preposition.
_PREPOSITION_BETWEEN = re.compile(r"\s(?:à|au|aux|en|devant|dans|sine)\s\S", re.IGNORECASE)


_OF_AFTER = re.compile(rf"{S}(?:de|du|des|d{APOS})(?![\w])", re.IGNORECASE)


@functools.cache
def _postponed_before() -> re.Pattern[str]:
    verbs = alternation(lexicon_section("postponement_stems"))
    nouns = alternation(lexicon_section("postponement_nouns"))
    endings = "(?:é|ée|és|ées|er|e|es|ent|ait|aient|a|era|eront)"
    # A few words may come between (an object: "a reporté le vote à mars"); no line break.
    between = r"(?:[^\S\n]+[^\W\d][\w'’-]*){0,4}?"
    # a noun's complement may be longer ("le report du second tour des municipales à l'été")
    complement = r"(?:[^\S\n]+[^\W\d][\w'’-]*){0,6}?"
    preposition = (rf"{S}(?:aux|au|à(?:{S}la|{S}l{APOS})?|en|jusqu{APOS}(?:au|à|en))"
                   rf"(?:{S}|(?<=['’]))?$")
    return re.compile(rf"(?<![\w])(?:(?:{verbs}){endings}(?![\w]){between}"
                      rf"|(?P<noun>{nouns})(?![\w]){complement}){preposition}", re.IGNORECASE)


def lean_before(text: str, start: int) -> int:
    """-1 after "depuis" (a start in the past), +1 after "d'ici" (a deadline ahead), else 0."""
    match = _LEAN_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        return 0
    return -1 if key(match.group("w")).startswith("depuis") else 1


_LEAN_BEFORE = re.compile(rf"(?<![\w])(?P<w>depuis|d{APOS}ici(?:{S}à)?)"
                          rf"(?:{S}(?:le|la|les|ce|cet|cette|le{S}mois{S}de)|{S}l{APOS})?"
                          rf"{S}?$", re.IGNORECASE)


CLOCK_BEFORE = re.compile(rf"(?<![\w])(?:à|a|vers|dès|jusqu{APOS}à|avant|après){S}$",
                           re.IGNORECASE)


_WORD_BEFORE = re.compile(r"(?P<w>[^\W\d_][\w'’-]*)[^\S\n]{1,3}$")


# "Journal du" before a weekday: the title of a paper ("Le Journal du dimanche"), whatever the
# weekday's case.
_TITLE_BEFORE = re.compile(r"\bJournal[^\S\n]+du[^\S\n]+$")


def inside_name(text: str, start: int, word: str) -> bool:
    """A capitalised word inside a proper name: after "du"/"de"/"des" or after a capitalised
    word that does not start a sentence ("le Journal du Dimanche", "Radio Lundi")."""
    if _TITLE_BEFORE.search(text, max(0, start - 20), start):
        return True  # "Le Journal du dimanche", written in lower case
    if not word[:1].isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    previous = before.group("w")
    if previous in ("du", "de", "des"):
        return True
    if text[start + len(word):start + len(word) + 1] == ",":
        return False  # "… Air France Mardi, on apprenait": a sentence glued to the last one
    starts_sentence = re.search(r"(?:^|[.!?…:»«\n][^\S\n]*)$", text[max(0, before.start() - 3):
                                                                   before.start()]) is not None
    return previous[:1].isupper() and not starts_sentence
