"""Events of one parsed document: `extract_events(doc, mentions, dates)` -> event rows.

A package of one idea per module (see ARCHITECTURE.md, `event` rows):
- wordlists: data/events_triggers.txt (listed triggers and the words that qualify them);
- triggers: listed triggers found in the parse and grouped into events;
- arguments: participants and places read from the trigger's clause;
- status: occurred, planned, reported, or dropped (negated, cancelled);
- dating: the date row an event takes;
- announced: the act a verb of announcing or calling speaks of, whose date (and performer) is
  that act's, not the announcement's (the dates layer asks it too);
- candidates: predicates a resolved date is attached to;
- clauses: the clause a date no event took belongs to, presences, described actors, pronouns;
- plural: whom a plural subject pronoun ("ils", "elles") stands for;
- floor: a resolved date row no event uses still dates its clause (`basis: "clause"`);
- media: guests of an outlet, acts done in a medium, revealing and publishing; outlets: the
  names a document shows to be news outlets, whose statements are publications;
- dependents: a token's dependents as the parse should have hung them (past a date);
- roles: actors and targets, incises' speakers, a statement's quote; role_nouns: the person a
  role noun stands for ("le président turc" -> the one named with that role); performers:
  who performs an act the clause's shape makes a target of ("une étude de X indiquait"),
  an attack's authors ("X, l'auteur de l'attaque");
- tokens: one pass over the document's tokens (offsets, lemma hashes, spans) the rules share.

The model's parse is noisy around names (a sentence-initial name read as a verb, a surname
tagged ADV), so arguments are read from the trigger's whole clause rather than from its direct
dependents only, with a left-context fallback for a subject the parse lost.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from corpus_cli.extract.titles import ARTICLES
from corpus_cli.nlp.model import text_of

from .agents import (
    acting_nation,
    circle_of_on,
    described_agent,
    described_body,
)
from .announced import controller, is_announced_act, performer_verb
from .apart import subject_left_apart
from .arguments import _actor_object, _arguments, _mention_head
from .candidates import age_of_a_thing, date_token, dated_groups, dated_word, dated_words
from .circumstances import circumstance
from .claims import claimant
from .clauses import (
    POSSESSOR_UNDERGOES,
    PRESENCE,
    antecedent,
    background,
    described_noun,
    described_sides,
    described_subject,
    governing_predicate,
    possessive,
    presence,
    sentence_names,
    speaker_of_noun,
)
from .confidence import weigh
from .context import date_from_context, date_of_its_sentence, one_per_coordination
from .dating import (
    _date_of,
    done_before_its_verb,
    done_before_writing,
    not_the_events,
    nowadays,
    open_dates,
)
from .figures import figure_clause, tally_clause
from .first_person import first_person_subject
from .floor import complements_thing, floor_rows, guess_actors
from .implied import NAMING_KINDS, implied_body
from .incise import (
    incise_after_clause,
    incise_speaker,
    incise_verb,
    inverted_after_quotation,
    inverted_noun,
    quoted_speaker_noun,
    with_conjoined_speakers,
)
from .kinds import existential, is_event_noun, predicate_type, sided_type
from .manner import said_by_manner
from .media import (
    INTERVIEW,
    authored_medium_verb,
    carrying_verb,
    guest_before,
    guest_of_outlet,
    spoken_in_medium,
)
from .offices import term_of_office
from .outlets import all_outlets
from .passives import passive_voice
from .performers import (
    attack_author,
    expected,
    participle_author,
    report_makers,
    voters_only,
    with_author,
    with_candidate,
    with_expected,
    with_host,
    with_possessor,
    with_quoted_role_speaker,
    without_second_subject,
)
from .plural import plural_antecedent, plural_pronoun
from .redone import redone_type
from .role_nouns import noun_person, role_noun_person
from .roles import (
    lifted_noun,
    pronoun_subject,
    quote_of,
    source_actor,
    split_roles,
    undergone,
    with_quote_speaker,
    with_source,
    without_reporter,
)
from .status import _status
from .tokens import inside, keep_reference, quotations, span_around, span_of
from .tolls import toll
from .tree import (
    _ACTOR_LABELS,
    QUOTE_TYPES,
    _evidence,
    _Group,
    _line,
    _Mentions,
    _names,
    beyond_locution,
    describes_person,
    in_locution,
    single_group,
    time_subject,
    unclaimed_attack,
)
from .triggers import _groups
from .wordlists import Lexicon, Trigger, _words, lexicon, parse_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A blank line: paragraphs bound the context an undated event may take its date from.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_BREAKS_KEY = "corpus_cli.events.paragraphs"
# The days a speaker names as often in a figure as for a date ("demain, ce sera", "aujourd'hui
# et demain"); not "hier" or "la semaine prochaine", which quotations use for the day.
_FIGURATIVE_DAYS = frozenset({"demain", "aujourd'hui", "ce soir", "après-demain"})
# The longest quotation read as one speaker's words, in characters: longer, a mark is unpaired.
_LONGEST_QUOTATION = 600


def extract_events(doc: Doc, mentions: list[dict], dates: list[dict], *,
                   keep_bare: bool = False, reference: str | None = None) -> list[dict]:
    """Event rows of one parsed document (see ARCHITECTURE.md `event`); negated events dropped.

    `mentions` and `dates` are this document's rows, with offsets into `doc.text`. Events come
    from two sources: listed triggers (data/events_triggers.txt, with their conditions), and
    every other predicate a resolved date is attached to (candidates.py), typed by the type
    lexicon or "other". An event keeps `date`, the index of its date row in `dates` (or None),
    and that row's text; one with no date of its own may take the date of the event it
    continues (context.py). A trigger with no participant, no place and no date is dropped
    unless `keep_bare` (kept for the benchmark that measures this rule; such rows carry
    `bare: True`); a candidate from a date needs a named participant or a place. `reference`
    is the day of writing the dates were resolved against (ISO), when there is one.
    """
    keep_reference(doc, reference)
    lex = lexicon()
    index = _Mentions(doc, _not_dates(mentions, dates))
    groups = _groups(doc, lex, index)
    groups += dated_groups(doc, dates, lex, (i for group in groups for i in group.indices),
                           index)
    claimed = {token.i: n for n, group in enumerate(groups) for token in (*group.tokens,
                                                                           group.anchor)}
    events = []
    made: dict[int, dict[str, Any]] = {}
    for number, group in enumerate(groups):
        blocked = {i for i, owner in claimed.items() if owner != number}
        row = _event_row(doc, group, lex, index, dates, blocked, keep_bare)
        if row is not None:
            events.append(row)
            made[number] = row
    events += _dated_clauses(doc, dates, lex, index, groups, claimed, made)
    events.sort(key=lambda row: row["start"])
    events = date_from_context(
        doc, date_of_its_sentence(doc, one_per_coordination(doc, events)), dates)
    floor = floor_rows(doc, dates, events, index, lex)
    if floor:
        events = sorted([*events, *floor], key=lambda row: row["start"])
    held: dict[str, set[str]] = {}  # the names each sentence's rows hold
    for row in events:
        held.setdefault(row["sentence"], set()).update(row["participants"])
    for row in events:
        if row["type"] == "other":
            _as_incise_statement(doc, row)
        if (_said_of_the_future(row) or _said_over_years(row, dates)
                or done_before_writing(doc, row, dates)):
            row["date"] = row["date_text"] = row["date_anchor"] = None
        if row["basis"] == "rule" and not row["participants"]:
            guess_actors(doc, row, index, held[row["sentence"]])
        voters_only(doc, row, index)
    return [row for row in events
            if not _quoted_other(doc, row, dates) and not _tally(doc, row, dates)
            and not _quoted_deixis(doc, row, dates) and not _medium_of_words(doc, row, events)]


def _medium_author(participle: Token, index: _Mentions) -> int | None:
    """The named subject of the clause a medium's participle opens or closes ("X n'y est pas
    allée par quatre chemins dans une interview accordée à Y"): who gave the interview."""
    verb = authored_medium_verb(participle) if participle.pos_ == "VERB" else None
    subject = None if verb is None else next(
        (c for c in verb.children if c.dep_.startswith("nsubj")), None)
    return None if subject is None else index.index_at(subject)


def _medium_of_words(doc: Doc, row: Mapping[str, Any], events: Sequence[Mapping[str, Any]]) -> bool:
    """The publication a medium's participle tells, when the clause it opens tells words said
    in it on the same day ("Dans un communiqué diffusé dimanche, le syndicat a fustigé"), or
    the medium a verb of saying names ("a déclaré le maire dans un communiqué samedi"): one
    communiqué, interview or video is one event (events_dev/RULES.md, counting once), the
    words'."""
    if row["type"] not in ("publication", "public_statement") or row["date"] is None:
        return False  # "diffusé", "publiée"; "accordée" of an interview
    span = span_of(doc, row["start"], row["end"])
    # "a déclaré le maire dans un communiqué samedi": the communiqué is the declaration
    verb = (authored_medium_verb(doc[span[2]]) or carrying_verb(doc[span[2]])
            if span is not None else None)
    return verb is not None and any(
        other["start"] == verb.idx and other["type"] in QUOTE_TYPES
        and other["date"] == row["date"] for other in events)


def _said_of_the_future(row: Mapping[str, Any]) -> bool:
    """A statement made, dated "prochain" ("a évoqué un second tour en octobre prochain", "a
    assuré que le groupe serait lancé la semaine prochaine"): the date is what was said's,
    since one speaks before the day of writing (the judged samples v4-v35 hold 6 such
    entries: 5 dated wrongly, 1 no event). A statement planned ("communiquera la semaine
    prochaine") keeps it."""
    return (row["type"] == "public_statement" and row["status"] != "planned"
            and row["date_text"] is not None and "prochain" in str(row["date_text"]).lower())


def _said_over_years(row: Mapping[str, Any], dates: Sequence[Mapping[str, Any]]) -> bool:
    """Words said or published, dated by a span of several years ("a témoigné d'un emploi
    fictif 2004-2009", "précise qu'entre 2008 et 2012 il a gagné"): one speaks on a day, the
    span is what the words tell of: "les années 1990", "le XXe siècle" too (the judged
    samples v22-v50 hold 7 such entries, 6 dated wrongly)."""
    if row["date"] is None or row["type"] not in QUOTE_TYPES | {"publication"}:
        return False
    date = dates[row["date"]]
    start, end = str(date.get("start_date") or ""), str(date.get("end_date") or "")
    return bool(start and end) and start[:4] != end[:4]


def _quoted_deixis(doc: Doc, row: Mapping[str, Any], dates: Sequence[Mapping[str, Any]]) -> bool:
    """A predicate no lexicon types, or a wish or a hypothesis (subjunctive, conditional),
    dated by "demain", "aujourd'hui", "ce soir" inside the same quotation as itself ('"demain
    ce sera la retraite par capitalisation"', '"que demain, la fiction soit reconnue"'): the
    speaker's "tomorrow" is a figure of speech more often than a day (the judged samples
    v15-v35 hold 11 such entries, none dated right). The speaker's own plan stays ('"Nous
    allons décider cela demain"'). The saying is the event."""
    if row["date"] is None or str(dates[row["date"]]["text"]).lower().replace(
            "’", "'") not in _FIGURATIVE_DAYS:
        return False
    around = span_around(quotations(doc), dates[row["date"]]["start"])
    if around is None or around[1] - around[0] > _LONGEST_QUOTATION:
        return False  # an unpaired mark of the scrape runs over paragraphs
    if not around[0] < row["start"] < around[1]:
        return False
    span = span_of(doc, row["start"], row["end"])
    if span is None:
        return False
    verb = doc[span[2]]
    if row["type"] == "other":
        # "Nous allons décider cela demain": the speaker's plan
        return first_person_subject(verb) is None
    moods = {mood for t in (verb, *verb.children) if t.i == verb.i or t.dep_.startswith("aux")
             for mood in t.morph.get("Mood", [])}
    return bool(moods & {"Sub", "Cnd"})


def _tally(doc: Doc, row: Mapping[str, Any], dates: Sequence[Mapping[str, Any]]) -> bool:
    """A predicate no lexicon types that amounts to a count over a period ("s'élevait à 2,8
    millions d'euros en 2015"): a figure, no event of the timeline."""
    if row["type"] != "other" or row["date"] is None:
        return False
    span = span_of(doc, row["start"], row["end"])
    return span is not None and tally_clause(doc[span[2]], dates[row["date"]])


def _quoted_other(doc: Doc, row: Mapping[str, Any], dates: Sequence[Mapping[str, Any]]) -> bool:
    """A predicate no lexicon types, with no one named to act or be acted on, dated inside
    the same quotation as itself ('"2022 sera la dernière année"', '"ce qui se passera le 11
    mai"'): the speaker's hopes and views, no event of the timeline (of 14 such entries the
    judged samples v15-v33 hold, 2 were right, 4 dated wrongly and 8 no event at all; those
    naming someone, "On a décidé lundi", "On nous a menti en mars", are kept). The
    quotation's saying is the event."""
    if row["type"] != "other" or row["date"] is None or row["actors"] or row["targets"]:
        return False
    around = span_around(quotations(doc), row["start"])
    if around is None:
        return False
    start, end = around
    span = span_of(doc, row["start"], row["end"])
    sentence = doc[span[2]].sent if span is not None else None
    # a quotation opened and closed in the row's sentence: an unpaired mark of the scrape
    # makes spans that run over paragraphs
    return (sentence is not None and sentence.start_char <= start
            and end <= sentence.end_char + 1 and start < dates[row["date"]]["start"] < end)


def _as_incise_statement(doc: Doc, row: dict[str, Any]) -> None:
    """A verb the lexicons do not type, in incise after a quotation ('"...", s'est agacé
    X') or after reported words ("..., a relevé X"), or done in a medium ("a rassuré les
    usagers dans l'émission X"), says who spoke: a public statement (CAMEO 010), with the
    quoted words."""
    span = span_of(doc, row["start"], row["end"])
    if span is None or not (incise_verb(doc, doc[span[2]])
                            or inverted_after_quotation(doc, doc[span[2]])
                            or incise_after_clause(doc, doc[span[2]])
                            or spoken_in_medium(doc[span[2]])):
        return
    verb = doc[span[2]]
    row["type"], row["cameo"] = "public_statement", "010"
    group = single_group(verb, Trigger(verb.lemma_.lower(), "VERB", "public_statement", "010"))
    row["quote"] = quote_of(doc, group, text_of(doc))


def _dated_clauses(doc: Doc, dates: Sequence[Mapping[str, Any]], lex: Lexicon,
                   index: _Mentions, groups: list[_Group], claimed: dict[int, int],
                   made: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows for the resolved date rows no event took: the clause's governing predicate is the
    event ("X était au Portugal en janvier", "lundi, dix personnes sont mortes", a second clause
    of the sentence with its own date). A date on a predicate whose row has no date yet dates
    it; one on a predicate dated otherwise, or with nobody acting, is left."""
    used = {row["date"] for row in made.values()}
    found: list[dict[str, Any]] = []
    for number, date in open_dates(doc, dates, used):
        attached = date_token(doc, date)
        attached = None if attached is None else index.outside_name(beyond_locution(attached))
        if (attached is None or complements_thing(doc, date, attached)
                or (attached.pos_ == "NOUN" and is_announced_act(attached))
                or done_before_its_verb(attached)):
            continue  # an announced act's date dates that act (floor.py), not the announcing;
            # a date on "l'avoir vue" under "déclare" is the seeing's
        predicate = governing_predicate(attached)
        if predicate is not None and (words := dated_words(predicate)) is not None:
            predicate = words  # "une déclaration de X datant de 2017": the statement's date
        if (predicate is None or predicate.lemma_.lower() in lex.reporting
                or predicate.lemma_.lower() in _words("not_acts")
                or existential(predicate) or describes_person(predicate, index)
                or term_of_office(predicate) or in_locution(predicate)
                or age_of_a_thing(predicate) or not_the_events(doc, date, predicate.idx)
                or dated_word(predicate, dates, date)):
            continue  # "il y a ce matin une femme qui": there is, no act
        owner = claimed.get(predicate.i)
        if owner is not None:
            row = made.get(owner)
            if row is not None and row["date"] is None and not nowadays(
                    date, predicate, str(row["type"])) and not (
                    groups[owner].primary.pos_ == "NOUN" and toll(groups[owner].primary)):
                row["date"], row["date_text"] = number, date["text"]
                used.add(number)
            if row is not None:
                continue
        group = _clause_group(predicate, index, lex)
        if attached.i not in claimed:
            group.indices.add(attached.i)  # the date's own token: _date_of finds it there
        claimed.update({i: len(groups) for i in group.indices})
        groups.append(group)
        blocked = {i for i, owner in claimed.items() if owner != len(groups) - 1}
        row = _event_row(doc, group, lex, index, dates, blocked, False)
        if row is not None and row["date"] == number:
            made[len(groups) - 1] = row
            used.add(number)
            found.append(row)
    return found


def _clause_group(predicate: Token, index: _Mentions, lex: Lexicon) -> _Group:
    """A candidate group for a clause's predicate: a presence is a visit, else its lemma's type."""
    lemma = predicate.lemma_.lower()
    if presence(predicate, index):
        return single_group(predicate, Trigger(lemma, "VERB", *PRESENCE))
    pos = "VERB" if predicate.pos_ in ("VERB", "AUX", "ADJ") else "NOUN"
    kind = predicate_type(predicate, pos, pos == "VERB" and passive_voice(predicate))
    return single_group(predicate, Trigger(lemma, pos, *kind))


def _event_row(doc: Doc, group: _Group, lex: Lexicon, index: _Mentions,
               dates: Sequence[Mapping[str, Any]], blocked: set[int],
               keep_bare: bool) -> dict[str, Any] | None:
    # The cheap tests that drop most groups come first; the status (a walk up the tree) last.
    if (figure_clause(group.anchor) or figure_clause(group.primary)
            or time_subject(group.primary) or circumstance(group)):
        return None  # "ils sont 57 % à penser", "une semaine décisive s'ouvre"
    participants, places, raised = _arguments(doc, group, index, blocked)
    # "X, l'auteur de l'attentat": an attack's author, who acts; no other name of its
    # sentence is guessed as its author (tree.unclaimed_attack)
    attack = unclaimed_attack(group.primary, group.trigger.type)
    author, authors = (attack_author(doc, group.primary, index) if attack
                       else participle_author(doc, group.primary, group.trigger.type, index))
    if author is not None and author not in participants:
        participants.insert(0, author)
        raised = raised | {_mention_head(doc, index.rows[author]).i}
    author = _medium_author(group.anchor, index)  # "X a dit dans une interview accordée à Y"
    if author is not None and author not in participants:
        participants.insert(0, author)
    # "un sondage X pour Y publié dimanche": X and Y publish it, no other name takes part
    makers = report_makers(doc, group.anchor, index) if group.trigger.type == "publication" else []
    if makers:
        participants = list(makers)
    conditions = group.trigger.conditions
    if "place" in conditions and not places:
        return None
    if "person" in conditions and not any(
            index.rows[i]["label"] in _ACTOR_LABELS for i in participants):
        return None
    if "object" in conditions and not _actor_object(group, index):
        return None
    speaker = incise_speaker(doc, group, index)  # '"...", a expliqué lundi X'
    if speaker is not None and speaker not in participants:
        participants.insert(0, speaker)
    inverted = inverted_noun(doc, group)  # '", a dit le député'
    if inverted is not None and any(
            subject_left_apart(doc, group.anchor, index.rows[m]["start"], index.rows[m]["end"])
            for m in participants if index.rows[m]["start"] < group.anchor.idx):
        inverted = None  # "Samedi, X, candidat au poste, avait appelé ses collègues": X did
    inverted_description = described_noun(inverted)
    if inverted_description is not None:
        # "X ont été tués, a annoncé la police": the names before an incise whose subject
        # is inverted are what was said, not who said it
        participants = [m for m in participants if index.rows[m]["start"] > group.anchor.idx]
    lifted = lifted_noun(doc, group, raised, index)  # "X a plaidé, après avoir assimilé..."
    addressed = controller(group.anchor)  # "accuse l'ancien président de l'avoir frappé"
    person = role_noun_person(doc, group, index, inverted or lifted or addressed)
    if person is not None:
        if person not in participants:
            participants.insert(0, person)
        if not passive_voice(group.anchor):  # "le ministre a été reçu": acted on
            raised = raised | {_mention_head(doc, index.rows[person]).i}
    # "Depuis l'attentat, le gouvernement fait face": the subject of the clause an act is
    # the background of did not do it
    told = group.primary.i == group.anchor.i or not background(group.primary)
    # an incise's inverted subject before any subject the parse gives ("Les salariés
    # passeront au chômage, a fait savoir le ministère": the parse hangs "savoir" on
    # "passeront", whose subject did not speak)
    description = (described_noun(addressed) or inverted_description
                   or (described_subject(performer_verb(group.anchor)) if told else None)
                   or described_noun(lifted)
                   or described_noun(speaker_of_noun(group.primary, group.trigger.type))
                   or acting_nation(group.primary, group.trigger.type) or authors
                   or described_sides(group))
    agent = (described_agent(group.anchor)
             if passive_voice(group.anchor) or undergone(group.anchor, index)
             else None)  # "a été abattu par les forces de l'ordre", "s'est fait agresser par"
    if agent is None and (passive_voice(group.anchor) or group.anchor.pos_ == "NOUN") and (
            group.trigger.type in ("charge", "trial", "investigate")):
        # "présenté mardi au parquet", "l'audition de X devant une commission"
        agent = described_body(group.anchor)
    pronoun = pronoun_subject(group)
    # "sa démission le 3 mars", "son discours prononcé lundi": whose act, as for a pronoun
    owner = None if pronoun or participants else possessive(group.anchor, is_event_noun)

    def whose(pronoun: Token | None = None) -> str | None:
        # A role noun a pronoun stands for is resolved by role only: two guesses make no answer.
        return antecedent(group.anchor, index,
                          lambda noun: noun_person(doc, noun, index, salient=False), pronoun)

    # a candidate's empty clause is read from its sentence's names first (below)
    guess = whose() if pronoun else whose(owner) if owner is not None and group.listed else None
    # "X et Y ont été menacés. Dimanche, ils ont condamné": whom "ils" stands for, all of them
    plural = None if guess is not None or participants else plural_pronoun(group.anchor)
    antecedents = ([] if plural is None
                   else plural_antecedent(plural, index, _paragraph(doc, plural)))
    # A publication's source ("selon X, dans un article publié jeudi") is who published.
    publisher = (source_actor(doc, group, index)
                 if group.trigger.type == "publication" and not participants else None)
    needs_actor = False
    if (not group.listed and not participants and not places and description is None
            and agent is None and guess is None and publisher is None and not antecedents):
        # The parse lost the clause's arguments: the names of its sentence that no other
        # event holds take part (as participants; actors only where their place says so). Not
        # those of a clause the noun's act is only the background of ("après l'incendie
        # jeudi, X a dit"): nothing to guess.
        if background(group.anchor):
            return None
        if not attack:
            participants = sentence_names(group.anchor, index, blocked,
                                          _line(doc, group.primary))
        # "Ils ont saisi mardi des armes": the actors of the event told before are theirs
        # (context.py); a row kept for that alone is dropped there if it finds none.
        needs_actor = pronoun and not participants
    if owner is not None and guess is None and not participants:
        guess = whose(owner)  # no name in the candidate's sentence either
    if not group.listed and not participants and not places and not needs_actor and (
            description is None and agent is None and guess is None and publisher is None
            and not antecedents and not attack):
        return None  # a dated predicate with nobody and nowhere named: no event to list
    date_index = _date_of(doc, group, dates, blocked)
    if ("carried" in conditions and date_index is None and group.anchor.i == group.primary.i
            and len(group.tokens) == 1):
        return None
    # A trigger with nobody, nowhere and no time is a word, not an event worth a timeline
    # ("le ton de la rencontre", "un accord est nécessaire"): measured in benchmarks/.
    bare = not participants and not places and date_index is None
    if bare and not keep_bare:
        return None
    status = _status(group, lex)
    if status is None:
        return None
    actors, targets = (makers, []) if makers else split_roles(doc, group, index, participants,
                                                                raised)
    # "selon X": who reports is a report's actor, never a target
    if not makers:
        actors, targets, participants = with_source(doc, group, index, (actors, targets),
                                                    participants)
    actors, targets = with_expected(group, index, with_author(group, index, (actors, targets)))
    actors, targets = with_possessor(doc, group, index, (actors, targets))
    actors, targets = with_host(group, index, (actors, targets))
    actors, targets = with_candidate(doc, group, index, (actors, targets))
    actors, targets = without_second_subject(doc, group, index, (actors, targets))
    actors, targets = with_quoted_role_speaker(doc, group, index, (actors, targets))
    actors, targets, participants = with_quote_speaker(doc, group, index, (actors, targets),
                                                       participants)
    actors, targets, participants = without_reporter(doc, group, index, (actors, targets),
                                                     participants, agent is None)
    if speaker is not None and speaker in actors:  # "ont dit X et Y": both speak
        actors, targets = with_conjoined_speakers(doc, index, speaker, actors, targets)
    interview = guest_of_outlet(group.anchor)
    if interview:
        actors, targets = _guest_speaks(doc, group, index, (actors, targets), person)
        if description is None and group.anchor.dep_ in ("advcl", "obl:mod"):
            # "Interrogée par TV Sud, la ministre a dit": the guest is the clause's subject
            description = described_subject(group.anchor.head)
        if not actors and description is None:  # "le député a dit, invité sur Radio Sud"
            actors, description = _speaker(index, guest_before(group.anchor), actors)
            targets = [m for m in targets if m not in actors]
    named_actors = _names(index, actors)
    # One entity never both acts and is acted on in one event: the speaker is no target.
    target_names = [n for n in _names(index, targets) if n not in named_actors]
    if not actors and agent is not None and not interview:
        named_actors.insert(0, agent)
    if not actors and description is None and not interview:
        # '"Nous prendrons le décret", a fait savoir la ministre': the one who says "nous"
        description = described_noun(quoted_speaker_noun(group.anchor))
    if not actors and description is None and group.trigger.type in QUOTE_TYPES:
        description = circle_of_on(group.anchor)  # '", dit-on dans son entourage'
    if not actors and description is not None and person is None:
        if ((passive_voice(group.anchor) or undergone(group.anchor, index))
                and not interview and not expected(group.anchor) and description != authors
                and authored_medium_verb(group.anchor) is None):
            # "l'homme a été interpellé", "un employé a été victime d'un malaise": done to him
            if not _article_and_name(description, target_names):
                target_names.insert(0, description)
        else:
            named_actors.insert(0, description)  # "l'homme a agressé", "les manifestants"
    # A name inside the description of who acts ("le cabinet de X") is not acted on; nor is
    # an actor named since, as no one both acts and is acted on ('", lance l'un des X')
    target_names = [n for n in target_names
                    if not any(n in actor for actor in named_actors)]
    primary = group.primary
    # "Interrogé mardi, ce dernier a dit": the one questioned speaks, acts
    passive = not interview and (group.trigger.type in POSSESSOR_UNDERGOES if owner is not None
                                 else passive_voice(group.anchor))
    kind, cameo = INTERVIEW if interview else sided_type(
        group.primary, group.anchor, (group.trigger.type, group.trigger.cameo))
    if kind == "other" and (manner := said_by_manner(group.anchor)) is not None:
        kind, cameo = manner  # "a mis les pieds dans le plat en estimant que": words
    if kind == "other" and (redone := redone_type(group.anchor)) is not None:
        kind, cameo = redone  # "ont manifesté, comme elles l'avaient fait le 16 août"
    if kind == "consult" and undergone(group.anchor, index):
        kind, cameo = "other", None  # "X a reçu une mise en garde": no meeting hosted
    if kind == "public_statement" and all_outlets(named_actors, doc, index):
        kind, cameo = "publication", None  # "Le quotidien X affirme": an outlet publishes
    if not named_actors and not interview and (kind not in NAMING_KINDS or (
            not pronoun and guess is None and not _named_persons(index, targets))):
        # "Il a été interpellé vendredi. La police l'avait pris en chasse": the police arrests;
        # an attack's pronoun is its author ("Il est soupçonné d'avoir ouvert le feu"), and
        # the attacker may be the person it names ("X avait été tué lors de l'assaut")
        body = (claimant(group.primary, index) if kind in NAMING_KINDS else None) or (
            implied_body(group.anchor, kind, _paragraph_bounds(doc, group.anchor)))
        if body is not None and body not in target_names:
            named_actors.append(body)  # "les shebab ont revendiqué l'attaque": its authors
    row: dict[str, Any] = {
        "start": primary.idx,
        "end": primary.idx + len(primary.text),
        "trigger": primary.text,
        "lemma": group.trigger.lemma,
        "type": kind,
        "cameo": cameo,
        "status": status,
        "participants": [*named_actors, *(n for n in target_names if n not in named_actors),
                         *(n for n in _names(index, participants)
                           if n not in named_actors and n not in target_names)],
        "actors": named_actors,
        "targets": target_names,
        "places": _names(index, places),
        "date": date_index,
        "date_text": None if date_index is None else dates[date_index]["text"],
        "date_anchor": None,
        "quote": (quote_of(doc, group, text_of(doc))
                  if group.trigger.type in QUOTE_TYPES else None),
        "sentence": _evidence(doc, primary),
        "sentence_start": primary.sent.start_char,
        "paragraph": _paragraph(doc, primary),
        # whom the pronoun stands for fills the slot it holds: the target of a passive ("elle
        # devrait être présentée à un juge", whoever acts)
        "pronoun": (pronoun or owner is not None or bool(antecedents)) and (not named_actors or (
            passive and guess is not None and not target_names)),
        "needs_actor": needs_actor,
        "antecedent": guess,
        "antecedents": antecedents,
        "passive": passive,
        "basis": "rule",
    }
    if bare:
        row["bare"] = True
    return row


def _not_dates(mentions: list[dict], dates: Sequence[Mapping[str, Any]]) -> list[dict]:
    """The mentions that are no date's words ("la soirée de Saint-Valentin 2018", "un marché
    de Noël", which the model may tag as names): no one to take part in an event."""
    spans = [(row["start"], row["end"]) for row in dates if row.get("start_date") is not None]
    # a name the model ran on into a date ("Le Parisien lundi") starts before it and stays
    return [m for m in mentions if not any(start <= m["start"] < end for start, end in spans)]


# The marks an elided article ends with ("l'Élysée").
_ELISIONS = frozenset({"'", "’"})
# How far up a name's phrase is read for the topic of the questions it belongs to.
_TOPIC_CLIMB = 4


def _article_and_name(description: str, names: list[str]) -> bool:
    """The description is an article and one of the names, no more ("les Français" beside
    "Français"): that name, told once."""
    words = description.lower()
    return any(words == f"{article}{'' if article[-1] in _ELISIONS else ' '}{name.lower()}"
               for article in ARTICLES for name in names)


def _named_persons(index: _Mentions, rows: list[int]) -> bool:
    return any(index.rows[m]["label"] == "PER" for m in rows)


def _speaker(index: _Mentions, subject: Token | None, actors: list[int]
             ) -> tuple[list[int], str | None]:
    """The actors and the description a speaker's subject token gives: its name, or the
    person its role noun stands for ("le ministre de l'Intérieur X"), else the noun that
    describes it; as they were for none."""
    if subject is None:
        return actors, None
    named = index.by_token.get(subject.i)
    if named is None and subject.pos_ == "NOUN":
        named = noun_person(subject.doc, subject, index)
    return ([named], None) if named is not None else (actors, described_noun(subject))


def _paragraph(doc: Doc, token: Token) -> int:
    """The offset where the token's paragraph starts (after the last blank line before it)."""
    return _paragraph_bounds(doc, token)[0]


def _paragraph_bounds(doc: Doc, token: Token) -> tuple[int, int]:
    """The offsets where the token's paragraph starts and ends (blank lines around it)."""
    breaks = doc.user_data.get(_BREAKS_KEY)
    if breaks is None:
        breaks = doc.user_data[_BREAKS_KEY] = [
            match.end() for match in _PARAGRAPH_BREAK.finditer(text_of(doc))]
    position = bisect_right(breaks, token.idx)
    end = breaks[position] if position < len(breaks) else len(text_of(doc))
    return (breaks[position - 1] if position else 0), end


def _guest_speaks(doc: Doc, group: _Group, index: _Mentions, roles: tuple[list[int], list[int]],
                  person: int | None) -> tuple[list[int], list[int]]:
    """"Invité de Radio Nord lundi, X a dit": the guest named outside the participle's phrase
    speaks, as does the one a role noun names ("le ministre était l'invité de Radio Nord");
    the outlet stays a target, also when it questions ("interrogé par l'AFP")."""
    actors, targets = roles
    phrase = {token.i for token in group.anchor.subtree}
    # the outlet or the show the participle's phrase names ("Invité de l'émission "X"")
    # hosts; a person there is the guest the parse hung on it, unless quoted as a title
    outlets = [m for m in actors if _questioner(head := _mention_head(doc, index.rows[m]),
                                                group.anchor)
               or (head.i in phrase and (index.rows[m]["label"] != "PER"
                                         or inside(quotations(doc), index.rows[m]["start"])))]
    # "Interrogée sur l'ascension de X": X is what she was asked about, no guest
    topics = [m for m in actors if _on_topic(_mention_head(doc, index.rows[m]), group.anchor)]
    actors = [m for m in actors if m not in outlets and m not in topics]
    targets = [*targets, *(m for m in topics if m not in targets)]
    guests = [m for m in targets if m == person or _guest(
        _mention_head(doc, index.rows[m]), group.anchor, phrase)]
    if not guests and not actors:  # the parse left the main clause's subject out
        guests = [m for m, row in enumerate(index.rows)
                  if _subject_of(_mention_head(doc, row), group.anchor.head)]
    return [*guests, *actors], [*outlets, *(m for m in targets if m not in guests)]


def _on_topic(token: Token, participle: Token) -> bool:
    """The name is in the participle's "sur" phrase, the topic of the questions ("interrogée
    sur l'ascension de X")."""
    for _ in range(_TOPIC_CLIMB):
        if token.head.i == token.i:
            return False
        if token.head.i == participle.i:
            return any(c.dep_ == "case" and c.lower_ == "sur" for c in token.children)
        token = token.head
    return False


def _questioner(token: Token, participle: Token) -> bool:
    """The name is the participle's "par X": the outlet that questions ("interrogé par X"),
    or the name of the press noun that is ("invité par le journal X")."""
    if token.dep_ in ("nmod", "appos") and token.head.head.i == participle.i:
        token = token.head
    return token.head.i == participle.i and any(
        c.dep_ == "case" and c.lower_ == "par" for c in token.children)


def _guest(token: Token, participle: Token, phrase: set[int]) -> bool:
    """The name outside the participle's phrase is the one it is said of: the noun it hangs
    on ("X, interrogé par l'AFP, a dit") or the subject of the clause it opens; not another
    name of the sentence ("Interrogée par TV Sud, la ministre a évoqué son interlocuteur X")."""
    return token.i not in phrase and (token.i == participle.head.i
                                      or _subject_of(token, participle.head))


def _subject_of(token: Token, verb: Token) -> bool:
    """The token is the verb's subject, or the name apposed to it ("le député X a dit", "la
    députée X a été interrogée")."""
    if token.dep_ in ("appos", "flat:name") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubj:pass") and token.head.i == verb.i


__all__ = ["Trigger", "extract_events", "lexicon", "parse_lexicon", "weigh"]
