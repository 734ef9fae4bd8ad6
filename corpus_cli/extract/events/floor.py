"""The floor under the rules: a resolved date no event row took still dates its clause.

The rules (triggers, candidates, dated clauses) refuse a dated predicate when they cannot
read its arguments. A reader still wants the dated clause on the timeline, so every resolved
date row that no event of the document uses yields one row from the clause that governs it:
the predicate the date hangs on (an event noun, else the verb of its clause, else the root of
its sentence), typed from the lexicons or "other" with the lemma as trigger. Its actors are
the named subject of that predicate; else the names of the clause; else those of the
sentence. Such rows carry `basis: "clause"` (the rule-based rows carry `basis: "rule"`), so
a user can tell a guess from a reading.

The refusals of the rules hold: no row for a comparison's term, a tally's start ("depuis
lundi"), a date quoted when its clause is outside the quotation, a thing's date ("la vidéo
du 30 avril", "la présidentielle de 2016"), a verb that is no act ("a appris lundi l'AFP"), or
a light verb alone ("il y a aujourd'hui une impasse", "faire" with no noun of an expression).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from corpus_cli.dates.grammar.context import postponed_before, postponing_noun_before
from corpus_cli.extract.tense import participle_phrase
from corpus_cli.names import thing_nouns
from corpus_cli.nlp.model import text_of

from .agents import described_agent
from .anaphora import subject_pronoun
from .announced import is_announced_act, performer_verb
from .arguments import _mention_head, in_parentheses, occasion
from .candidates import age_of_a_thing, date_token, dated_word
from .circumstances import others_occasion
from .clauses import (
    POSSESSOR_UNDERGOES,
    antecedent,
    background,
    described_noun,
    described_subject,
    governing_predicate,
    possessive,
    report_after,
)
from .dating import done_before_its_verb, not_the_events, nowadays, open_dates, postponement_verb
from .figures import figure_clause
from .incise import inverted_noun_of, inverted_speaker, quoted_speaker_noun
from .kinds import is_event_noun, light_alone, predicate_type, type_lexicon
from .media import INTERVIEW, guest_of_outlet
from .naming import named_by_year
from .offices import term_of_office
from .outlets import all_outlets
from .passives import passive_voice
from .persons import of_persons
from .reported import reporting_incise_verb
from .roles import by_means, in_medium, source_actor, undergone
from .status import _status
from .tokens import quoted_apart, span_of, token_index
from .tree import (
    QUOTE_TYPES,
    _evidence,
    _Group,
    _Mentions,
    _names,
    adjective_as_noun,
    beyond_locution,
    in_locution,
    sentence_in_line,
    single_group,
    time_subject,
    unclaimed_attack,
)
from .wordlists import Lexicon, Trigger, _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Labels that may act in a fallback row; a LOC acts only when it is no place ("Paris a dit").
_ACTING = frozenset({"PER", "ORG", "MISC"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
# Who performs a predicate, when the parse gives them: its subject, or a passive's agent.
_READ_PERFORMERS = frozenset({*_SUBJECTS, "obl:agent"})
# The prepositions of a place: a LOC after one of them is where, not who.
_PLACE_CASES = frozenset({"à", "au", "aux", "en", "dans", "vers", "depuis", "de", "du", "d'",
                          "d’", "des", "sur", "près", "devant"})
# The prepositions of where, without the "de" of a complement ("le porte-parole du parti X").
_WHERE = frozenset({"à", "au", "aux", "en", "dans", "vers", "sur", "près", "devant"})
# The most words of a coordinated date's own phrase ("et à Bruxelles en mars").
MAX_PHRASE = 12
# The prepositions of a thing's date ("la vidéo du 30 avril"); "en janvier" after a noun is
# as often the verb's ("prendra ses fonctions en janvier").
_OF = frozenset({"de", "du", "d'", "d’", "des"})


def floor_rows(doc: Doc, dates: Sequence[Mapping[str, Any]], events: Sequence[Mapping[str, Any]],
               index: _Mentions, lex: Lexicon) -> list[dict[str, Any]]:
    """One `basis: "clause"` row per resolved date row no event in `events` uses."""
    used = {row["date"] for row in events if row.get("date") is not None}
    # One predicate tells one event: a second date on a verb a row already dates is a
    # noun's or another clause's, or the second day of the same act ("s'est rendu samedi et
    # dimanche"); unless each date comes with its own phrase ("commis à Paris le 13 novembre
    # et à Bruxelles en mars": two events, with the same verb and the same people).
    dated = {row["start"]: row for row in events if row.get("date") is not None}
    # the dates of this layer's own rows, by predicate
    own: dict[int, Mapping[str, Any]] = {}
    rows: list[dict[str, Any]] = []
    for number, date in open_dates(doc, dates, used):
        predicate = _clause_predicate(doc, date, index)
        if predicate is None or dated_word(predicate, dates, date):
            continue
        postponed = _postponed_act(doc, predicate, date)
        # after a postponement's verb the date hangs on it: what frames it frames that verb
        hung = predicate.idx if postponed is not None and postponement_verb(
            doc, date) is not None else None
        if postponed is not None:
            predicate = postponed  # "la réunion a été reportée au 3 juin": the meeting's day
        # The verb itself, or the event noun it carries ("effectue jeudi et vendredi une
        # visite": the row is the visit's).
        owner = next((t.idx for t in (predicate, *predicate.children) if t.idx in dated), None)
        if owner is not None:
            first = dated[owner]
            if _apart(doc, dates[first["date"]], date) and not not_the_events(
                    doc, date, predicate.idx):
                rows.append(_second(doc, first, dates[first["date"]], number, date, index))
            continue
        if predicate.idx in own and _coordinated(doc, own[predicate.idx], date):
            continue  # "interrogés les 20 et 21 novembre": one poll, dated by its first day
        if (predicate.lemma_.lower() in _words("not_acts") or figure_clause(predicate)
                or time_subject(predicate)
                or light_alone(predicate) or term_of_office(predicate)
                or in_locution(predicate)):
            continue  # "il y a aujourd'hui une impasse": a light verb alone tells no act
        if not_the_events(doc, date, predicate.idx if hung is None else hung,
                          moved=hung is not None):
            continue
        row = _row(doc, predicate, number, date, index, lex, postponed=postponed is not None)
        if row is not None:
            rows.append(row)
            own.setdefault(predicate.idx, date)
    return rows


def _postponed_act(doc: Doc, verb: Token, date: Mapping[str, Any]) -> Token | None:
    """The event noun that is the subject or object of a postponement whose new date the row
    is ("le procès a été renvoyé au 13 mai", "a reporté le vote au 12 juin"), or the
    complement of its noun ("a ordonné le renvoi du procès au 13 mai"), or None: the act
    will take place on that day, whoever takes part."""
    text = text_of(doc)
    at = postponing_noun_before(text, date["start"])
    noun = token_index(doc).at(doc, at) if at is not None else None
    if noun is not None:
        return next((child for child in noun.children if child.dep_ == "nmod"
                     and child.pos_ == "NOUN" and is_event_noun(child.lemma_)), None)
    if verb.pos_ not in ("VERB", "AUX") or not postponed_before(text, date["start"]):
        return None
    return next((child for child in verb.children if child.dep_ in ("nsubj", "nsubj:pass", "obj")
                 and child.pos_ == "NOUN" and is_event_noun(child.lemma_)), None)


def _second(doc: Doc, first: Mapping[str, Any], first_date: Mapping[str, Any], number: int,
            date: Mapping[str, Any], index: _Mentions) -> dict[str, Any]:
    """The event of a second coordinated date: the first row's predicate and people, with its
    own date and the places of its own phrase (from the first date to the next punctuation
    after the second)."""
    span = span_of(doc, date["start"], date["end"])
    after = span[1] if span is not None else len(doc)
    stop = next((t.i for t in doc[after:after + MAX_PHRASE] if t.is_punct), after)
    high = doc[stop].idx if stop < len(doc) else len(text_of(doc))
    places = [n for n, row in enumerate(index.rows)
              if first_date["end"] <= row["start"] < high and row["label"] == "LOC"]
    return {**first, "date": number, "date_text": date["text"], "date_anchor": None,
            "places": _names(index, places), "basis": "clause"}


def _apart(doc: Doc, first: Mapping[str, Any], second: Mapping[str, Any]) -> bool:
    """Two dates coordinated each with a phrase of its own: a coordinator and a noun or name
    between them, no verb."""
    low, high = sorted((first, second), key=lambda row: row["start"])
    spans = span_of(doc, low["start"], low["end"]), span_of(doc, high["start"], high["end"])
    if spans[0] is None or spans[1] is None or spans[1][0] - spans[0][1] > MAX_PHRASE:
        return False
    between = doc[spans[0][1]:spans[1][0]]
    return (any(t.lower_ in _words("coordinators") for t in between)
            and any(t.pos_ in ("NOUN", "PROPN") for t in between)
            and not any(t.pos_ in ("VERB", "AUX") for t in between))


def _coordinated(doc: Doc, first: Mapping[str, Any], second: Mapping[str, Any]) -> bool:
    """Two dates with only a comma or a coordinator between them ("les 5 et 6 mars", "en 2016
    et 2017")."""
    between = text_of(doc)[first["end"]:second["start"]].strip().lower()
    return between in ("", ",") or between in _words("coordinators")


def _clause_predicate(doc: Doc, date: Mapping[str, Any], index: _Mentions) -> Token | None:
    """The predicate a date row dates: an event noun it hangs on, else the verb of its
    clause, else its sentence's root verb; None for a thing's date."""
    report = reporting_incise_verb(doc, date)
    if report is not None:
        return report  # "..., rapporte Le Journal lundi 27 mars": the report's date
    if _names_its_noun(doc, date):
        return None
    attached = date_token(doc, date)
    if attached is None:
        span = span_of(doc, date["start"], date["end"])
        if span is None:
            return None
        attached = doc[span[2]].head
    # "sur France Inter lundi": not "Inter"; "descendus en ordre dispersé lundi": the verb's
    attached = index.outside_name(beyond_locution(attached))
    if participle_phrase(attached) or done_before_its_verb(attached):
        # "Touchée le 3 octobre, la préfecture va demander": the phrase's time; "déclare
        # l'avoir vue en octobre 2019": the seeing's
        return None
    if attached.pos_ in ("NOUN", "PROPN") or adjective_as_noun(attached):
        if complements_thing(doc, date, attached):
            return None
        if is_event_noun(attached.lemma_) or is_announced_act(attached):
            return attached  # "a annoncé la réouverture des écoles le 11 mai": the reopening
    predicate = governing_predicate(attached)
    if predicate is None:
        root = attached.sent.root
        predicate = root if root.pos_ in ("VERB", "AUX", "NOUN") else None
    if predicate is not None and date["start"] <= predicate.idx < date["end"]:
        predicate = _clause_of_date_word(predicate)  # the date's own word is no act
    # "une facture datant du 28 décembre": the invoice's date
    return None if predicate is not None and age_of_a_thing(predicate) else predicate


def _clause_of_date_word(word: Token) -> Token | None:
    """The verb of the clause a cleft focuses the date for ("C'est ce 11 mai qu'était censé
    entrer en vigueur l'arrêté": "entrer"); else the word itself, the parse having made the
    date the root of a clause whose people it still finds ("Vendredi, X et Y avaient
    appelé"); None in a sentence with no verb ("- Mercredi 15 juillet 2020 par X", a
    caption)."""
    # "C'est ce 11 mai que": the copula and its "ce"; not "X sera jeudi au Liban, qui attend"
    cleft = any(c.dep_ == "cop" for c in word.children) and any(
        c.lower_ in ("c'", "c’", "ce") and c.pos_ == "PRON" for c in word.children)
    clause = next((c for c in word.children if cleft and c.dep_ == "acl:relcl"
                   and c.pos_ in ("VERB", "ADJ")), None)
    if clause is not None and clause.pos_ == "ADJ":
        clause = next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"),
                      clause)
    if clause is not None:
        return clause
    return word if any(t.pos_ in ("VERB", "AUX") for t in word.sent) else None


def _names_its_noun(doc: Doc, date: Mapping[str, Any]) -> bool:
    """A year written right after the word it hangs on, with no preposition ("les JO 2014",
    "les championnats du monde de natation 2015"): it names that thing."""
    named = named_by_year(doc, date)
    span = span_of(doc, date["start"], date["end"])
    return named is not None and span is not None and named.i == span[0] - 1


def complements_thing(doc: Doc, date: Mapping[str, Any], attached: Token) -> bool:
    """The date is a noun's complement with its preposition ("la vidéo du 30 avril", "la
    présidentielle de 2016", "sa candidature aux municipales de 2020"): it dates that thing,
    not the verb above it."""
    if attached.pos_ not in ("NOUN", "PROPN") and not adjective_as_noun(attached):
        return False
    span = span_of(doc, date["start"], date["end"])
    if span is None:
        return False
    first, _, root_index = span
    root = doc[root_index]
    if (attached.dep_ == "appos" and root.head.i == attached.i
            and not is_event_noun(attached.lemma_)):
        return True  # "à Vernanges, ville ravie à la gauche en 2014": the description's time
    if root.head.i == attached.i and _former_role(attached):
        return True  # "Ancien candidat à la primaire en 2016, X a dit": a former role's time
    # The preposition must lead the date's phrase (only a determiner between): the parse also
    # hangs on the date the "d'" of "d'autres" before it ("blessé des dizaines d'autres le 19
    # décembre", a verb's date).
    return (root.head.i == attached.i and root.dep_ == "nmod"
            and any(child.dep_ == "case" and child.lower_ in _OF
                    and all(t.dep_ == "det" for t in doc[child.i + 1:first])
                    for child in root.children))


def _former_role(noun: Token) -> bool:
    """A bare noun of persons saying what someone was ("Ancienne ministre de la Santé en
    2016, X a dit"): no determiner, preposition or number, "ancien" or "ex-"."""
    return (of_persons(noun) and not any(c.dep_ in ("det", "case", "nummod")
                                         for c in noun.children)
            and (noun.lower_.startswith("ex-") or any(
                c.dep_ == "amod" and c.lemma_.lower() == "ancien" for c in noun.children)))


def _guest(participle: Token) -> str | None:
    """The guest an interview's participle set beside a clause is said of: its subject, or
    its verb's inverted one ('", a analysé le sénateur, invité lundi sur Radio Sud')."""
    return (described_subject(participle.head)
            or described_noun(inverted_noun_of(participle.head)))


def _row(doc: Doc, predicate: Token, number: int, date: Mapping[str, Any], index: _Mentions,
         lex: Lexicon, postponed: bool = False) -> dict[str, Any] | None:
    lemma = predicate.lemma_.lower()
    pos = "NOUN" if predicate.pos_ in ("NOUN", "PROPN") else "VERB"
    passive = pos == "VERB" and passive_voice(predicate)
    # "Interrogé sur ce sujet jeudi à son arrivée, X a souligné": the guest speaks
    interview = pos == "VERB" and guest_of_outlet(predicate)
    trigger = Trigger(lemma, pos, *(INTERVIEW if interview else predicate_type(predicate, pos,
                                                                               passive)))
    if nowadays(date, predicate, trigger.type):
        return None  # "atteint aujourd'hui 64 ans": no day of an event
    group = single_group(predicate, trigger)
    # the new day of a postponed act: the act is planned for it, not cancelled
    status = "planned" if postponed else _status(group, lex)
    if status is None:
        return None  # negated or cancelled
    # A described performer ("les gendarmes ont interpellé", "abattu par les forces de
    # l'ordre") is who acts: no name of the clause is guessed in its place.
    description = (_guest(predicate) if interview and predicate.dep_ in ("advcl", "parataxis")
                   else described_agent(predicate) if passive
                   else described_subject(performer_verb(predicate)))
    if description is None and not passive:
        # '"Nous prendrons le décret", a fait savoir la ministre': who says "nous"
        description = described_noun(quoted_speaker_noun(predicate))
    # "X a été victime d'un malaise": the subject undergoes it, no other name does it
    undergoes = not passive and undergone(predicate, index)
    attack = unclaimed_attack(predicate, trigger.type)
    actors, places = _actors(doc, group, index, passive, guess=description is None
                             and not background(predicate) and not undergoes
                             and not others_occasion(predicate, trigger.type),
                             sentence=not attack)
    if pos == "NOUN" and guest_of_outlet(predicate):
        # "X était ce matin l'invité de Radio Nord": the outlet hosts, the guest speaks
        actors = [m for m in actors if _mention_head(doc, index.rows[m]).head.i != predicate.i]
    named = _names(index, actors) or ([description] if description is not None else [])
    if not named:
        # "Dimanche, il a récidivé, sur BFMTV": whom the subject pronoun stands for; "Ses
        # déclarations remontent au 3 mars": the act is the one the possessive points to
        pronoun = subject_pronoun(predicate)
        owner = None if pronoun is not None else possessive(predicate, is_event_noun)
        # a guessed row takes "il", "elle" only: "celui-ci" as often stands for a body
        person = (None if pronoun is not None and pronoun.lower_ not in ("il", "elle")
                  else antecedent(predicate, index, pronoun=owner))
        named = [person] if person is not None else []
    if not named and not places and not postponed and not attack and not _agentless(
            predicate, passive, trigger.type):
        return None  # nobody and nowhere named: no event to list
    if pos == "NOUN" and _owned(predicate, trigger.type):
        undergoes = True  # "X, depuis sa nomination en 2014", "X, dont le procès": X's
    actors_named, targets = ([], named) if undergoes else (named, [])
    return {
        "start": predicate.idx,
        "end": predicate.idx + len(predicate.text),
        "trigger": predicate.text,
        "lemma": lemma,
        "type": trigger.type,
        "cameo": trigger.cameo,
        "status": status,
        "participants": list(named),
        "actors": actors_named,
        "targets": targets,
        "places": _names(index, places),
        "date": number,
        "date_text": date["text"],
        "date_anchor": None,
        "quote": None,
        "sentence": _evidence(doc, predicate),
        "basis": "clause",
    }


def _owned(noun: Token, kind: str) -> bool:
    """A noun of an act its owner undergoes, owned by a possessive ("sa nomination") or by the
    antecedent of its "dont" ("X, dont le procès s'est ouvert"), hung on the noun or on the
    relative verb it is the subject of."""
    if noun.pos_ != "NOUN" or kind not in POSSESSOR_UNDERGOES:
        return False
    verb = noun.head if noun.dep_ in ("nsubj", "nsubj:pass") else noun
    return possessive(noun) is not None or any(
        c.lower_ == "dont" for c in (*noun.children, *verb.children))


def _agentless(predicate: Token, passive: bool, kind: str) -> bool:
    """A typed act in the passive with no agent, done to a thing or a person the clause names
    ("le décret sera publié vendredi", "un suspect a été interpellé lundi"): an event whose
    performer the text does not say. (An act's noun taking place, "l'audience se tiendra
    mercredi", is not: its performer is most often named around it, and such rows added
    unmatched entries to the dev sets.) A lemma the type lexicon calls "other" is typed."""
    known = kind != "other" or (predicate.lemma_.lower(), "VERB") in type_lexicon()
    return passive and known and any(c.dep_ == "nsubj:pass" and c.pos_ == "NOUN"
                                     for c in predicate.children)


def guess_actors(doc: Doc, row: dict[str, Any], index: _Mentions, held: set[str]) -> None:
    """Give a rule row that names nobody taking part the names of its clause, else of its
    sentence, that may act and that no other row of the sentence holds (`held`: "X a été
    signé mardi, a annoncé Y": Y reports it), nor its source ("selon Y"); it then says so
    with `basis: "clause"`. Not a
    row whose act is only the background of its clause ("après l'incendie jeudi, X a dit"),
    nor one whose subject or agent is there but names nobody (a pronoun, a description)."""
    span = span_of(doc, row["start"], row["end"])
    if span is None:
        return
    predicate = doc[span[2]]
    if (background(predicate) or others_occasion(predicate, row["type"])
            or unclaimed_attack(predicate, row["type"]) or any(
                child.dep_ in _READ_PERFORMERS for child in performer_verb(predicate).children)):
        return  # a subject or agent the rules read and named nobody by ("cette dernière")
    group = single_group(predicate, Trigger(row["lemma"], predicate.pos_, row["type"],
                                            row["cameo"]))
    actors, _ = _actors(doc, group, index, bool(row.get("passive")))
    # "selon X" only tells of an act the rules read (a floor row's reading is X's own)
    source = source_actor(doc, group, index)
    # an outlet tells of acts it takes no part in ("depuis les révélations du Monde sur les
    # violences lors des manifestations du 1er mai")
    told = row["type"] not in QUOTE_TYPES | {"publication"}
    named = [name for name in _names(index, [n for n in actors if n != source])
             if name not in held and name not in row["places"]
             and not (told and all_outlets([name], doc, index))]
    if row["type"] == "election" and predicate.pos_ == "NOUN" and (
            predicate.lemma_.lower() not in _words("sitting_nouns")):
        # "X est candidat aux élections du 24 septembre": the voters hold it, X runs in it
        persons = set(_names(index, [n for n in actors if index.rows[n]["label"] == "PER"]))
        row["targets"] = [*(n for n in named if n in persons),
                          *(n for n in row["targets"] if n not in persons)]
        row["participants"] = [*row["participants"],
                               *(n for n in row["targets"] if n not in row["participants"])]
        named = [n for n in named if n not in persons]
    if named and _owned(predicate, row["type"]):
        # "X, dont le procès s'est ouvert mardi": X is tried
        row["targets"] = [*named, *(n for n in row["targets"] if n not in named)]
        named = []
    if named:
        row["actors"] = named
        row["participants"] = [*named, *(n for n in row["participants"] if n not in named)]
        row["basis"] = "clause"


def _actors(doc: Doc, group: _Group, index: _Mentions, passive: bool,
            guess: bool = True, sentence: bool = True) -> tuple[list[int], list[int]]:
    """(actor mention rows, place mention rows) of a fallback row: the speaker or the named
    subject; else, when `guess`, the names of the clause, else (when `sentence`) those of the
    sentence ("selon X" first); else only the places of the clause."""
    predicate = group.anchor
    low, high = sentence_in_line(doc, predicate)
    # not a name the index sets aside ("l'Australien": one person, not the country)
    inside = [n for n, row in enumerate(index.rows)
              if low <= row["start"] < high and n in index.first]
    speakers = [n for n in inside if inverted_speaker(doc, group, index.rows[n], index)]
    if speakers:
        return speakers[:1], []
    if not passive:
        performer = performer_verb(predicate)
        subject = [n for n in inside if _subject_of(doc, index, n, performer)]
        if subject:
            return subject, []
    clause = {t.i for t in predicate.subtree}
    report = report_after(predicate)
    if report is not None:  # "..., rappelle Le Journal": the outlet did not do it
        inside = [n for n in inside if index.rows[n]["start"] < report]
    in_clause = [n for n in inside if index.first.get(n) in clause]
    if not guess:
        return [], [n for n in in_clause if index.rows[n]["label"] == "LOC"]
    for names in (in_clause, inside) if sentence else (in_clause,):
        # a name in quoted words the act is outside of is the speaker's story, not its doer
        actors = [n for n in names if _acts(doc, index, n)
                  and not in_medium(doc, index.rows[n])
                  and not by_means(doc, index.rows[n])
                  and not quoted_apart(doc, index.rows[n]["start"], predicate.idx)
                  and not _done_for(doc, index, n, predicate)]
        places = [n for n in names if n not in actors and (
            index.rows[n]["label"] == "LOC"
            or _names_a_place(_mention_head(doc, index.rows[n])))]
        if actors or places:
            source = source_actor(doc, group, index)
            if source is not None and source in actors:
                actors = [source, *(n for n in actors if n != source)]
            return actors, places
    return [], []


# Prepositions of whom or what an act is done for, to or with: no doer hides behind them.
_NOT_DOERS = frozenset({"pour", "à", "au", "aux", "avec", "contre", "vers", "envers", "chez",
                        "auprès"})


def _done_for(doc: Doc, index: _Mentions, number: int, predicate: Token) -> bool:
    """The name stands in a phrase the predicate governs with "pour", "à", "avec"... ("versée
    pour les foyers bénéficiant de X"): a beneficiary or a partner, not the act's doer."""
    position = index.first.get(number)
    if position is None or not predicate.is_ancestor(doc[position]):
        return False
    token = doc[position]
    while token.i != predicate.i:
        if any(c.dep_ == "case" and c.lower_ in _NOT_DOERS for c in token.children):
            return True
        token = token.head
    return False


def _subject_of(doc: Doc, index: _Mentions, number: int, predicate: Token) -> bool:
    """The mention is the predicate's subject (or a name joined to it), and may act."""
    position = index.first.get(number)
    if position is None or not _acts(doc, index, number):
        return False
    token = doc[position]
    for _ in range(4):
        if token.head.i == predicate.i:
            return token.dep_ in _SUBJECTS
        if token.dep_ not in ("flat", "flat:name", "appos", "conj", "compound"):
            return False
        token = token.head
    return False


def _acts(doc: Doc, index: _Mentions, number: int) -> bool:
    """A person, a body or an outlet; a LOC only with no place preposition before it; no name
    of a place's noun ("à la station X")."""
    row = index.rows[number]
    head = _mention_head(doc, row)
    if occasion(head) or _names_a_place(head):
        return False  # "lors d'une Convention de la droite": when, not who
    position = index.first.get(number)
    if position is not None and _address(doc, position):
        return False  # "organisée place de la Concorde": where
    if row["label"] in _ACTING:
        return True
    if row["label"] != "LOC" or in_parentheses(doc, row) or position is None:
        return False
    return not any(child.dep_ == "case" and child.lower_ in _PLACE_CASES
                   for child in doc[position].children) and not (
        position > 0 and doc[position - 1].lower_ in _PLACE_CASES)


def _address(doc: Doc, position: int) -> bool:
    """The name at token `position` completes a noun of a place, its articles between ("place
    de la X", "rue X", "au stade X")."""
    i = position - 1
    while i >= 0 and (doc[i].lower_ in _words("de") or doc[i].lower_ in _words("articles")):
        i -= 1
    return i >= 0 and thing_nouns().get(doc[i].lower_) == "LOC"


def _names_a_place(head: Token) -> bool:
    """The name completes, with no preposition of its own, a noun after a place preposition
    ("à la station X", "dans le quartier X"): where, whatever its label."""
    noun = head.head
    return (head.dep_ in ("appos", "flat:name", "nmod") and noun.pos_ == "NOUN"
            and not any(c.dep_ == "case" for c in head.children)
            and any(c.dep_ == "case" and c.lower_ in _WHERE for c in noun.children))
