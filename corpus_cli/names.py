"""Names of people, places and organisations: folding, the structure of a personal name, and
the word lists that say what surrounds a name (articles, titles, roles, countries).

Shared by both halves: extract/mentions.py cleans and links mentions in one document,
aggregate/entities.py merges the forms of a name across the corpus.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from corpus_cli import lexicon

if TYPE_CHECKING:
    pass

# Vote order: a tie goes to the first (a person tagged LOC once is still a person).

LABELS: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")
# One edit on a short name changes the name (Iran / Irak, CAF / CAN): slips only from this length.
MIN_SLIP_LENGTH = 6
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_FOLD = str.maketrans({"'": " ", "-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", ".": "",
                       "œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i"})
_ROMAN = re.compile(r"[IVXLCDM]+")
# The numbers a family gives a son named after his father and grandfather ("John Jones III").
_GENERATIONS = frozenset({"II", "III", "IV", "Jr", "Jr."})
_INITIAL = re.compile(r"[^\W\d_]\.?(?:-[^\W\d_]\.?)*")
_VOWELS = frozenset("aeiou")
T = TypeVar("T")
# --- data files ---------------------------------------------------------------------------

@functools.cache
def _words(filename: str, section: str) -> frozenset[str]:
    return frozenset(low(word) for word in lexicon.entries(filename, section))


def articles() -> frozenset[str]:
    return _words("entities_articles.txt", "leading")


def trailing() -> frozenset[str]:
    return _words("entities_articles.txt", "trailing")


def particles() -> frozenset[str]:
    return _words("entities_articles.txt", "particles")


def honorifics() -> frozenset[str]:
    return _words("entities_titles.txt", "honorifics")


def civilities() -> frozenset[str]:
    return _words("entities_titles.txt", "civilities")


def families() -> frozenset[str]:
    return _words("entities_titles.txt", "families")


def kin() -> frozenset[str]:
    """Nouns of kinship before a relative's name ("son frère X")."""
    return _words("entities_titles.txt", "kin")


def children() -> frozenset[str]:
    """Nouns of a child before a first name ("le petit X")."""
    return _words("entities_titles.txt", "children")


def first_name_titles() -> frozenset[str]:
    """Titles of a person called by a first name alone ("le prince X", "sœur X")."""
    return _words("entities_titles.txt", "first_name_titles")


def title_gender(titles: Iterable[str]) -> str | None:
    """"Fem" or "Masc" when the civility titles among `titles` (lower case) say one gender."""
    found = {_TITLE_GENDERS[title] for title in titles if title in _TITLE_GENDERS}
    return found.pop() if len(found) == 1 else None


def headed() -> frozenset[str]:
    """Nouns of a body or a time led by one person ("le gouvernement X")."""
    return _words("entities_titles.txt", "headed")


# The sections of entities_things.txt and the label of a name written after their nouns.
_THING_LABELS = {"organisations": "ORG", "works": "MISC", "places": "LOC"}


@functools.cache
def thing_nouns() -> dict[str, str]:
    """Noun -> the label of a one-word name written after it ("la série X": MISC)."""
    return {word: label for section, label in _THING_LABELS.items()
            for word in _words("entities_things.txt", section)}


def illness_nouns() -> frozenset[str]:
    """Nouns of an illness a physician's name follows through "de" ("la maladie de X")."""
    return _words("entities_things.txt", "illnesses")


def ships() -> frozenset[str]:
    """Nouns of a ship, named after a person in full ("le porte-avions Charles de Gaulle")."""
    return _words("entities_things.txt", "ships")


def house_prepositions() -> frozenset[str]:
    """Prepositions after which a one-word name is a firm or a house ("chez X")."""
    return _words("entities_things.txt", "houses")


def place_prepositions() -> frozenset[str]:
    """Prepositions after which a name tagged a place is used as one ("à X", "en X")."""
    return _words("entities_things.txt", "place prepositions")


def bearings() -> frozenset[str]:
    """Nouns whose "de X" is a place ("au sud de X", "la banlieue de X")."""
    return _words("entities_things.txt", "bearings")


def departures() -> frozenset[str]:
    """Verbs whose "pour X" is where one goes ("s'envoler pour X")."""
    return _words("entities_things.txt", "departures")


def thing_determiners() -> frozenset[str]:
    return _words("entities_things.txt", "determiners")


def thing_articles() -> frozenset[str]:
    return _words("entities_things.txt", "articles")


def work_adjective(word: str) -> bool:
    """An adjective that makes the name it stands before a thing ("la première X", "le
    dernier X"): listed, or an ordinal in "-ième"."""
    return word in _words("entities_things.txt", "work adjectives") or (
        word.endswith("ième") and word.isalpha() and word.islower())


def role_words() -> frozenset[str]:
    return _words("entities_titles.txt", "roles")


def role_modifiers() -> frozenset[str]:
    return _words("entities_titles.txt", "modifiers")


@functools.lru_cache(maxsize=4096)
def is_role_word(word: str) -> bool:
    """A role noun, lower-case ("ministre"), also hyphenated with its modifiers
    ("vice-président", "ex-ministre")."""
    if word in role_words():
        return True
    parts = word.split("-")
    return (len(parts) > 1 and parts[-1] in role_words()
            and all(p in role_words() or p in role_modifiers() for p in parts[:-1]))


@functools.cache
def _transliteration(section: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = []
    for line in lexicon.entries("entities_transliteration.txt", section):
        pattern, _, replacement = line.partition(" -> ")
        rules.append((re.compile(pattern.strip()), replacement.strip()))
    return tuple(rules)


@functools.cache
def country_forms() -> dict[str, tuple[str, str]]:
    """Folded country form or demonym -> (short name, "country_form" | "demonym")."""
    forms: dict[str, tuple[str, str]] = {}
    for line in lexicon.entries("entities_countries.txt", ""):
        short, others, demonyms = (part.strip() for part in [*line.split("|"), "", ""][:3])
        forms[fold(short)] = (short, "country_form")
        for other in filter(None, (o.strip() for o in others.split(";"))):
            forms.setdefault(fold(other), (short, "country_form"))
        for entry in filter(None, (d.strip() for d in demonyms.split(";"))):
            for form in _demonym_forms(entry):
                forms.setdefault(fold(form), (short, "demonym"))
    return forms


@functools.lru_cache(maxsize=4096)
def is_demonym(word: str) -> bool:
    """The word names a people or its nationality ("Tunisien", "française"), or two of them
    joined by the prefix form of the first ("Franco-libanais", "germano-américaine")."""
    first, _, last = word.rpartition("-")
    if first and last and all(part[-1:] == "o" and part.isalpha() and len(part) > 3
                              for part in first.split("-")):  # not "pro-russe"
        return is_demonym(last)
    return country_forms().get(fold(word), ("", ""))[1] == "demonym"


def _demonym_forms(entry: str) -> set[str]:
    """Masculine, feminine and plurals of a demonym ("Italien" or "Grec/Grecque")."""
    masculine, _, feminine = entry.partition("/")
    feminine = feminine or _feminine(masculine)
    return {masculine, feminine, _plural(masculine), _plural(feminine)}


def _feminine(word: str) -> str:
    if word.endswith("e"):
        return word
    if word.endswith(("en", "on")):
        return word + "ne"
    return word + "e"


def _plural(word: str) -> str:
    return word if word.endswith(("s", "x", "z")) else word + "s"


def masculine(word: str) -> str:
    """The masculine singular of an adjective or a participle of the regular endings
    ("déplacée" -> "déplacé", "mortes" -> "mort"): the form the word lists hold."""
    return word.rstrip("s").removesuffix("e")


# --- folding and name structure -------------------------------------------------------------

def low(word: str) -> str:
    return word.lower().translate(_APOSTROPHES)


@functools.lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Compare form of a name: case, accents, hyphens, apostrophes and dots folded away."""
    text = _unaccented(name.casefold())
    return " ".join(text.translate(_APOSTROPHES).translate(_FOLD).split())


@functools.lru_cache(maxsize=1 << 16)
def name_key(word: str, surname: bool = False) -> str:
    """Spelling-equivalence key of a name part: transliteration variants share it."""
    key = fold(word).replace(" ", "")
    sections = ("surnames", "all") if surname else ("all",)
    for section in sections:
        for pattern, replacement in _transliteration(section):
            key = pattern.sub(replacement, key)
    return key


@dataclass(frozen=True)
class PersonName:
    """A personal name cut into given names and surname (with its particles)."""

    given: tuple[str, ...]
    surname: tuple[str, ...]

    @property
    def full(self) -> bool:
        return bool(self.given and self.surname)

    @functools.cached_property
    def surname_key(self) -> str:
        return name_key(" ".join(self.surname), surname=True) if self.surname else ""


# Larger than the other caches: consolidation asks for the name of each of a corpus's forms
# several times (106,000 forms at 33,948 articles; a smaller cache is emptied in between).
@functools.lru_cache(maxsize=1 << 18)
def person_name(name: str) -> PersonName:
    """Split "Charles de Gaulle" into (Charles,) (de, Gaulle); a regnal name has no surname."""
    tokens = tuple(name.split())
    if not tokens or any(t[:1].islower() and not is_particle(t) for t in tokens):
        return PersonName((), ())  # "Santé publique France": not the shape of a personal name
    if len(tokens) > 2 and tokens[-1] in _GENERATIONS and not is_particle(tokens[-2]):
        # "John Jones III": a family's rank after a given name and a surname, no king's
        return person_name(" ".join(tokens[:-1]))
    if len(tokens) > 1 and _ROMAN.fullmatch(tokens[-1]):
        return PersonName(tokens, ())  # "Henri IV", "Harald V": no surname to share
    if low(tokens[0]) in particles() or starts_with_elision(tokens[0]):
        return PersonName((), tokens)  # "Le Pen", "de Gaulle", "d'Ormesson"
    for i in range(1, len(tokens) - 1):
        if low(tokens[i]) in particles() or starts_with_elision(tokens[i]):
            return PersonName(tokens[:i], tokens[i:])
    if len(tokens) > 1 and starts_with_elision(tokens[-1]):
        return PersonName(tokens[:-1], tokens[-1:])
    return PersonName(tokens[:-1], tokens[-1:])


def starts_with_elision(token: str) -> bool:
    return len(token) > 2 and low(token[:2]) == "d'"


def given_relation(a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    """"same" if two given-name lists are variants, "shorter" if one abbreviates the other."""
    key_a = "".join(name_key(g) for g in a)
    key_b = "".join(name_key(g) for g in b)
    if key_a == key_b or _vowel_variant(key_a, key_b):
        return "same"
    parts_a, parts_b = _given_parts(a), _given_parts(b)
    # either way round: "G." of "Grégoire" as well as "Grégoire" beside "G."
    if _abbreviates(parts_a, parts_b) or _abbreviates(parts_b, parts_a):
        return "shorter"
    return None


def abbreviation_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`short` abbreviates `long` ("S." of "Stefan", "Jean" of "Jean Paul"), not the reverse."""
    parts_short, parts_long = _given_parts(short), _given_parts(long)
    return (given_relation(short, long) == "shorter" and _abbreviates(parts_short, parts_long)
            and not _abbreviates(parts_long, parts_short))


def _given_parts(given: tuple[str, ...]) -> list[list[str]]:
    """Each given name cut at its hyphens: "Jean-Pierre" is one name of two parts."""
    return [parts for g in given if (parts := [p for p in re.split(r"[-‐‑]", g) if p])]


def _abbreviates(short: list[list[str]], long: list[list[str]]) -> bool:
    """Each given name of `short` matches, in order, one of `long` (initials match first
    letters)."""
    if not short or not long or not _name_matches(short[0], long[0]):
        return False  # people are called by their first given name: "Anne" is not "Rachida Anne"
    if len(short) < len(long) and any(_is_initial(part) for name in short[1:] for part in name):
        return False  # "George W." beside "George H. W.": a middle initial is written in full
    return in_order(short, long, _name_matches)


def _name_matches(short: list[str], long: list[str]) -> bool:
    """One given name abbreviates another: initials ("J.-P.", "J." of "Jean-Pierre") or the
    same name part for part. A compound name is one name: "Jean" is not "Jean-Pierre", and
    "Alain" beside "Alain-Fabien" is most often his father, never a shorter form of his name."""
    if all(_is_initial(part) for part in short):
        return _part_matches(short[0], long[0]) and in_order(short, long, _part_matches)
    return len(short) == len(long) and all(map(_part_matches, short, long))


def _is_initial(part: str) -> bool:
    return bool(_INITIAL.fullmatch(part)) and len(part.rstrip(".")) == 1


def in_order(short: Sequence[T], long: Sequence[T], matches: Callable[[T, T], bool]) -> bool:
    """Each item of `short` matches, in order, a distinct item of `long`."""
    position = 0
    for part in short:
        while position < len(long) and not matches(part, long[position]):
            position += 1
        if position == len(long):
            return False
        position += 1
    return True


def _part_matches(short: str, long: str) -> bool:
    if _is_initial(short):
        return fold(short)[:1] == fold(long)[:1]
    a, b = name_key(short), name_key(long)
    return a == b or _vowel_variant(a, b)


def _vowel_variant(a: str, b: str) -> bool:
    """One vowel more inside the longer name (Dmitri / Dimitri), never at its end (Eric / Erica)
    nor at its start (Éléonore / Léonore: another name, the initial sound heard)."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = sorted((a, b), key=len)
    if len(short) < 5:
        return False
    return any(long[i] in _VOWELS and long[:i] + long[i + 1:] == short
               for i in range(1, len(long) - 1))



def is_particle(word: str) -> bool:
    """ "de", "d'Estaing", "al-Assad", "van": lower-case words that belong to a surname."""
    word = low(word)
    return word in particles() or word.split("-")[0] in particles() or starts_with_elision(word)



# Country data of gender-guesser consulted first: a name's French gender, then the world's.
_GENDER_COUNTRY = "france"
_GENDERS = {"female": "Fem", "male": "Masc"}


@functools.lru_cache(maxsize=1)
def _gender_detector() -> Any:
    import gender_guesser.detector  # loaded on the first question: 0.1 s of name tables

    return gender_guesser.detector.Detector(case_sensitive=False)


@functools.lru_cache(maxsize=1 << 12)
def given_name_gender(given: str) -> str | None:
    """"Fem" or "Masc" when a given name is nearly always one ("Valérie", "Léonard",
    "Édouard" read as "Edouard" too); None for names given to both ("Dominique", "Claude")
    or unknown."""
    detector = _gender_detector()
    for name in (given, _unaccented(given)):
        for country in (_GENDER_COUNTRY, None):
            found = (detector.get_gender(name, country) if country
                     else detector.get_gender(name))
            if found in _GENDERS:
                return _GENDERS[found]
    return None  # "andy", "mostly_male", "unknown": not sure enough


# The titles that say a person's gender ("Mme X", "M. X"), lower case.
_TITLE_GENDERS = {"mme": "Fem", "madame": "Fem", "mlle": "Fem", "mademoiselle": "Fem",
                  "m.": "Masc", "m": "Masc", "monsieur": "Masc",
                  "mrs": "Fem", "mrs.": "Fem", "ms": "Fem", "ms.": "Fem",
                  "mr": "Masc", "mr.": "Masc"}


def other_gender(titles: Iterable[str], full_name: str) -> bool:
    """A woman's title ("Mme", "Madame") before a name whose given name is a man's, or a man's
    ("M.", "Monsieur") before a woman's: someone else than that person. `titles`: the first
    words of a mention's roles, lower case."""
    return gender_differs(title_gender(titles), full_name)


def gender_differs(gender: str | None, full_name: str) -> bool:
    """The given name of `full_name` is of the other gender than `gender` ("Fem", "Masc"),
    which a civility said; False when either tells none."""
    given = person_name(full_name).given if gender else ()
    # a name France gives to both ("Andrea", "Gabi": a woman's elsewhere) tells nothing here
    found = given_name_gender(given[0]) if given and not _either_in_france(given[0]) else None
    return found is not None and found != gender


def _either_in_france(given: str) -> bool:
    return _gender_detector().get_gender(given, _GENDER_COUNTRY) == "andy"


def is_given_name(word: str) -> bool:
    """`word` is a given name of the name tables, of a woman, a man or both ("Nicole",
    "Dominique"); not a word of the language nor a surname the tables do not hold."""
    detector = _gender_detector()
    return any(detector.get_gender(name) != "unknown" for name in (word, _unaccented(word)))


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
