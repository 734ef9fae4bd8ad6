"""The word a date expression dates: the noun it complements ("la visite du 15 décembre"),
the noun of an act it follows ("l'incendie jeudi"), the description it qualifies ("X,
aujourd'hui ministre"), else the verb above it. Read on the parse, corrected where the parse
hangs a time phrase on the wrong word; `dates.extract_dates` writes it into each date row."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .events.arguments import occasion
from .events.clauses import opens_description
from .events.kinds import (
    is_event_noun,
    modal_complement,
    modal_verbs,
    nominal_expression,
    type_of,
)
from .events.tree import adjective_as_noun
from .events.wordlists import _words
from .tense import date_words, governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Modals of seeming: a date hung on them is no act's ("X semble mardi acquis", not_acts).
_SEEMING = frozenset({"sembler", "paraître"})
# The prepositions of a phrase of what came before or after the main clause's act, and how
# far up a date in it is looked for through its names' words.
_BACKGROUND_CASES = frozenset({"après", "avant"})
_BACKGROUND_CLIMB = 4
# The prepositions of a noun's complement that names whose act it is ("la visite de X").
_OF = frozenset({"de", "d'", "d’", "du", "des"})
# The prepositions between a participle and the date it takes ("mort en 2016", "né le 3 mai").
_BEFORE_A_DATE = frozenset({"en", "le", "dès"})


def attachment(span: Span) -> Token | None:
    """The word an expression dates, read on the expression widened to the part of the day or
    of a period it complements ("dans la soirée du 26 mai"): the noun it complements ("la
    visite du 15 décembre"), the noun of an act it follows with no preposition ("l'incendie
    jeudi", "les violences samedi"), the noun a year names ("la présidentielle 2017"), the
    participle right before it that the parse hangs on the same noun ("X, arrêté lundi"),
    else the first verb above it, else its head."""
    span = _with_part_of_time(span)
    set_off = _verb_before_commas(span) or _inside_noun_phrase(span) or _participle_before(span)
    if set_off is not None:
        return set_off  # "qui annonçait, mi-mars, un bilan": the parse hung it elsewhere
    root = span.root
    head = root.head
    outside = head.i != root.i and not span.start <= head.i < span.end
    cased = any(c.dep_ == "case" for c in root.children)
    if (outside and (head.pos_ in ("NOUN", "PROPN") or adjective_as_noun(head))
            and root.dep_ == "nmod"
            and (cased or ((_right_after(head, span) or nominal_expression(head))
                           and _names_an_act(head)))
            and not (cased and occasion(head) and not _of_noun(root))):
        # "a parlé lors d'une convention en septembre 2019": the time phrase is the act's;
        # "lors de sa déclaration du 12 juillet" names the occasion's own day
        return head
    if (outside and root.dep_ == "nmod" and not cased and head.dep_ == "nmod"
            and head.head.pos_ == "NOUN" and head.head.i < head.i and _right_after(head, span)
            and any(c.dep_ == "case" for c in head.children) and _names_an_act(head.head)
            and not _occasion_noun(head.head) and not _compound(head)
            and not _in_object(head.head)):
        return head.head  # "a réagi à l'attaque au hachoir vendredi": the attack's day
    if (outside and head.pos_ in ("NOUN", "PROPN") and root.dep_ == "nummod"
            and span.start == head.i + 1 and span.text.isdigit()):
        return head  # a year naming its noun: "la présidentielle 2017", "l'Euro 2016"
    act = _act_noun_right_before(span) if outside and head.pos_ in ("NOUN", "PROPN") else None
    if act is not None:
        return act  # "pour les victimes de l'explosion dévastatrice trois jours plus tôt"
    if outside and opens_description(root, span.start):
        return head  # "X, aujourd'hui ministre": the word qualifies a description, no act
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (outside and before is not None and before.pos_ == "VERB" and before.head.i == head.i
            and before.dep_ in ("acl", "amod", "nmod")):
        return before  # "son propriétaire X, arrêté lundi": the parse hangs both on the noun
    apposed = _apposed_noun_before(span)
    if apposed is not None:
        return apposed  # "l'association X, soutien en 2019 de 108 projets": the description's
    noun = _noun_before_of(span)
    if outside and noun is not None and head.pos_ in ("VERB", "AUX"):
        return noun  # "a contesté l'arrêté de 2017": the parse hangs "de 2017" on the verb
    background = _background_phrase(root)
    if background is not None:
        return background  # "Après la colère de X mardi soir, la séance a été marquée"
    verb = governing_verb(span)
    if verb is not None:
        act = _main_clause(span, verb) or _fronted_in_clause(span, verb) or verb
        # "les électeurs devront élire le 15 mars": the act the modal tells the mood of
        return modal_complement(act, modal_verbs() - _SEEMING, infinitive=True) or act
    return head if head.i != root.i else None


def _background_phrase(root: Token) -> Token | None:
    """The noun of a phrase "après" or "avant" opens at the start of the sentence, the date
    inside it ("Après la colère de la ministre contre X mardi soir, la séance de mercredi a
    été marquée"): that phrase's time, not the main clause's; its names' words may hold it
    in the parse. Not "peu après" or "quelques minutes après", whose act shares the day."""
    token = root
    for _ in range(_BACKGROUND_CLIMB):
        if token.dep_ not in ("nmod", "appos", "flat:name") or token.head.i == token.i:
            return None
        token = token.head
        if (token.pos_ == "NOUN" and token.dep_.startswith("obl") and token.i < token.head.i
                and any(c.dep_ == "case" and c.lower_ in _BACKGROUND_CASES and c.i < token.i
                        and c.i == c.sent.start for c in token.children)):
            return token
    return None


def _fronted_in_clause(span: Span, verb: Token) -> Token | None:
    """The verb of the clause "que" opens when the date is fronted in it, right after "que"
    ("promet que lundi 28 septembre, X sera annoncé"): the parse hangs the date on the verb
    of saying above; None otherwise."""
    doc = span.doc
    # with its preposition ("révèle qu'en juin 2014, X a participé")
    opening = span.start - 1 if span.start > 1 and doc[span.start - 1].pos_ == "ADP" else (
        span.start)
    if opening < 1 or doc[opening - 1].lower_ not in ("que", "qu'", "qu’") or (
            doc[opening - 1].pos_ != "SCONJ"):
        return None
    return next((c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i > span.end
                 and c.pos_ in ("VERB", "AUX")), None)


def _apposed_noun_before(span: Span) -> Token | None:
    """The bare noun that opens an apposition after a comma and that "en" joins the date to
    (", soutien en 2019 de 108 projets", ", candidat en 2017 à la présidentielle"): the
    description's time, whatever the parse hangs it on."""
    doc, start = span.doc, span.start
    if start < 3 or doc[start - 1].lower_ != "en" or doc[start - 3].text != ",":
        return None
    noun = doc[start - 2]
    if noun.pos_ != "NOUN" or any(c.dep_ == "det" for c in noun.children):
        return None
    return noun


def _main_clause(span: Span, verb: Token) -> Token | None:
    """The main clause's verb when a date fronted before a comma is hung on a subordinate
    clause the parse took for the main one ("Ce mardi, alors qu'il visitait une école, il a
    assuré": "visitait" read as the root, "assuré" under it), or on a relative clause of the
    subject; None otherwise."""
    doc = span.doc
    if span.start - span.sent.start > 1 or span.end >= len(doc) or doc[span.end].text != ",":
        return None
    main = verb.head
    if (any("Rel" in c.morph.get("PronType", []) and c.dep_.startswith("nsubj")
            and c.i > span.end for c in verb.children)
            and main.i > verb.i and main.pos_ in ("VERB", "AUX")):
        # "Mardi 30 juin, X, ancienne ministre qui a quitté son poste, sera entendue": a
        # relative clause, whatever arc the parse gave it, holds no fronted date
        return main
    if not any(c.dep_ == "mark" and c.i > span.end for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("advcl", "parataxis", "conj")
                 and c.i > verb.i and c.pos_ == "VERB"
                 and not any(g.dep_ == "mark" for g in c.children)), None)


def _with_part_of_time(span: Span) -> Span:
    """The expression with the part of a day or of a period it is the complement of ("dans la
    soirée du 26 mai", "lors de la matinée de mardi", "au début de la semaine du 3 mars"): that
    noun is part of the date, not a thing the date dates."""
    doc = span.doc
    while True:
        root = span.root
        head = root.head
        if not (head.i < span.start and root.dep_ == "nmod" and head.pos_ == "NOUN"
                and head.lower_ in _parts_of_time()):
            return span
        span = doc[head.i:span.end]


def _verb_before_commas(span: Span) -> Token | None:
    """The verb right before a date set off by commas ("l'institut, qui annonçait, mi-mars,
    un bilan", "a déclaré, lundi, que"): the date is that verb's, whatever the parse hung it
    on; None otherwise."""
    doc = span.doc
    start = span.start - 1 if span.start > 0 and doc[span.start - 1].pos_ == "DET" else span.start
    if start < 2 or span.end >= len(doc) or doc[start - 1].text != "," or (
            doc[span.end].text != ","):
        return None
    verb = doc[start - 2]
    form = verb.morph.get("VerbForm", [])
    # a finite verb, or a participle with its auxiliary ("a déclaré"): not a bare participle
    # of a description ("X, arrêté, lundi, ...")
    told = "Fin" in form or ("Part" in form and any(c.dep_.startswith("aux")
                                                     for c in verb.children))
    # not a modal ("je veux, ce soir, leur rendre hommage"): its infinitive's, as read below
    return verb if verb.pos_ == "VERB" and told and (
        verb.lemma_.lower() not in modal_verbs()) else None


@functools.cache
def _parts_of_time() -> frozenset[str]:
    return frozenset().union(*(date_words(section) for section in (
        "units", "modifiers", "day_parts", "times_of_day", "night_and_week_end")))


# Words of phrases of time the dates lexicon does not list as units, parts or seasons ("au
# cours de", "à partir de", "la veille de"): with those, a "de" date is one time with them.
_TIME_PHRASE_WORDS = frozenset({"courant", "cours", "partir", "hauteur", "période", "saison",
                                "date", "moitié", "veille", "lendemain", "rentrée"})


@functools.cache
def time_nouns() -> frozenset[str]:
    """Nouns of a time or a part of it ("au mois de juin", "à la fin de 2019", "au printemps
    de 2020"): the date they take with "de" is theirs."""
    return _parts_of_time() | date_words("seasons") | _TIME_PHRASE_WORDS


def _noun_before_of(span: Span) -> Token | None:
    """The noun right before "de" that opens the expression ("l'arrêté de 2017", "la marche
    du 5 mai"): the expression is that noun's, whatever the parse hung it on. Not a noun of
    time ("au mois de juin"), nor a range ("de 2008 à 2014" holds its "de")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in _OF:
        return None
    noun = doc[span.start - 2]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in time_nouns() or (
            noun.lower_ in time_nouns()):
        return None
    return noun


def _participle_before(span: Span) -> Token | None:
    """A participle of "être" right before the date, past its preposition, which the model
    may tag an adjective or a noun ("X, jeune homme mort en 2016"): the date is its own."""
    doc, position = span.doc, span.start - 2
    if position < 1 or doc[position + 1].lower_ not in _BEFORE_A_DATE:
        return None
    if doc[position].pos_ in ("VERB", "AUX") or any(
            c.dep_ in ("det", "nummod") for c in doc[position].children) or (
            doc[position - 1].lower_ in ("à", "de", "d'", "d’")):
        # a verb the parse reads as one is hung on as it is; "la mort", "40 morts" are
        # nouns, "condamné à mort", "la peine de mort" locutions
        return None
    word = doc[position].lower_.removesuffix("s")
    base = word.removesuffix("e") if word.endswith(("ée", "ue", "ie", "te")) else word
    return doc[position] if base in date_words("etre_participles") else None


def _inside_noun_phrase(span: Span) -> Token | None:
    """The act's noun a date set off by commas interrupts, its complement with "de" after
    it ("l'arrestation à Lyon, le 25 mai, du jeune homme"): the date is that act's."""
    doc = span.doc
    start = span.start - 1 if span.start > 0 and doc[span.start - 1].pos_ == "DET" else span.start
    end = span.end
    if (start < 2 or end + 2 >= len(doc) or doc[start - 1].text != "," or doc[end].text != ","
            or doc[end + 1].lower_ not in _OF or doc[end + 2].pos_ not in ("DET", "ADJ", "NOUN")):
        return None
    for token in reversed(doc[max(span.sent.start, start - 9):start - 1]):
        if token.pos_ in ("VERB", "AUX") or token.text in (",", ";", ":"):
            return None
        if token.pos_ == "NOUN" and _names_an_act(token) and any(
                c.dep_ == "det" for c in token.children):
            return token
    return None


def _act_noun_right_before(span: Span) -> Token | None:
    """The noun of an act right before the expression, past its adjectives, when the parse
    hangs the expression on some noun: the act's time, as "l'incendie jeudi" is. Only a
    determined noun ("sous serment", "d'accord", "le juge d'instruction" are locutions) that
    is no name's word ("le Rassemblement national"), no verb's object and no occasion whose
    acts share its day ("lors d'un incident début septembre", "une visite")."""
    doc, position = span.doc, span.start - 1
    while position > 0 and doc[position].pos_ == "ADJ" and doc[position].dep_ == "amod":
        position -= 1
    noun = doc[position] if position >= 0 else None
    if (noun is None or noun.pos_ != "NOUN" or noun.ent_type_ or not _names_an_act(noun)
            or not any(c.dep_ == "det" for c in noun.children)
            or _occasion_noun(noun) or occasion(noun)):
        return None
    return noun


def _of_noun(root: Token) -> bool:
    """The expression completes a noun with "de" ("la déclaration du 12 juillet")."""
    return any(child.dep_ == "case" and child.lower_ in _OF for child in root.children)


def _right_after(noun: Token, span: Span) -> bool:
    """The expression follows the noun, or the name that completes it ("les déclarations de
    X mardi", "l'offensive de la Turquie lundi"): nothing else stands between them."""
    between = list(span.doc[noun.i + 1:span.start])
    if not between:
        return True
    name = between[2:] if len(between) > 2 and between[1].pos_ == "DET" else between[1:]
    return between[0].lower_ in _OF and bool(name) and all(
        token.pos_ == "PROPN" or token.dep_ == "flat:name" for token in name)


def _in_object(noun: Token) -> bool:
    """The noun completes a verb's object ("lancent une opération de blocages des routes
    samedi"): the day is the verb's, as for the object itself."""
    while noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and noun.head.i != noun.i:
        noun = noun.head
        if noun.dep_ in ("obj", "iobj"):
            return True
    return False


def _compound(complement: Token) -> bool:
    """A bare common noun after "de" that makes one noun with the one before ("la proposition
    de loi", "la conférence de presse"): no act's complement."""
    return complement.pos_ == "NOUN" and not any(
        c.dep_ in ("det", "nummod") for c in complement.children) and any(
        c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in complement.children)


def _occasion_noun(noun: Token) -> bool:
    """A visit, a meeting or a medium ("En déplacement en Gironde lundi, X a assuré", "dans
    une interview au Parisien dimanche"): the acts done there share its day."""
    lemma = noun.lemma_.lower()
    return type_of(lemma, "NOUN")[0] == "consult" or lemma in _words("media")


def _names_an_act(noun: Token) -> bool:
    """A noun of an act that is no verb's object: "a signé l'accord jeudi" is signed on
    Thursday, "après l'incendie jeudi, X a dit" is a Thursday fire. Not one a figure counts
    ("le bilan a augmenté de 929 décès jeudi"): a tally's day, the verb's."""
    return noun.dep_ not in ("obj", "iobj", "ROOT") and (
        is_event_noun(noun.lemma_) or nominal_expression(noun)) and not any(
        c.dep_ == "nummod" and any(ch.isdigit() for ch in c.text) for c in noun.children)
