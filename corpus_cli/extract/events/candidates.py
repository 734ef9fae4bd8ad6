"""Candidates from the parse, not from a list: the predicate each resolved date is tied to.

The dates layer says which token a temporal expression hangs on (`attached_start`): the noun
it complements ("la visite du 15 décembre"), else the first verb above it. That token, read as
a predicate, is a candidate event: a verb; an event noun, carried by its support verb
("a tenu lundi une réunion"); the noun a planning participle qualifies ("l'élection prévue
samedi"). A date inside a relative clause or a noun's complement is attached there by the
dates layer, so it never dates the main verb. Whether the candidate has a named participant
or a place is decided later, with the listed triggers' rules (arguments.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .aspect import aspect_complement
from .clauses import PRESENCE, presence
from .incise import incise_verb
from .kinds import (
    expression_type,
    is_event_noun,
    modal_complement,
    modal_verbs,
    nominal_expression,
    predicate_type,
    pronominal_only,
    token_type,
    type_of,
)
from .offices import term_of_office
from .passives import passive_voice
from .tokens import span_of, token_index, utterances
from .tree import (
    QUOTE_TYPES,
    _Group,
    _Mentions,
    describes_person,
    hangs_under,
    in_locution,
    lent_subjects,
    locution_participle,
    past_participle,
)
from .wordlists import Lexicon, Trigger, _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Relations by which a support verb carries an event noun ("tenir une réunion", "la réunion
# s'est tenue", "participer au sommet").
_CARRIED_DEPS = frozenset({"obj", "nsubj", "nsubj:pass", "obl:arg", "obl:mod", "obl"})
# Relations that open a clause or a phrase of its own below the main verb: a verb under one of
# them is not the main clause's ("une femme qui marchait").
_SUBORDINATE_DEPS = frozenset({"acl", "acl:relcl", "advcl", "amod", "ccomp", "csubj", "xcomp",
                               "parataxis", "nmod", "obl", "obl:mod"})
_FRONTED_KEY = "corpus_cli.events.fronted"


def date_token(doc: Doc, row: Mapping[str, Any]) -> Token | None:
    """The token a date row dates: the one the dates layer attached it to; else, for a date
    fronted before a comma that the parse left hanging ("Fin novembre, une femme qui marchait
    ... avait été agressée", with "Fin" read as the root), the main clause's verb after the
    comma."""
    attached = token_index(doc).at(doc, row.get("attached_start"))
    if attached is not None or row.get("start") is None:
        return attached
    found = doc.user_data.setdefault(_FRONTED_KEY, {})
    key = (row["start"], row["end"])
    if key not in found:
        found[key] = _fronted_verb(doc, row["start"], row["end"])
    position = found[key]
    return None if position is None else doc[position]


def _fronted_verb(doc: Doc, start: int, end: int) -> int | None:
    span = span_of(doc, start, end)
    if span is None:
        return None
    first, after, _ = span
    sentence = doc[first].sent
    if first - sentence.start > 1 or after >= sentence.end or doc[after].text != ",":
        return None
    for token in doc[after + 1:sentence.end]:
        if token.pos_ == "VERB" and not hangs_under(token, _SUBORDINATE_DEPS):
            return token.i
    return None


def dated_groups(doc: Doc, dates: Sequence[Mapping[str, Any]], lex: Lexicon,
                 taken: Iterable[int], index: _Mentions | None = None) -> list[_Group]:
    """One candidate group per predicate a resolved date is attached to, skipping predicates
    already held by a listed trigger (`taken`: token indices of those groups)."""
    held = set(taken)
    groups: list[_Group] = []
    for row in dates:
        if row.get("kind", "date") != "date" or row.get("start_date") is None:
            continue
        attached = date_token(doc, row)
        if (attached is None or row["start"] <= attached.idx < row["end"]
                or dated_word(attached, dates, row)):
            continue
        attached = _saying_verb(doc, attached, row) or attached
        if index is not None:
            attached = index.outside_name(attached)
        speaking = _speaking_in(attached)
        # the verb that speaks in the dated medium, unless listed (it dates itself: dating.py)
        # or no act ("semble savoir"): then the medium's own word, as before
        predicate = (predicate_of(speaking, lex) if speaking is not None
                     and speaking.i not in held else None) or predicate_of(attached, lex)
        participle = _split_tense(attached) if predicate is None else None
        if participle is not None and (found := predicate_of(participle, lex)) is not None:
            predicate = (found[0], attached)  # the act, carried by the verb the date is on
        if predicate is None:
            continue
        primary, anchor = predicate
        primary = modal_complement(primary, modal_verbs()) or primary
        if primary.i in held or anchor.i in held or (
                index is not None and primary.pos_ == "NOUN" and describes_person(primary, index)):
            continue
        pos = "VERB" if primary.pos_ in ("VERB", "AUX", "ADJ") else "NOUN"
        lemma = primary.lemma_.lower()
        # the words around it type it whatever its voice ("des manifestants rassemblés": a
        # rally); only the lexicon's type may hold for a pronominal use alone
        type_, cameo = expression_type(anchor, primary) or pronominal_only(
            primary, pos, token_type(primary, pos, pos == "VERB" and passive_voice(primary)))
        if index is not None and pos == "VERB" and presence(primary, index):
            type_, cameo = PRESENCE  # "se trouvait lundi à X"
        if type_ == "other" and (act := aspect_complement(primary)) is not None:
            type_, cameo = predicate_type(act, "VERB", passive_voice(act))  # "commencé à juger"
        group = _Group([primary], primary, anchor, Trigger(lemma, pos, type_, cameo),
                       listed=False)
        group.indices = {primary.i, anchor.i}
        held |= group.indices
        groups.append(group)
    return groups


def _split_tense(verb: Token) -> Token | None:
    """The participle of a compound tense the parse made the complement of its auxiliary, a
    date standing between them ("pour avoir en 2013 frappé": the act is "frappé"), or None."""
    if verb.lemma_ not in ("avoir", "être"):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                 and past_participle(c)), None)


def dated_word(token: Token, dates: Sequence[Mapping[str, Any]],
               row: Mapping[str, Any]) -> bool:
    """The token is a word of another date than the row's ('"Un Noël sans neige n'est pas
    un Noël"'): a time, not an act. The row's own word may be: a parse that hangs the clause
    on its date ("Jeudi 23 janvier, X et Y ont dû se justifier") still tells the act."""
    return any(date["start"] <= token.idx < date["end"] for date in dates if date is not row)


def _speaking_in(noun: Token) -> Token | None:
    """The verb whose clause holds the medium a date is hung on, or the participle that dates
    it ("Dans une lettre datée du 12 mars, le ministre demande": "demande"), which says its
    words there and takes that date (dating._medium_date); None when the token is no
    medium's noun (or its participle) in a verb's phrase."""
    if noun.pos_ == "VERB" and noun.dep_ == "acl":
        noun = noun.head  # "dans un entretien publié le 3 mars": the interview's date
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _words("media"):
        return None
    if not noun.dep_.startswith("obl") or noun.head.pos_ not in ("VERB", "AUX"):
        return None  # "la lettre datée du 12 mars a été publiée": the letter's own date
    return noun.head


def _saying_verb(doc: Doc, attached: Token, row: Mapping[str, Any]) -> Token | None:
    """The verb of saying in incise after the quotation the date was hung in, when the date is
    outside it ('"Je redis notre soutien", a ajouté X samedi'): the date is the saying's."""
    for start, end in utterances(doc):
        if start <= attached.idx < end and not start <= row["start"] < end:
            return next((t for t in doc[attached.i:attached.sent.end]
                         if t.idx >= end and incise_verb(doc, t)), None)
    return None


def age_of_a_thing(token: Token) -> bool:
    """"datant de" on a noun of a thing ("une facture datant de 2017", "des dispositions
    datant de 1922"): the thing's age. On a medium or an act it dates what was said or done
    ("une étude datant de 2015", "un traité datant de 1955"), as "daté du" dates a document
    ("une circulaire datée du 20 novembre", "le Journal du Dimanche daté du 6 octobre")."""
    noun = token.head
    return (token.lower_ == "datant" and token.dep_ in ("acl", "amod")
            and noun.pos_ == "NOUN" and noun.i < token.i and not noun.ent_type_
            and noun.lemma_.lower() not in _words("media") | _words("disclosed")
            and not is_event_noun(noun.lemma_))


def dated_words(token: Token) -> Token | None:
    """The noun of words "datant de" dates, past the names of its phrase the parse may hang
    the participle on ("une déclaration de l'Académie des sciences datant de 2017"): that
    noun is the event, the participle no act; None for any other token."""
    if token.lower_ != "datant" or token.dep_ not in ("acl", "amod"):
        return None
    noun = token.head
    while noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and not is_event_noun(noun.lemma_):
        noun = noun.head
    return noun if noun.pos_ == "NOUN" and noun.i < token.i and type_of(
        noun.lemma_.lower(), "NOUN")[0] in QUOTE_TYPES else None


def predicate_of(token: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """(the predicate, the verb that carries it) for the token a date hangs on, or None when
    that token is no predicate (a thing's noun, a copula, a verb that is no act)."""
    lemma = token.lemma_.lower()
    if term_of_office(token):
        return None  # "il fut porte-parole du parti de 1999 à 2001": a term held
    if in_locution(token):
        return None  # "par rapport au mois de mars", "à compter du 1er": a preposition
    if age_of_a_thing(token):
        return None  # "une facture datant du 28 décembre": the invoice's date, no act
    if dated_words(token) is not None:
        return None  # "une déclaration de X datant de 2017": the act's own noun is the event
    if token.pos_ in ("NOUN", "PROPN"):
        undergone = _undergone(token, lex)
        if undergone is not None:
            return undergone, token  # "la ville a été la cible d'un attentat": the attack
        if not is_event_noun(lemma) and not (nominal_expression(token) and token.dep_ not in (
                "obj", "iobj")):
            # "la vidéo du 30 avril": the date is the thing's, not an act's; "sa mise en
            # examen le 3 mars" names an act, unless a verb's object ("a reçu une mise en
            # garde": the verb tells it)
            return None
        return token, _carrier(token, lex)
    if locution_participle(token):
        # "descendus dans la rue en ordre dispersé lundi": the verb the phrase is said of
        verb = token.head.head
        return predicate_of(verb, lex) if verb.pos_ == "VERB" and verb.i != token.head.i else None
    if token.pos_ == "ADJ" or (token.pos_ == "VERB" and token.dep_ in ("acl", "amod")):
        # "l'élection prévue samedi", "la réunion annoncée lundi": the noun is the event
        if (lemma in lex.planned_modifiers or token.lower_ in lex.planned_modifiers) and (
                token.head.pos_ in ("NOUN", "PROPN") and is_event_noun(token.head.lemma_)):
            return token.head, token.head
        if token.pos_ == "ADJ":
            return None
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("aux", "aux:tense", "aux:pass", "cop"):
        return None
    if lemma in _words("not_acts"):
        return None  # "a appris mardi l'AFP": the newsroom learning is no event
    noun = _carried_noun(token, lex)
    if noun is not None:
        return noun, token
    if token.pos_ == "AUX" or lemma in _words("light_verbs"):
        return None  # "était lundi à Paris", "a eu lieu": no act of its own
    return token, token


def _undergone(noun: Token, lex: Lexicon) -> Token | None:
    """The act a noun of undergoing carries ("victime d'une agression", "la cible d'un
    attentat"), or None."""
    return next((child for child in noun.children if child.pos_ == "NOUN"
                 and (noun.lemma_.lower(), child.dep_) in lex.support
                 and is_event_noun(child.lemma_)), None)


def _carried_noun(verb: Token, lex: Lexicon) -> Token | None:
    """The event noun a support or light verb carries ("tenir une réunion", "faire une
    déclaration", "la rencontre a eu lieu")."""
    lemma = verb.lemma_.lower()
    if lemma not in lex.support_verbs and lemma not in _words("light_verbs"):
        return None
    for child in (*verb.children, *lent_subjects(verb)):
        if child.dep_ in _CARRIED_DEPS and child.pos_ == "NOUN" and is_event_noun(child.lemma_):
            return child
    return None


def _carrier(noun: Token, lex: Lexicon) -> Token:
    """The support verb of an event noun, else the noun itself."""
    head = noun.head
    if head.i != noun.i and head.pos_ in ("VERB", "AUX") and noun.dep_ in _CARRIED_DEPS and (
            head.lemma_.lower() in lex.support_verbs
            or head.lemma_.lower() in _words("light_verbs")):
        return head
    if head.i != noun.i and (head.lemma_.lower(), noun.dep_) in lex.support:
        return head  # "victime d'une agression", whatever part of speech the tagger gave it
    return noun
