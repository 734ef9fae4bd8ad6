"""Who acts and who is acted on: the event's participants split into actors and targets, a role
noun's person (role_nouns.py), and a statement's quote.

- actors: the subject of an active predicate, the agent of a passive ("par X"), a subject the
  predicate shares with the verbs above it, the name before the verb when the parse lost the
  subject, the "de X" of an event noun of speech or will ("les protestations de X");
- targets: objects, the subject of a passive, "avec X", "à X", "contre X", the "de X" of an
  event noun done to someone ("l'arrestation de X");
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set
from typing import TYPE_CHECKING, Any

from corpus_cli.extract.voice import etre_is_tense, takes_etre

from .anaphora import hyphened, quote_speaker, subject_pronoun
from .arguments import _mention_head, _preposition, _relative_antecedent, chained_verb
from .clauses import (
    absolute_participle,
    between_sides,
    of_persons,
    person_nouns,
    subject_left_apart,
)
from .kinds import carried_type, predicate_type, quantity
from .offices import affiliation, held_office, office_of_apposed
from .tokens import inside, quotations, span_of
from .tree import (
    _ACTOR_COMPLEMENT_TYPES,
    _FREE_DEPS,
    _Group,
    _Mentions,
    auxiliaries_shared,
    bare_participle,
    fronted_subjects,
    past_participle,
    single_group,
)
from .wordlists import Trigger, _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
# The preposition of a passive's agent.
_AGENT = frozenset({"par"})
# The prepositions of the body a passive act with no agent is done at ("voté à l'Assemblée").
_AT_BODY = frozenset({"à", "au", "aux", "devant"})
# The types of the acts of a body of justice someone is brought before ("présenté au
# parquet", "jugé devant le tribunal").
_BEFORE_JUSTICE = frozenset({"charge", "trial"})
# How many words the parse may hang between a passive and its agent: the date words it read
# as verbs ("revendiqué dimanche après-midi par X").
MAX_AGENT_CLIMB = 3
# Who an undergone act comes from: "une mise en garde de Y", "des tirs par Y".
_FROM = frozenset({"de", "d'", "d’", "du", "des", "par"})
_OF = _FROM - _AGENT
_ACTOR_DEPS = frozenset({"nsubj", "obl:agent", "csubj"})
# How a name hangs on the noun it is apposed to ("le préfet X").
_APPOSED = frozenset({"appos", "flat:name", "flat"})
# The types of a verb of saying whose speaker commits to the act reported ("a promis X").
_PROMISES = frozenset({"intent_to_cooperate"})
# Types whose verb is one of saying: a name inverted after it in incise is the speaker
# (", révèle lundi X": the outlet that publishes).
_SPEECH_ROLES = frozenset({"public_statement", "appeal", "demand", "disapprove", "reject",
                           "threaten", "intent_to_cooperate", "yield", "diplomatic_cooperation",
                           "publication"})
# Labels of a speaker inverted after a verb of saying: a person, a body, or an outlet the model
# could not class (", révèle mercredi Le Journal du Soir", often MISC).
_SPEAKER_LABELS = frozenset({"PER", "ORG", "MISC"})
# The most words between a verb and a speaker inverted after it (", a ironisé lundi soir X").
MAX_INVERSION_GAP = 4
_PASSIVE_KEY = "corpus_cli.events.passive"
# The most words of a prepositional phrase between them (", a dit au micro de Radio Sud X").
MAX_PHRASE_GAP = 6
_TARGET_DEPS = frozenset({"obj", "iobj", "nsubj:pass", "obl:arg", "obl", "obl:mod", "xcomp"})
# Quotation marks of French news: « », straight and curly double quotes.
_QUOTE = re.compile(r"«\s*([^»]{3,}?)\s*»|\"([^\"]{3,}?)\"|“([^”]{3,}?)”")


def split_roles(doc: Doc, group: _Group, index: _Mentions, participants: Sequence[int],
                raised: set[int]) -> tuple[list[int], list[int]]:
    """The participants (mention row indices) as (actors, targets)."""
    actors: list[int] = []
    targets: list[int] = []
    undergoes = undergone(group.anchor, index)
    passive = _passive_voice(group.anchor) or undergoes
    for mention_index in participants:
        role = _role_of(doc, group, index, mention_index, raised, passive, undergoes)
        if role != "none":
            (actors if role == "actor" else targets).append(mention_index)
    return actors, targets


def _role_of(doc: Doc, group: _Group, index: _Mentions, mention_index: int, raised: set[int],
             passive: bool, undergoes: bool) -> str:
    row = index.rows[mention_index]
    relative = row["label"] in ("PER", "ORG") and mention_index in _relative_antecedent(
        doc, group.anchor, index)
    if in_medium(doc, row) and not relative:
        # "a démenti sur Twitter", "dans l'émission X": what carried it; not "dans un
        # entretien à X, qui en a diffusé un extrait", where X does the relative's act
        return "target"
    if inverted_speaker(doc, group, row, index):
        return "actor"  # '"...", a déclaré X', '..., a précisé vendredi X'
    if between_sides(_mention_head(doc, row), group):
        return "actor"  # "les combats entre X et Y ont repris": both sides fight
    if group.trigger.type == "election" and (group.anchor.pos_ == "NOUN"
                                             or carried_type(group.anchor) is not None):
        # "X, candidat à la présidentielle", "la liste X arrive en tête des européennes", "le
        # scrutin a eu lieu": the voters hold an election (events_dev/RULES.md); a name around
        # its noun runs in it, unless it is the noun's "par X"
        head = _mention_head(doc, row)
        return "actor" if _in_agent_phrase(head, group) or any(
            c.dep_ == "case" and c.lower_ in _AGENT for c in head.children) else "target"
    if relative:
        # "le chef du groupe au Sénat X, qui a déposé": the name before "qui" is its subject,
        # wherever the parse hung the relative clause (on the role noun, often)
        return "target" if passive else "actor"
    if subject_left_apart(doc, group.anchor, row["start"], row["end"]):
        return "target" if passive else "actor"  # "Dévoilant un courrier, X annonce"
    token = _mention_head(doc, row)
    first = doc[index.first.get(mention_index, token.i)]
    if first.dep_ in _FREE_DEPS and first.head.dep_ == "obj":
        token = first  # "qu'a annoncé le ministre X": X hangs on the role, whatever its head
    elif first.i != token.i and first.dep_ == "nmod" and first.head.i in group.indices:
        token = first  # "l'allocution d'Emmanuel Macron", "Macron" read as an adverb
    while token.dep_ in _FREE_DEPS and token.head.i != token.i and token.i not in raised:
        token = token.head
    token = office_of_apposed(token, row)
    if token.i in raised:  # "X doit rencontrer", "X, qui a rencontré"
        # "X, qui a subi un revers", "X a été arrêté puis placé en garde à vue"; a bare
        # participle leaves its noun as it was ("dans un communiqué publié lundi, X")
        # ("Interpellé lundi, X a été placé": a fronted participle's X was arrested; so was
        # the X a participle qualifies: "X, arrêté lundi à Lyon")
        shared = passive and (not bare_participle(group.anchor)
                              or chained_verb(group.anchor) is not None
                              or bool(fronted_subjects(group.anchor))
                              or group.anchor.head.i == token.i)
        return "target" if undergoes or shared else "actor"
    owner = token.head
    if undergoes and row["label"] in ("PER", "ORG") and _preposition(
            doc, _mention_head(doc, row), row) in _FROM:
        return "actor"  # "X a reçu une mise en garde de Y", "X a essuyé des tirs de Y"
    if (passive and token.dep_ == "nmod" and row["label"] in ("PER", "ORG")
            and _is_agent(owner, group)):
        return "actor"  # "par la branche afghane de X", "par le cabinet de X": X acts
    if (group.anchor.pos_ == "NOUN" and row["label"] in ("PER", "ORG")
            and _in_agent_phrase(token, group)):
        return "actor"  # "l'audition jeudi par la commission du Sénat": an act's "par X"
    if (passive and row["label"] == "ORG" and _preposition(doc, token, row) in _AT_BODY
            and (group.anchor.lemma_.lower() in _words("sitting_acts")
                 or group.trigger.type in _BEFORE_JUSTICE)
            and not any(c.dep_ == "obl:agent" for c in group.anchor.children)):
        return "actor"  # "examiné mardi au Sénat", "présenté au parquet": that body does it
    if (passive or group.trigger.type == "publication") and _author(token, row, group):
        return "actor"  # "les informations de X publiées dimanche": X published them
    if owner.i in group.indices or owner.i == group.anchor.i:
        if passive and any(c.dep_ == "case" and c.lower_ in _AGENT for c in token.children):
            return "actor"  # "nommé par le président X": the agent's apposed name acts
        if token.dep_ in _ACTOR_DEPS:
            return "target" if passive and token.dep_ == "nsubj" else "actor"
        if token.dep_ == "nsubj:pass":
            return "target" if passive else "actor"  # "X était intervenu": être of a tense
        if token.dep_ == "nmod" and owner.pos_ in ("NOUN", "PROPN"):
            return "actor" if group.trigger.type in _ACTOR_COMPLEMENT_TYPES or (
                group.trigger.cameo or "").startswith("04") else "target"
        if token.dep_ == "obj" and _relative_inversion(group.anchor, token):
            return "target" if passive else "actor"  # "le message qu'a émis l'Élysée"
        if token.dep_ in _TARGET_DEPS:
            return "target"
    if row["start"] < group.anchor.idx and _unowned_participle(group.anchor, token):
        return "none"  # "X a présenté le plan adopté en 2019": X did not adopt it
    if passive and _preposition(doc, _mention_head(doc, row), row) in _AGENT:
        return "actor"  # "reçu vendredi par X", the agent hung on the wrong word
    # The parse lost the link (a fallback found the name): before the verb, with no
    # preposition, a name is its subject; not a bare participle's, done to the noun it hangs
    # on, a name before which is another verb's subject ("X songe à vendre son château
    # acheté en 2008"), whom the clause says most likely acted.
    if row["label"] == "ORG" and affiliation(token, group.anchor):
        return "none"  # "le président du groupe X a expliqué": the president speaks, not X
    if row["start"] < group.anchor.idx and not _has_case(token):
        return "target" if passive and (not bare_participle(group.anchor)
                                        or group.anchor.head.i == token.i) else "actor"
    return "target"


def _unowned_participle(participle: Token, name: Token) -> bool:
    """A bare participle on a noun no possessive ties to anyone ("l'accord conclu en 2015",
    not "son château acheté en 2008"), and a name outside that noun: the name is no one the
    participle's act is told of."""
    noun = participle.head
    # "a menacé les députés dans une lettre envoyée mardi": a medium's author is who speaks
    return (bare_participle(participle) and participle.dep_ in ("acl", "amod")
            and noun.pos_ == "NOUN" and noun.i != name.i
            and noun.lemma_.lower() not in _words("media")
            and not any(c.dep_ == "det" and "Yes" in c.morph.get("Poss", [])
                        for c in noun.children)
            and not noun.is_ancestor(name))


def in_medium(doc: Doc, row: Mapping[str, Any]) -> bool:
    """The mention names what carries the act ("a démenti sur Twitter", "a dit dans Le
    Monde", "dans l'émission Quotidien"): the medium, not who acts."""
    head = _mention_head(doc, row)
    if head.dep_ in ("nmod", "appos", "flat:name") and head.head.lemma_.lower() in _words(
            "media"):
        head = head.head
    if any(c.dep_ == "case" and c.lower_ in _words("medium") for c in head.children):
        return True
    # The words before the name, whatever the parse: 'dans l'émission "X"', "sur la chaîne X"
    before = [t for t in doc[max(0, head.i - 4):head.i] if not t.is_quote]
    while before and before[-1].idx >= row["start"]:
        before.pop()
    return (len(before) >= 2 and before[-1].lemma_.lower() in _words("media")
            and any(t.lower_ in _words("medium") for t in before[-3:-1]))


def _author(token: Token, row: Mapping[str, Any], group: _Group) -> bool:
    """The "de X" of the noun a participle of saying or publishing hangs on ("le rapport de X
    publié lundi", "les informations de X diffusées", the parse hanging the participle on X
    itself): whose words they are. Not for other acts: "la maison de X détruite" was not
    destroyed by X."""
    anchor = group.anchor
    if group.trigger.type not in _SPEECH_ROLES:
        return False
    hung: Token | None = anchor.head
    if anchor.dep_ not in ("acl", "amod"):
        # "le rapport de X sera publié vendredi", "le livre de X paraîtra jeudi": the subject
        # of a verb of publishing is the work, its "de X" the author
        hung = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubj:pass")
                     and c.pos_ == "NOUN"), None) if group.trigger.type == "publication" else None
    if hung is None:
        return False
    if not (row["start"] <= hung.idx < row["end"]
            or (token.dep_ in ("nmod", "appos", "flat:name") and token.head.i == hung.i)):
        return False
    # Read from the words: the parse of a name of several words often loses its "de". No
    # preposition: the name qualifies the noun ("un sondage X paru mardi").
    return _preposition(token.doc, _mention_head(token.doc, row), row) in _OF | {None}


def with_source(doc: Doc, group: _Group, index: _Mentions,
                roles: tuple[list[int], list[int]],
                participants: list[int]) -> tuple[list[int], list[int], list[int]]:
    """Actors, targets and participants once the "selon X" of the sentence is placed. X acts
    in a report or a statement that names no other actor, or in a publication ("selon X dans
    un article publié jeudi"); never a target. Of another act ("selon X, la demande sera
    examinée mardi") X only tells: it takes no part, nor do the names of its phrase ("selon
    la Direction de Y (DY)")."""
    actors, targets = roles
    source = source_actor(doc, group, index)
    if source is None:
        return actors, targets, participants
    phrase = {t.i for t in _mention_head(doc, index.rows[source]).subtree}
    # Who the clause itself makes act stays ("selon X, qui avait réuni 21 % des voix").
    told = {m for m in participants if _mention_head(doc, index.rows[m]).i in phrase
            and m not in actors}
    others = ([m for m in actors if m not in told], [m for m in targets if m not in told],
              [m for m in participants if m not in told])
    if group.trigger.type in _SPEECH_ROLES and (
            not actors or source in targets or group.trigger.type == "publication"):
        return ([source, *(m for m in actors if m != source)],
                [m for m in targets if m != source],
                [source, *(m for m in participants if m != source)])
    return others


def with_quote_speaker(doc: Doc, group: _Group, index: _Mentions,
                       roles: tuple[list[int], list[int]],
                       participants: list[int]) -> tuple[list[int], list[int], list[int]]:
    """Actors, targets and participants of an act told in the first person inside a quotation
    ('"Nous allons décider cela demain", a déclaré X'): with no other actor, the speaker acts
    (alone, or for the side "nous" stands for), and is no target."""
    actors, targets = roles
    if actors or _passive_voice(group.anchor):
        return actors, targets, participants
    speaker = quote_speaker(doc, group.anchor, index)
    if speaker is None:
        return actors, targets, participants
    return ([speaker], [m for m in targets if m != speaker],
            [speaker, *(m for m in participants if m != speaker)])


def undergone(verb: Token, index: _Mentions) -> bool:
    """The subject undergoes the act ("X a subi un revers", "X a reçu une mise en garde de Y"):
    its roles are a passive's."""
    lemma = verb.lemma_.lower()
    if lemma in _words("undergoing"):
        return True
    if lemma not in _words("undergoing_objects"):
        return False
    objects = [c for c in verb.children if c.dep_ == "obj"]
    # protesters are received, not undergone ("a reçu un premier gilet jaune")
    persons = person_nouns() | _words("protesters")
    return bool(objects) and all(c.pos_ == "NOUN" and index.at(c) is None
                                 and c.lemma_.lower() not in persons
                                 and not _share_of_persons(c, index) for c in objects)


def _share_of_persons(noun: Token, index: _Mentions) -> bool:
    """A share or a number of persons ("une partie des syndicats", "une dizaine d'élus"): a
    host receives them; no one undergoes them."""
    return quantity(noun) and any(
        c.dep_ == "nmod" and (index.at(c) is not None or c.lemma_.lower() in person_nouns())
        for c in noun.children)


def _is_agent(token: Token, group: _Group) -> bool:
    """The passive's agent: a complement with "par" of the event, or of a word the parse hung
    on it ("revendiqué dimanche par X", "dimanche" read as a verb; "revendiqué dimanche
    après-midi par X", each date word hung on the one before)."""
    governors: set[int] = set()
    ancestor = token
    for _ in range(MAX_AGENT_CLIMB):
        ancestor = ancestor.head
        governors.add(ancestor.i)
    return bool(governors & (group.indices | {group.anchor.i})) and any(
        c.dep_ == "case" and c.lower_ in _AGENT for c in token.children)


def _in_agent_phrase(token: Token, group: _Group) -> bool:
    """The name is the "par" complement of the event, or a name of its phrase ("par la
    commission des lois du Sénat")."""
    for _ in range(MAX_AGENT_CLIMB):
        if _is_agent(token, group):
            return True
        if token.dep_ not in ("nmod", "flat:name", "appos") or token.head.i == token.i:
            return False
        token = token.head
    return False


def inverted_speaker(doc: Doc, group: _Group, row: Mapping[str, Any],
                      index: _Mentions) -> bool:
    """The name after a verb of saying in incise ('", a déclaré X', ', a précisé lundi X'):
    the parser often reads it as the object or a modifier, but it is the speaker. Holds for a
    verb with no subject before it, right after a comma or a quotation mark, when the name
    is the first one after it, with no preposition."""
    verb = group.anchor
    if (verb.pos_ not in ("VERB", "AUX") or row["start"] < verb.idx
            or _subject_before(verb)):
        return False
    # a place's name right after the verb speaks too: an outlet the model took for a place
    # (", révèle Franceinfo"), a seat of power (", a fait savoir Matignon")
    if row["label"] not in _SPEAKER_LABELS and not (
            row["label"] == "LOC" and _right_after(doc, verb, row)):
        return False
    first = _group_start(verb)
    if not _incise_opens(doc, first):
        return False
    if (group.trigger.type not in _SPEECH_ROLES and not _after_quotation(doc, first)
            and not _right_after(doc, verb, row)):
        return False  # a verb the lists do not know ("ironise X"): only a name right after it
    head = _mention_head(doc, row)
    if _preposition(doc, head, row) is not None or _behind_person_noun(verb, row):
        return False
    # The first name after the verb, complements aside ("a déclaré sur Radio Sud X"), and
    # those of the office the name holds ("le chef du Mouvement (M) Luigi X": Luigi X).
    if row["label"] != "PER" and any(
            (held := held_office(doc, r)) is not None and held.left_edge.idx <= row["start"]
            for r in index.rows if row["start"] < r["start"] < verb.sent.end_char):
        return False  # the office's complement, not the person holding it
    office = held_office(doc, row)
    earlier = [r for r in index.rows if verb.idx < r["start"] < row["start"]
               and r["label"] in _SPEAKER_LABELS and r["start"] < verb.sent.end_char
               and _preposition(doc, _mention_head(doc, r), r) is None
               and (office is None or r["start"] < office.left_edge.idx)]
    return not earlier


def _behind_person_noun(verb: Token, row: Mapping[str, Any]) -> bool:
    """A person noun stands in the inverted subject's place and the name is not its own (not
    in its phrase nor apposed to it: "a estimé le ministre dimanche dans une interview à la
    chaîne X", a date or a verb outside the noun's phrase between them): the noun is the
    speaker, the name something else."""
    slot = _inverted_slot(verb)
    if slot is None or slot.pos_ != "NOUN" or not of_persons(slot) or slot.idx > row["start"]:
        return False
    own = {t.i for t in slot.subtree}
    between = [t for t in verb.doc[slot.i + 1:] if t.idx < row["start"]]
    return any((t.lower_ in _words("inversion_gap") and t.pos_ != "DET")
               or (t.i not in own and t.pos_ in ("VERB", "AUX")) for t in between)


def inverted_noun(doc: Doc, group: _Group) -> Token | None:
    """The noun a verb of saying in incise inverts as its subject ('", a déclaré dimanche le
    député à l'AFP', ', estiment mardi 21 avril les maires'): a speaker described, not named.
    The parser reads it as the object."""
    verb = group.anchor
    if verb.pos_ not in ("VERB", "AUX") or _subject_before(verb):
        return None
    first = _group_start(verb)
    if not _incise_opens(doc, first):
        return None
    if group.trigger.type not in _SPEECH_ROLES and not _after_quotation(doc, first):
        return None
    token = _inverted_slot(verb)
    return token if token is not None and token.pos_ == "NOUN" and not _has_case(token) else None


def _inverted_slot(verb: Token) -> Token | None:
    """The first word after a verb where French puts an inverted subject: past the adverbs,
    date words, determiners, adjectives before their noun and a short prepositional phrase
    ("a reconnu mardi au micro de Franceinfo le ministre"). Read along the words, not the
    parse, which hangs that noun anywhere (on the date, even)."""
    doc = verb.doc
    position, skipped = verb.i + 1, 0
    while position < min(verb.i + MAX_INVERSION_GAP + 3 + skipped, verb.sent.end):
        token = doc[position]
        phrase = _phrase_end(token)
        if phrase is not None:
            skipped += phrase - position
            position = phrase
            continue
        if (token.pos_ in ("ADV", "NUM", "DET") or token.lower_ in _words("inversion_gap")
                or (token.pos_ == "ADJ" and token.head.i > token.i)):
            position += 1  # "l'ancien ministre": the adjective before its noun
            continue
        return token
    return None


def _reported_before(verb: Token, first: int, subjects: Sequence[Token]) -> bool:
    """The words before the comma are what was said, and the person after the verb says it
    ("Le début est décalé, a annoncé mardi le ministre"): the verb group right after a comma,
    its parsed subject no one who could speak (name, pronoun, person noun) or quoted words
    after it, and a person's name or a person noun in the inverted subject's place."""
    if first < 1 or verb.doc[first - 1].text != ",":
        return False
    if any(_speaker_like(subject) and not any(t.is_quote for t in verb.doc[subject.i:first])
           and not absolute_participle(subject) for subject in subjects):
        return False  # 'La ville compte "20% de moins", a estimé le maire': quoted between
    slot = _inverted_slot(verb)
    return slot is not None and not _has_case(slot) and (
        slot.ent_type_ in ("PER", "ORG") or (slot.pos_ == "NOUN" and of_persons(slot)))


def _speaker_like(token: Token) -> bool:
    return (token.ent_type_ in ("PER", "ORG") or token.lower_ in _PRONOUNS
            or token.pos_ == "PRON" or of_persons(token))


def _relative_inversion(verb: Token, obj: Token) -> bool:
    """A relative clause whose object is its relative pronoun ("que", "qu'") and whose subject
    is inverted after the verb ("le message qu'a émis X"): the parser reads X as a second
    object, but the object is taken, so X is the subject."""
    if obj.i < verb.i or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return False
    return any(c.dep_ == "obj" and c.i < verb.i and "Rel" in c.morph.get("PronType", [])
               for c in verb.children)


def _phrase_end(token: Token) -> int | None:
    """The index after the prepositional phrase a preposition opens ("au micro de X"), when
    it is short enough to stand between a verb of saying and its inverted subject."""
    head = token.head
    if token.dep_ != "case" or head.i <= token.i:
        return None
    end = max(t.i for t in head.subtree) + 1
    return end if end - token.i <= MAX_PHRASE_GAP else None


def incise_speaker(doc: Doc, group: _Group, index: _Mentions) -> int | None:
    """The mention row of the name a verb of saying in incise inverts as its subject when the
    parse hung it outside the verb's clause ('"Nous partirons", a expliqué lundi X', with X
    read as the quoted verb's subject), or None."""
    verb = group.anchor
    if group.trigger.type not in _SPEECH_ROLES or verb.pos_ not in ("VERB", "AUX"):
        return None
    end = verb.sent.end_char
    return next((number for number, row in enumerate(index.rows)
                 if verb.idx < row["start"] < end
                 and inverted_speaker(doc, group, row, index)), None)


def reporter_of(doc: Doc, group: _Group, index: _Mentions) -> tuple[list[int], str] | None:
    """(mention rows, type of the verb of saying) of the names that report the event's clause
    in an incise after it ("Le pont sera fermé lundi, a annoncé le préfet X": X reports the
    closing; "ont estimé X et Y": both), or None. A reporter is no participant of what it
    reports; a promise's maker ("doit être livré mercredi, a promis X") is who will act."""
    anchor = group.anchor
    if inside(quotations(doc), anchor.idx):
        return None  # quoted words: their speaker acts for "nous" (with_quote_speaker)
    found = next((saying for saying in _sayings(doc, anchor.sent, index)
                  if saying[0] > anchor.i), None)
    return None if found is None or found[1] is None else (found[1], found[2])


def _sayings(doc: Doc, sentence: Span, index: _Mentions
             ) -> list[tuple[int, list[int] | None, str]]:
    """(position, reporters or None, type) of each verb of saying in incise after a comma in
    the sentence ('..., a annoncé X'), found once per sentence."""
    cache = index.cache.setdefault("sayings", {})
    if sentence.start in cache:
        return cache[sentence.start]
    found: list[tuple[int, list[int] | None, str]] = []
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.dep_ in ("xcomp", "ccomp", "acl", "acl:relcl"):
            continue
        first = _group_start(verb)
        if first == 0 or doc[first - 1].text != "," or _subject_before(verb):
            continue
        kind = predicate_type(verb, "VERB", False)[0]
        if kind not in _SPEECH_ROLES:
            continue
        saying = single_group(verb, Trigger(verb.lemma_.lower(), "VERB", kind, None))
        speaker = next((number for number, row in enumerate(index.rows)
                        if verb.idx < row["start"] < sentence.end_char
                        and inverted_speaker(doc, saying, row, index)), None)
        found.append((verb.i, None if speaker is None else _with_conjoined(doc, index, speaker),
                      kind))
    cache[sentence.start] = found
    return found


def with_conjoined_speakers(doc: Doc, index: _Mentions, speaker: int, actors: list[int],
                            targets: list[int]) -> tuple[list[int], list[int]]:
    """Actors and targets with the names conjoined to an inverted speaker speaking with it
    ('", ont estimé X et Y': the parse reads Y as an object)."""
    joined = [m for m in _with_conjoined(doc, index, speaker) if m != speaker]
    return ([*actors, *(m for m in joined if m not in actors)],
            [m for m in targets if m not in joined])


def _with_conjoined(doc: Doc, index: _Mentions, number: int) -> list[int]:
    """The mention row and the rows the parse conjoins to it ("l'Unicef et les ONG X et Y",
    "le préfet X et la maire Y": through the nouns the names are apposed to)."""
    first = _mention_head(doc, index.rows[number])
    heads = {first.i, *([first.head.i] if first.dep_ in _APPOSED else [])}
    found = [number]
    for other in range(number + 1, len(index.rows)):
        row = index.rows[other]
        span = span_of(doc, row["start"], row["end"])
        joined = [] if span is None else [
            conjoined for token in doc[span[0]:span[1]]
            if (conjoined := _conjoined_to(token, heads)) is not None]
        if not joined:
            break
        heads.update(joined)
        found.append(other)
    return found


def _conjoined_to(token: Token, heads: Set[int]) -> int | None:
    """The conjunct a word stands in (itself, or the noun it is apposed to) when its head is
    one of `heads`, or None."""
    for _ in range(3):
        if token.dep_ == "conj" and {token.head.i, token.head.head.i} & heads:
            return token.i
        if token.dep_ not in _APPOSED:
            return None
        token = token.head
    return None


def without_reporter(doc: Doc, group: _Group, index: _Mentions,
                     roles: tuple[list[int], list[int]], participants: list[int],
                     agentless: bool) -> tuple[list[int], list[int], list[int]]:
    """Actors, targets and participants of an event with the name that reports it in an
    incise after it (`reporter_of`) taken out, or made the actor of a passive with no agent
    it promised ("La présentation doit être livrée mercredi, a promis X")."""
    actors, targets = roles
    found = reporter_of(doc, group, index)
    if found is None:
        return actors, targets, participants
    numbers, kind = found
    actors = [m for m in actors if m not in numbers]
    targets = [m for m in targets if m not in numbers]
    participants = [m for m in participants if m not in numbers]
    if kind in _PROMISES and not actors and agentless and _passive_voice(group.anchor):
        return numbers, targets, [*numbers, *participants]
    return actors, targets, participants


# The object clitics between "comme" and a verb of saying in incise ("comme l'a dit X").
_COMME_CLITICS = frozenset({"l'", "l’", "le"})


def _subject_before(verb: Token) -> bool:
    """The verb has a subject before it: no incise, whose subject is inverted after it (the
    parse may well label that inverted one nsubj: '", a expliqué lundi X'). Right after a
    closing quotation and a comma the verb is in incise whatever the parse hung on it (the
    quoted clause, read as its subject: 'Il "est un choc", a déclaré X')."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i]
    if any(hyphened(c) for c in verb.children):
        return True  # '", a-t-il déclaré', '», explique-t-elle': the inverted pronoun is it
    first = _group_start(verb)
    if (subjects and first >= 2 and verb.doc[first - 1].text == ","
            and verb.doc[first - 2].is_quote):
        closing = verb.doc[first - 2].idx
        quoted = next(((start, end) for start, end in quotations(verb.doc)
                       if start < closing < end), None)
        if quoted is not None:  # the quoted words are no subject of the verb after them
            subjects = [c for c in subjects if not quoted[0] <= c.idx < quoted[1]]
    return bool(subjects) and not _reported_before(verb, first, subjects)


def _incise_opens(doc: Doc, first: int) -> bool:
    """The words before a verb group open an incise: a punctuation or quotation mark, or
    "comme" with its object clitic ("comme l'a confirmé X", "comme le rappelle X")."""
    if first == 0:
        return False
    before = doc[first - 1]
    if before.is_punct or before.is_quote:
        return True
    if before.lower_ in _COMME_CLITICS and first >= 2:
        before = doc[first - 2]
    return before.lower_ == "comme"


def _group_start(verb: Token) -> int:
    """The first token of a verb and its auxiliaries and clitics ("s'est agacé"), with the
    causative "faire" of an infinitive and its own ("ont fait savoir")."""
    before = [c for c in verb.children if c.i < verb.i and (
        c.dep_.startswith(("aux", "expl")) or (c.lemma_ == "faire" and verb.i - c.i <= 2))]
    return min([verb.i, *(c.i for c in before), *(g.i for c in before if c.lemma_ == "faire"
                                                   for g in c.children if g.i < c.i
                                                   and g.dep_.startswith(("aux", "expl")))])


def incise_verb(doc: Doc, verb: Token) -> bool:
    """A verb in incise right after a quotation, with no subject before it ('"...", a ironisé
    X', '"...", s'est agacée X')."""
    if verb.pos_ != "VERB" or _subject_before(verb):
        return False
    first = _group_start(verb)
    return first > 0 and _after_quotation(doc, first)


def _after_quotation(doc: Doc, first: int) -> bool:
    """The verb group follows a closing quotation ('"...", s'est agacé X'): whatever its
    lemma, a verb in that incise says who spoke."""
    before = doc[first - 1]
    if before.text == "," and first >= 2:
        before = doc[first - 2]
    return before.is_quote


def _right_after(doc: Doc, verb: Token, row: Mapping[str, Any]) -> bool:
    """The name follows the verb with at most a few adverbs or date words between ('",
    ironise mardi X'): French inverts the subject so only after a verb of saying."""
    between = [t for t in doc[verb.i + 1:verb.i + MAX_INVERSION_GAP + 2] if t.idx < row["start"]]
    if between and between[-1].i == verb.i + MAX_INVERSION_GAP + 1:
        return False  # more words than the gap allows
    return all(
        t.pos_ in ("ADV", "NUM") or t.lower_ in _words("inversion_gap") for t in between)


def _passive_voice(verb: Token) -> bool:
    """A passive clause: "a été arrêté", "arrêté lundi"; not "est arrivé", where être is the
    auxiliary of a past tense although the model marks the participle Voice=Pass. Read once
    per token and document: every rule of an event asks it."""
    found = verb.doc.user_data.setdefault(_PASSIVE_KEY, {})
    if verb.i not in found:
        found[verb.i] = _reads_passive(verb)
    return found[verb.i]


def _reads_passive(verb: Token) -> bool:
    children = list(verb.children)
    if any(child.dep_ == "aux:pass" for child in children):
        return not etre_is_tense(verb)
    if past_participle(verb) and any(c.lower_ == "été" for c in children):
        return True  # "a été quelque peu chahuté": the parse reads "été" as a copula
    if "Pass" in verb.morph.get("Voice", []) and not any(
            child.dep_ == "aux:tense" for child in children):
        return True
    if _shares_auxiliary(verb):
        return True  # "a été arrêté puis placé en garde à vue": placed too
    return bare_participle(verb) and not takes_etre(verb)


def _shares_auxiliary(verb: Token) -> bool:
    """A past participle coordinated to a passive verb whose auxiliaries it shares."""
    shared = auxiliaries_shared(verb)
    return shared is not None and _passive_voice(shared)


def _has_case(token: Token) -> bool:
    return any(child.dep_ == "case" for child in token.children)


def source_actor(doc: Doc, group: _Group, index: _Mentions) -> int | None:
    """The "selon X" / "d'après X" of the event's sentence, when X is a person, an
    organisation or an outlet (often MISC): who says so, the actor of a report that names no
    other, never a target."""
    sentence = group.primary.sent
    sources = index.cache.setdefault("sources", {})
    if sentence.start not in sources:
        sources[sentence.start] = _first_source(doc, sentence.start_char, sentence.end_char,
                                                index)
    return sources[sentence.start]


def _first_source(doc: Doc, start: int, end: int, index: _Mentions) -> int | None:
    for number, row in enumerate(index.rows):
        if not start <= row["start"] < end or row["label"] not in _SPEAKER_LABELS:
            continue
        head = _mention_head(doc, row)
        if _preposition(doc, head, row) in _words("source"):
            return number
    return None


def pronoun_subject(group: _Group) -> bool:
    """The predicate's subject is a third-person personal pronoun ("il a ensuite reçu",
    "a-t-elle dit")."""
    return subject_pronoun(group.anchor) is not None or any(
        (c.dep_ in ("nsubj", "nsubj:pass") or hyphened(c)) and c.pos_ == "PRON"
        and c.lower_.lstrip("-") in _PRONOUNS for c in group.anchor.children)


def lifted_noun(doc: Doc, group: _Group, raised: Set[int], index: _Mentions) -> Token | None:
    """A subject shared with the verb above that is a noun, not a name ("La ministre a plaidé,
    après avoir assimilé mercredi..."): who acts, described. Not the noun a participle hangs
    on ("les syndicats reçus mardi": they were received)."""
    hung = group.anchor.head.i if group.anchor.dep_ in ("acl", "amod") else None
    return next((doc[i] for i in sorted(raised) if i != hung
                 and doc[i].pos_ == "NOUN" and index.at(doc[i]) is None), None)


def quote_of(doc: Doc, group: _Group, text: str) -> str | None:
    """The reported words of a statement: the quotation nearest the trigger in its sentence,
    else the clause the verb of saying governs ("a déclaré que ...")."""
    sentence = group.primary.sent
    start, end = sentence.start_char, sentence.end_char
    nearest: tuple[int, str] | None = None
    for match in _QUOTE.finditer(text, start, end):
        words = next(g for g in match.groups() if g is not None)
        distance = min(abs(match.start() - group.primary.idx), abs(match.end() -
                                                                     group.primary.idx))
        if nearest is None or distance < nearest[0]:
            nearest = (distance, " ".join(words.split()))
    if nearest is not None:
        return nearest[1]
    clause = next((c for c in group.anchor.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    words = [t for t in clause.subtree if not (t.dep_ == "mark" and t.i == clause.left_edge.i)]
    return " ".join(" ".join(t.text for t in words).split()) or None
