"""Mentions of people, places and organisations in one parsed document.

`extract_mentions(doc)` cleans the model's spans (articles, quotes, titles and roles), drops
layout artefacts, keeps the roles written around a name, and links a partial name to the full
name it stands for in the same document (`resolved`). The rows are `rows.MentionRow`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from corpus_cli.names import (
    LABELS,
    articles,
    country_forms,
    fold,
    headed,
    honorifics,
    is_given_name,
    is_particle,
    is_role_word,
    low,
    person_name,
    role_modifiers,
    ships,
)
from corpus_cli.nlp.accents import ACCENTED
from corpus_cli.nlp.model import common_word, inflected_common_word, text_of

from .calendar_names import calendar_only
from .events.outlets import outlet_as_written
from .name_context import (
    DEFINITE,
    GLUED_WORD,
    LOWER_BEFORE_GLUE,
    at_line_start,
    channel_number,
    common_nouns,
    completed_demonym,
    generation_end,
    glued_given_name,
    kin_complement,
    listed_with_organisations,
    nicknamed,
    shared_surnames,
    shouted_given_start,
    span_end,
    spoken_language,
    used_as_place,
    word_acronym,
)
from .name_edges import strip_edges, trim, trim_trailing, word_bounds
from .name_kinds import (
    family_start,
    heading_noun,
    introduced_as_nickname,
    introduced_by_name,
    named_for_someone,
    outlet_before_person,
    quoted_alone,
    thing_label,
    written_as_one_word,
)
from .name_roles import is_title, leading_titles, role_text, roles_around
from .resolution import Mention, resolve
from .spans import DASHES, model_spans
from .titles import titled_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Vote order: a tie goes to the first (a person tagged LOC once is still a person).


_RUBRIC_MARKS = frozenset({".", "-", "–", "—", ":", "|", "/"})
# So many words in capitals in a row are a heading shouted, whose words of the language are
# no names even when the document never writes them in lower case.
_SHOUTED_RUN = 5
# Quotation marks (the straight ones open and close; an apostrophe standing alone quotes).
_OPENING_QUOTES = frozenset({"«", "“", '"', "„", "'", "‘", "’"})
_CLOSING_QUOTES = frozenset({"»", "”", '"', "'", "’"})
_GLUED_ELISION = re.compile(r"[lLdD]['’](?=\w)")
# An elided word in capitals, a token of its own ("D'", "L'", "QU'").
_ELIDED_CAPITALS = re.compile(r"^[A-ZÀ-Þ]{1,3}['’]$")
_POSSESSIVE = re.compile(r"['’]s$")
# A quotation's end or a heading the scrape glued before a person's first word ('que
# Salvini"Nicolas X', 'DANS LES SONDAGESEmmanuel X', 'en toile de fondMarcel X'): the name
# starts after it; after capitals or lower case, only before a given name of the tables.
_GLUED_HEAD = re.compile(r"[^\W\d_]+[\"”»](?=[A-ZÀ-Þ][^\W\d_])"
                         rf"|[A-ZÀ-Þ]{{3,}}(?=(?P<given>{GLUED_WORD})\b)"
                         rf"|[^\W\d_]*{LOWER_BEFORE_GLUE}(?=(?P<after_lower>{GLUED_WORD})\b)")
# Digits glued to the end of a personal name; a name never ends so (an outlet may: Médias24).
_GLUED_DIGITS = re.compile(r"(?<=[^\W\d_]{3})\d{1,3}$")
# A credit the scrape glued to the word before it ("ironise Philippotpar BFMTV": a heading's
# last word, "par" and the outlet in capitals; 60 times in 34,000 OrangeSum articles, a credit
# every time): the name ends before "par".
_GLUED_CREDIT = re.compile(r"(?<=[a-zà-öø-ÿ]{3})par(?= [A-Z0-9][A-Z0-9]{2,}\b)")
_CREDIT_REACH = 20
# A line break or a run of blanks (the mask left by removed boilerplate) inside a span.
_LAYOUT_GAP = re.compile(r"[\n\r\v\f\u2028\u2029]|\s{3,}")
_ROMAN = re.compile(r"[IVXLCDM]+")
# The endings of a French past participle ("visé", "saisies", "mis", "élu", "dit").
_PARTICIPLE_ENDING = re.compile(r"(?:é|i|is|it|u)e?s?$")
# The particles of an Arabic name that join a given name to the father's ("X ben Y").
_PATRONYMICS = frozenset({"ben", "bent", "bin", "bint", "ibn", "ould"})
_ORDINAL = re.compile(r"[IVXLCDM]+(?:e|er|re|ème|ᵉ|ᵉʳ|è)")


# --- per document: mentions ---------------------------------------------------------------

def extract_mentions(doc: Doc) -> list[dict[str, Any]]:
    """Clean mention rows of one parsed document (the `mention` row of ARCHITECTURE.md)."""
    text = text_of(doc)
    lower = frozenset(token.text for token in doc if token.is_lower)
    mentions = [m for start, end, label in titled_spans(doc, model_spans(doc))
                if (m := _mention(doc, text, lower, start, end, label))]
    # a span the next name took in ("ÉRIC" of "ÉRIC X", the given name the model tagged apart)
    mentions = [m for i, m in enumerate(mentions) if i + 1 == len(mentions)
                or not mentions[i + 1].start <= m.start < m.end <= mentions[i + 1].end]
    nicknamed(mentions)
    listed_with_organisations(text, mentions)
    shared_surnames(text, mentions)
    resolve(mentions)
    common_nouns(mentions)
    sentence_starts = [sent.start for sent in doc.sents]
    rows = [
        {"start": m.start_char, "end": m.end_char, "text": text[m.start_char:m.end_char],
         "name": m.name, "label": m.label, "roles": m.roles, "resolved": m.resolved,
         "sentence": bisect_right(sentence_starts, m.start) - 1}
        for m in mentions
    ]
    # as written: "un personnage dénommé « Enfant Bleu »" is not the association "Enfant bleu"
    introduced = {m.name for m in mentions if introduced_by_name(doc, m.start, m.end)}
    for row, m in zip(rows, mentions, strict=True):
        if word_acronym(doc, m.start, m.end):
            row["acronym"] = True  # its own form, not the word's name (aggregate/entities.py)
        if m.name in introduced:
            # the one the story describes, whom no longer name of the document abbreviates
            row["introduced"], row["resolved"] = True, None  # (aggregate/entities.py)
    return rows


def _mention(doc: Doc, text: str, lower: frozenset[str], start: int, end: int,
             label: str) -> Mention | None:
    """Clean one model span; None when it is an artefact or a role with no name.

    `lower` holds the words written in lower case in the document.
    """
    if label not in LABELS:
        return None
    start, end = trim(doc, *word_bounds(doc, start, end))
    if start >= end or _LAYOUT_GAP.search(text, doc[start].idx, span_end(doc, end)):
        return None
    start = _skip_articles(doc, start, end, label)
    # "JUSTICE - Le…", "LES GÉNÉRATIONS D'AVANT": the heading is no name, what follows may be
    if start < end and _rubric(doc, lower, start):
        start, end = trim(doc, start + 1, end)
        if start >= end:
            return None
        start = _skip_articles(doc, start, end, label)
    if _domain_before_name(doc, start, end):
        start, label = start + 1, "PER"  # "ministre de la Justice Anne X": she, not a body
    start, inner_roles, honorific = leading_titles(doc, start, end, label)
    if start >= end or (inner_roles and not honorific and label != "PER"
                        and not _apposed_name(doc, start, end)):
        return None  # a role phrase alone, or tagged as an organisation: not an entity
    if inner_roles:
        label = "PER"
    end = trim_trailing(doc, start, end)
    start, end = trim(doc, start, end)
    given = shouted_given_start(doc, start, end)
    named_in_capitals = given < start
    if named_in_capitals:  # "POUR ISABELLE X", the model tagging "X" alone, as a thing or not
        start, label = given, "PER"
    # "dans Le Journal du Dimanche Paul X", one span whatever its tag: him
    named = outlet_before_person(doc, start, end) if label in ("PER", "MISC", "ORG") else start
    if label != "PER" and named > start and all(t.text[:1].isupper() for t in doc[named:end]):
        start, label = named, "PER"
        start, titles, _ = leading_titles(doc, start, end, label)  # "à l'AFP Me Paul X"
        inner_roles += titles
    if label == "PER":
        start = max(start, named)
        start, end, described = _person_bounds(doc, start, end)
        inner_roles += described
        if _common_noun_head(doc, lower, start, end):
            label = "MISC"  # "Affaire Dupont" names an affair, not a person
    family = family_start(doc, start, end, label)
    if family is not None:  # "la famille Dupont", "les Dupont": not one person
        label, start, inner_roles = "MISC", family, []
    thing = thing_label(doc, start, end, label) if family is None else None
    if label == "PER" and thing is None and named_for_someone(doc, start, end):
        thing = "LOC"  # "Charles-de-Gaulle": most often a street, a square, an airport
    alone = written_as_one_word(doc, start, end) or quoted_alone(doc, start, end)
    if label == "PER" and thing is not None and (
            alone or thing == "LOC" or doc[start - 1].lower_ in ships()):
        # "la série X": a surname alone names the thing; "le lycée Jean X" a place; "le « X
        # Y »" the name as a word; "le porte-avions Jean X" the ship
        label, inner_roles = thing, []
    nickname = family is None and introduced_as_nickname(doc, start, end)
    if nickname:
        label = "PER"  # "surnommé le Chinois": a person's nickname, not the demonym
    if start >= end:
        return None
    number = 0 if label == "PER" else channel_number(doc, start, end)
    if label == "PER" and family is None:
        end = generation_end(doc, start, end)
    elif number:
        label = "ORG"  # "France 24": a channel, not the country
    elif label != "PER" and completed_demonym(doc, start, end):
        end, label = end + 2, "ORG"  # "la Française des jeux": a company, not the people
    elif spoken_language(doc, start, end):
        return None  # "signifie requin en Russe": the language, no entity
    elif label == "LOC" and outlet_as_written(doc, start, end):
        label = "ORG"  # "rapporte Sud Ouest": the newspaper, not the region
    start_char, end_char = _char_bounds(doc, text, start, end, label)
    if number:
        end_char = doc[end].idx + number
    if label in ("MISC", "ORG") and (cut := _glued_person(text, start_char, end_char)):
        start_char, label = cut, "PER"  # "de la SantéOlivier X", tagged as a thing: him
    name = " ".join(text[start_char:end_char].split())
    if label in ("PER", "MISC", "ORG") and not person_name(name).given and (
            glued := glued_given_name(doc, lower, start)) is not None and (
            label == "PER" or is_given_name(text[glued:doc[start - 1].idx + len(doc[start - 1])])):
        # 'les sites"Yvette Dupré': her given name, glued on by the scrape (whatever the tag)
        start_char, label = glued, "PER"
        name = " ".join(text[start_char:end_char].split())
    if not _is_name(name, label) or _headline_word(doc, lower, start, end) or (
            _shouted(doc, start, end) and not named_in_capitals) or (
            _function_word(doc, start, end) or _portfolio(doc, start, end)
            or _infinitive_with_object(doc, start, end)
            or _opening_participle(doc, start, end) or _opening_agent_participle(doc, start, end)
            or heading_noun(doc, start, end, label) or _opening_common_word(doc, start, end)
            or _opening_adverb_phrase(doc, start, end)):
        return None
    roles = inner_roles + roles_around(doc, start, end) if label == "PER" else []
    after_article = (label == "PER" and written_as_one_word(doc, start, end) and start > 0
                     and doc[start - 1].lower_ in DEFINITE)
    return Mention(start, end, start_char, end_char, label, name, _unique(roles),
                    thing=thing is not None, nickname=nickname, after_article=after_article,
                    headed=label == "PER" and written_as_one_word(doc, start, end) and start > 0
                    and doc[start - 1].lower_ in headed(),
                    seat=label == "LOC" and used_as_place(doc, start, end),
                    family=family is not None,
                    kin=kin_complement(doc, start) if label == "PER" else None)


def _person_bounds(doc: Doc, start: int, end: int) -> tuple[int, int, list[str]]:
    """A personal name starts and ends with a capitalised word: lower-case words in front
    describe the person ("compositeur et bassiste X"), those at the end are noise."""
    first = start
    while start < end - 1 and doc[start].text[:1].islower() and not is_particle(doc[start].text):
        start += 1
    # a preposition that is no particle ends the name ("Édouard Philippe à Matignon")
    end = next((i for i in range(start + 1, end - 1) if doc[i].pos_ == "ADP"
                and doc[i].text[:1].islower() and not is_particle(doc[i].text)
                and doc[i - 1].text[:1].isupper()), end)
    while end > start + 1 and doc[end - 1].text[:1].islower():
        end -= 1
    if start > first and doc[first].pos_ == "NOUN":
        return start, end, [role_text(doc, first, start)]
    if (start == first and start >= 2 and doc[start - 1].lower_ in _PATRONYMICS
            and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha
            and doc[start - 2].whitespace_ and doc[start - 1].whitespace_):
        return start - 2, end, []  # "Z bent X": her name, X her father's
    return start, end, []


def _common_noun_head(doc: Doc, lower: frozenset[str], start: int, end: int) -> bool:
    """The first word is a common noun the document also writes in lower case."""
    first = doc[start]
    return (end - start > 1 and first.pos_ == "NOUN" and first.lower_ in lower
            and not is_title(first))



def _skip_articles(doc: Doc, start: int, end: int, label: str) -> int:
    """Strip leading articles and elisions; keep the capitalised "Le" of "Le Pen", "La Haye"."""
    while start < end - 1:
        token = doc[start]
        word = low(token.text)
        if word not in articles():
            break
        before_title = is_title(doc[start + 1])
        if label == "PER":
            # in a person's name a lower-case "de"/"du"/"d'" is a particle ("du Bellay")
            if before_title or (token.text[0].islower() and word in {"l'", "le", "la", "les"}):
                start += 1
                continue
            break
        if token.text[0].islower() or before_title or at_line_start(doc, start):
            start += 1
            continue
        break
    return start


# The words that open an office's domain ("le ministre de la Justice", "du Travail").
_DOMAIN_OPENERS = frozenset({"la", "l'", "l’", "du", "des"})


def _domain_before_name(doc: Doc, start: int, end: int) -> bool:
    """The span starts with the capitalised common noun that completes an office ("ministre
    de la Justice", "secrétaire d'État au Numérique" aside) and goes on with a person's
    given name and more: the model glued the office's domain to the holder's name."""
    first = doc[start]
    if (end - start < 3 or start < 2 or not first.text[:1].isupper()
            or not common_word(first.lower_) or not doc[start + 1].text[:1].isupper()):
        return False
    opener = low(doc[start - 1].text)
    if opener not in _DOMAIN_OPENERS or (opener in ("la", "l'", "l’")
                                         and low(doc[start - 2].text) not in ("de", "d'")):
        return False
    office = start - 2 if opener in ("du", "des") else start - 3
    while office > 0 and doc[office].pos_ == "ADJ" and start - office <= 5:
        office -= 1  # "le ministre indien de la Défense X"
    # a given name the tables hold, or two capitalised words no noun of the language
    named = is_given_name(doc[start + 1].text) or (end - start >= 3 and all(
        t.text[:1].isupper() and not common_word(t.lower_) for t in doc[start + 1:end]))
    return office >= 0 and is_role_word(low(doc[office].text)) and named


def _rubric(doc: Doc, lower: frozenset[str], i: int) -> bool:
    """A heading's word of the language in capitals: opening a line before a mark ("JUSTICE -
    Le porte-parole…", "SOCIÉTÉ. Les…") or, written in lower case elsewhere in the document,
    inside a heading shouted in capitals ("LA POLICE ET LA JUSTICE ÉPARGNÉE"). A name there
    (a dateline's "TOURCOING.", "L'OTAN ET L'ONU", "ENLEVÉE AU MALI") is no word of the
    language or not written as one, so it stays."""
    token = doc[i]
    if len(token.text) < 4 or not token.text.isupper() or not (
            common_word(token.lower_) or inflected_common_word(token.lower_)):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    first = i  # the rubric's first word ("FAUSSE ALERTE. Le cinéma…")
    while first > 0 and doc[first - 1].is_alpha and doc[first - 1].text.isupper():
        first -= 1
    opening = (after is None or after.is_space or after.text in _RUBRIC_MARKS) and (
        at_line_start(doc, first))
    return opening or (token.lower_ in lower and _capitals_run(doc, i) >= 3)


def _capitals_run(doc: Doc, i: int) -> int:
    """How many words in capitals, one after the other, the word `i` stands among (an elided
    article or preposition in capitals too: "AU POINT D'ÊTRE")."""
    def shouted(j: int) -> bool:
        return doc[j].text.isupper() and (doc[j].is_alpha or _ELIDED_CAPITALS.match(
            doc[j].text) is not None)

    start, end = i, i + 1
    while start > 0 and shouted(start - 1):
        start -= 1
    while end < len(doc) and shouted(end):
        end += 1
    return end - start


def _apposed_name(doc: Doc, start: int, end: int) -> bool:
    """The rest of a span after its role phrase is a name the parse apposes to the role
    ("Premier ministre Edouard Philippe" tagged MISC): a person."""
    first = doc[start]
    return (first.dep_ == "appos" and first.head.i < start
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[start:end]))


def _char_bounds(doc: Doc, text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Character offsets of the name: quotes, a glued elision and a possessive 's cut off."""
    first, last = doc[start].idx, span_end(doc, end)
    first, last = strip_edges(text, first, last)
    glued = _GLUED_ELISION.match(text, first, last)
    if glued and (label != "PER" or text[first].islower()):
        first = glued.end()
    if label == "PER" and (head := _glued_head(text, first, last)):
        first = head.end()
    if label in ("PER", "LOC") and _POSSESSIVE.search(text, first, last):
        last -= 2
    if label == "PER" and (digits := _GLUED_DIGITS.search(text, first, last)):
        last = digits.start()  # "Jacques Chirac3": a note or caption number glued on
    credit = _GLUED_CREDIT.search(text, first, min(len(text), last + _CREDIT_REACH))
    if credit is not None and credit.start() < last:
        last = credit.start()
    return strip_edges(text, first, last)


def _glued_head(text: str, first: int, last: int) -> re.Match[str] | None:
    """The heading or quotation's end glued before a name's first word (`_GLUED_HEAD`); after
    capitals or lower case, only before a given name of the tables."""
    head = _GLUED_HEAD.match(text, first, last)
    if head is None or not all(given is None or is_given_name(given)
                               for given in head.group("given", "after_lower")):
        return None
    return head


def _glued_person(text: str, first: int, last: int) -> int | None:
    """Where a person's name starts after a heading glued before its given name, in a span
    the model tagged as a thing ("de la SantéOlivier X"): a given name of the tables and a
    word after it; None otherwise."""
    head = _glued_head(text, first, last)
    given = head is not None and head.group("given", "after_lower") != (None, None)
    return head.end() if head and given and " " in text[head.end():last] else None


def _is_name(name: str, label: str) -> bool:
    if len(name) < 2 or not any(c.isalpha() for c in name):
        return False
    if not any(c.isupper() for c in name):
        return False  # names are capitalised; an all lower-case span is a common word
    if _ORDINAL.fullmatch(name) or (label == "MISC" and _ROMAN.fullmatch(name)):
        return False  # a century ("XXIᵉ"), not a name
    return not _is_title_only(name) and not calendar_only(name)


def _is_title_only(name: str) -> bool:
    words = [low(w) for w in name.split()]
    return all(w in honorifics() or is_role_word(w) or w in role_modifiers() or w in articles()
               for w in words)


def _headline_word(doc: Doc, lower: frozenset[str], start: int, end: int) -> bool:
    """A common word capitalised by its position ("Problèmes :"), also written in lower case
    elsewhere in the document: not a name."""
    if end - start != 1:
        return False
    token = doc[start]
    return (token.pos_ not in ("PROPN", "X") and not token.text.isupper()
            and (token.lower_ in lower or token.is_stop) and at_line_start(doc, start))


def _shouted(doc: Doc, start: int, end: int) -> bool:
    """Words of a heading shouted in capitals (`_SHOUTED_RUN` words or more in a row), read
    as a name: several words ("INTÉRIEUR DES MAISONS CET HIVER"), or one word of the language
    ("PLACÉ" of "LE SUD MIEUX PLACÉ QUE PARIS") but a country's ("ENLEVÉS EN GUINÉE"). A
    heading's names come again in the text."""
    words = [t for t in doc[start:end] if t.is_alpha]
    if not words or not all(t.text.isupper() for t in words):
        return False
    if _capitals_run(doc, words[0].i) < _SHOUTED_RUN:
        return False
    word = words[0]
    return len(words) > 1 or (
        (common_word(word.lower_) or (inflected_common_word(word.lower_)
                                      and not _capitalised_in_text(doc, word.lower_)))
        and fold(word.text) not in country_forms())


def _capitalised_in_text(doc: Doc, word: str) -> bool:
    """The document writes `word` capitalised inside a sentence ("à Paris"): a name."""
    return any(token.lower_ == word and token.text[:1].isupper() and not token.text.isupper()
               and not token.is_sent_start for token in doc)


def _function_word(doc: Doc, start: int, end: int) -> bool:
    """A pronoun or determiner alone as a subject or at a sentence's start, capitalised
    ("(...) Ça a duré"), or a determiner and common nouns opening a sentence ("Un homme a
    été interpellé"): not a name. Elsewhere a capitalised one is a title ("un entretien à
    Elle", "il a lu Elle": a magazine)."""
    token = doc[start]
    if (token.pos_ == "DET" and token.is_stop and token.is_sent_start and end - start > 1
            and all(t.is_lower or not t.is_alpha for t in doc[start + 1:end])):
        return True  # "Un homme a été interpellé": a determiner and common nouns, capitalised
    # a pronoun whose capital lost its accent is a stop word all the same ("Ca va arriver")
    if end - start != 1 or not (token.is_stop or (token.pos_ == "PRON" and any(
            doc.vocab[accented + token.lower_[1:]].is_stop
            for accented in ACCENTED.get(token.text[:1].upper(), ())))):
        return False
    # opening a quotation, whatever the tagger made of it ("'Ça, ça s'appelle...'", a noun)
    return _opens_quote(doc, start) or (token.pos_ in ("PRON", "DET") and (
        token.is_sent_start or token.dep_.startswith(("nsubj", "expl"))))


def _portfolio(doc: Doc, start: int, end: int) -> bool:
    """A word of the language after a minister's "de" ("l'ex-ministre de la Justice", "la
    secrétaire d'État à la Santé"): the office's portfolio, part of a role, no name of its
    own; and "État" closing a compound noun ("secrétaire d'État", "chef d'État", "coup
    d'État"). The model tags them alone when the role has no name after it."""
    if end - start != 1 or not common_word(doc[start].lower_):
        return False
    if (doc[start].lower_ == "état" and start >= 2 and doc[start - 1].lower_ in ("d'", "d’")
            and doc[start - 2].pos_ == "NOUN" and doc[start - 2].is_lower):
        return True
    before = [t.lower_ for t in doc[max(0, start - 4):start]]
    links = 0
    while before and before[-1] in _PORTFOLIO_LINKS:
        before.pop()
        links += 1
    return links > 0 and bool(before) and (
        before[-1].endswith("ministre") or before[-2:] in (["d'", "état"], ["d’", "état"]))


# The words between a minister and the portfolio ("de la", "de l'", "du", "à la", "aux").
_PORTFOLIO_LINKS = frozenset({"de", "la", "l'", "l’", "du", "des", "à", "au", "aux"})


def _opens_quote(doc: Doc, i: int) -> bool:
    """The word `i` opens a quotation ("'Ça, c'est…'"), not a title in quotes ("'Elle'")."""
    return (0 < i < len(doc) - 1 and doc[i - 1].text in _OPENING_QUOTES
            and doc[i + 1].text not in _CLOSING_QUOTES)


def _infinitive_with_object(doc: Doc, start: int, end: int) -> bool:
    """An infinitive that opens a sentence and takes an object ("5. Porter un masque est
    interdit"), capitalised by its place: a verb, whatever the model tagged; no name takes an
    object."""
    token = doc[start]
    return (end - start == 1 and bool(token.is_sent_start) and token.pos_ == "VERB"
            and "Inf" in token.morph.get("VerbForm", [])
            and any(child.dep_ == "obj" for child in token.children))


def _opening_participle(doc: Doc, start: int, end: int) -> bool:
    """A participle or gerund that opens a sentence before its complement ("Conviée sur le
    plateau de X, elle a...", "Clamant « victoire », le président..."), capitalised by its
    place: a verb the model's lemmatizer knows, no name."""
    token = doc[start]
    return (end - start == 1 and bool(token.is_sent_start) and token.pos_ == "VERB"
            and bool({"Part", "Ger"} & set(token.morph.get("VerbForm", [])))
            and token.lemma_.lower() not in (token.lower_, "")
            and token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("ADP", "PUNCT", "DET"))


def _opening_agent_participle(doc: Doc, start: int, end: int) -> bool:
    """A word shaped like a past participle that opens a sentence before its agent ("Visé
    par une enquête, il..."), which the model tagged a name: a verb, unless a given name or
    written capitalised inside a sentence of the document too."""
    token = doc[start]
    return (end - start == 1 and bool(token.is_sent_start) and end < len(doc)
            and doc[end].lower_ == "par" and bool(_PARTICIPLE_ENDING.search(token.lower_))
            and not token.text.isupper() and not is_given_name(token.text)
            and not _capitalised_in_text(doc, token.lower_))


def _opening_adverb_phrase(doc: Doc, start: int, end: int) -> bool:
    """An adverb opening a sentence, or a heading's phrase after its dash, and the lower-case
    words it qualifies ("VIDÉO - Très impopulaire, le coup de rabot..."): no name begins
    with an adverb."""
    token = doc[start]
    opens = bool(token.is_sent_start) or (start > 0 and doc[start - 1].text in DASHES)
    return (end - start > 1 and opens and token.pos_ == "ADV" and token.is_stop
            and all(t.is_lower for t in doc[start + 1:end]))


def _opening_common_word(doc: Doc, start: int, end: int) -> bool:
    """A common noun or an adverb alone opening a sentence, no subject there ("Enquête
    réalisée auprès de...", "Fraîchement élu samedi, il a..."), capitalised by its place and
    nowhere else in the document: the model tags it a name, but it is a word of the
    language. Not a given name ("Clément"), nor a word a comma follows, which may be a name
    an apposition describes ("Verdict, le juge, a parlé")."""
    token = doc[start]
    # an adverb of manner before the participle it qualifies, whatever the parse made of it
    # ("Fraîchement élu", "élu" read as a noun at times)
    adverb = token.lower_.endswith("ment") and (token.dep_ == "advmod" or (
        end < len(doc) and doc[end].pos_ in ("VERB", "ADJ", "NOUN")))
    return (end - start == 1 and bool(token.is_sent_start) and token.pos_ in ("NOUN", "ADV")
            and (adverb or not token.dep_.startswith("nsubj")) and not token.text.isupper()
            and not (end < len(doc) and doc[end].text == ",")
            and (common_word(token.lower_) or adverb) and not is_given_name(token.text)
            and not _capitalised_in_text(doc, token.lower_))


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))
