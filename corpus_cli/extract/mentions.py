"""Mentions of people, places and organisations in one parsed document.

`extract_mentions(doc)` cleans the model's spans (articles, quotes, titles and roles), drops
layout artefacts, keeps the roles written around a name, and links a partial name to the full
name it stands for in the same document (`resolved`). The rows are `rows.MentionRow`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from corpus_cli.dates.grammar.words import lexicon_section
from corpus_cli.names import (
    LABELS,
    articles,
    country_forms,
    families,
    fold,
    headed,
    honorifics,
    house_prepositions,
    illness_nouns,
    is_particle,
    kin,
    low,
    particles,
    person_name,
    role_modifiers,
    role_words,
    thing_articles,
    thing_determiners,
    thing_nouns,
    trailing,
)
from corpus_cli.nlp.model import common_word, text_of

from .name_context import (
    COMPLEMENT,
    DEFINITE,
    acronym_end,
    channel_number,
    common_nouns,
    completed_demonym,
    generation_end,
    glued_given_name,
    kin_before,
    listed_with_organisations,
    nicknamed,
    organisation_acronyms,
    span_end,
    span_text,
)
from .resolution import Mention, resolve

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Vote order: a tie goes to the first (a person tagged LOC once is still a person).

# A role phrase is short; longer runs are a clause, not a title.
MAX_ROLE_TOKENS = 12

# Characters that surround a name without belonging to it ("." is kept: "J.-P.", "D.C.").
_EDGE = "«»“”„‟\"'‘’‹›`´()[]{}<>,;:!?…–—-_/|*•·~ \t\u00a0\u202f\u2009"
_HYPHENS = frozenset("-‐‑")
_RUBRIC_MARKS = frozenset({".", "-", "–", "—", ":", "|", "/"})
_GLUED_ELISION = re.compile(r"[lLdD]['’](?=\w)")
_POSSESSIVE = re.compile(r"['’]s$")
# Digits glued to the end of a personal name; a name never ends so (an outlet may: Médias24).
_GLUED_DIGITS = re.compile(r"(?<=[^\W\d_]{3})\d{1,3}$")
# A line break or a run of blanks (the mask left by removed boilerplate) inside a span.
_LAYOUT_GAP = re.compile(r"[\n\r\v\f\u2028\u2029]|\s{3,}")
_ROMAN = re.compile(r"[IVXLCDM]+")
_ORDINAL = re.compile(r"[IVXLCDM]+(?:e|er|re|ème|ᵉ|ᵉʳ|è)")
_ASIDE = re.compile(r"\s*\([^)]*\)?")
# POS of a word that can sit inside a role phrase ("ministre norvégien des Affaires étrangères").
_ROLE_FILLER_POS = frozenset({"ADJ", "ADP", "DET", "NOUN", "PROPN"})
# Words before a person's nickname ("surnommé le Chinois", "alias l'Égyptien").
_NICKNAMING = frozenset({"surnommé", "surnommée", "surnommés", "surnommées", "alias"})


# --- per document: mentions ---------------------------------------------------------------

def extract_mentions(doc: Doc) -> list[dict[str, Any]]:
    """Clean mention rows of one parsed document (the `mention` row of ARCHITECTURE.md)."""
    text = text_of(doc)
    lower = frozenset(token.text for token in doc if token.is_lower)
    mentions = [m for start, end, label in _spans(doc)
                if (m := _mention(doc, text, lower, start, end, label))]
    nicknamed(mentions)
    listed_with_organisations(text, mentions)
    resolve(mentions)
    common_nouns(mentions)
    sentence_starts = [sent.start for sent in doc.sents]
    return [
        {"start": m.start_char, "end": m.end_char, "text": text[m.start_char:m.end_char],
         "name": m.name, "label": m.label, "roles": m.roles, "resolved": m.resolved,
         "sentence": bisect_right(sentence_starts, m.start) - 1}
        for m in mentions
    ]


def _mention(doc: Doc, text: str, lower: frozenset[str], start: int, end: int,
             label: str) -> Mention | None:
    """Clean one model span; None when it is an artefact or a role with no name.

    `lower` holds the words written in lower case in the document.
    """
    if label not in LABELS:
        return None
    start, end = _trim(doc, *_word_bounds(doc, start, end))
    if start >= end or _LAYOUT_GAP.search(text, doc[start].idx, span_end(doc, end)):
        return None
    if _rubric(doc, lower, start):  # "JUSTICE - Le…": the heading is no name, what follows may be
        start, end = _trim(doc, start + 1, end)
        if start >= end:
            return None
    start = _skip_articles(doc, start, end, label)
    start, inner_roles, honorific = _leading_titles(doc, start, end, label)
    if start >= end or (inner_roles and not honorific and label != "PER"
                        and not _apposed_name(doc, start, end)):
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
    family = _family(doc, start, end, label)
    if family is not None:  # "la famille Dupont", "les Dupont": not one person
        label, start, inner_roles = "MISC", family, []
    thing = _thing_label(doc, start, end, label) if family is None else None
    if label == "PER" and thing is None and _named_for_someone(doc, start, end):
        thing = "LOC"  # "Charles-de-Gaulle": most often a street, a square, an airport
    if label == "PER" and thing is not None and (
            _one_word(doc, start, end) or thing == "LOC" or _quoted(doc, start, end)):
        # "la série X": a surname alone names the thing; "le lycée Jean X" a place; "le « X
        # Y »" the name as a word
        label, inner_roles = thing, []
    nickname = family is None and _nickname(doc, start, end)
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
    start_char, end_char = _char_bounds(doc, text, start, end, label)
    if number:
        end_char = doc[end].idx + number
    name = " ".join(text[start_char:end_char].split())
    if label == "PER" and not person_name(name).given and (
            glued := glued_given_name(doc, lower, start)) is not None:
        start_char = glued  # 'les sites"Yvette Dupré': her given name, glued on by the scrape
        name = " ".join(text[start_char:end_char].split())
    if not _is_name(name, label) or _headline_word(doc, lower, start, end) or (
            _function_word(doc, start, end) or _infinitive_with_object(doc, start, end)):
        return None
    roles = inner_roles + _roles_around(doc, start, end) if label == "PER" else []
    after_article = (label == "PER" and _one_word(doc, start, end) and start > 0
                     and doc[start - 1].lower_ in DEFINITE)
    return Mention(start, end, start_char, end_char, label, name, _unique(roles),
                    thing=thing is not None, nickname=nickname, after_article=after_article,
                    headed=label == "PER" and _one_word(doc, start, end) and start > 0
                    and doc[start - 1].lower_ in headed(),
                    seat=label == "LOC" and _office_seat(doc, start))


def _office_seat(doc: Doc, start: int) -> bool:
    """The place completes an office noun ("le procureur de Paris", "le maire de Lyon"): a
    seat, never a person of that surname."""
    return start > 1 and doc[start - 1].lower_ in ("de", "d'", "d’", "du") and _is_role(
        doc[start - 2])


def _spans(doc: Doc) -> list[tuple[int, int, str]]:
    """The model's spans (start, end, label), a name it cut in two joined again: a span of a
    thing ending on a function word ("Direction départementale de la") with the next span
    right after it ("Sécurité publique") is one name. Cut, its head is a generic fragment
    that many bodies share ("Direction départementale"), and would gather them all. A place
    after it is where the thing is ("le Forum Valdor de" + "Vernanges"): two names."""
    spans: list[tuple[int, int, str]] = []
    acronyms = organisation_acronyms(doc)
    for ent in doc.ents:
        if spans and spans[-1][1] == ent.start and spans[-1][2] != "PER" and (
                ent.label_ not in ("PER", "LOC") and low(doc[ent.start - 1].text) in trailing()):
            spans[-1] = (spans[-1][0], ent.end, spans[-1][2])
        elif ent.label_ == "PER" and acronym_end(doc, ent.start, ent.end, acronyms):
            # "M. Jean X LR": the person, then the party's initials, not a surname "LR"
            spans += [(ent.start, ent.end - 1, "PER"), (ent.end - 1, ent.end, "ORG")]
        else:
            spans.append((ent.start, ent.end, ent.label_))
    return spans


def _family(doc: Doc, start: int, end: int, label: str) -> int | None:
    """Where a family's name starts ("la famille X", "le clan de X", "les X"), or None. The
    model tags a family's name as a person, or as an organisation ("le clan X")."""
    if label not in ("PER", "ORG", "LOC"):
        return None
    before = start - 1
    if label == "LOC":  # "des familles de X" of a town; "où vivent les X" of a person
        return (before if before >= 0 and end - start == 1 and doc[before].lower_ == "les"
                and not (before > 0 and doc[before - 1].pos_ == "ADP")  # "dans les Landes"
                and _surname_of_a_person(doc, doc[start].text) else None)
    if (before > 0 and end - start == 1 and is_particle(doc[before].text)
            and doc[before - 1].lower_ in families()):
        before -= 1  # "le clan de X"; "la famille de Jean X" is Jean X's, and names him
    if before < 0:
        return None
    if doc[before].lower_ in families():
        return before
    plural = _plural_opening(doc, before)
    if plural is not None and end - start == 1 and doc[before].lower_ in kin():
        return plural  # "les deux frère X": a family, whatever the noun's number
    if label == "PER" and end - start == 1 and doc[before].lower_ in ("les", "des"):
        return before
    if (label == "PER" and end - start == 1 and before > 0 and doc[before].like_num
            and doc[before - 1].lower_ in ("les", "des", "ces")):
        return before - 1  # "des trois X", "les deux X": a family counted
    return None


def _plural_opening(doc: Doc, noun: int) -> int | None:
    """Where "les" opens the plural a noun is in ("les frères", "les deux frères"), or None."""
    for position in (noun - 1, noun - 2):
        if position < 0:
            return None
        if doc[position].lower_ == "les":
            return position
        if not doc[position].like_num:
            return None
    return None


def _surname_of_a_person(doc: Doc, word: str) -> bool:
    """The last word of a full name the model tags a person in the document."""
    return any(ent.label_ == "PER" and len(ent) > 1 and ent[-1].text == word for ent in doc.ents)


def _named_for_someone(doc: Doc, start: int, end: int) -> bool:
    """A full name joined by hyphens around a particle, as one word ("Charles-de-Gaulle"):
    French typography writes so a thing named after the person (a ship, a street, a school),
    never the person."""
    parts = re.split(r"[-‐‑]", span_text(doc, start, end))
    return (_one_word(doc, start, end) and len(parts) > 2 and parts[0][:1].isupper()
            and parts[-1][:1].isupper() and any(p in particles() for p in parts[1:-1]))


def _nickname(doc: Doc, start: int, end: int) -> bool:
    """The name follows "surnommé" or "alias", through an article or a quotation mark ("un
    bijoutier surnommé « le Chinois »"): a person's nickname, whatever the model's tag."""
    i = start - 1
    while i >= 0 and (doc[i].is_quote or low(doc[i].text) in articles()):
        i -= 1
    return i >= 0 and low(doc[i].text) in _NICKNAMING


def _one_word(doc: Doc, start: int, end: int) -> bool:
    """The span is one word as written ("Dupont", "Dupont-Vautrin"): no space inside."""
    return start < end and not any(doc[i].whitespace_ for i in range(start, end - 1))


def _thing_label(doc: Doc, start: int, end: int, label: str) -> str | None:
    """The label of the thing a name is written as, or None: a one-word title alone in
    quotation marks ("Dupont"), a name after a determiner no surname takes ("cette X", "son
    X", "la 208 X") or after a noun of a thing (names.py)."""
    if start == 0:
        return None
    before, one_word = doc[start - 1], _one_word(doc, start, end)
    if _quoted(doc, start, end) and (one_word or (
            label == "PER" and start > 1 and low(doc[start - 2].text) in articles())):
        # a longer quoted title is not the thing its words name ("Jules X"); after an article
        # a quoted name is a word spoken of ("retirer le « X » de son nom"), not its bearer
        return "MISC"
    if before.text.endswith(("%", "‰")) and one_word:
        return "MISC"  # "100% X": the title of a show or a book, not the person
    if label == "PER" and one_word and before.lower_ in house_prepositions():
        return "ORG"  # "chez X": the firm or the house named after someone
    model = before.is_digit and start > 1  # a model's number: "la 208 X"
    word = doc[start - 2].lower_ if model else before.lower_
    # A place takes an article; so does a person's surname now and then ("la X" of a singer,
    # "un X omniprésent"), but seldom a full name ("le Jean X" is a car named for him).
    if label != "LOC" and (word in thing_determiners() or (
            word in thing_articles() and (model or label != "PER" or not one_word))):
        return "MISC" if label == "PER" else label
    if label == "PER" and not one_word:
        # "le fondateur de la marque Jean X": the founder as often as the thing; "la rue Jean
        # X", "l'école primaire Jean X de Y": a place named after him
        return "LOC" if _after_thing_noun(doc, start - 1, label) == "LOC" else None
    return _after_thing_noun(doc, start - 1, label)


def _quoted(doc: Doc, start: int, end: int) -> bool:
    """The name is alone between quotation marks."""
    return start > 0 and end < len(doc) and doc[start - 1].is_quote and doc[end].is_quote


def _after_thing_noun(doc: Doc, i: int, label: str) -> str | None:
    """The label of the noun of a thing that the words ending at token `i` follow: "la série
    télévisée « X", "les modèles Y et X", "des entreprises comme X" (names.thing_nouns)."""
    adjectives = 0
    listed = False  # a comma or a conjunction seen: a name of the list must come before it
    while i >= 0 and not doc[i].is_space:
        token, word = doc[i], doc[i].lower_
        if word in thing_nouns() and not listed:
            return thing_nouns()[word]
        if token.pos_ == "NOUN" and token.is_lower and not listed and (
                kind := _complemented_thing(doc, i, label)):
            return kind
        if word in ("de", "d'") and i > 0 and doc[i - 1].lower_ in illness_nouns():
            return "MISC"  # "la maladie de X": the illness, whatever the model tagged
        if (word in ("de", "d'") and i > 0 and thing_nouns().get(doc[i - 1].lower_) == "LOC"
                and label != "PER"):
            # "la rue de X", "le palais de X"; "le film de X" names its author, and a person
            # tagged as one stays one ("à la place de X", "le stade de X" he plays in)
            return "LOC"
        if word in (",", "et", "ou") and not listed:
            listed = True
        elif token.text[:1].isupper() and token.pos_ == "PROPN":
            listed = False  # another name of the list
        elif listed:
            return None
        elif token.is_quote or word == "comme":
            pass
        elif token.pos_ == "ADJ" and token.is_lower and adjectives < 2:
            adjectives += 1
        else:
            return None
        if token.is_sent_start:
            return None
        i -= 1
    return None


def _complemented_thing(doc: Doc, i: int, label: str) -> str | None:
    """The label of a thing's noun that the noun at token `i` completes ("l'institut de
    sondage X", "l'observatoire des ventes X", "la chaîne de télévision X"), or None; a role
    completes none ("le film du réalisateur X" names a person)."""
    if i < 2 or low(doc[i - 1].text) not in COMPLEMENT or _is_role(doc[i]):
        return None
    kind = thing_nouns().get(doc[i - 2].lower_)
    return None if kind == "LOC" and label == "PER" else kind  # as "le stade de X" below


def _person_bounds(doc: Doc, start: int, end: int) -> tuple[int, int, list[str]]:
    """A personal name starts and ends with a capitalised word: lower-case words in front
    describe the person ("compositeur et bassiste X"), those at the end are noise."""
    first = start
    while start < end - 1 and doc[start].text[:1].islower() and not is_particle(doc[start].text):
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
        word = low(token.text)
        if word not in articles():
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


def _rubric(doc: Doc, lower: frozenset[str], i: int) -> bool:
    """A heading's word of the language in capitals: opening a line before a mark ("JUSTICE -
    Le porte-parole…", "SOCIÉTÉ. Les…") or, written in lower case elsewhere in the document,
    inside a heading shouted in capitals ("LA POLICE ET LA JUSTICE ÉPARGNÉE"). A name there
    (a dateline's "TOURCOING.", "L'OTAN ET L'ONU", "ENLEVÉE AU MALI") is no word of the
    language or not written as one, so it stays."""
    token = doc[i]
    if len(token.text) < 4 or not token.text.isupper() or not common_word(token.lower_):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    opening = (after is None or after.is_space or after.text in _RUBRIC_MARKS) and (
        _at_line_start(doc, i))
    return opening or (token.lower_ in lower and _capitals_run(doc, i) >= 3)


def _capitals_run(doc: Doc, i: int) -> int:
    """How many words in capitals, one after the other, the word `i` stands among."""
    def shouted(j: int) -> bool:
        return doc[j].is_alpha and doc[j].text.isupper()

    start, end = i, i + 1
    while start > 0 and shouted(start - 1):
        start -= 1
    while end < len(doc) and shouted(end):
        end += 1
    return end - start


def _at_line_start(doc: Doc, i: int) -> bool:
    """Sentence or line initial: there a capital says nothing about the word. A mark that
    starts a sentence (a footnote's "*", a bullet) leaves the next word initial too."""
    if i == 0 or doc[i].is_sent_start:
        return True
    previous = doc[i - 1]
    return previous.is_space or previous.text in "«“\"—–-:" or (
        bool(previous.is_sent_start) and previous.is_punct)


def _is_title(token: Token) -> bool:
    word = low(token.text)
    return word in honorifics() or _is_role_word(word) or word in role_modifiers()


def _leading_titles(doc: Doc, start: int, end: int, label: str) -> tuple[int, list[str], bool]:
    """Cut titles and role phrases off the front of a span: (new start, roles, had honorific)."""
    roles: list[str] = []
    honorific = False
    i = start
    while i < end:
        word = low(doc[i].text)
        if word in honorifics():
            roles.append(doc[i].text)
            honorific = True
            i += 1
        elif _is_role_word(word) or (word in role_modifiers() and i + 1 < end
                                     and _is_role(doc[i + 1])):
            stop = _role_phrase_end(doc, i, end, label)
            roles.append(_role_text(doc, i, stop))
            i = stop
        elif word in articles() and i + 1 < end and _is_title(doc[i + 1]) and i > start:
            i += 1  # "M. le directeur Girardet"
        else:
            break
    return i, roles, honorific


def _apposed_name(doc: Doc, start: int, end: int) -> bool:
    """The rest of a span after its role phrase is a name the parse apposes to the role
    ("Premier ministre Edouard Philippe" tagged MISC): a person."""
    first = doc[start]
    return (first.dep_ == "appos" and first.head.i < start
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[start:end]))


def _is_role(token: Token) -> bool:
    return _is_role_word(low(token.text))


@functools.lru_cache(maxsize=4096)
def _is_role_word(word: str) -> bool:
    if word in role_words():
        return True
    parts = word.split("-")
    return (len(parts) > 1 and parts[-1] in role_words()
            and all(p in role_words() or p in role_modifiers() for p in parts[:-1]))


def _role_phrase_end(doc: Doc, i: int, end: int, label: str) -> int:
    """End of the role phrase starting at token i, inside a span that ends at `end`."""
    j = i + 1
    while j < end and (_is_role(doc[j]) or low(doc[j].text) in role_modifiers()):
        j += 1
    # "général de Gaulle": a particle right before the last word is a surname, not a complement
    if (label == "PER" and j + 2 == end and low(doc[j].text) in {"de", "d'"}
            and doc[j + 1].pos_ == "PROPN" and fold(doc[j + 1].text) not in country_forms()):
        return j
    while j < end:
        token = doc[j]
        if token.is_space or (token.is_punct and token.text not in _HYPHENS):
            break
        if token.text[:1].isupper():
            previous = doc[j - 1]
            after_function_word = low(previous.text) in articles() or previous.pos_ in (
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
    while end > start + 1 and (low(doc[end - 1].text) in trailing() or _is_edge(doc[end - 1])):
        end -= 1
    return end


def _char_bounds(doc: Doc, text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Character offsets of the name: quotes, a glued elision and a possessive 's cut off."""
    first, last = doc[start].idx, span_end(doc, end)
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
    return not _is_title_only(name) and not _calendar_only(name)


def _calendar_only(name: str) -> bool:
    """A day the model took for a name at a sentence's start ("Mardi", "Vendredi 9", "Lundi 3
    juin"): a weekday, with at most a day number and a month. A month with a number may be a
    name ("Mai 68", "11 Septembre")."""
    words = [low(w) for w in name.split()]
    weekdays, months = _calendar_words()
    return any(w in weekdays for w in words) and all(
        w in weekdays or w in months or (w.isdigit() and 1 <= int(w) <= 31) for w in words)


@functools.cache
def _calendar_words() -> tuple[frozenset[str], frozenset[str]]:
    """(weekdays, months), from the dates lexicon."""
    return (frozenset(lexicon_section("weekdays")), frozenset(lexicon_section("months")))


def _is_title_only(name: str) -> bool:
    words = [low(w) for w in name.split()]
    return all(w in honorifics() or _is_role_word(w) or w in role_modifiers() or w in articles()
               for w in words)


def _headline_word(doc: Doc, lower: frozenset[str], start: int, end: int) -> bool:
    """A common word capitalised by its position ("Problèmes :"), also written in lower case
    elsewhere in the document: not a name."""
    if end - start != 1:
        return False
    token = doc[start]
    return (token.pos_ not in ("PROPN", "X") and not token.text.isupper()
            and (token.lower_ in lower or token.is_stop) and _at_line_start(doc, start))


def _function_word(doc: Doc, start: int, end: int) -> bool:
    """A pronoun or determiner alone as a subject or at a sentence's start, capitalised
    ("(...) Ça a duré"): not a name. Elsewhere a capitalised one is a title ("un entretien à
    Elle", "il a lu Elle": a magazine)."""
    token = doc[start]
    return end - start == 1 and token.pos_ in ("PRON", "DET") and token.is_stop and (
        token.is_sent_start or token.dep_.startswith(("nsubj", "expl")))


def _infinitive_with_object(doc: Doc, start: int, end: int) -> bool:
    """An infinitive that opens a sentence and takes an object ("5. Porter un masque est
    interdit"), capitalised by its place: a verb, whatever the model tagged; no name takes an
    object."""
    token = doc[start]
    return (end - start == 1 and bool(token.is_sent_start) and token.pos_ == "VERB"
            and "Inf" in token.morph.get("VerbForm", [])
            and any(child.dep_ == "obj" for child in token.children))


def _roles_around(doc: Doc, start: int, end: int) -> list[str]:
    """Titles and role phrases written next to a name, before or after it."""
    roles = _role_before(doc, start, end) or kin_before(doc, start, end)
    return roles + _role_after(doc, start, end)


def _role_before(doc: Doc, start: int, end: int) -> list[str]:
    """ "M. X", "le président X", "le ministre des Affaires étrangères, X"."""
    if start == 0:
        return []
    if low(doc[start - 1].text) in honorifics():
        return [doc[start - 1].text]
    last = start - 1
    comma = doc[last].text == ","
    if comma:
        last -= 1
    elif doc[last].pos_ == "ADP" or low(doc[last].text) in articles():
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
    while first > 0 and low(doc[first - 1].text) in role_modifiers():
        first -= 1
    text = _role_text(doc, first, last + 1)
    # "M. le président X": the civility title before the role is the person's too
    before = first - 1
    if before > 0 and low(doc[before].text) in articles():
        before -= 1
    titles = [doc[before].text] if before >= 0 and low(doc[before].text) in honorifics() else []
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


def _role_after(doc: Doc, start: int, end: int) -> list[str]:
    """ "X, secrétaire du Conseil de sécurité, ...", an apposition after a comma, and the role
    it is coordinated to ("X, ancien maire de Lyon, et aujourd'hui député")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return []
    k = _role_noun(doc, end + 1)
    root = doc[start:end].root
    if k is None or not (doc[k].head.i in range(start, end) or doc[k].dep_ == "appos"
                         or root.head.i == k):
        return []
    first, stop = _role_phrase(doc, end + 1, k)
    roles = [_role_text(doc, first, stop)]
    following = stop + (stop < len(doc) and doc[stop].text == ",")
    if following < len(doc) and doc[following].lower_ in ("et", "puis"):
        following += 1
        while following < len(doc) and doc[following].pos_ == "ADV":
            following += 1  # "et aujourd'hui", "et désormais"
        second = _role_noun(doc, following)
        if second is not None and doc[second].dep_ == "conj" and doc[second].head.i in (
                k, root.head.i, *range(start, end)):
            first, stop = _role_phrase(doc, following, second)
            if stop >= len(doc) or doc[stop].ent_type_ != "PER":  # not "et le maire Y"
                roles.append(_role_text(doc, first, stop))
    return [role for role in roles if role]


def _role_noun(doc: Doc, position: int) -> int | None:
    """The role noun of a phrase opening at `position` behind articles and role modifiers."""
    k = position
    while k < len(doc) and k <= position + 2 and not _is_role(doc[k]) and (
            low(doc[k].text) in articles() or low(doc[k].text) in role_modifiers()):
        k += 1
    return k if k < len(doc) and _is_role(doc[k]) else None


def _role_phrase(doc: Doc, opening: int, noun: int) -> tuple[int, int]:
    """The bounds of the role phrase whose noun is at `noun`, not before `opening`."""
    first = noun
    while first > opening and low(doc[first - 1].text) in role_modifiers():
        first -= 1
    stop = noun + 1
    while stop < len(doc) and stop - noun < MAX_ROLE_TOKENS and _role_filler(doc[stop]):
        stop += 1
    return first, stop


def _role_filler(token: Token) -> bool:
    """A word that can continue a role phrase: no verb, clause word, punctuation or person."""
    if token.ent_type_ == "PER" or token.is_space:
        return False
    if token.text in _HYPHENS:
        return True
    return token.pos_ in _ROLE_FILLER_POS and not token.is_punct


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))
