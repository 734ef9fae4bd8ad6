"""The date row of an event: the one the dates layer attached to it, else the nearest in its
clause."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from corpus_cli.dates.grammar.context import (
    compared_before,
    limit_after,
    limit_before,
    postponing_noun_before,
    postponing_verb_before,
)
from corpus_cli.extract.tense import clause_tense, date_words, former_plan, participle_phrase
from corpus_cli.nlp.model import text_of

from .announced import announced_act
from .arguments import occasion
from .candidates import date_token
from .clauses import governing_predicate, opens_description
from .kinds import act_noun, expression_type, is_event_noun, type_of
from .naming import apposed_description, naming_phrase
from .phrases import (
    YEAR_OR_LONGER,
    background_phrase,
    referred_phrase,
    restated_bound,
    source_phrase,
)
from .reported import incise_clause, reported_before
from .tokens import (
    quoted_apart,
    span_of,
    subtree_offsets,
    token_index,
    utterances,
    writing_day,
    writing_year,
)
from .tolls import toll
from .tree import (
    _CLAUSE_DEPS,
    QUOTE_TYPES,
    _Group,
    _is_passive,
    adjective_as_noun,
    perfect_infinitive,
    sentence_in_line,
)
from .wordlists import _words

# A date alone in brackets: an opening bracket right before it, a closing one right after.
_OPENED = re.compile(r"\(\s*$")
_CLOSED = re.compile(r"\s*\)")
# The most characters between a bracket and a date it holds with other words ("(Gallard,
# 2003)").
_CITATION_REACH = 40
# The dates lexicon's section of participles of planning ("prévu", "attendu").
_PLANNING = "planned_participles"
# "à partir de" and "pour" before a date: what a statement asks for, an aim (`_aim`).
_FROM_BEFORE = re.compile(r"(?<![\w])à\s+partir\s+(?:du|des|de|d['’])\s*$", re.IGNORECASE)
_AIM_BEFORE = re.compile(r"(?<![\w])pour\s+(?P<article>(?:le|la|les|l['’])\s*)?$",
                         re.IGNORECASE)
# The types of a call or a demand, whose "pour" and a date, article or not, is what they ask
# for.
_ASKING = frozenset({"appeal", "demand"})
# "depuis" before a date: the start of a tally or a state, no event's date.
# "celle de Jacques X en 2001", "celle de 2003": the date of the thing the pronoun stands for
# (another visit, another heatwave), no verb's; no clause mark between.
_PRONOUN_OF = re.compile(r"(?<![\w-])(?:celle|celui|celles|ceux)\s+(?:de|du|des|d['’])(?![\w])"
                         r"[^,;:.!?\"«»()\n]{0,60}$", re.IGNORECASE)
_TALLY = re.compile(r"\bdepuis\s+(?:(?:le|la|les|l['’])\s*)?$", re.IGNORECASE)
# "depuis" opening the noun phrase the date is in: no clause mark, verb-free words between.
_SINCE = re.compile(r"\bdepuis\s+(?:le|la|les|l['’]|son|sa|ses|leur)\s*[^\W\d][^,;:.!?\"«»]*$",
                    re.IGNORECASE)
_SINCE_REACH = 80
# "Quant à" opening the phrase the date is in ("Quant aux propos du ministre mardi, X a
# répondu"): a topic, whose date is its own.
_TOPIC = re.compile(r"\bquant\s+(?:à|au|aux)\b[^,;:.!?\"«»]*$", re.IGNORECASE)
_TOPIC_REACH = 150
_FRAMES = ((_SINCE, _SINCE_REACH), (_TOPIC, _TOPIC_REACH))
_REFUSED_KEY = "corpus_cli.events.refused"
_OWNED_KEY = "corpus_cli.events.owned"
_FRAMES_KEY = "corpus_cli.events.frames"
# "après"/"avant" in a date's words: a day counted from an act those words name.
_OFFSET_WORDS = re.compile(r"\b(?:après|avant)\b", re.IGNORECASE)
_MEDIA_KEY = "corpus_cli.events.media"
# The mods of a date that only bounds what happened ("avant septembre", "après le 15 mars").
_BOUNDING_MODS = frozenset({"BEFORE", "AFTER"})
_BEFORE_AFTER_ARTICLE = re.compile(r"(?<![\w])(?:après|avant)\s+(?:une?|la|le|les|l['’])\s*$",
                                   re.IGNORECASE)
_CLOCK = frozenset({"hour", "minute"})
# How many heads up from a medium's noun the verb of saying may be ("dans une interview au
# Courrier", "lors de sa conférence de presse").
MAX_MEDIUM_CLIMB = 3

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _date_of(doc: Doc, group: _Group, dates: Sequence[Mapping[str, Any]],
             blocked: set[int]) -> int | None:
    """The date row the dates layer attached to the trigger, else the nearest one in its
    sentence (same clause first, then fewest arcs) that is not attached to another event and
    that the parse ties to the predicate: not a thing's date ("la vidéo du 30 avril"), not
    another verb's, not a tally ("depuis vendredi"), not inside a quotation the trigger is
    outside of ('a dit : "dans dix ans..."')."""
    if group.primary.pos_ == "NOUN" and toll(group.primary):
        return None  # "près de 2.000 décès", "3.239 tués en 2019": a toll has no day
    own = {doc[i].idx for i in group.indices}
    trigger = group.primary.idx
    attached: list[tuple[bool, bool, int, int, int]] = []
    announced = _announced_elsewhere(group)
    for number, row in enumerate(dates):
        # The cheap tests first: most rows are attached to another word.
        if (row.get("kind", "date") != "date"
                or (announced is not None and row.get("attached_start") == announced)):
            continue
        if not (row.get("attached_start") in own or (
                row.get("attached_start") is None
                and (token := date_token(doc, row)) is not None and token.i in group.indices)):
            continue
        if not not_the_events(doc, row, trigger) and not nowadays(
                row, group.anchor, group.trigger.type) and not _done_before(doc, row, group):
            attached.append((_as_clause(doc, row), row.get("anchor") in ("previous", "event"),
                             _arcs(doc, row, group), abs(row["start"] - group.anchor.idx),
                             number))
    if attached:
        # Two dates on one predicate ("après l'incendie jeudi, X a estimé dimanche"): the one
        # the parse hangs on it most directly, not one reached through a noun; and not one it
        # reads as a clause of its own ("Alors que X s'en est pris dimanche à Y, Z a répondu
        # lundi": "dimanche" hung on "répondu" as an advcl is the subordinate verb's). A date
        # counted from a date told before ("dix ans plus tard, en 2004") or from an event
        # ("trente jours après sa démission, X a récupéré samedi") yields to one the clause
        # states.
        # Of two the parse hangs alike, the nearer the verb ("la scène du 3 octobre, ...,
        # affirme mercredi 11 octobre X": the saying's own day follows it; "effectue jeudi et
        # vendredi une visite": the first day).
        return min(attached)[4]
    low, high = sentence_in_line(doc, group.primary)
    restating = _restating(doc, group, dates, low, high)
    if restating is not None:
        return restating
    taken = {doc[i].idx for i in blocked}
    clause = _clause_head(group.anchor)
    best: tuple[int, int, int] | None = None
    for number, row in enumerate(dates):
        if (row.get("kind", "date") != "date" or row.get("attached_start") in taken
                or (announced is not None and row.get("attached_start") == announced)):
            continue
        if (not low <= row["start"] < high or not_the_events(doc, row, trigger)
                or nowadays(row, group.anchor, group.trigger.type)
                or _done_before(doc, row, group)):
            continue
        span = span_of(doc, row["start"], row["end"])
        if span is None or span[2] in blocked or not _tied(doc, row, group):
            continue
        token = doc[span[2]]
        distance = min(_tree_distance(token, t) for t in (group.anchor, *group.tokens))
        score = (0 if _clause_head(token) == clause else 1, distance, number)
        if best is None or score < best:
            best = score
    if best is not None:
        return best[2]
    # A statement or a publication with no date of its own: the medium's it is made in
    # ("dans une interview parue lundi", "dans son édition datée du 16 novembre, X révèle");
    # any act, the occasion's it is done at ("Pendant les débats de mai").
    medium = (_medium_date(doc, group.anchor, dates)
              if group.trigger.type in QUOTE_TYPES or group.trigger.type == "publication"
              else None)
    return medium if medium is not None else _occasion_date(doc, group.anchor, dates)


def _restating(doc: Doc, group: _Group, dates: Sequence[Mapping[str, Any]], low: int,
               high: int) -> int | None:
    """The date row that restates the day of the group's noun after a comma, whatever the
    parse hangs it on ("La publication de l'étude, mardi, a incité...": the publication's)."""
    noun = group.primary
    if noun.pos_ != "NOUN":
        return None
    return next((number for number, row in enumerate(dates)
                 if row.get("kind", "date") == "date" and low <= row["start"] < high
                 and row["start"] > noun.idx
                 and (bounds := restated_bound(doc, row)) is not None
                 and bounds[0] == noun.left_edge.idx), None)


def _occasion_date(doc: Doc, verb: Token, dates: Sequence[Mapping[str, Any]]) -> int | None:
    """The date row inside the phrase "lors de", "pendant", "durant" open in the verb's clause
    ("Pendant les débats de mai dernier, X avait critiqué le ministre"): the act took place at
    that occasion. None when there is none."""
    simultaneity = _words("simultaneity")
    # the markers first, a string test: most sentences have none
    for marker in (t for t in verb.sent if t.lower_ in simultaneity):
        token = next((t for t in doc[marker.i + 1:marker.i + 4] if t.pos_ == "NOUN"), None)
        if token is None or not occasion(token) or not _in_clause(token, verb):
            continue
        found = _date_in_phrase(doc, token, verb, dates)
        if found is not None:
            return found
    return None


def _medium_date(doc: Doc, verb: Token, dates: Sequence[Mapping[str, Any]]) -> int | None:
    """The date row of the medium a verb of saying speaks in ("a indiqué X dans une interview
    parue le 10 mai", "Dans l'émission Y du lundi 8 mars, X a critiqué"): a noun of
    [function_words] media in the verb's clause, whose words hold a resolved date. None when
    there is none."""
    media = _media_words(doc)
    if not media:
        return None
    sentence = verb.sent
    for position in media:
        if not sentence.start <= position < sentence.end:
            continue
        token = doc[position]
        if token.pos_ != "NOUN" or not _in_clause(token, verb) or _answered(token):
            continue
        found = _date_in_phrase(doc, token, verb, dates)
        if found is not None:
            return found
    return None


def _answered(medium: Token) -> bool:
    """Another's writing the act answers, "à" it ("répondait à une tribune publiée samedi"):
    no medium the act is said in."""
    return medium.lemma_.lower() in _words("answered_media") and any(
        c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in medium.children)


def _date_in_phrase(doc: Doc, noun: Token, verb: Token,
                    dates: Sequence[Mapping[str, Any]]) -> int | None:
    """The first resolved date row inside the noun's phrase that may date the verb."""
    low, high = subtree_offsets(noun)
    return next((number for number, row in enumerate(dates)
                 if row.get("kind", "date") == "date" and row.get("start_date") is not None
                 and low <= row["start"] < high and not not_the_events(doc, row, verb.idx)),
                None)


def _media_words(doc: Doc) -> list[int]:
    """The positions of the document's words of a medium, found once per document from the
    token arrays (no Token object per word)."""
    found = doc.user_data.get(_MEDIA_KEY)
    if found is None:
        found = doc.user_data[_MEDIA_KEY] = token_index(doc).matching(doc, _words("media"))
    return found


def _in_clause(token: Token, verb: Token) -> bool:
    """The token hangs on the verb through no clause of its own."""
    for _ in range(MAX_MEDIUM_CLIMB):
        if token.head.i == token.i or token.dep_ in _CLAUSE_DEPS:
            return False
        token = token.head
        if token.i == verb.i:
            return True
    return False


def _announced_elsewhere(group: _Group) -> int | None:
    """The offset of the act the group's verb announces or calls for, when that act is not
    the group's own word: its date is the act's ("a appelé à une grève jeudi")."""
    act = announced_act(group.anchor)
    return None if act is None or act.i == group.primary.i else act.idx


def _as_clause(doc: Doc, row: Mapping[str, Any]) -> bool:
    """The parse gives the date's word a clause's relation (advcl, ccomp...): a misreading."""
    span = span_of(doc, row["start"], row["end"])
    return span is not None and doc[span[2]].dep_ in _CLAUSE_DEPS


def _arcs(doc: Doc, row: Mapping[str, Any], group: _Group) -> int:
    """Arcs of the parse between a date row and the nearest word of the event."""
    span = span_of(doc, row["start"], row["end"])
    if span is None:
        return 10_000
    return min(_tree_distance(doc[span[2]], t) for t in (group.anchor, *group.tokens))


def _done_before(doc: Doc, row: Mapping[str, Any], group: _Group) -> bool:
    """The date is on a perfect infinitive the event's verb governs ("déclare l'avoir vue en
    octobre 2019"): the act told as done before the saying, whose date it is."""
    token = date_token(doc, row)
    return (token is not None and token.i not in (group.anchor.i, group.primary.i)
            and perfect_infinitive(token))


def done_before_its_verb(token: Token) -> bool:
    """A perfect infinitive under another verb ("déclare l'avoir vue en octobre 2019"): a date
    on it is the act's told as done, never the governing verb's."""
    return perfect_infinitive(token) and governing_predicate(token) not in (token, None)


def _tied(doc: Doc, row: Mapping[str, Any], group: _Group) -> bool:
    """The date hangs on no other predicate or thing: on nothing the parse could say, or on a
    word (auxiliary, copula, adverb) whose clause is the event's."""
    attached = date_token(doc, row)
    if attached is None or attached.i in group.indices:
        return True
    if _quoted_apart(doc, attached, row, group):
        return True  # the quoted words' verb cannot take it: their verb of saying does
    if attached.pos_ in ("NOUN", "PROPN", "VERB") or adjective_as_noun(attached) or (
            participle_phrase(attached)):
        return False  # a thing's date, or another verb's, or a fronted participle's
    predicate = governing_predicate(attached)
    return predicate is None or predicate.i in group.indices


def _said_in_the_present(doc: Doc, row: Mapping[str, Any], trigger: int) -> bool:
    """A year or a longer time written after a verb of saying in the simple present, in the
    words said rather than on the verb ("estime à 3 millions la somme qui manque, soutien en
    2019 de 108 projets", "préviennent ces députés élus en 2017"): the time of what is said
    or of whom, when it ends before the year of writing. On the verb itself it is a
    narrative's present ("la cour confirme cette décision en 2017") and dates it."""
    year, end = writing_year(doc), str(row.get("end_date") or "")
    if (year is None or row["start"] < trigger or row.get("granularity") not in YEAR_OR_LONGER
            or not end[:4].isdigit() or int(end[:4]) >= year):
        return False  # a time of the year of writing may be the saying's too
    verb = token_index(doc).at(doc, trigger)
    attached = date_token(doc, row)
    return (verb is not None and verb.pos_ == "VERB" and verb.idx == trigger
            and (attached is None or attached.i != verb.i)
            and "Pres" in verb.morph.get("Tense", []) and "Ind" in verb.morph.get("Mood", [])
            and not any(c.dep_.startswith("aux") for c in verb.children)
            and type_of(verb.lemma_, "VERB")[0] in QUOTE_TYPES)


def _quoted_apart(doc: Doc, attached: Token, row: Mapping[str, Any], group: _Group) -> bool:
    """The parse hung the date on a word inside a quotation that holds neither the date nor
    the event ('"Je redis...", a ajouté X samedi', "samedi" under "redis")."""
    trigger = group.primary.idx
    return any(start <= attached.idx < end and not start <= row["start"] < end
               and not start <= trigger < end for start, end in utterances(doc))


def not_the_events(doc: Doc, row: Mapping[str, Any], trigger: int, moved: bool = False) -> bool:
    """A date no event outside it may take: a comparison's term, a bound ("jusqu'au 10
    juillet", "avant septembre"), a tally's start ("depuis vendredi", "depuis le 3 mars"), or
    words quoted when the trigger at offset `trigger` is outside the quotation, or words
    outside a quotation when the trigger is quoted, or an incise's own act's. `moved`: the
    trigger is a postponement's verb asked for the act it moves, whose new date the row may be."""
    text = text_of(doc)
    if row["start"] < trigger < row["end"] and _OFFSET_WORDS.search(text, row["start"], trigger):
        return True  # "Deux jours après l'incendie": the day after it, not the fire's
    attached = date_token(doc, row)
    if (attached is not None and former_plan(attached)
            and "," not in text[attached.idx:row["start"]]):
        # "l'annonce, initialement prévue ce mardi, a été reportée": a plan given up; not a
        # date after a comma the parse hung there ("ceux initialement prévus, samedi 22")
        return True
    if (_refused(doc, text, row) or _framing_phrase(doc, text, row, trigger)
            or _after_as_clause(doc, row, trigger) or _said_in_the_present(doc, row, trigger)
            or incise_clause(doc, row, trigger) or _aim(doc, text, row, trigger)
            or reported_before(doc, row, trigger)):
        return True
    postponing, pronoun, verb = _owned_phrases(doc, text, row)
    if postponing is not None and trigger <= postponing:
        # "a proposé le report du second tour à l'été": the round's new date, not the report's
        return True
    if verb is not None and verb == trigger and not moved:
        return True  # "le procès a été reporté au 24 mai": the trial's new day, not the delay's
    if pronoun is not None and not pronoun <= trigger < row["start"]:
        return True  # "depuis celle de X en 2001"; not "celui de l'élection de 2012"'s noun
    background = background_phrase(doc, row)
    if background is not None and not background[0] <= trigger < background[1]:
        return True  # "a réagi après la mise en examen fin janvier de X": the charge's date
    referred = referred_phrase(doc, row)
    if referred is not None and not referred[0] <= trigger < referred[1]:
        return True  # "mentionnant l'explosion de la rue X en janvier": the explosion's
    source = source_phrase(doc, row)
    if source is not None and not source[0] <= trigger < source[1]:
        return True  # "selon un article daté du 24 mars, X": the source's day
    bound = restated_bound(doc, row)
    if bound is not None and not bound[0] <= trigger < bound[1]:
        return True  # "avant l'expiration de son mandat, le 28 avril": the expiry's day
    named = naming_phrase(doc, row) or apposed_description(doc, row)
    if named is not None and not named[0] <= trigger < named[1]:
        # "X, Miss France 2002, a défendu", "X, prix Renaudot en 2006, a répondu": who X is
        return True
    if quoted_apart(doc, row["start"], trigger):
        return True
    # Either side of an utterance's marks is another voice: words quoted are not dated from
    # outside them ('"Je redis notre soutien", a ajouté X samedi': samedi dates the saying).
    return any(start <= trigger < end and not start <= row["start"] < end
               for start, end in utterances(doc))


def _owned_phrases(doc: Doc, text: str,
                   row: Mapping[str, Any]) -> tuple[int | None, int | None, int | None]:
    """The offsets of a postponement's noun whose new date the row is, of a demonstrative
    pronoun whose phrase holds it (`_PRONOUN_OF`), and of a postponement's verb whose new date
    it is, found once per row."""
    found = doc.user_data.setdefault(_OWNED_KEY, {})
    key = (row["start"], row["end"])
    if key not in found:
        pronoun = _PRONOUN_OF.search(text, max(0, row["start"] - 80), row["start"])
        found[key] = (postponing_noun_before(text, row["start"]),
                      pronoun.start() if pronoun is not None else None,
                      postponing_verb_before(text, row["start"]))
    return found[key]


def _aim(doc: Doc, text: str, row: Mapping[str, Any], trigger: int) -> bool:
    """A date after "pour" is an aim's time ("travaille sur un dispositif pour l'été"), not
    the act's, unless the trigger plans what the date is for ("prévu pour mars"); one after
    "à partir de" is the time of what a statement, a demand or a stance asks for ("on demande
    la réouverture des plages à partir du 11 mai", "X est favorable à une réouverture à partir
    du 15 juin"; not "le parc sera accessible à partir de mardi")."""
    if _FROM_BEFORE.search(text, max(0, row["start"] - 16), row["start"]):
        token = token_index(doc).at(doc, trigger)
        # not a future act that starts then ("X défendra à partir du 19 septembre Y")
        return (token is not None and "Fut" not in token.morph.get("Tense", []) and (
            (token.pos_ == "ADJ" and _stance_on_an_act(token))
            or type_of(token.lemma_, "VERB", _is_passive(token))[0] in QUOTE_TYPES))
    aim = _AIM_BEFORE.search(text, max(0, row["start"] - 12), row["start"])
    if aim is None:
        return False  # the cheap test first: most dates follow no "pour"
    token = token_index(doc).at(doc, trigger)
    # a call's or a demand's "pour" is what it asks for ("un appel à une marche a été lancé
    # pour le 27 janvier": the march's day), the call's noun maybe the verb's object
    if token is not None and any(type_of(t.lemma_, t.pos_)[0] in _ASKING for t in (
            token, *(c for c in token.children if c.dep_ in ("nsubj:pass", "obj")))):
        return True
    if aim.group("article"):
        return False
    planned = date_words(_PLANNING)
    return token is None or not (token.lemma_.lower() in planned or token.lower_ in planned
                                 or is_event_noun(token.lemma_))


def _stance_on_an_act(adjective: Token) -> bool:
    """An adjective whose complement is an act ("favorable à une réouverture"): a stance on
    that act, which a date after "à partir de" is the time of."""
    return any(c.dep_.startswith("obl") and c.pos_ == "NOUN" and act_noun(c)
               for c in adjective.children)


def postponement_verb(doc: Doc, row: Mapping[str, Any]) -> int | None:
    """The offset of a postponement's verb whose new date the row is ("le procès a été reporté
    au 24 mai"), read once per row (`_owned_phrases`)."""
    return _owned_phrases(doc, text_of(doc), row)[2]


def _after_as_clause(doc: Doc, row: Mapping[str, Any], trigger: int) -> bool:
    """The trigger heads a clause of "comme" that its comma closes before the date ("Comme
    l'a remarqué X, en 2009, Y avait utilisé le terme"): the date is the main clause's."""
    if row["start"] <= trigger:
        return False
    token = token_index(doc).at(doc, trigger)
    if token is None or token.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "comme" and c.i < token.i for c in token.children):
        return False
    comma = next((t for t in token.doc[token.i + 1:token.sent.end] if t.text == ","), None)
    return comma is not None and comma.idx < row["start"]


def _refused(doc: Doc, text: str, row: Mapping[str, Any]) -> bool:
    """What refuses a date to every event, whatever its trigger (a comparison's term, a bound,
    a tally's start), found once per row: each event of the document asks again."""
    found = doc.user_data.setdefault(_REFUSED_KEY, {})
    key = (row["start"], row["end"], row.get("granularity"), row.get("mod"))
    if key not in found:
        found[key] = bool(_comparison(text, row) or _bound(text, row)
                          or (_TALLY.search(text, max(0, row["start"] - 20), row["start"])
                              and not _start_of_an_act(doc, row))
                          or _parenthesised(text, row) or _cited(doc, text, row)
                          or _of_a_measure(doc, row)
                          or _qualifies_a_description(doc, row))
    return found[key]


def _start_of_an_act(doc: Doc, row: Mapping[str, Any]) -> bool:
    """"depuis" and a day on an act that lasts ("mènent depuis le 9 octobre une offensive",
    "hospitalisé depuis jeudi", "en grève depuis le 5 décembre"): the day it began, an event's
    date. Not a month or a year ("depuis 2013": a tally's or a state's span), not a compound
    past (a tally), not a word the lexicons give no type ("le chômage baisse depuis le 3
    mars": a measure). A month too for the state a passive tells ("est mis en examen depuis
    février 2018", "incarcéré depuis mars"): the act that put them there."""
    granularity = row.get("granularity")
    if granularity not in ("day", "hour", "minute", "month"):
        return False
    attached = date_token(doc, row)
    if attached is None or any(c.dep_ == "aux:tense" for c in attached.children):
        return False  # "ont tué 30 personnes depuis vendredi": a tally of a compound past
    if granularity == "month" and not any(c.dep_ == "aux:pass" for c in attached.children):
        return False
    lemma = attached.lemma_.lower()
    if attached.pos_ in ("NOUN", "PROPN"):
        return is_event_noun(lemma)
    return attached.pos_ == "VERB" and (type_of(lemma, "VERB")[0] != "other" or any(
        c.dep_ == "obj" and is_event_noun(c.lemma_.lower()) for c in attached.children)
        or expression_type(attached) is not None)


def _qualifies_a_description(doc: Doc, row: Mapping[str, Any]) -> bool:
    """An adverb of time that opens a description apposed to a name ("X, aujourd'hui
    ministre", "X, ancien maire, et désormais député"): the description's time, no act's. Not
    a verbless headline's ("X aujourd'hui à Alger")."""
    span = span_of(doc, row["start"], row["end"])
    if span is None or span[1] - span[0] != 1:
        return False
    token = doc[span[0]]
    return opens_description(token) and token.i + 1 < len(doc) and (
        doc[token.i + 1].pos_ in ("NOUN", "ADJ", "DET"))


# How many words a figure's noun may stand before the preposition of its period.
_MEASURE_REACH = 7


def _of_a_measure(doc: Doc, row: Mapping[str, Any]) -> bool:
    """The period of a figure, its preposition right after the figure's noun ("la baisse du
    taux de chômage en 2019", "l'inflation de mars"): a measure's time, no act's. Read on the
    words: the parse hangs such a date on any verb around."""
    span = span_of(doc, row["start"], row["end"])
    if span is None or span[0] < 2:
        return False
    case, noun = doc[span[0] - 1], doc[span[0] - 2]
    if case.pos_ == "DET" and span[0] >= 3:  # "de la", "du mois de"
        case, noun = doc[span[0] - 2], doc[span[0] - 3]
    if case.pos_ != "ADP":
        return False
    # back over the figure's own words ("la hausse spectaculaire de la mortalité routière en
    # août"): its adjectives and its "de" complements, no verb nor punctuation between
    for token in reversed(doc[max(0, noun.i - _MEASURE_REACH):noun.i + 1]):
        if token.pos_ == "NOUN" and token.lemma_.lower() in _words("measures"):
            # not a figure an act changes ("ont modulé leur taux d'imposition en mars")
            return token.i == noun.i or token.dep_ != "obj"
        if not (token.pos_ in ("NOUN", "ADJ", "DET") or token.lower_ in _words("de")):
            return False
    return False


def _framing_phrase(doc: Doc, text: str, row: Mapping[str, Any], trigger: int) -> bool:
    """The date sits in a phrase the trigger is outside of, opened by "depuis" ("Depuis le
    début en 2011 du conflit, X a mené...": a span's start) or "quant à" ("Quant aux propos du
    ministre mardi, X a répondu": the topic's time), not the date of the act."""
    return any(not opened <= trigger < row["start"] for opened in _frame_starts(doc, text, row))


def _frame_starts(doc: Doc, text: str, row: Mapping[str, Any]) -> list[int]:
    """Where the framing phrases the date sits in open, searched once per row: each event of
    the document asks again."""
    found = doc.user_data.setdefault(_FRAMES_KEY, {})
    if row["start"] not in found:
        matches = (pattern.search(text, max(0, row["start"] - reach), row["start"])
                   for pattern, reach in _FRAMES)
        found[row["start"]] = [match.start() for match in matches if match is not None]
    return found[row["start"]]


def nowadays(row: Mapping[str, Any], predicate: Token, event_type: str) -> bool:
    """"aujourd'hui" in a present clause or on a bare participle that tells a state or no
    typed act ("est aujourd'hui autorisée", "atteint aujourd'hui 64 ans", "la région dirigée
    aujourd'hui par X"): nowadays, not a day an event took place. A typed act keeps it ("se
    rend aujourd'hui à Lyon", "le texte adopté aujourd'hui"), and so does a past ("a annoncé
    aujourd'hui")."""
    if str(row.get("text", "")).lower().replace("’", "'") != "aujourd'hui":
        return False
    # "la région dirigée aujourd'hui par X": a bare participle says what is, whatever tense
    # its form reads as
    bare = (predicate.dep_ in ("acl", "amod") and "Part" in predicate.morph.get("VerbForm", [])
            and not any(c.dep_.startswith("aux") for c in predicate.children))
    if row.get("tense") != "present" and not bare:
        return False
    state = any(c.dep_ in ("cop", "aux:pass") for c in predicate.children)
    return event_type == "other" or state


def _bound(text: str, row: Mapping[str, Any]) -> bool:
    """The date bounds the event rather than dates it: a limit ("jusqu'au 10 juillet",
    "d'ici 2022") or a "before"/"after" ("avant septembre", "après le 15 mars")."""
    if limit_before(text, row["start"]) or limit_after(text, row["end"]):
        return True  # "jusqu'à samedi 13h" as much as "jusqu'au 31 mai", "le 3 mai au plus tard"
    if row.get("granularity") in _CLOCK:
        return False  # "peu avant 15h" still tells the day, and nearly the hour
    # "après une fin d'année tendue", "avant l'été": the article left out of the row; not
    # "avant la fin du mois de mai", which lies within May
    found = _BEFORE_AFTER_ARTICLE.search(text, max(0, row["start"] - 12), row["start"])
    return row.get("mod") in _BOUNDING_MODS or (found is not None and not (
        found.group(0).lower().startswith("avant")
        and str(row.get("text", "")).lower().startswith("fin")))


def open_dates(doc: Doc, dates: Sequence[Mapping[str, Any]],
               used: set[int]) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """(number, row) of the resolved date rows no event in `used` took, but a comparison's
    term: the dates a clause may still be dated by."""
    text = text_of(doc)
    for number, date in enumerate(dates):
        if (number not in used and date.get("kind", "date") == "date"
                and date.get("start_date") is not None and not _comparison(text, date)):
            yield number, date


def _comparison(text: str, row: Mapping[str, Any]) -> bool:
    """The date is the term of a comparison ("11 % de plus qu'un an plus tôt", "plus que
    l'an dernier") or one set aside ("jeudi et non lundi"): the figure's, not the event's."""
    return compared_before(text, row["start"])


def _parenthesised(text: str, row: Mapping[str, Any]) -> bool:
    """The date alone in brackets ("le président américain (2009-2017)", "X (1932-2019)"): a
    term of office or a life, said of the noun before it, never an act's date."""
    return (_OPENED.search(text, max(0, row["start"] - 3), row["start"]) is not None
            and _CLOSED.match(text, row["end"]) is not None)


def _cited(doc: Doc, text: str, row: Mapping[str, Any]) -> bool:
    """The date in brackets with a name and no verb ("Le Dernier Été (Gallard, 2003)", "(AFP,
    12 mai)"): a reference said of the words before them, never an act's date. Not a toll's
    or a noun's own date ("la tuerie de X (12 morts, le 15 mars)", "la primaire (de 2016)")."""
    opening = text.rfind("(", max(0, row["start"] - _CITATION_REACH), row["start"])
    closing = text.find(")", row["end"], row["end"] + _CITATION_REACH)
    if (opening < 0 or closing < 0 or ")" in text[opening:row["start"]]
            or "(" in text[row["end"]:closing]):
        return False
    inside = doc.char_span(opening + 1, closing, alignment_mode="expand")
    if inside is None or any(t.pos_ in ("VERB", "AUX") for t in inside):
        return False
    return any(t.pos_ == "PROPN" and not row["start"] <= t.idx < row["end"] for t in inside)


def _clause_head(token: Token) -> int:
    while token.head.i != token.i and token.dep_ not in _CLAUSE_DEPS:
        token = token.head
    return token.i


def _tree_distance(a: Token, b: Token) -> int:
    above: dict[int, int] = {}
    steps = 0
    token = a
    while True:
        above[token.i] = steps
        if token.head.i == token.i:
            break
        token, steps = token.head, steps + 1
    steps = 0
    token = b
    while token.i not in above:
        if token.head.i == token.i:
            return 10_000  # different trees: the parser split the sentence
        token, steps = token.head, steps + 1
    return steps + above[token.i]


def done_before_writing(doc: Doc, row: Mapping[str, Any],
                        dates: Sequence[Mapping[str, Any]]) -> bool:
    """An act told in a compound past ("a annoncé", "avait promis") dated by a date written
    with its year after the day of writing ("a annoncé la création de 550 emplois en 2021"):
    done before it was written, so the later date is that of what the act is about. A date
    without its year may be placed ahead wrongly: it is left to the dates layer."""
    day = writing_day(doc)
    if (row["date"] is None or row["status"] == "planned" or day is None
            or dates[row["date"]].get("anchor") != "absolute"):
        return False
    start = dates[row["date"]].get("start_date")
    verb = token_index(doc).at(doc, row["start"])
    return (start is not None and str(start)[:10] > day[:10] and verb is not None
            and verb.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("aux", "aux:tense") for c in verb.children)
            and clause_tense(verb) == "past")
