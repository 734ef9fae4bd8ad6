"""What the words around a name say it names (extract/mentions.py asks them of each model
span, or of a document's mentions together): another generation of a family ("Jean Dupont
père"), a channel ("France 24"), a company ("la Française des jeux"), one of a list of
companies, a noun after an article ("la Toussaint"), a nickname used again, a relative ("son
frère X"), a party's initials after a person's name ("Jean Dupont LR")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from corpus_cli.names import (
    bearings,
    children,
    country_forms,
    departures,
    fold,
    honorifics,
    is_given_name,
    is_role_word,
    kin,
    low,
    person_name,
    place_prepositions,
    role_words,
    thing_articles,
    thing_determiners,
)
from corpus_cli.nlp.model import common_word, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Words after a full name that make it another person of the family ("Jean Dupont père").
_GENERATIONS = frozenset({"père", "fils", "senior", "junior"})
# Singular definite articles: "la X" of a one-word name nobody bears in the document.
DEFINITE = frozenset({"le", "la"})
# The prepositions between a noun and the noun that completes it ("l'institut de sondage";
# "fils de ...": a description, not a name).
COMPLEMENT = frozenset({"de", "d'", "des", "du"})
# A channel's number: alone, or glued to a capitalised word that starts the next paragraph.
_CHANNEL_NUMBER = re.compile(r"\d{1,3}(?=[^\W\d_]*$)(?=$|[A-ZÀ-Þ])")
# A saint's name, hyphenated as French writes it ("Saint-Brévin", "Sainte-Odile").
_SAINTS = re.compile(r"(?:Saint|Sainte|St|Ste)[-‐‑]\w", re.IGNORECASE)
# A word glued by the scrape after a closing quotation mark ('les sites"Yvette'): the quote
# closed a paragraph, and the capitalised word starts the next one.
_GLUED_AFTER_QUOTE = re.compile(
    r"[^\W\d_][\"”»](?P<word>[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?)$")
# A capitalised word glued by the scrape to a heading's last word in lower case ("... en toile
# de fondMarcel X"), after four lower-case letters, so that names with an inner capital
# ("McCain", "MacArthur", "FitzGerald") stay whole; mentions.py reads it before a name too.
LOWER_BEFORE_GLUE = "[a-zß-ÿ]{4}"
GLUED_WORD = "[A-ZÀ-Þ][a-zß-ÿ]+"
# A given name so glued before a bare surname (the word must be a given name).
_GLUED_AFTER_LOWER = re.compile(rf"{LOWER_BEFORE_GLUE}(?P<word>{GLUED_WORD}(?:-{GLUED_WORD})?)$")
# How many words either side of a word in capitals show it stands in running text.
_NEAR = 5
# What separates the names of a list ("X, Y et Z").
_LIST_SEPARATORS = frozenset({",", "et", "ou", ", et", ", ou"})


class Mention(Protocol):
    """What these rules read and set of a mention (extract/mentions.py's)."""

    start_char: int
    end_char: int
    label: str
    name: str
    roles: list[str]
    resolved: str | None
    thing: bool
    nickname: bool
    after_article: bool


def span_end(doc: Doc, end: int) -> int:
    """The character offset after the token before `end`."""
    return doc[end - 1].idx + len(doc[end - 1].text)


def span_text(doc: Doc, start: int, end: int) -> str:
    """The text of tokens `start` to `end`, as written."""
    return text_of(doc)[doc[start].idx:span_end(doc, end)]


def nicknamed(mentions: Sequence[Mention]) -> None:
    """A name its document introduces as a nickname is that person's throughout ("surnommé
    le Chinois" ... "le Chinois et son complice")."""
    nicknames = {fold(m.name) for m in mentions if m.nickname}
    for mention in mentions:
        if fold(mention.name) in nicknames:
            mention.label = "PER"


def generation_end(doc: Doc, start: int, end: int) -> int:
    """The end of a full name with the word that makes it another generation ("Jean Dupont
    père", "Jean Dupont fils": the father or the son of the man the corpus calls Jean Dupont,
    who must not be merged with him), or `end`. "fils de ..." is a description, not a name."""
    if end >= len(doc) or doc[end].lower_ not in _GENERATIONS or doc[end].text[:1].isupper():
        return end
    if end + 1 < len(doc) and low(doc[end + 1].text) in COMPLEMENT:
        return end
    name = span_text(doc, start, end)
    return end + 1 if person_name(" ".join(name.split())).full else end


def channel_number(doc: Doc, start: int, end: int) -> int:
    """The length of the number after a country's name that makes it the name of a channel or
    a station ("France 24", "par FRANCE 24Mme X" where the scrape glued the next paragraph
    on), or 0; not a count of something ("en France 24 heures", "24 %")."""
    if end >= len(doc) or not doc[end - 1].whitespace_:
        return 0
    number = doc[end]
    digits = _CHANNEL_NUMBER.match(number.text)
    if digits is None or (number.is_digit and (
            (number.dep_ == "nummod" and number.head.i > end)
            or (end + 1 < len(doc) and doc[end + 1].text in ("%", "‰")))):
        return 0
    name = span_text(doc, start, end)
    return len(digits.group()) if country_forms().get(fold(name), ("", ""))[1] == (
        "country_form") else 0


def completed_demonym(doc: Doc, start: int, end: int) -> bool:
    """A country's demonym after "le"/"la" completed by a common noun ("la Française des
    jeux"): the head of an organisation's name, not the country's people ("une
    Française de 35 ans" takes no article; "la Française de 35 ans" completes no noun)."""
    if start == 0 or low(doc[start - 1].text) not in (*DEFINITE, "l'") or end + 1 >= len(doc):
        return False
    complement, noun = doc[end], doc[end + 1]
    if complement.lower_ not in ("de", "des", "du") or not (
            noun.is_lower and noun.is_alpha and not noun.is_stop):
        return False  # the noun's tag is no help: "des paris" is read as the city
    name = span_text(doc, start, end)
    return country_forms().get(fold(name), ("", ""))[1] == "demonym"


def spoken_language(doc: Doc, start: int, end: int) -> bool:
    """A demonym of one word after "en", capitalised by a slip ("signifie requin en Russe",
    "traduit en Anglais"): the language, neither the country nor its people."""
    if end - start != 1 or start == 0 or doc[start - 1].lower_ != "en":
        return False
    word = doc[start].text
    return not word.endswith("s") and country_forms().get(fold(word), ("", ""))[1] == "demonym"


def listed_with_organisations(text: str, mentions: Sequence[Mention]) -> None:
    """A one-word name tagged as a person in a list of organisations ("Lidor, Carmax, Vautrin
    et Brisac" of companies) is one of them: a company named after its founder, not him. A
    list holding a full name is a list of people."""
    runs: list[list[Mention]] = []
    for mention in mentions:
        if runs and " ".join(text[runs[-1][-1].end_char:mention.start_char].split()) in (
                _LIST_SEPARATORS):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    for run in runs:
        organisations = sum(m.label == "ORG" for m in run)
        people = [m for m in run if m.label == "PER"]
        if organisations >= 2 and organisations > len(people) and all(
                " " not in m.name and not m.roles for m in people):
            for person in people:
                person.label, person.thing = "ORG", True


# A given name's shape: no inner capital ("JoeyStarr", "McFly" are names of their own).
_GIVEN_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)*")


def shared_surnames(text: str, mentions: Sequence[Mention]) -> None:
    """A given name alone coordinated before a full name shares its surname ("Emmanuel et
    Brigitte Dupré", "Pierre et Marie Curie"): it is that person's full name, not a bare
    first name, which would otherwise join anyone so called (or none)."""
    for first, second in itertools.pairwise(mentions):
        if first.label != "PER" or second.label != "PER" or " " in first.name:
            continue
        if " ".join(text[first.end_char:second.start_char].split()) != "et":
            continue
        person = person_name(second.name)
        if (person.full and len(person.given) == 1 and not first.roles
                and _GIVEN_NAME.fullmatch(first.name)):
            first.name = f"{first.name} {' '.join(person.surname)}"


def common_nouns(mentions: Sequence[Mention]) -> None:
    """A one-word name after "le"/"la" that the document gives to no one it names in full is a
    noun, not a person's surname: a feast ("la veillée de la Toussaint"), a thing. "La X" of a
    singer the document names in full stays hers (resolved first). So is a saint's name
    that the document gives to no one: a town, a church, an island named after the saint."""
    nicknames = {fold(m.name) for m in mentions if m.nickname}
    for mention in mentions:
        if (mention.label != "PER" or mention.resolved is not None
                or fold(mention.name) in nicknames):
            continue  # "le Chinois" used again after "surnommé le Chinois": the person
        if mention.after_article:
            mention.label, mention.roles = "MISC", []
        elif _SAINTS.match(mention.name) and " " not in mention.name:
            mention.label, mention.roles = "LOC", []  # "à Saint-Brévin": a place of a saint


def glued_given_name(doc: Doc, lower: frozenset[str], start: int) -> int | None:
    """The character offset of a given name glued to the word before a bare surname by the
    scrape ('sur les sites"Yvette Dupré': the token 'sites"Yvette'), or None: the name then
    is "Yvette Dupré", not a bare "Dupré" that another Dupré of the corpus would take. Not a
    common word starting the paragraph ('"Selon Dupré', 'Comme'): one the document writes in
    lower case (`lower`), a stop word, a title."""
    if start == 0 or not doc[start - 1].whitespace_:
        return None
    glued = _GLUED_AFTER_QUOTE.search(doc[start - 1].text)
    if glued is None:
        glued = _GLUED_AFTER_LOWER.search(doc[start - 1].text)
        if glued is None or not is_given_name(glued.group("word").split("-")[0]):
            return None
    word = glued.group("word").lower()
    if word in lower or doc.vocab[word].is_stop or word in honorifics() or word in role_words():
        return None  # '"Mme Dupré': a title, not her given name
    return doc[start - 1].idx + glued.start("word")


def shouted_given_start(doc: Doc, start: int, end: int) -> int:
    """Where a name written in capitals starts once the given names in capitals the model left
    out before it are its own ("POUR ISABELLE DUPRÉ": "ISABELLE DUPRÉ", not a bare "DUPRÉ"
    that the one Dupré named in full would take), or `start`."""
    if not all(token.text.isupper() for token in doc[start:end] if token.is_alpha):
        return start
    first = start
    while (first > 0 and start - first < 2 and doc[first - 1].is_alpha
           and doc[first - 1].text.isupper() and len(doc[first - 1].text) > 1
           and doc[first - 1].whitespace_ and not doc.vocab[doc[first - 1].lower_].is_stop
           and is_given_name(doc[first - 1].text.title())):
        first -= 1
    return first


# How many words a list of first names may take before the name ("Paul, Louis et Jean").
_LIST_REACH = 8


def kin_before(doc: Doc, start: int, end: int) -> list[str]:
    """The kinship noun between a possessive and a one-word name ("son frère Bernard": ["frère"]),
    or the noun of a child after an article ("le petit Grégory": ["petit"]), as the name's role,
    or []: the name is a relative of someone the sentence speaks of, or a child's first name
    (aggregate/attribution.py and entities.py read them before giving it to a full name)."""
    if end - start != 1 or start < 2:
        return []
    noun, before = doc[start - 1], low(doc[start - 2].text)
    if (noun.lower_ in kin() and before in thing_determiners()) or (
            noun.lower_ in children() and before in (*thing_determiners(), *thing_articles())):
        return [noun.lower_]
    listed = _kin_listing(doc, start)
    return [] if listed is None else [listed]


def kin_complement(doc: Doc, start: int) -> int | None:
    """The kinship noun a name completes, titles between ("le petit-fils du général X", "la
    fille de M. X"): its token index, or None. The name is the relative's kin, not the relative
    named beside it (extract/resolution.py)."""
    i = start - 1
    while i > 0 and start - i <= 3 and (is_role_word(doc[i].lower_)
                                       or low(doc[i].text) in honorifics()):
        i -= 1
    if i < 1 or doc[i].lower_ not in ("de", "du", "d'", "d’"):
        return None
    return i - 1 if doc[i - 1].lower_ in kin() else None


def _kin_listing(doc: Doc, start: int) -> str | None:
    """The plural kinship noun a list of first names is apposed to ("ses deux filles, Marie et
    Catherine", "deux fils : Paul, Louis et Jean", "ses enfants Paul et Marie"), counted or
    after a possessive; None when the name is in no such list."""
    position = start - 1
    while position > 0 and start - position <= _LIST_REACH and (
            doc[position].lower_ in ("et", ",") or doc[position].text.istitle()):
        position -= 1
    closed = any(doc[i].lower_ == "et" for i in range(position + 1, start))
    if not closed and not (start + 2 < len(doc) and doc[start + 1].lower_ in ("et", ",")
                           and doc[start + 2].text.istitle()):
        return None  # "ses fils, X et sa mère": X is in no list of the sons' names
    if doc[position].text == ":":
        position -= 1
    noun, before = doc[position], doc[position - 1] if position >= 1 else None
    if noun.lower_ not in kin() or "Plur" not in noun.morph.get("Number", []) or before is None:
        return None
    return noun.lower_ if before.like_num or low(before.text) in thing_determiners() else None


def organisation_acronyms(doc: Doc) -> frozenset[str]:
    """The organisations' names of a document written as one word in capitals ("LR", "CGT")."""
    return frozenset(ent.text for ent in doc.ents
                     if ent.label_ == "ORG" and len(ent) == 1 and _acronym(ent.text))


def acronym_end(doc: Doc, start: int, end: int, acronyms: frozenset[str]) -> bool:
    """A person's span of several words ending with a word in capitals that the document tags
    alone as an organisation, after a word that is not in capitals ("Jean Dupont LR"): the
    party or the union follows the name, it is no surname ("Jean DUPONT" is one)."""
    return (end - start > 2 and doc[end - 1].text in acronyms
            and not doc[end - 2].text.isupper() and bool(doc[end - 2].whitespace_))


def word_acronym(doc: Doc, start: int, end: int) -> bool:
    """A name of one word in capitals that spells a word of the language, in running text (a
    word in lower case near it): initials ("élue SUD", "l'association AIDES"), not that
    word's capitalised name ("le Sud"). In a heading written in capitals it is that word."""
    word = doc[start:end].text
    if end - start != 1 or not _acronym(word) or not common_word(word.lower()):
        return False
    return any(token.is_lower and token.is_alpha and len(token) > 1
               for token in doc[max(0, start - _NEAR):end + _NEAR])


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def at_line_start(doc: Doc, i: int) -> bool:
    """Sentence or line initial: there a capital says nothing about the word. A mark that
    starts a sentence (a footnote's "*", a bullet) leaves the next word initial too."""
    if i == 0 or doc[i].is_sent_start:
        return True
    previous = doc[i - 1]
    return previous.is_space or previous.text in "«“\"—–-:►▶•" or (
        bool(previous.is_sent_start) and previous.is_punct)


def used_as_place(doc: Doc, start: int, end: int) -> bool:
    """The place completes an office noun ("le procureur de Paris") or a bearing ("au sud de
    X"), follows "à" or "en" ("candidate à Lyon") or a departure's "pour" ("s'envolera pour
    X"), or stands alone in brackets after a name ("Tulle (Corrèze)"): a place, never a
    person of that surname."""
    if start < 2:
        return False
    before = doc[start - 1].lower_
    if before in ("de", "d'", "d’", "du"):
        return is_role_word(low(doc[start - 2].text)) or doc[start - 2].lower_ in bearings()
    if before == "pour":
        return doc[start].head.lemma_.lower() in departures()
    return before in place_prepositions() or (
        before == "(" and end < len(doc) and doc[end].text == ")"
        and doc[start - 2].text[:1].isupper())
