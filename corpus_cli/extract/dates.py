"""The date rows of one parsed document: the grammar's expressions read against the parse.

`extract_dates(doc, reference)` finds the expressions (dates/grammar/, pure text), reads the
tense and modality of the clause each one hangs on (a future clause reads forward, "jusqu'au"
and "avant de" + infinitive too), places it against the reference date or the narrative's
own time, and returns the `date` rows of ARCHITECTURE.md with the word each is attached to.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date as Day
from typing import TYPE_CHECKING, Any

from corpus_cli.dates.calendar import PartialDate
from corpus_cli.dates.grammar.context import (
    compared_before,
    limit_after,
    limit_before,
    postponed_before,
    since_before,
    start_before,
)
from corpus_cli.dates.grammar.find import find_expressions
from corpus_cli.dates.grammar.resolve import as_reference, resolve, resolve_relative
from corpus_cli.dates.grammar.spec import Expression, Spec
from corpus_cli.dates.grammar.words import lexicon_section
from corpus_cli.nlp.model import text_of

from .date_attachment import attachment, time_nouns
from .events.announced import act_of_date, announced_act, announcing_class
from .events.kinds import is_event_noun, type_of
from .events.wordlists import _words
from .habitual import habitual
from .tense import (
    clause_tense,
    date_words,
    etre_perfect,
    governing_verb,
    is_verb,
    pluperfect,
    reported_imperfect,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# --- document rows -----------------------------------------------------------------------------

# A day written as a name, its month capitalised after a hyphen ("le 13-Novembre").
_NAMED_DAY = re.compile(r"\d{1,2}(?:er)?-[A-ZÉ]")


def _named_event_day(expression: Expression) -> bool:
    """A day written as the name of an event ("le 13-Novembre", "le 11-Septembre"), not of a
    holiday (data/dates_lexicon.txt [holiday_days]): the judged samples read 5 such days of 5
    a wrong year."""
    spec = expression.spec
    return bool(_NAMED_DAY.search(expression.text)) and (
        f"{spec.month:02d}-{spec.day:02d}" not in date_words("holiday_days"))


def _yearless(spec: Spec, fields: dict[str, Any]) -> dict[str, Any]:
    """The fields of a day whose year is unknown: TimeML's "XXXX-11-13", on no calendar."""
    return {**fields, "value": f"XXXX-{spec.month:02d}-{spec.day:02d}", "granularity": None,
            "start_date": None, "end_date": None, "anchor": None}


def _year_less(spec: Spec) -> bool:
    """A calendar date written without its year: the narrative may supply it. Not one said
    "dernier" or "prochain" ("le 6 novembre prochain"): that counts from the day of writing."""
    return (spec.kind == "date" and spec.year is None and spec.short_year is None
            and spec.anchor is None and not spec.strict
            and spec.unit is None and spec.weekday is None and not spec.weekend
            and (spec.month is not None or spec.season is not None or spec.quarter is not None
                 or spec.half is not None))


def _days_ago(fields: dict[str, Any], reference: PartialDate | None) -> bool:
    """The date placed against the day of writing falls in the week before it ("publiée le 15
    septembre" written on the 16th): news of the week."""
    if reference is None or fields["start_date"] is None or fields["granularity"] != "day":
        return False
    placed = Day.fromisoformat(str(fields["start_date"])[:10])
    return 0 <= (reference.start - placed).days <= _RECENT_DAYS


def _days_ahead(fields: dict[str, Any], reference: PartialDate | None) -> bool:
    """The date placed against the day of writing falls in the week after it."""
    if reference is None or fields["start_date"] is None or fields["granularity"] != "day":
        return False
    placed = Day.fromisoformat(str(fields["start_date"])[:10])
    return 0 <= (placed - reference.end).days <= _RECENT_DAYS


def _beyond_writing(expression: Expression, fields: dict[str, Any], tense: str | None,
                    reference: PartialDate | None) -> bool:
    """A time counted forward from the date told before ("100 ans plus tard") that lands
    months past the day of writing in a clause not in the future: that date was no anchor."""
    spec = expression.spec
    if (spec.anchor != "previous" or not spec.shift or spec.shift < 0
            or tense not in ("past", "present") or not _after(fields, reference)):
        return False
    assert reference is not None
    placed = Day.fromisoformat(str(fields["start_date"])[:10])
    return (placed - reference.end).days > _NARRATIVE_REACH_DAYS


def _after(fields: dict[str, Any], reference: PartialDate | None) -> bool:
    """The placed date starts after the day of writing."""
    return (reference is not None and fields["start_date"] is not None
            and str(fields["start_date"]) > reference.end.isoformat())


def _against_tense(fields: dict[str, Any], tense: str | None, verb: Token | None,
                   reference: PartialDate | None, span: Span) -> bool:
    """The narrative's year contradicts the clause: a past clause's date after the day of
    writing ("Le vote aura lieu en mars 2020. La liste est arrivée en tête du scrutin du 26
    mai", written in June 2019), or a simple future's before it ("qui avait fait 12 morts le 7
    janvier 2015, s'est ouvert mercredi et durera jusqu'au 10 novembre"). The day of writing
    places it then. Not under a verb of announcing or calling, whose noun may well lie ahead
    ("a fixé le scrutin au 26 mai"), unless that verb is a participle said of its noun with
    the date on itself ("le plan dévoilé en septembre": the noun is what was announced, the
    date the announcing's), nor a date before the verb ("Mi-août, X avait annoncé qu'il se
    prononcerait": the announcing's); not a conditional, a future seen from the past ("a dit
    qu'il partirait le 5 avril")."""
    if tense == "past":
        return _after(fields, reference) and (verb is None or announcing_class(verb) is None
                                              or _date_of_a_participle(span, verb)
                                              or span.end <= verb.i)
    return (verb is not None and "Fut" in verb.morph.get("Tense", [])
            and reference is not None and fields["end_date"] is not None
            and str(fields["end_date"]) < reference.start.isoformat())


def _date_of_a_participle(span: Span, verb: Token) -> bool:
    """A participle of announcing said of a noun, with the date hung on the participle and
    not aimed ahead by "pour" or "à" ("le projet annoncé en septembre", not "le vote annoncé
    pour le 3 mars")."""
    return (verb.dep_ == "acl" and announcing_class(verb) == "announcing"
            and span.root.head.i == verb.i
            and not any(c.dep_ == "case" and c.lower_ in _AIMED for c in span.root.children))


# Prepositions that aim a date ahead of the act it hangs on ("annoncé pour le 3 mars").
_AIMED = frozenset({"pour", "à", "au", "aux", "jusqu'", "jusqu'au"})


def _day_after(expression: Expression, following: list[Expression],
               text: str) -> Expression | None:
    """The day an hour alone is of when it is written right before it ("à 19 heures mardi",
    "à 8h le 3 mars"): the next expression, a weekday or a day of a month, with only a comma,
    "le" or "ce" between."""
    spec = expression.spec
    if not following or spec.hour is None or spec.day is not None or spec.weekday is not None:
        return None
    after = following[0]
    between = text[expression.end:after.start]
    return after if (between.strip(" ,").lower() in ("", "le", "ce") and (
        after.spec.weekday is not None or after.spec.day is not None)
        and after.spec.hour is None) else None


def _of_the_same_year(expression: Expression, following: list[Expression], text: str) -> bool:
    """A month or a day written without its year right before "de la même année" or "de
    cette même année": it lies in the year the text is telling, not the nearest one."""
    spec = expression.spec
    if not following or spec.month is None or spec.year is not None:
        return False
    after = following[0].spec
    return (text[expression.end:following[0].start].strip().lower() in ("de", "d'", "d’")
            and after.unit == "year" and after.shift == 0 and after.anchor == "previous")


def _placed(expression: Expression, reference: PartialDate | None,
            reading: str | None) -> PartialDate | None:
    """The expression placed in time on its own, or None."""
    value = resolve(expression, reference, reading, None).get("value")
    try:
        return PartialDate.from_iso(str(value)) if value else None
    except ValueError:
        return None


def _story_weekday(spec: Spec) -> bool:
    """ "ce dimanche-là": a weekday of the story's time, not of the week of writing."""
    return spec.weekday is not None and spec.anchor == "previous" and spec.shift == 0


# The last hour of the small hours, which a night's second day holds.
_SMALL_HOURS_END = 6


def _small_hours_after_night(spec: Spec, previous: PartialDate) -> bool:
    """An hour alone before dawn after a span of two days in a row (a night "de jeudi à
    vendredi"): the hour is the second day's."""
    return (spec.hour is not None and spec.hour < _SMALL_HOURS_END and spec.day is None
            and spec.weekday is None and previous.granularity in ("day", "minute")
            and (previous.end - previous.start).days == 1)


def _needs_previous(expression: Expression) -> bool:
    spec = expression.spec
    time_alone = (spec.hour is not None and spec.day is None and spec.weekday is None
                  and spec.unit is None)
    return spec.anchor in ("previous", "event") or time_alone


def _reading(span: Span, expression: Expression, tense: str | None, text: str,
             since_act: bool) -> str | None:
    """The direction a date is read in: cues of the words first, then the clause's tense.

    A limit ("jusqu'au 30 juin", "d'ici lundi") outside a past clause is ahead, in a past
    clause the nearest day of its month (a past act may set a limit still to come), and so is
    a start ("a annoncé le déconfinement à partir du 11 mai"); the new
    date of a postponement ("renvoyé au 13 mai") in any clause, the start of a state ("depuis
    le 5 décembre") behind; a date that complements a noun ("le scrutin du 9 août") is the
    nearest such date, whatever the clause, but of an attack, a death or an accident ("les
    attentats du 13 novembre") the last one, and in a past clause the month of a text or a
    speech ("dans son rapport de février, il proposait") too.
    """
    if postponed_before(text, expression.start):
        return "future"
    if since_before(text, expression.start) or since_act:
        return "past"  # "depuis le 5 décembre": a state's start, never ahead of the writing
    limit = limit_before(text, expression.start) or limit_after(text, expression.end)
    if tense != "past" and limit and (tense is not None or expression.spec.month is None):
        return "future"  # a day of a month with no tense ("prévue jusqu'au 6 mai"): nearest
    if tense == "past" and limit and expression.spec.month is not None:
        return None  # "ont lancé un appel à la grève jusqu'au 31 août": either side, nearest
    if tense == "past" and expression.spec.month is not None and start_before(
            text, expression.start):
        return None  # "a annoncé le déconfinement à partir du 11 mai": either side, nearest
    if expression.spec.month is None:
        return tense
    noun = span.root.head if _complements_noun(span) else None
    if noun is not None and (lean := _noun_lean(noun)) is not None:
        return lean  # "les prochaines élections de septembre", "le dernier sommet de mars"
    if noun is not None and _unforeseen(span):
        return "past"  # "les attentats du 13 novembre": no one dates an attack ahead
    if (noun is not None and tense == "past" and expression.spec.day is None
            and type_of(noun.lemma_, "NOUN")[0] in _SAID):
        # "Dans son rapport de début février, le COI proposait": a text told; not a day,
        # which may be the next ("a annoncé dans son édition du 15 février", on the 14th)
        return "past"
    if noun is not None or _in_subject(span):
        return None
    return tense


def _since_act(span: Span) -> bool:
    """The date restates the day of an act or a phase a state counts from ("depuis le début
    du conflit le 5 décembre"): behind the day of writing, as "depuis le 5 décembre" is."""
    if span.root.dep_ == "nmod":
        noun = span.root.head
    else:  # hung on the verb, the date still closes the phrase ("depuis le début du X le 5")
        before = span.start - 1
        while before > span.sent.start and span.doc[before].pos_ == "DET":
            before -= 1
        noun = span.doc[before]
        while noun.dep_ == "nmod" and noun.head.i < noun.i:
            noun = noun.head
    if noun.pos_ != "NOUN" or not any(c.dep_ == "case" and c.lower_ == "depuis"
                                      for c in noun.children):
        return False
    lemma = noun.lemma_.lower()
    return is_event_noun(lemma) or lemma in lexicon_section("modifiers")


# The types of a text or a speech: one a past clause tells of with its date was given then.
_SAID = frozenset({"publication", "public_statement"})
# The types of events no one announces before they happen: a date that complements their noun
# is behind the day of writing.
_UNFORESEEN = frozenset({"assault", "mass_violence", "death", "accident"})


def _unforeseen(span: Span) -> bool:
    """The noun the date complements names an attack, a death or an accident, or completes
    the noun of one ("des violences lors de la manifestation du 1er mai")."""
    noun = span.root.head
    for _ in range(3):
        # an attack the lexicon types a fight for its two sides ("les attaques du 13 novembre")
        if type_of(noun.lemma_, "NOUN")[0] in _UNFORESEEN or noun.lemma_.lower() in _words(
                "attack_words"):
            return True
        head = noun.head
        if head.pos_ == "ADV" and head.head.i != head.i:
            head = head.head  # "lors de", "à l'issue de": the noun the adverb completes
        if head.i == noun.i or head.pos_ != "NOUN" or noun.dep_ not in ("nmod", "obl:arg"):
            return False
        noun = head
    return False


def _noun_lean(noun: Token) -> str | None:
    """ "future" for a noun said to come ("les prochaines élections"), "past" for one said to
    be the last ("le dernier sommet"), else None."""
    words = {c.lemma_.lower() for c in noun.children if c.dep_ == "amod" and c.i < noun.i}
    return "future" if "prochain" in words else "past" if "dernier" in words else None


def _in_a_persons_name(span: Span) -> bool:
    """The words are part of a person's name the model tagged ("Bruce Toussaint", "Noël
    X"): a surname or a given name, not a feast. Only capitalised words: the model's span may
    take in a weekday after the name ("a répondu Mme X lundi")."""
    if not all(t.ent_type_ == "PER" and t.text.istitle() for t in span):
        return False
    continued = span.end < len(span.doc) and span.doc[span.end].ent_iob_ == "I"
    return continued or any(t.ent_iob_ == "I" for t in span)


def _in_subject(span: Span) -> bool:
    """"Les conseils élus le 15 mars seront installés": a date inside the subject's phrase
    tells that noun's time, not the time of the verb the subject goes with."""
    token = span.root
    if token.head.pos_ == "PROPN":
        return False  # "X en août, Y en octobre": a list whose verb is left out, no noun's time
    for _ in range(30):
        head = token.head
        if head.i == token.i:
            return False
        if is_verb(head) or etre_perfect(head) is not None:
            # the subject's noun comes first: one after the date is a misparse of a fronted
            # phrase ("Après un entretien en février, le chef X avait évoqué")
            return token.dep_ in ("nsubj", "nsubj:pass") and token.i < span.start
        token = head
    return False


def _complements_noun(span: Span) -> bool:
    """"l'élection du 9 août", "le sommet de mars": a date under a noun, with a preposition
    (not under a word of the date itself: "au mois de mars", "fin de l'été")."""
    root = span.root
    head = root.head
    return (head.i != root.i and not span.start <= head.i < span.end
            and head.pos_ in ("NOUN", "PROPN") and root.dep_ == "nmod"
            and head.lower_ not in time_nouns()  # "le soir du 14 juillet": the day's own part
            and any(c.dep_ == "case" and c.lower_ in ("du", "de", "d'", "d’")
                    for token in span for c in token.children))  # "du" may hang on the day


# "ce" before a day: the one of the day of writing ("ce 13 novembre"), not a day told before.
_THIS_BEFORE = re.compile(r"(?<![\w])(?:ce|cet|cette)[^\S\n]+$", re.IGNORECASE)
# How many days before the day of writing a year-less date is news of the week.
_RECENT_DAYS = 7
# How far from the narrative's date a year-less date in the next sentence may fall and still be
# read in its year ("Le 3 mars 2015, ... Le 5 avril, ..."): a story moves on by weeks, not years.
_NARRATIVE_REACH_DAYS = 92


def _names_an_event(span: Span) -> bool:
    """The date completes an event's noun ("les attentats du 13 novembre 2015"), not after a
    comma ("au lendemain du décès, le 2 avril 1974": the story's day)."""
    head = span.root.head
    return (span.root.dep_ == "nmod" and head.pos_ == "NOUN" and is_event_noun(head.lemma_)
            and not any(t.text == "," for t in span.doc[head.i:span.start]))


def _year_of_a_noun(span: Span) -> bool:
    """A noun's complement with "de" ("sa victoire de 2016"): not its sentence's year."""
    root = span.root
    return root.dep_ == "nmod" and root.head.pos_ == "NOUN" and root.head.i < root.i and any(
        c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in root.children)


def _in_narrative(fields: dict[str, Any], narrative: tuple[PartialDate, int], index: int) -> bool:
    """Whether a date placed from the narrative's date belongs to it: in the same sentence, or
    in the next one and close to it. Otherwise the publication date anchors it."""
    if fields["start_date"] is None or index - narrative[1] > 1:
        return False
    if index == narrative[1]:
        return True
    placed, told = PartialDate.from_iso(fields["value"].split("/")[0]), narrative[0]
    gap = max((placed.start - told.end).days, (told.start - placed.end).days)
    return gap <= _NARRATIVE_REACH_DAYS


def extract_dates(doc: Doc, reference: str | None) -> list[dict[str, Any]]:
    """Every temporal expression of a parsed document as `date` rows (ARCHITECTURE.md).

    `reference` is the publication date as an ISO partial string; without it, deictic
    expressions are still found but keep a null value. A year-less date anchors on the
    publication date unless the text has made another date the narrative's time: a date written
    with another year in the same sentence, or in the sentence before when the year-less date
    falls close to it ("Le 3 mars 2015, ... Le 5 avril, ..."); `anchor` says which.
    """
    ref = as_reference(reference)
    text = text_of(doc)
    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]
    rows: list[dict[str, Any]] = []
    spans: list[Span] = []
    last: PartialDate | None = None  # the last date placed: "le lendemain" counts from it
    last_index = -1  # the sentence of `last`
    # the first date of a sentence, not a limit ("Le 23 avril, X annonce la levée à partir du
    # 1er mai": the 23rd), with its sentence: a later sentence's "six jours plus tard" counts
    # from it, not from a date of the background after it
    main: tuple[PartialDate, int] | None = None
    last_told: PartialDate | None = None  # the last one not after the day of writing
    narrative: tuple[PartialDate, int] | None = None  # the last date written with its year
    sentence_last: tuple[PartialDate, int] | None = None  # the last day or month placed
    last_day: PartialDate | None = None  # the last day placed: "ce dimanche-là" is near it
    sentence_year: tuple[PartialDate, int] | None = None  # the last year written alone
    written_days: dict[tuple[int | None, int | None], PartialDate] = {}  # days with a year
    expressions = list(find_expressions(text))
    for position, expression in enumerate(expressions):
        span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
        if span is None or all(t.is_space for t in span) or _in_a_persons_name(span):
            continue
        index = bisect_right(starts, expression.start) - 1
        verb = governing_verb(span)
        tense = clause_tense(verb) if verb is not None else None
        expression = habitual(expression, tense, text, span.root.dep_ == "nmod"
                              and span.root.head.pos_ == "NOUN", verb is not None and span.start
                              > verb.i and "Imp" in verb.morph.get("Tense", []))
        since_act = _since_act(span)
        reading = _reading(span, expression, None if reported_imperfect(verb) else tense, text,
                           since_act)
        reading = _listed_day(expression, spans, rows, span, ref) or reading
        previous = last if _needs_previous(expression) else None
        if previous is not None and main is not None and main[1] == last_index < index:
            previous = main[0]
        if _story_weekday(expression.spec) and previous is not None and (
                previous.granularity not in ("day", "minute")):
            previous = last_day  # "le 24 février (...) un mois plus tard. Ce dimanche-là"
        if previous is not None and _small_hours_after_night(expression.spec, previous):
            # "dans la nuit de jeudi à vendredi (...) vers 1h45": Friday's small hours
            previous = PartialDate.from_iso(previous.end.isoformat())
        after = expressions[position + 1:position + 2]
        same_year = False
        if last is not None and _of_the_same_year(expression, after, text):
            same_year, previous = True, PartialDate.from_iso(str(last.start.year))
        following = _day_after(expression, after, text)
        if following is not None:
            # "À 19 heures mardi": the hour of the day written right after it
            previous = _placed(following, ref, reading) or previous
        if (previous is None and reading is None and _year_less(expression.spec)
                and sentence_last is not None and sentence_last[1] == index):
            # "renouvelé le 24 mai, après les violences du 1er mai": with no tense of its own,
            # a year-less date takes the year nearest the date its sentence told before it
            previous = sentence_last[0]
        attached = attachment(span)
        announced = act_of_date(span, verb) if reading != "future" and not since_act else None
        new_day = announced is not None and _new_day(span)
        if announced is not None and _dates_a_thing(attached, announced) and not new_day:
            announced = None  # "le report du vote après les vacances de Pâques": the holidays'
        if announced is not None and expression.spec.anchor is None:
            reading, base = _announced_reading(announced[0], rows, ref, reading)
            if reading == "future" and base is ref and _past_call(announced[0], expression):
                reading = None  # "a incité le gouvernement à lever l'état d'urgence le 14 mai"
            fields = resolve(expression, base, reading, previous)
        else:
            fields = resolve(expression, ref, reading, previous)
            if previous is not None and tense == "past" and _after(fields, ref):
                # "X avait confirmé la veille" after "le 11 mai" to come: a past act counts
                # from the last date told that is not ahead of the day of writing
                fields = resolve(expression, ref, reading, last_told)
            if previous is not None and _beyond_writing(expression, fields, tense, ref):
                # "vit toujours, 100 ans plus tard" after a date of this year: not 2119
                fields = resolve(expression, ref, reading, None)
        recent_day = _days_ago(fields, ref) or (_after(fields, ref) and _days_ahead(fields, ref))
        story = narrative
        if sentence_year is not None and sentence_year[1] == index and (
                story is None or story[1] != index):
            story = sentence_year  # "L'année 2018 a été marquée par la fusillade en octobre"
        if _year_less(expression.spec) and story is not None and not same_year and (
                ref is None or story[0].start.year != ref.start.year):
            told = resolve(expression, ref, reading, story[0])
            # a month told with its year ("en octobre 2018") is background more often than a
            # story's time: it does not move a date of the week before the day of writing
            recent = story[0].granularity in ("month", "year") and _days_ago(fields, ref)
            if _in_narrative(told, story, index) and not _against_tense(
                    told, tense, verb, ref, span) and not recent:
                fields = told
        same_day = written_days.get((expression.spec.month, expression.spec.day))
        if (same_day is not None and _year_less(expression.spec) and not recent_day
                and fields["start_date"] is not None
                and not _THIS_BEFORE.search(text, max(0, expression.start - 6), expression.start)):
            # "le 1er décembre 2018 ... présent devant la préfecture le 1er décembre": that day
            fields = resolve(expression, ref, None, same_day)
        kind = expression.kind
        if same_day is None and _year_less(expression.spec) and _named_event_day(expression):
            # "le 13-Novembre": an event's name, whose year the day of writing does not give
            kind, fields = "vague", _yearless(expression.spec, fields)
        if announced is not None and attached is not None and (
                attached.i == announced[0].i or new_day):
            attached = announced_act(announced[0]) or attached  # the act's date, not the verb's
        spans.append(span)
        rows.append({
            "start": expression.start, "end": expression.end, "text": expression.text,
            "kind": kind, **fields, "tense": tense,
            "attached_to": attached.text if attached is not None else None,
            "attached_start": attached.idx if attached is not None else None,
            "sentence": " ".join(sentences[index].text.split()),
            "rule": fields.get("rule", expression.rule),
        })
        if (fields["start_date"] is not None and fields["granularity"] != "duration"
                and not compared_before(text, expression.start)):
            # not a comparison's term ("un point de plus qu'en septembre 2019"): no time of the
            # story, which the dates after it would take their year from
            last, last_index = PartialDate.from_iso(fields["value"]), index
            if ((main is None or main[1] != index) and not since_before(text, expression.start)
                    and not limit_before(text, expression.start)
                    and not _paired(expression, after)):
                main = (last, index)  # its first: the next ones are the act's background
            if last.granularity in ("day", "minute", "month"):
                sentence_last = (last, index)
            if last.granularity in ("day", "minute"):
                last_day = last
            if not _after(fields, ref):
                last_told = last
            if fields["anchor"] == "absolute" and last.granularity in ("day", "minute"):
                written_days.setdefault((last.start.month, last.start.day), last)
            if (fields["anchor"] == "absolute" and last.granularity in ("day", "minute", "month")
                    and not since_before(text, expression.start) and not _names_an_event(span)):
                # "marié depuis août 2014", "après les attentats du 13 novembre 2015" tell no
                # story's time
                narrative = (last, index)
            elif fields["anchor"] == "absolute" and last.granularity == "year" and (
                    not since_before(text, expression.start)) and not _qualifies_noun(verb) and (
                    not _year_of_a_noun(span)):
                # the year of the rest of its sentence only; not one a participle or a
                # relative clause gives a noun ("une concertation lancée fin 2017")
                sentence_year = (last, index)
    return _dated_events(rows, spans)


def _listed_day(expression: Expression, spans: list[Span], rows: list[dict[str, Any]],
                span: Span, ref: PartialDate | None) -> str | None:
    """The direction of the weekday before a bare weekday listed after it, "et" and no verb
    between ("ses rencontres prévues jeudi avec X et vendredi avec Y": the Friday after that
    Thursday), whatever clause the parse hung it on; else None."""
    if (ref is None or not spans or expression.spec.weekday is None or expression.spec.day
            or rows[-1].get("start_date") is None or spans[-1].sent != span.sent):
        return None
    between = span.doc[spans[-1].end:span.start]
    if not any(t.lower_ == "et" for t in between) or any(
            "Fin" in t.morph.get("VerbForm", []) for t in between):
        return None
    return "future" if str(rows[-1]["start_date"])[:10] > ref.start.isoformat() else None


def _announced_reading(announcer: Token, rows: list[dict[str, Any]],
                       reference: PartialDate | None,
                       reading: str | None) -> tuple[str | None, PartialDate | None]:
    """The direction and the base of a date of an act announced or called for: ahead of a verb
    of calling, the nearest for one of announcing; counted from the verb's own day when a date
    row already made dates it ("Le 2 mars, X a appelé à manifester le 5 mars"), else from the
    publication date. A pluperfect with no day of its own keeps the clause's `reading`: its
    time lies before the story's, which the publication date does not tell."""
    own = next((row for row in reversed(rows)
                if row["attached_start"] == announcer.idx and row["start_date"] is not None
                and row["granularity"] in ("day", "minute")), None)
    ahead = "future" if announcing_class(announcer) == "calling" else None
    if own is not None:
        return ahead, PartialDate.from_iso(own["start_date"])
    if pluperfect(announcer):
        return reading, reference
    return ahead, reference


def _past_call(announcer: Token, expression: Expression) -> bool:
    """A call made in the past (a compound past, an imperfect) for an act on a day of a month
    ("a incité le gouvernement à lever l'état d'urgence le 14 mai"): the act may be told as
    done, so the day is the nearest one, not the next after the day of writing. A weekday
    stays ahead ("a appelé à manifester samedi")."""
    spec = expression.spec
    # a finite imperfect or simple past is as past as a compound one ("dans laquelle elle
    # réclamait une baisse des prix, le 20 décembre"); a bare participle is no call told
    return spec.month is not None and spec.weekday is None and (any(
        c.dep_ in ("aux", "aux:tense") for c in announcer.children)
        or "Fin" in announcer.morph.get("VerbForm", [])) and (
        clause_tense(announcer) == "past")


def _dates_a_thing(attached: Token | None, announced: tuple[Token, Token]) -> bool:
    """The date complements a noun that is neither the verb of announcing nor its act ("le
    report du vote après les vacances de Pâques"): that thing's date, read as any other."""
    return (attached is not None and attached.pos_ in ("NOUN", "PROPN")
            and attached.i not in (announced[0].i, announced[1].i))


def _new_day(span: Span) -> bool:
    """The date has its own "à" ("a fixé la reprise des discussions avec les syndicats au 7
    janvier"): the day set for the act, wherever the parse hung it; a noun's date takes "de"
    ("les vacances de Pâques")."""
    return any(c.dep_ == "case" and c.lower_ in ("au", "à") for c in span.root.children)


def _qualifies_noun(verb: Token | None) -> bool:
    """The verb heads a participle or a relative clause on a noun ("une concertation lancée
    fin 2017", "le texte qui a été voté en 2019"), or a bare participle fronted before the
    clause of its subject ("Élu en 2010, réélu en 2015, X avait annoncé en mars": who X is)."""
    if verb is None:
        return False
    if verb.dep_ in ("acl", "acl:relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return True
    while _bare_participle(verb) and verb.dep_ in ("advcl", "conj", "acl") and _bare_participle(
            verb.head) and verb.head.i < verb.i:
        verb = verb.head  # "réélu en 2015" after "Élu en 2010,"
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return True  # "X, élu en 2010 puis réélu en 2015, avait annoncé en mars"
    return (_bare_participle(verb) and verb.dep_ == "advcl" and verb.i < verb.head.i
            and verb.i == verb.sent.start)


def _bare_participle(verb: Token) -> bool:
    return "Part" in verb.morph.get("VerbForm", []) and "Past" in verb.morph.get("Tense", []) and (
        not any(c.dep_.startswith(("aux", "cop")) for c in verb.children))


# The most characters between the two ends of one time ("samedi 4 à dimanche 5").
_PAIR_GAP = 4


def _paired(expression: Expression, following: list[Expression]) -> bool:
    """The expression and the next one name two ends of one time ("dans la nuit de samedi 4 à
    dimanche 5 août"): the first is no anchor of its own."""
    return bool(following) and following[0].start - expression.end <= _PAIR_GAP


def _dated_events(rows: list[dict[str, Any]], spans: list[Span]) -> list[dict[str, Any]]:
    """Resolve "deux mois avant la visite", "à la veille du sommet" from the date the text
    gives that event: under the event noun itself ("la visite du 15 décembre"), else elsewhere
    in the document. The row keeps its anchor, "event"."""
    for number, (row, span) in enumerate(zip(rows, spans, strict=True)):
        if row["anchor"] != "event" or row["granularity"] != "duration":
            continue
        event, ordinal = _event_word(span), None
        if event is None:
            event, ordinal = _elided_event(span)
        if event is None:
            continue
        under = _date_under(event, rows, spans) if ordinal is None else None
        dated = under or _date_elsewhere(event, ordinal, span, rows, spans)
        if dated is not None:
            rows[number] = resolve_relative(row, dated)
    return rows


def _event_word(span: Span) -> Token | None:
    """The word naming the event an expression counts from: its last noun, name or verb
    ("deux mois avant la visite", "à la veille du G7")."""
    words = [t for t in span if t.pos_ in ("NOUN", "PROPN", "VERB")]
    return words[-1] if len(words) > 1 or (words and words[0].i == span.end - 1) else None


def _date_under(event: Token, rows: list[dict[str, Any]],
                spans: list[Span]) -> dict[str, Any] | None:
    """A date in the event noun's own phrase ("la visite du roi, au mois de mars", "après la
    Jordanie (1994)"), not in a noun coordinated or apposed to it ("l'ouverture du procès de
    X, premier procès lié aux attentats du 13 novembre")."""
    return next((other for other, other_span in zip(rows, spans, strict=True)
                 if other["kind"] == "date" and other["start_date"] is not None
                 and other["granularity"] != "duration"
                 and event.is_ancestor(other_span.root) and other_span.start > event.i
                 and not any(t.dep_ == "conj" or (t.dep_ == "appos" and t != other_span.root)
                             for t in (other_span.root, *other_span.root.ancestors)
                             if event.is_ancestor(t))
                 # "la menace qui pèse depuis 2015": a state's start, no act's day
                 and not since_before(text_of(event.doc), other["start"])), None)


def _elided_event(span: Span) -> tuple[Token | None, str | None]:
    """The noun an ordinal alone stands for ("le second tour ... au lendemain du premier"):
    the nearest noun before it in the sentence that another ordinal qualifies, and the
    ordinal the event must bear."""
    last = span[-1]
    if last.pos_ != "ADJ" or "Ord" not in last.morph.get("NumType", []):
        return None, None
    for token in reversed(span.doc[span.sent.start:span.start]):
        if token.pos_ == "NOUN" and any("Ord" in c.morph.get("NumType", []) and
                                        c.lemma_.lower() != last.lemma_.lower()
                                        for c in token.children if c.dep_ == "amod"):
            return token, last.lemma_.lower()
    return None, None


def _date_elsewhere(event: Token, ordinal: str | None, span: Span,
                    rows: list[dict[str, Any]], spans: list[Span]) -> dict[str, Any] | None:
    """The date the document gives the event elsewhere ("le sommet du 24 au 26 août",
    "l'élection s'est tenue le 5 mai"): the nearest before the expression, else after, and
    only when all such dates agree (two summits, two dates: no guess)."""
    found = [(other, other_span) for other, other_span in zip(rows, spans, strict=True)
             if other_span.start != span.start
             and _dates_event(other, other_span, event, ordinal)]
    if len({other["value"] for other, _ in found}) != 1:
        return None
    before = [other for other, other_span in found if other_span.start < span.start]
    return before[-1] if before else found[0][0]


# The links from a dated noun up to the noun phrase it belongs to ("le G7 de Biarritz, du 24
# au 26 août": the date hangs on "Biarritz", a part of the G7's phrase).
_PHRASE_DEPS = frozenset({"nmod", "appos", "flat:name", "flat", "compound"})


def _dates_event(row: dict[str, Any], span: Span, event: Token, ordinal: str | None) -> bool:
    """Whether a date row dates a thing of the event's name (with the `ordinal` given, if
    any: "le premier tour"): the noun it complements or that noun's phrase, or the subject of
    a verb of taking place ("le sommet s'est tenu lundi")."""
    if (row["kind"] != "date" or row["start_date"] is None or row["anchor"] == "event"
            or row["granularity"] in ("duration", None)):
        return False
    attached = attachment(span)
    if attached is None:
        return False
    names: list[Token] = []
    root = span.root
    if (root.dep_ in ("nmod", "appos") and root.head.pos_ in ("NOUN", "PROPN")
            and not span.start <= root.head.i < span.end):
        names.append(root.head)  # "le premier tour le 15 mars", with no preposition
    if attached.pos_ in ("NOUN", "PROPN"):
        names.append(attached)
    elif _takes_place(attached):
        names.extend(c for c in attached.children if c.dep_ in ("nsubj", "nsubj:pass"))
    for token in list(names):
        for _ in range(3):
            if token.dep_ not in _PHRASE_DEPS or token.head.i == token.i:
                break
            token = token.head
            if token.pos_ not in ("NOUN", "PROPN"):
                break
            names.append(token)
    lemma = event.lemma_.lower()
    return any(t.i != event.i and (t.lemma_.lower() == lemma or t.lower_ == event.lower_)
               and (ordinal is None or any(c.dep_ == "amod" and c.lemma_.lower() == ordinal
                                           for c in t.children))
               for t in names) or (ordinal is None and _same_act(event, attached))


# Types too common to tell one act from another by type alone.
_VAGUE_TYPES = frozenset({"other", "public_statement"})


def _same_act(event: Token, verb: Token) -> bool:
    """The verb tells the act the event noun names ("a démissionné lundi" for "sa
    démission", "a été tué vendredi" for "l'assassinat"): both of one type, a telling one."""
    if verb.pos_ not in ("VERB", "AUX") or event.pos_ != "NOUN":
        return False
    kind = type_of(event.lemma_, "NOUN")[0]
    return kind not in _VAGUE_TYPES and type_of(verb.lemma_, "VERB")[0] == kind


def _takes_place(verb: Token) -> bool:
    """A verb of taking place: "se tenir", "survenir", "avoir lieu" (read on its "lieu")."""
    occurrence = date_words("occurrence_verbs")
    return verb.lemma_.lower() in occurrence or any(
        c.dep_ == "obj" and c.lemma_.lower() in occurrence for c in verb.children)
