"""People, places and organisations: clean mentions per document, then entities for the corpus.

Two halves, split as ARCHITECTURE.md says:
- `extract_mentions(doc)` works on one parsed document: it cleans the model's spans (articles,
  quotes, titles and roles), drops layout artefacts, and links a partial name to the full name
  it stands for in the same document (`resolved`).
- `consolidate(rows)` works on the rows of the whole corpus, never on spaCy objects: it merges
  the forms of one name (folding, transliteration, shorter forms, spelling slips, country forms)
  and keeps apart different people who share a surname.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .aliases import Aliases
from .nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Vote order: a tie goes to the first (a person tagged LOC once is still a person).
LABELS: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")

# A form seen this often or less may be a spelling slip of a frequent entity...
RARE_MENTIONS = 2
# ...that has at least this many times its mentions (and at least `MIN_FREQUENT`).
FREQUENT_FACTOR = 3
MIN_FREQUENT = 3
# One edit on a short name changes the name (Iran / Irak, CAF / CAN): slips only from this length.
MIN_SLIP_LENGTH = 6
# A bare surname shared by several people goes to the one with this share of the full-name
# mentions of that surname, and stays apart (`ambiguous_with`) below it.
DOMINANT_SHARE = 0.9
# A role phrase is short; longer runs are a clause, not a title.
MAX_ROLE_TOKENS = 12

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_FOLD = str.maketrans({"'": " ", "-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", ".": "",
                       "œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i"})
# Characters that surround a name without belonging to it ("." is kept: "J.-P.", "D.C.").
_EDGE = "«»“”„‟\"'‘’‹›`´()[]{}<>,;:!?…–—-_/|*•·~ \t\u00a0\u202f\u2009"
_HYPHENS = frozenset("-‐‑")
_GLUED_ELISION = re.compile(r"[lLdD]['’](?=\w)")
_POSSESSIVE = re.compile(r"['’]s$")
# Digits glued to the end of a personal name; a name never ends so (an outlet may: Médias24).
_GLUED_DIGITS = re.compile(r"(?<=[^\W\d_]{3})\d{1,3}$")
# A line break or a run of blanks (the mask left by removed boilerplate) inside a span.
_LAYOUT_GAP = re.compile(r"[\n\r\v\f\u2028\u2029]|\s{3,}")
_ROMAN = re.compile(r"[IVXLCDM]+")
_ORDINAL = re.compile(r"[IVXLCDM]+(?:e|er|re|ème|ᵉ|ᵉʳ|è)")
_INITIAL = re.compile(r"[^\W\d_]\.?(?:-[^\W\d_]\.?)*")
_VOWELS = frozenset("aeiou")
_ASIDE = re.compile(r"\s*\([^)]*\)?")
# POS of a word that can sit inside a role phrase ("ministre norvégien des Affaires étrangères").
_ROLE_FILLER_POS = frozenset({"ADJ", "ADP", "DET", "NOUN", "PROPN"})


# --- data files ---------------------------------------------------------------------------

@functools.cache
def _sections(filename: str) -> dict[str, tuple[str, ...]]:
    """Lines of a data file by `[section]`, without comments and blank lines."""
    text = resources.files("corpus_cli").joinpath("data", filename).read_text(encoding="utf-8")
    sections: dict[str, list[str]] = defaultdict(list)
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections[current].append(line)
    return {name: tuple(lines) for name, lines in sections.items()}


@functools.cache
def _words(filename: str, section: str) -> frozenset[str]:
    return frozenset(_low(word) for word in _sections(filename).get(section, ()))


def _articles() -> frozenset[str]:
    return _words("entities_articles.txt", "leading")


def _trailing() -> frozenset[str]:
    return _words("entities_articles.txt", "trailing")


def _particles() -> frozenset[str]:
    return _words("entities_articles.txt", "particles")


def _honorifics() -> frozenset[str]:
    return _words("entities_titles.txt", "honorifics")


def _civilities() -> frozenset[str]:
    return _words("entities_titles.txt", "civilities")


def _roles() -> frozenset[str]:
    return _words("entities_titles.txt", "roles")


def _modifiers() -> frozenset[str]:
    return _words("entities_titles.txt", "modifiers")


@functools.cache
def _transliteration(section: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = []
    for line in _sections("entities_transliteration.txt").get(section, ()):
        pattern, _, replacement = line.partition(" -> ")
        rules.append((re.compile(pattern.strip()), replacement.strip()))
    return tuple(rules)


@functools.cache
def _country_forms() -> dict[str, tuple[str, str]]:
    """Folded country form or demonym -> (short name, "country_form" | "demonym")."""
    forms: dict[str, tuple[str, str]] = {}
    for line in _sections("entities_countries.txt").get("", ()):
        short, others, demonyms = (part.strip() for part in [*line.split("|"), "", ""][:3])
        forms[fold(short)] = (short, "country_form")
        for other in filter(None, (o.strip() for o in others.split(";"))):
            forms.setdefault(fold(other), (short, "country_form"))
        for entry in filter(None, (d.strip() for d in demonyms.split(";"))):
            for form in _demonym_forms(entry):
                forms.setdefault(fold(form), (short, "demonym"))
    return forms


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


# --- folding and name structure -------------------------------------------------------------

def _low(word: str) -> str:
    return word.lower().translate(_APOSTROPHES)


@functools.lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Compare form of a name: case, accents, hyphens, apostrophes and dots folded away."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
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


@functools.lru_cache(maxsize=1 << 16)
def person_name(name: str) -> PersonName:
    """Split "Charles de Gaulle" into (Charles,) (de, Gaulle); a regnal name has no surname."""
    tokens = tuple(name.split())
    if not tokens or any(t[:1].islower() and not _is_particle(t) for t in tokens):
        return PersonName((), ())  # "Santé publique France": not the shape of a personal name
    if len(tokens) > 1 and _ROMAN.fullmatch(tokens[-1]):
        return PersonName(tokens, ())  # "Henri IV", "Harald V": no surname to share
    if _low(tokens[0]) in _particles() or _starts_with_elision(tokens[0]):
        return PersonName((), tokens)  # "Le Pen", "de Gaulle", "d'Ormesson"
    for i in range(1, len(tokens) - 1):
        if _low(tokens[i]) in _particles() or _starts_with_elision(tokens[i]):
            return PersonName(tokens[:i], tokens[i:])
    if len(tokens) > 1 and _starts_with_elision(tokens[-1]):
        return PersonName(tokens[:-1], tokens[-1:])
    return PersonName(tokens[:-1], tokens[-1:])


def _starts_with_elision(token: str) -> bool:
    return len(token) > 2 and _low(token[:2]) == "d'"


def given_relation(a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    """"same" if two given-name lists are variants, "shorter" if one abbreviates the other."""
    key_a = "".join(name_key(g) for g in a)
    key_b = "".join(name_key(g) for g in b)
    if key_a == key_b or _vowel_variant(key_a, key_b):
        return "same"
    parts_a, parts_b = _given_parts(a), _given_parts(b)
    short, long = sorted((parts_a, parts_b), key=len)
    if _abbreviates(short, long):
        return "shorter"
    return None


def _abbreviation_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`short` abbreviates `long` ("S." of "Stefan", "Jean" of "Jean Paul"), not the reverse."""
    parts_short, parts_long = _given_parts(short), _given_parts(long)
    return (given_relation(short, long) == "shorter" and _abbreviates(parts_short, parts_long)
            and not _abbreviates(parts_long, parts_short))


def _given_parts(given: tuple[str, ...]) -> list[str]:
    return [part for g in given for part in re.split(r"[-‐‑]", g) if part]


def _abbreviates(short: list[str], long: list[str]) -> bool:
    """Each part of `short` matches, in order, a part of `long` (initials match first letters)."""
    if not short or not long or not _part_matches(short[0], long[0]):
        return False  # people are called by their first given name: "Anne" is not "Rachida Anne"
    position = 0
    for part in short:
        while position < len(long) and not _part_matches(part, long[position]):
            position += 1
        if position == len(long):
            return False
        position += 1
    return True


def _part_matches(short: str, long: str) -> bool:
    if _INITIAL.fullmatch(short) and len(short.rstrip(".")) == 1:
        return fold(short)[:1] == fold(long)[:1]
    a, b = name_key(short), name_key(long)
    return a == b or _vowel_variant(a, b)


def _vowel_variant(a: str, b: str) -> bool:
    """One vowel more inside the longer name (Dmitri / Dimitri), never at its end (Eric / Erica)."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = sorted((a, b), key=len)
    if len(short) < 5:
        return False
    return any(long[i] in _VOWELS and long[:i] + long[i + 1:] == short
               for i in range(len(long) - 1))


# --- per document: mentions ---------------------------------------------------------------

@dataclass
class _Mention:
    start: int  # token indices of the name
    end: int
    start_char: int
    end_char: int
    label: str
    name: str
    roles: list[str]
    resolved: str | None = None


def extract_mentions(doc: Doc) -> list[dict[str, Any]]:
    """Clean mention rows of one parsed document (the `mention` row of ARCHITECTURE.md)."""
    text = text_of(doc)
    lower = frozenset(token.text for token in doc if token.is_lower)
    mentions = [m for ent in doc.ents
                if (m := _mention(doc, text, lower, ent.start, ent.end, ent.label_))]
    _resolve(mentions)
    sentence_starts = [sent.start for sent in doc.sents]
    return [
        {"start": m.start_char, "end": m.end_char, "text": text[m.start_char:m.end_char],
         "name": m.name, "label": m.label, "roles": m.roles, "resolved": m.resolved,
         "sentence": bisect_right(sentence_starts, m.start) - 1}
        for m in mentions
    ]


def _mention(doc: Doc, text: str, lower: frozenset[str], start: int, end: int,
             label: str) -> _Mention | None:
    """Clean one model span; None when it is an artefact or a role with no name.

    `lower` holds the words written in lower case in the document.
    """
    if label not in LABELS:
        return None
    start, end = _trim(doc, *_word_bounds(doc, start, end))
    if start >= end or _LAYOUT_GAP.search(text, doc[start].idx, _end_char(doc, end)):
        return None
    start = _skip_articles(doc, start, end, label)
    start, inner_roles, honorific = _leading_titles(doc, start, end, label)
    if start >= end or (inner_roles and not honorific and label != "PER"):
        return None  # a role phrase alone, or tagged as an organisation: not an entity
    if inner_roles:
        label = "PER"
    end = _trim_trailing(doc, start, end)
    start, end = _trim(doc, start, end)
    if label == "PER":
        start, end, described = _person_bounds(doc, start, end)
        inner_roles += described
        if _common_noun_head(doc, lower, start, end):
            label = "MISC"  # "Affaire Dupont" names an affair, not a person
    if start >= end:
        return None
    start_char, end_char = _char_bounds(doc, text, start, end, label)
    name = " ".join(text[start_char:end_char].split())
    if not _is_name(name, label) or _headline_word(doc, lower, start, end):
        return None
    roles = inner_roles + _roles_around(doc, start, end) if label == "PER" else []
    return _Mention(start, end, start_char, end_char, label, name, _unique(roles))


def _person_bounds(doc: Doc, start: int, end: int) -> tuple[int, int, list[str]]:
    """A personal name starts and ends with a capitalised word: lower-case words in front
    describe the person ("compositeur et bassiste X"), those at the end are noise."""
    first = start
    while start < end - 1 and doc[start].text[:1].islower() and not _is_particle(doc[start].text):
        start += 1
    while end > start + 1 and doc[end - 1].text[:1].islower():
        end -= 1
    if start > first and doc[first].pos_ == "NOUN":
        return start, end, [_role_text(doc, first, start)]
    return start, end, []


def _common_noun_head(doc: Doc, lower: frozenset[str], start: int, end: int) -> bool:
    """The first word is a common noun the document also writes in lower case."""
    first = doc[start]
    return (end - start > 1 and first.pos_ == "NOUN" and first.lower_ in lower
            and not _is_title(first))


def _is_particle(word: str) -> bool:
    """ "de", "d'Estaing", "al-Assad", "van": lower-case words that belong to a surname."""
    word = _low(word)
    return word in _particles() or word.split("-")[0] in _particles() or _starts_with_elision(word)


def _end_char(doc: Doc, end: int) -> int:
    return doc[end - 1].idx + len(doc[end - 1].text)


def _word_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Grow a span cut inside a hyphenated word ("italo" of "italo-norvégienne")."""
    while (end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_alpha):
        end += 2
    while (start >= 2 and doc[start - 1].text in _HYPHENS and not doc[start - 2].whitespace_
           and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha):
        start -= 2
    return start, end


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop blank and punctuation tokens at both ends."""
    while start < end and _is_edge(doc[start]):
        start += 1
    while end > start and _is_edge(doc[end - 1]):
        end -= 1
    return start, end


def _is_edge(token: Token) -> bool:
    return token.is_space or all(c in _EDGE or c == "." for c in token.text)


def _skip_articles(doc: Doc, start: int, end: int, label: str) -> int:
    """Strip leading articles and elisions; keep the capitalised "Le" of "Le Pen", "La Haye"."""
    while start < end - 1:
        token = doc[start]
        word = _low(token.text)
        if word not in _articles():
            break
        before_title = _is_title(doc[start + 1])
        if label == "PER":
            # in a person's name a lower-case "de"/"du"/"d'" is a particle ("du Bellay")
            if before_title or (token.text[0].islower() and word in {"l'", "le", "la", "les"}):
                start += 1
                continue
            break
        if token.text[0].islower() or before_title or _at_line_start(doc, start):
            start += 1
            continue
        break
    return start


def _at_line_start(doc: Doc, i: int) -> bool:
    """Sentence or line initial: there a capital says nothing about the word."""
    if i == 0 or doc[i].is_sent_start:
        return True
    previous = doc[i - 1]
    return previous.is_space or previous.text in "«“\"—–-:"


def _is_title(token: Token) -> bool:
    word = _low(token.text)
    return word in _honorifics() or _is_role_word(word) or word in _modifiers()


def _leading_titles(doc: Doc, start: int, end: int, label: str) -> tuple[int, list[str], bool]:
    """Cut titles and role phrases off the front of a span: (new start, roles, had honorific)."""
    roles: list[str] = []
    honorific = False
    i = start
    while i < end:
        word = _low(doc[i].text)
        if word in _honorifics():
            roles.append(doc[i].text)
            honorific = True
            i += 1
        elif _is_role_word(word) or (word in _modifiers() and i + 1 < end
                                     and _is_role(doc[i + 1])):
            stop = _role_phrase_end(doc, i, end, label)
            roles.append(_role_text(doc, i, stop))
            i = stop
        elif word in _articles() and i + 1 < end and _is_title(doc[i + 1]) and i > start:
            i += 1  # "M. le directeur Girardet"
        else:
            break
    return i, roles, honorific


def _is_role(token: Token) -> bool:
    return _is_role_word(_low(token.text))


@functools.lru_cache(maxsize=4096)
def _is_role_word(word: str) -> bool:
    if word in _roles():
        return True
    parts = word.split("-")
    return (len(parts) > 1 and parts[-1] in _roles()
            and all(p in _roles() or p in _modifiers() for p in parts[:-1]))


def _role_phrase_end(doc: Doc, i: int, end: int, label: str) -> int:
    """End of the role phrase starting at token i, inside a span that ends at `end`."""
    j = i + 1
    while j < end and (_is_role(doc[j]) or _low(doc[j].text) in _modifiers()):
        j += 1
    # "général de Gaulle": a particle right before the last word is a surname, not a complement
    if (label == "PER" and j + 2 == end and _low(doc[j].text) in {"de", "d'"}
            and doc[j + 1].pos_ == "PROPN" and fold(doc[j + 1].text) not in _country_forms()):
        return j
    while j < end:
        token = doc[j]
        if token.is_space or (token.is_punct and token.text not in _HYPHENS):
            break
        if token.text[:1].isupper():
            previous = doc[j - 1]
            after_function_word = _low(previous.text) in _articles() or previous.pos_ in (
                "ADP", "DET")
            inside_complement = j > i + 1 and previous.text[:1].isupper() and not _is_title(
                previous)
            if not (after_function_word or (inside_complement and token.pos_ != "PROPN")):
                break
        j += 1
    return j


def _role_text(doc: Doc, start: int, end: int) -> str:
    end = _trim_trailing(doc, start, end)
    start, end = _trim(doc, start, end)
    text = doc[start:end].text if start < end else ""
    text = " ".join(_ASIDE.sub("", text).split())  # "(CSFR)" is an aside, not the role
    first = doc[start] if start < end else None
    # a role word capitalised at a sentence start or in a heading is the common noun
    if first is not None and _is_title(first) and not first.text.isupper():
        text = text[:1].lower() + text[1:]
    return text


def _trim_trailing(doc: Doc, start: int, end: int) -> int:
    """Drop function words left dangling at the end ("Conseil de sécurité de la")."""
    while end > start + 1 and (_low(doc[end - 1].text) in _trailing() or _is_edge(doc[end - 1])):
        end -= 1
    return end


def _char_bounds(doc: Doc, text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Character offsets of the name: quotes, a glued elision and a possessive 's cut off."""
    first, last = doc[start].idx, _end_char(doc, end)
    first, last = _strip_edges(text, first, last)
    glued = _GLUED_ELISION.match(text, first, last)
    if glued and (label != "PER" or text[first].islower()):
        first = glued.end()
    if label in ("PER", "LOC") and _POSSESSIVE.search(text, first, last):
        last -= 2
    if label == "PER" and (digits := _GLUED_DIGITS.search(text, first, last)):
        last = digits.start()  # "Jacques Chirac3": a note or caption number glued on
    return _strip_edges(text, first, last)


def _strip_edges(text: str, first: int, last: int) -> tuple[int, int]:
    while first < last and text[first] in _EDGE:
        first += 1
    while last > first and text[last - 1] in _EDGE:
        last -= 1
    return first, last


def _is_name(name: str, label: str) -> bool:
    if len(name) < 2 or not any(c.isalpha() for c in name):
        return False
    if not any(c.isupper() for c in name):
        return False  # names are capitalised; an all lower-case span is a common word
    if _ORDINAL.fullmatch(name) or (label == "MISC" and _ROMAN.fullmatch(name)):
        return False  # a century ("XXIᵉ"), not a name
    return not _is_title_only(name)


def _is_title_only(name: str) -> bool:
    words = [_low(w) for w in name.split()]
    return all(w in _honorifics() or _is_role_word(w) or w in _modifiers() or w in _articles()
               for w in words)


def _headline_word(doc: Doc, lower: frozenset[str], start: int, end: int) -> bool:
    """A common word capitalised by its position ("Problèmes :"), also written in lower case
    elsewhere in the document: not a name."""
    if end - start != 1:
        return False
    token = doc[start]
    return (token.pos_ not in ("PROPN", "X") and not token.text.isupper()
            and (token.lower_ in lower or token.is_stop) and _at_line_start(doc, start))


def _roles_around(doc: Doc, start: int, end: int) -> list[str]:
    """Titles and role phrases written next to a name, before or after it."""
    roles = _role_before(doc, start, end)
    after = _role_after(doc, start, end)
    return roles + ([after] if after else [])


def _role_before(doc: Doc, start: int, end: int) -> list[str]:
    """ "M. X", "le président X", "le ministre des Affaires étrangères, X"."""
    if start == 0:
        return []
    if _low(doc[start - 1].text) in _honorifics():
        return [doc[start - 1].text]
    last = start - 1
    comma = doc[last].text == ","
    if comma:
        last -= 1
    elif doc[last].pos_ == "ADP" or _low(doc[last].text) in _articles():
        return []  # "le gouvernement d'Édouard Philippe": the name completes a noun
    role = _role_head_before(doc, last)
    if role is None:
        return []
    root = doc[start:end].root
    # ", X," after a role is an apposition even when the parser attached X elsewhere
    enclosed = comma and end < len(doc) and doc[end].text in {",", ")", ";"}
    linked = (root.head.i in range(role, last + 1) or doc[role].head.i in range(start, end)
              or (not comma and role == last) or enclosed)
    if not linked:
        return []
    first = role
    while first > 0 and _low(doc[first - 1].text) in _modifiers():
        first -= 1
    text = _role_text(doc, first, last + 1)
    # "M. le président X": the civility title before the role is the person's too
    before = first - 1
    if before > 0 and _low(doc[before].text) in _articles():
        before -= 1
    titles = [doc[before].text] if before >= 0 and _low(doc[before].text) in _honorifics() else []
    return titles + ([text] if text else [])


def _role_head_before(doc: Doc, last: int) -> int | None:
    """The role noun of a role phrase ending at token `last`, skipping "(acronym)" asides."""
    k, words = last, 0
    while k >= 0 and words < MAX_ROLE_TOKENS:
        token = doc[k]
        words += 1
        if token.text == ")":
            opening = next((j for j in range(k - 1, max(-1, k - 6), -1) if doc[j].text == "("),
                           None)
            if opening is None:
                return None
            k = opening - 1
            continue
        if _is_role(token):
            return k
        if not _role_filler(token) or token.is_sent_start:
            return None
        k -= 1
    return None


def _role_after(doc: Doc, start: int, end: int) -> str | None:
    """ "X, secrétaire du Conseil de sécurité, ..." (an apposition after a comma)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    k = end + 1
    while k < len(doc) and k <= end + 3 and not _is_role(doc[k]) and (
            _low(doc[k].text) in _articles() or _low(doc[k].text) in _modifiers()):
        k += 1
    if k >= len(doc) or not _is_role(doc[k]):
        return None
    root = doc[start:end].root
    if not (doc[k].head.i in range(start, end) or doc[k].dep_ == "appos" or root.head.i == k):
        return None
    first = k
    while first > end + 1 and _low(doc[first - 1].text) in _modifiers():
        first -= 1
    stop = k + 1
    while stop < len(doc) and stop - k < MAX_ROLE_TOKENS and _role_filler(doc[stop]):
        stop += 1
    return _role_text(doc, first, stop) or None


def _role_filler(token: Token) -> bool:
    """A word that can continue a role phrase: no verb, clause word, punctuation or person."""
    if token.ent_type_ == "PER" or token.is_space:
        return False
    if token.text in _HYPHENS:
        return True
    return token.pos_ in _ROLE_FILLER_POS and not token.is_punct


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def _resolve(mentions: list[_Mention]) -> None:
    """Point each partial name at the full name it abbreviates, nearest preceding first."""
    full = [(m, person_name(m.name)) for m in mentions if m.label == "PER"]
    full = [(m, p) for m, p in full if p.full]
    if not full:
        return
    first_names = {fold(p.given[0]) for _, p in full}
    # full names first, so that "Dupont" after "Jean Dupont" reaches "Jean Paul Dupont"
    is_full = {id(m) for m, _ in full}
    ordered = sorted(mentions, key=lambda m: id(m) not in is_full)
    for mention in ordered:
        if mention.label != "PER" and fold(mention.name) in _country_forms():
            continue
        if fold(mention.name) in first_names:
            continue  # "François" beside "François Dupont" and "Claude François": no guess
        exact = [m for m, p in full if m is not mention and _shorter_form(mention.name, m.name, p)]
        if not exact and mention.label == "PER":
            exact = [m for m, p in full if _surname_slip(mention.name, p)]
        if exact:
            nearest = _nearest(mention, exact)
            mention.resolved = nearest.resolved or nearest.name


def _shorter_form(partial: str, full_name: str, person: PersonName) -> bool:
    """`partial` is `full_name` with words left out, surname kept ("Dupont", "Jean Dupont")."""
    short, long = fold(partial).split(), fold(full_name).split()
    if len(short) >= len(long) or not short or short[-1] != fold(person.surname[-1]):
        return False
    if len(short) > 1 and short[0] != long[0] and person_name(partial).given:
        return False  # "Anne Hidalgo" does not abbreviate "Rachida Dati-Anne Hidalgo"
    position = 0
    for word in short:
        while position < len(long) and long[position] != word:
            position += 1
        if position == len(long):
            return False
        position += 1
    return True


def _surname_slip(partial: str, person: PersonName) -> bool:
    """A bare surname one edit from the full name's surname ("Petrov" / "Petrof")."""
    word, surname = fold(partial), fold(person.surname[-1])
    return (" " not in word and len(word) >= MIN_SLIP_LENGTH - 1
            and Levenshtein.distance(word, surname, score_cutoff=1) <= 1)


def _nearest(mention: _Mention, candidates: list[_Mention]) -> _Mention:
    before = [m for m in candidates if m.start_char < mention.start_char]
    if before:
        return max(before, key=lambda m: m.start_char)
    return min(candidates, key=lambda m: m.start_char)


# --- corpus level: entities ---------------------------------------------------------------

@dataclass
class Entity:
    """One person, place, organisation or other name across the corpus."""

    name: str
    label: str
    mentions: int
    documents: int
    aliases: dict[str, int]  # every surface form merged in -> its mentions (the name included)
    roles: dict[str, int]
    first_seen: str | None
    last_seen: str | None
    merge_reasons: list[dict[str, str]]  # {alias, reason}, one per form and reason
    labels: dict[str, int] = field(default_factory=dict)
    ambiguous_with: list[str] = field(default_factory=list)
    occurrences: set[tuple[str, str]] = field(default_factory=set, repr=False)

    def to_row(self, explain: bool = False) -> dict[str, Any]:
        """The JSON row of `corpus entities`; `explain` adds variants, reasons and the vote."""
        forms = sorted(self.aliases.items(), key=lambda item: (-item[1], item[0]))
        row: dict[str, Any] = {
            "name": self.name,
            "label": self.label,
            "mentions": self.mentions,
            "documents": self.documents,
            "aliases": [form for form, _ in forms if form != self.name],
            "roles": [role for role, _ in sorted(self.roles.items(),
                                                 key=lambda item: (-item[1], item[0]))
                      if _low(role) not in _civilities()],
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
        }
        if explain:
            reasons: dict[str, list[str]] = defaultdict(list)
            for item in self.merge_reasons:
                reasons[item["alias"]].append(item["reason"])
            row["variants"] = [
                {"form": form, "count": count,
                 "reasons": ["name"] if form == self.name else reasons.get(form, [])}
                for form, count in forms
            ]
            row["labels"] = dict(self.labels)
            row["ambiguous_with"] = list(self.ambiguous_with)
        return row


# Why a form was merged into an entity (the `reason` of merge_reasons; documented in README).
REASONS: dict[str, str] = {
    "folded": "same name once case, accents, hyphens and apostrophes are folded",
    "article": "same name without its leading article",
    "resolved_in_document": "partial name of a full name in the same document",
    "resolved_in_document_similarity": "partial name one edit from a full name in its document",
    "first_name_variant": "same surname, first name a variant (accents, transliteration)",
    "surname_variant": "same first name, surname a transliteration variant",
    "shorter_form": "shorter form (initials, fewer given names) of the only matching person",
    "unique_surname": "bare surname of the only person with this surname in the corpus",
    "dominant_surname": "bare surname of the person with 9 in 10 of its full-name mentions",
    "similarity": "joined by similarity: a rare spelling one edit from a frequent entity",
    "country_form": "another name of the same country",
    "demonym": "name of the country's inhabitants",
    "alias_file": "merged by the alias file",
}


@dataclass
class _Form:
    """All mentions whose target name folds to one key."""

    key: str
    surfaces: Counter[str] = field(default_factory=Counter)
    targets: Counter[str] = field(default_factory=Counter)
    reasons: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    labels: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    documents: set[str] = field(default_factory=set)
    occurrences: set[tuple[str, str]] = field(default_factory=set)
    canonical: str | None = None  # from the alias file
    country: str | None = None  # short name, when the form names a country
    candidates: list[str] = field(default_factory=list)  # groups a bare surname could join
    label: str = "MISC"  # the vote over `labels`, set once all rows are read

    @property
    def mentions(self) -> int:
        return sum(self.surfaces.values())

    @property
    def target(self) -> str:
        return _most_common(self.targets)


def vote(labels: Mapping[str, int]) -> str:
    """Majority label; ties go to PER, then ORG, LOC, MISC."""
    if not labels:
        return "MISC"
    return max(LABELS, key=lambda label: (labels.get(label, 0), -LABELS.index(label)))


def _most_common(counts: Counter[str]) -> str:
    return min(counts.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0]


class _Groups:
    """Union-find over form keys that refuses unions the alias file or the names forbid."""

    def __init__(self, forms: dict[str, _Form], aliases: Aliases) -> None:
        self.forms = forms
        self.parent = {key: key for key in forms}
        self.tags: dict[str, set[tuple[int, int]]] = defaultdict(set)
        self.solo: set[str] = set()
        self.persons: dict[str, dict[str, list[tuple[str, ...]]]] = defaultdict(dict)
        self.edges: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for group, names in enumerate(aliases.split):
            for member, name in enumerate(names):
                key = fold(name)
                if key not in forms:
                    continue
                if len(names) == 1:
                    self.solo.add(key)
                self.tags[key].add((group, member))
        for key, form in forms.items():
            person = person_name(form.target)
            if form.label == "PER" and person.full:
                self.persons[key] = {person.surname_key: [person.given]}

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, dependent: str, other: str, reason: str) -> bool:
        """Join the groups of two forms; `reason` says why `dependent` belongs with `other`."""
        a, b = self.find(dependent), self.find(other)
        if a == b:
            return True
        if a in self.solo or b in self.solo or self._split(a, b) or self._conflict(a, b):
            return False
        self.parent[a] = b
        self.tags[b] |= self.tags.pop(a, set())
        for surname, given in self.persons.pop(a, {}).items():
            self.persons[b].setdefault(surname, []).extend(given)
        self.edges[dependent].append((other, reason))
        self.edges[other].append((dependent, reason))
        return True

    def _split(self, a: str, b: str) -> bool:
        tags_b = self.tags.get(b, set())
        return any(g == h and m != n for g, m in self.tags.get(a, ()) for h, n in tags_b)

    def _conflict(self, a: str, b: str) -> bool:
        """Two people with one surname and incompatible first names never share a group."""
        persons_a, persons_b = self.persons.get(a, {}), self.persons.get(b, {})
        for surname, given_a in persons_a.items():
            for given_b in persons_b.get(surname, ()):
                if any(given_relation(g, given_b) is None for g in given_a):
                    return True
        return False


def consolidate(
    mentions: Iterable[Mapping[str, Any]],
    documents: Mapping[str, Mapping[str, Any]] | None = None,
    aliases: Aliases | None = None,
) -> list[Entity]:
    """Entities of a corpus from its mention rows (each with a `document` id), most cited first.

    Bare surnames found in no document with their full name join the one person of the corpus
    with that surname; when several people share it, the surname stays an entity of its own
    with `ambiguous_with` naming them, rather than guessing.
    """
    aliases = aliases or Aliases()
    forms = _collect(mentions, aliases)
    groups = _Groups(forms, aliases)
    _merge_articles(forms, groups)
    _merge_people(forms, groups)
    _merge_slips(forms, groups)
    return _entities(forms, groups, documents or {})


def _collect(mentions: Iterable[Mapping[str, Any]], aliases: Aliases) -> dict[str, _Form]:
    """Group mention rows by the folded name they stand for."""
    ignored = {fold(name) for name in aliases.ignore}
    canonical = {fold(variant): name for name, variants in aliases.merge.items()
                 for variant in (name, *variants)}
    forms: dict[str, _Form] = {}
    for row in mentions:
        name, resolved = row["name"], row.get("resolved")
        if fold(name) in ignored or (resolved and fold(resolved) in ignored):
            continue
        target, reason, alias_name = _target(name, resolved, row.get("label"), canonical)
        key = fold(target)
        form = forms.get(key) or forms.setdefault(key, _Form(key))
        form.surfaces[name] += 1
        form.targets[target] += 1
        if reason:
            form.reasons[name].add(reason)
        if alias_name:
            form.canonical = alias_name
        if row.get("label") != "PER" and key in _country_forms():
            form.country = _country_forms()[key][0]
        form.labels[row.get("label") or "MISC"] += 1
        form.roles.update(row.get("roles") or ())
        document = str(row.get("document", ""))
        form.documents.add(document)
        form.occurrences.add((document, name))
        if resolved:
            form.occurrences.add((document, resolved))
    for form in forms.values():
        form.label = vote(form.labels)
    return forms


def _target(name: str, resolved: str | None, label: str | None,
            canonical: Mapping[str, str]) -> tuple[str, str | None, str | None]:
    """(name the mention stands for, why it differs from the mention's name, alias canonical)."""
    for candidate in (name, resolved):
        if candidate and fold(candidate) in canonical:
            target = canonical[fold(candidate)]
            return target, ("alias_file" if fold(name) != fold(target) else None), target
    target, reason = name, None
    if resolved and fold(resolved) != fold(name):
        similar = fold(name).split()[-1] in fold(resolved).split()
        target = resolved
        reason = "resolved_in_document" if similar else "resolved_in_document_similarity"
    if label != "PER" and reason is None:
        country = _country_forms().get(fold(target))
        if country and fold(country[0]) != fold(target):
            return country[0], country[1], None
    return target, reason, None


def _merge_articles(forms: dict[str, _Form], groups: _Groups) -> None:
    """ "La Haye" at a sentence start loses its article; join it to the written form."""
    for key, form in forms.items():
        first, _, rest = key.partition(" ")
        if rest and first in {"le", "la", "les", "l"} and form.label != "PER" and rest in forms:
            groups.union(rest, key, "article")


def _merge_people(forms: dict[str, _Form], groups: _Groups) -> None:
    """Full names by surname: variants of one first name join; bare surnames join if unique."""
    by_surname: dict[str, list[tuple[str, PersonName]]] = defaultdict(list)
    bare: list[tuple[str, PersonName]] = []
    for key, form in forms.items():
        if form.label != "PER":
            continue
        person = person_name(form.target)
        if person.full:
            by_surname[person.surname_key].append((key, person))
        elif person.surname and not person.given:
            bare.append((key, person))
    for people in by_surname.values():
        _merge_first_names(people, groups)
    # a bare word that is someone's first name ("François") may be either: never a guess
    first_names = {name_key(p.given[0]) for people in by_surname.values() for _, p in people}
    for key, person in bare:
        people = by_surname.get(person.surname_key, [])
        roots = {groups.find(k) for k, _ in people}
        if len(roots) == 1 and name_key(" ".join(person.surname)) in first_names:
            forms[key].candidates = sorted(roots)
        elif len(roots) == 1:
            groups.union(key, people[0][0], "unique_surname")
        elif len(roots) > 1:
            forms[key].candidates = sorted(roots)
            dominant = _dominant(people, forms, groups)
            if dominant is not None:
                groups.union(key, dominant, "dominant_surname")


def _dominant(people: list[tuple[str, PersonName]], forms: Mapping[str, _Form],
              groups: _Groups) -> str | None:
    """The person who holds nearly all the full-name mentions of a surname ("Trump" beside a
    few "Melania Trump"), whom a bare surname stands for; None when no one does."""
    weight: Counter[str] = Counter()
    for key, _ in people:
        weight[groups.find(key)] += forms[key].mentions
    (top, top_weight), = weight.most_common(1)
    total = sum(weight.values())
    if top_weight >= DOMINANT_SHARE * total and total - top_weight >= 1:
        return top
    return None


def _merge_first_names(people: list[tuple[str, PersonName]], groups: _Groups) -> None:
    """Within one surname: same first name (variants) join; a shorter form joins if unique."""
    for i, (key, person) in enumerate(people):
        for other, other_person in people[:i]:
            if given_relation(person.given, other_person.given) == "same":
                same_given = fold(" ".join(person.given)) == fold(" ".join(other_person.given))
                groups.union(key, other, "surname_variant" if same_given else "first_name_variant")
    for key, person in people:
        matches = {groups.find(other) for other, other_person in people
                   if groups.find(other) != groups.find(key)
                   and _abbreviation_of(person.given, other_person.given)}
        if len(matches) == 1:
            groups.union(key, matches.pop(), "shorter_form")


def _merge_slips(forms: dict[str, _Form], groups: _Groups) -> None:
    """A rare form one edit from a frequent entity of the same label joins it."""
    counts: Counter[str] = Counter()
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for key, form in forms.items():
        root = groups.find(key)
        counts[root] += form.mentions
        labels[root].update(form.labels)
    frequent = [key for key in forms if counts[groups.find(key)] >= MIN_FREQUENT]
    votes = {root: vote(c) for root, c in labels.items()}
    index = _SlipIndex(forms, groups, frequent, votes)
    for key, form in forms.items():
        root = groups.find(key)
        # A bare surname several people share was weighed already: no slip makes it theirs.
        if counts[root] > RARE_MENTIONS or form.country or form.canonical or (
                form.candidates and root == key):
            continue
        match = index.match(key, votes[root], counts[root] * FREQUENT_FACTOR, counts)
        if match is not None:
            groups.union(key, match, "similarity")


class _SlipIndex:
    """Frequent forms blocked by label, first or last letter and length: no all-pairs scan."""

    def __init__(self, forms: dict[str, _Form], groups: _Groups, frequent: list[str],
                 labels: dict[str, str]) -> None:
        self.forms, self.groups = forms, groups
        self.blocks: dict[tuple[str, str, int], list[str]] = defaultdict(list)
        self.surnames: dict[tuple[str, int], list[tuple[str, PersonName]]] = defaultdict(list)
        for key in frequent:
            label = labels[groups.find(key)]
            compact = key.replace(" ", "")
            self.blocks[(label, "^" + compact[0], len(compact))].append(key)
            self.blocks[(label, "$" + compact[-1], len(compact))].append(key)
            person = person_name(forms[key].target)
            if label == "PER" and person.full and person.surname_key:
                self.surnames[(person.surname_key[0], len(person.surname_key))].append(
                    (key, person))

    def match(self, key: str, label: str, minimum: int, counts: Counter[str]) -> str | None:
        """The one frequent group (with at least `minimum` mentions) this form is a slip of."""
        person = person_name(self.forms[key].target)
        if label == "PER" and person.surname:
            found = self._person(person)
        else:
            found = self._name(key, label)
        roots = {self.groups.find(k) for k in found}
        roots = {root for root in roots if counts[root] >= max(minimum, MIN_FREQUENT)}
        roots.discard(self.groups.find(key))
        return roots.pop() if len(roots) == 1 else None

    def _person(self, person: PersonName) -> list[str]:
        surname = person.surname_key
        if len(surname) < MIN_SLIP_LENGTH - 1:
            return []
        found = []
        for size in (len(surname) - 1, len(surname), len(surname) + 1):
            for other, other_person in self.surnames.get((surname[0], size), ()):
                if Levenshtein.distance(surname, other_person.surname_key, score_cutoff=1) > 1:
                    continue
                if person.given and given_relation(person.given, other_person.given) is None:
                    continue  # a different first name: a different person, however close
                found.append(other)
        return found

    def _name(self, key: str, label: str) -> list[str]:
        compact = key.replace(" ", "")
        if len(compact) < MIN_SLIP_LENGTH:
            return []
        choices = {other for size in (len(compact) - 1, len(compact), len(compact) + 1)
                   for edge in ("^" + compact[0], "$" + compact[-1])
                   for other in self.blocks.get((label, edge, size), ())}
        digits = re.sub(r"\D", "", key)
        matches = process.extract(key, list(choices), scorer=Levenshtein.distance,
                                  score_cutoff=1, limit=None)
        return [other for other, _, _ in matches
                if not self.forms[other].country and re.sub(r"\D", "", other) == digits
                and _slip_in_long_word(key, other)]


def _slip_in_long_word(a: str, b: str) -> bool:
    """The edit falls in a long word: "Ligue A" / "Ligue B" name two things, not one slip."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return True  # a space put in or left out ("You Tube")
    return all(len(x) >= MIN_SLIP_LENGTH - 1 for x, y in zip(words_a, words_b, strict=True)
               if x != y)


def _entities(forms: dict[str, _Form], groups: _Groups,
              documents: Mapping[str, Mapping[str, Any]]) -> list[Entity]:
    members: dict[str, list[_Form]] = defaultdict(list)
    for key, form in forms.items():
        members[groups.find(key)].append(form)
    names = {root: _entity_name(group) for root, group in members.items()}
    entities = [_entity(names[root], group, names, groups, documents)
                for root, group in members.items()]
    entities.sort(key=lambda e: (-e.mentions, -e.documents, e.name))
    return entities


def _entity_name(group: list[_Form]) -> str:
    """The alias file's name, a country's short name, or the most complete frequent form."""
    for form in group:
        if form.canonical:
            return form.canonical
    surfaces: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    for form in group:
        surfaces.update(form.surfaces)
        labels.update(form.labels)
    countries = [form.country for form in group if form.country]
    if countries:
        # a country is named by a form of its name, never by its inhabitants ("Italiens")
        names = Counter({s: c for s, c in surfaces.items()
                         if _country_forms().get(fold(s), ("", ""))[1] != "demonym"})
        return _most_common(names) if names else countries[0]
    if vote(labels) == "PER":
        return max(surfaces.items(),
                   key=lambda item: (person_name(item[0]).full, item[1], len(item[0]),
                                     item[0]))[0]
    return _most_common(surfaces)


def _entity(name: str, group: list[_Form], names: dict[str, str], groups: _Groups,
            documents: Mapping[str, Mapping[str, Any]]) -> Entity:
    aliases: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    ids: set[str] = set()
    occurrences: set[tuple[str, str]] = set()
    reasons: list[dict[str, str]] = []
    ambiguous: set[str] = set()
    links = _links(name, group, groups)
    for form in group:
        aliases.update(form.surfaces)
        labels.update(form.labels)
        roles.update(form.roles)
        ids |= form.documents
        occurrences |= form.occurrences
        ambiguous.update(names[groups.find(root)] for root in form.candidates)
        for surface in form.surfaces:
            why = set(form.reasons.get(surface, ()))
            if form.key in links:
                why.add(links[form.key])
            if not why and surface != name:
                why.add("folded")
            reasons.extend({"alias": surface, "reason": r} for r in sorted(why))
    dates = sorted(str(d) for d in (documents.get(i, {}).get("date") for i in ids) if d)
    return Entity(
        name=name, label=vote(labels), mentions=sum(aliases.values()), documents=len(ids),
        aliases=dict(aliases), roles=dict(roles),
        first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None,
        merge_reasons=[r for r in reasons if r["alias"] != name], labels=dict(labels),
        ambiguous_with=sorted(ambiguous - {name}), occurrences=occurrences,
    )


def _links(name: str, group: list[_Form], groups: _Groups) -> dict[str, str]:
    """Why each form of a group is there: the merge that reached it from the name's form."""
    if len(group) == 1:
        return {}
    start = max(group, key=lambda f: (name in f.surfaces or name in (f.country, f.canonical),
                                      f.mentions)).key
    links: dict[str, str] = {}
    queue, seen = [start], {start}
    while queue:
        key = queue.pop()
        for other, reason in groups.edges.get(key, ()):
            if other not in seen:
                seen.add(other)
                links[other] = reason
                queue.append(other)
    return links


def find_entity_row(rows: Iterable[Mapping[str, Any]], name: str) -> Mapping[str, Any] | None:
    """The entity row a user means by `name`: its name, else any alias (the most cited wins)."""
    key = fold(name)
    best: Mapping[str, Any] | None = None
    for row in rows:
        if fold(row["name"]) == key:
            return row
        if (best is None or row["mentions"] > best["mentions"]) and any(
                fold(alias) == key for alias in row["aliases"]):
            best = row
    return best


def mention_index(entities: Iterable[Entity]) -> dict[tuple[str, str], str]:
    """(document id, mention name or resolved name) -> entity name, for the events layer."""
    index: dict[tuple[str, str], str] = {}
    for entity in entities:
        for occurrence in entity.occurrences:
            index.setdefault(occurrence, entity.name)
    return index
