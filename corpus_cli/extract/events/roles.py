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

from corpus_cli.extract.voice import object_of, reflexive
from corpus_cli.names import country_forms, fold, is_given_name

from .agents import opening_clause_subject
from .anaphora import hyphened, offices, subject_pronoun
from .apart import subject_left_apart
from .arguments import (
    _mention_head,
    _outlet_named,
    _preposition,
    _relative_antecedent,
    chained_verb,
)
from .clauses import (
    between_sides,
    calendar_word,
    cardinal,
    past_time_words,
)
from .first_person import quote_speaker
from .incise import (
    SPEAKER_LABELS,
    SPEECH_ROLES,
    has_case,
    in_parentheses,
    incise_speaker,
    inverted_speaker,
    quoted_before,
    reporter_of,
    reports_clause,
    right_after,
)
from .kinds import carried_type, expression_type, is_event_noun, quantity, role_verbs, type_of
from .likeness import likened_role
from .media import GUESTS, QUESTIONING, authored_medium_verb
from .offices import affiliation, office_of_apposed
from .outlets import known_outlet
from .passives import passive_voice
from .persons import person_nouns
from .senses import assembly
from .tokens import span_of, token_index, utterances
from .tree import (
    _ACTOR_COMPLEMENT_TYPES,
    _FREE_DEPS,
    _Group,
    _Mentions,
    bare_participle,
    comparison_mark,
    fronted_subjects,
    object_read_as_subject,
    past_participle,
    row_name,
)
from .wordlists import _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
# The type of a trial (an expression of appearing in court: [undergoing_trials]).
_TRIAL = ("trial", None)
# The preposition of a passive's agent.
_AGENT = frozenset({"par"})
# How many words (a date, an adverb) may part a participle from its "par".
_MAX_BEFORE_AGENT = 3
# The prepositions of the body a passive act with no agent is done at ("voté à l'Assemblée").
_AT_BODY = frozenset({"à", "au", "aux", "devant"})
# Where a sitting's body is named: "débattu à l'Assemblée", "lors du prochain Conseil de
# Paris", "un décret pris en Conseil des ministres".
_IN_SITTING = _AT_BODY | {"lors", "en"}
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
# How a misparse hangs a verb's object on a complement before it.
_HUNG_DEPS = frozenset({"nmod", "appos", "obl:mod"})
# The types of a verb of saying whose speaker commits to the act reported ("a promis X").
_PROMISES = frozenset({"intent_to_cooperate"})
# The acts one has done to oneself with "se faire" ("s'est fait agresser", "s'est fait élire").
_DONE_TO = frozenset({"assault", "arrest", "charge", "trial", "coerce", "fight", "mass_violence",
                      "death", "reject", "disapprove", "threaten", "reduce_relations",
                      "election", "appointment", "investigate"})
_TARGET_DEPS = frozenset({"obj", "iobj", "nsubj:pass", "obl:arg", "obl", "obl:mod", "xcomp"})
# Quotation marks of French news: « », straight and curly double quotes.
_QUOTE = re.compile(r"«\s*([^»]{3,}?)\s*»|\"([^\"]{3,}?)\"|“([^”]{3,}?)”")


def split_roles(doc: Doc, group: _Group, index: _Mentions, participants: Sequence[int],
                raised: set[int]) -> tuple[list[int], list[int]]:
    """The participants (mention row indices) as (actors, targets)."""
    actors: list[int] = []
    targets: list[int] = []
    undergoes = undergone(group.anchor, index)
    passive = passive_voice(group.anchor) or undergoes
    for mention_index in participants:
        role = _role_of(doc, group, index, mention_index, raised, passive, undergoes)
        if role != "none":
            (actors if role == "actor" else targets).append(mention_index)
    return actors, targets


def _name_of_an_act(row: Mapping[str, Any]) -> bool:
    """A name the model gave an act, its noun first ("attentat de Barcelone", "marche pour le
    climat"): what happened, never who acts in it or undergoes it."""
    words = str(row["text"]).split()
    return row["label"] == "MISC" and len(words) > 1 and words[0].islower() and is_event_noun(
        words[0])


def by_means(doc: Doc, row: Mapping[str, Any]) -> bool:
    """A name of a means after "par" ("interrogés par Internet"); not a longer name that
    starts like one ("publiés par le Mail on Sunday")."""
    head = _mention_head(doc, row)
    return str(row["text"]).lower() in _words("means") and any(
        c.dep_ == "case" and c.lower_ == "par" for c in head.children)


def _role_of(doc: Doc, group: _Group, index: _Mentions, mention_index: int, raised: set[int],
             passive: bool, undergoes: bool) -> str:
    row = index.rows[mention_index]
    if _name_of_an_act(row):
        return "none"  # "l'attentat de Barcelone, qui a coûté la vie à": the act, no one
    # "dans les colonnes du Journal X, qui rapporte": an outlet the model tags a work too
    relative = mention_index in _relative_antecedent(doc, group.anchor, index) and (
        row["label"] in ("PER", "ORG") or _outlet_named(doc, index, mention_index))
    if in_medium(doc, row) and not relative and not (
            row["label"] == "PER" and inverted_speaker(doc, group, row, index)):
        # "a démenti sur Twitter", "dans l'émission X": what carried it; not "dans un
        # entretien à X, qui en a diffusé un extrait", where X does the relative's act; not
        # the speaker the parse hung on the outlet ('", déplore dans Le Journal X')
        return "target"
    if by_means(doc, row):
        return "none"  # "interrogés par Internet": how, not who
    if _topic(doc, row, group.anchor):
        # 'Quant à X, "il va commencer à travailler"': X is the one the pronoun stands for
        return "target" if passive else "actor"
    likened = (likened_role(_mention_head(doc, row), group, index, passive)
               if row["label"] in ("PER", "ORG") else None)
    if likened is not None:
        return likened  # "D'autres ont démissionné, comme X", "des chefs d'Etat, comme X"
    if _author_of_medium(doc, group, row):
        return "actor"  # "Dans une vidéo postée vendredi, X dénonce": X posted it
    if inverted_speaker(doc, group, row, index) or (
            incise_speaker(doc, group, index) == mention_index):
        return "actor"  # '"...", a déclaré X', '..., a précisé vendredi X', '-t-on à X'
    if quoted_before(doc, group, row) or _speaks_after(doc, group, row):
        return "none"
    if _inverted_in_relative(doc, group.anchor, row):
        return "target" if passive else "actor"  # "C'est ce qu'a estimé dimanche 3 mai X"
    if passive and _undergone_act(group.anchor) and _preposition(
            doc, _mention_head(doc, row), row) in _AGENT:
        return "target"  # "les huées essuyées lundi par X": X underwent them
    if passive and _agent_along(doc, group.anchor, row):
        return "actor"  # "tenus par le très respecté X", whatever the parse made of it
    if between_sides(_mention_head(doc, row), group):
        return "actor"  # "les combats entre X et Y ont repris": both sides fight
    if _on_the_part_of(_mention_head(doc, row), group):
        return "actor"  # "a fait l'objet d'une charge, de la part de X": X charged
    if row["label"] in ("PER", "ORG") and _called_by(_mention_head(doc, row), group):
        return "actor"  # "une manifestation à l'appel de X": X calls and leads it
    if row["label"] == "ORG" and _sitting_body(_mention_head(doc, row), group.anchor):
        return "actor"  # "le débat et le vote de l'Assemblée auront lieu mercredi"
    if group.trigger.type == "election" and (
            group.anchor.pos_ == "NOUN" or carried_type(group.anchor) is not None
            or group.anchor.lemma_.lower() in _words("running")):
        # "X, candidat à la présidentielle", "la liste X arrive en tête des européennes", "le
        # scrutin a eu lieu", "X a remporté le scrutin": the voters hold an election
        # (events_dev/RULES.md); a name around its noun, or a candidate scoring, runs in
        # it, unless it is the noun's "par X"
        head = _mention_head(doc, row)
        if (group.primary.lemma_.lower() in _words("sitting_nouns")
                and row["label"] in ("ORG", "LOC")
                and head.dep_ == "nmod" and head.head.i == group.primary.i):
            return "actor"  # "le vote de l'Assemblée": the assembly votes, no one is elected
        return "actor" if _in_agent_phrase(head, group) or any(
            c.dep_ == "case" and c.lower_ in _AGENT for c in head.children) else "target"
    if relative:
        # "le chef du groupe au Sénat X, qui a déposé": the name before "qui" is its subject,
        # wherever the parse hung the relative clause (on the role noun, often)
        return "target" if passive else "actor"
    if subject_left_apart(doc, group.anchor, row["start"], row["end"]) or (
            opening_clause_subject(doc, group.anchor, row["start"], row["end"])):
        # "Dévoilant un courrier, X annonce", "Après avoir expliqué samedi, X a indiqué";
        # "..., X a écopé d'une amende": X undergoes it
        return "target" if passive or undergoes else "actor"
    token = _mention_head(doc, row)
    if row["label"] == "ORG" and affiliation(token, group.anchor) and not _person_named(row):
        return "none"  # "le député LREM du Var a évoqué": the deputy speaks
    if row["label"] != "PER" and in_parentheses(doc, row):
        return "none"  # "le député de La République en marche (LREM) X a dit": a gloss
    first = doc[index.first.get(mention_index, token.i)]
    if first.dep_ in _FREE_DEPS and first.head.dep_ in ("obj", "nsubj"):
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
    owner = token.head  # past a date word the parse hung it on ("la visite jeudi de X")
    owner = owner.head if calendar_word(owner) and owner.head.i == group.anchor.i else owner
    if undergoes and row["label"] in ("PER", "ORG") and row["start"] > group.anchor.idx and (
            _preposition(doc, _mention_head(doc, row), row) in _FROM):
        # "X a reçu une mise en garde de Y", "X a essuyé des tirs de Y"; not the name a
        # participle is said of ("le fils de Y, décédé le 28 mai": Y died)
        return "actor"
    if (passive and token.dep_ == "nmod" and row["label"] in ("PER", "ORG")
            and _is_agent(owner, group)):
        return "actor"  # "par la branche afghane de X", "par le cabinet de X": X acts
    if (group.anchor.pos_ == "NOUN" and row["label"] in ("PER", "ORG")
            and _in_agent_phrase(token, group)):
        return "actor"  # "l'audition jeudi par la commission du Sénat": an act's "par X"
    sitting = (group.primary.pos_ == "NOUN"
               and group.primary.lemma_.lower() in _words("sitting_nouns")) or (
        _sitting_held(group.anchor) and assembly(_mention_head(doc, row)))
    if ((passive or sitting) and row["label"] == "ORG"
            and _preposition(doc, token, row) in (_IN_SITTING if sitting else _AT_BODY)
            and (group.anchor.lemma_.lower() in _words("sitting_acts") or sitting
                 or group.trigger.type in _BEFORE_JUSTICE)
            and not any(c.dep_ == "obl:agent" for c in group.anchor.children)):
        # "examiné mardi au Sénat", "présenté au parquet", "l'examen du texte débutera à
        # l'Assemblée": that body does it
        return "actor"
    if (passive or group.trigger.type == "publication" or _document_subject(group.anchor)
            is not None) and _author(token, row, group):
        # "les informations de X publiées dimanche": X published them; "un rapport de X a
        # dénoncé": X's words
        return "actor"
    if owner.i in group.indices or owner.i == group.anchor.i:
        if passive and any(c.dep_ == "case" and c.lower_ in _AGENT for c in token.children):
            return "actor"  # "nommé par le président X": the agent's apposed name acts
        if token.dep_ in _ACTOR_DEPS:
            misread = token.dep_ == "nsubj" and (passive or object_read_as_subject(token))
            return "target" if misread else "actor"
        if token.dep_ == "nsubj:pass":
            return "target" if passive else "actor"  # "X était intervenu": être of a tense
        if token.dep_ == "nmod" and owner.pos_ in ("NOUN", "PROPN"):
            if row["label"] == "LOC" and fold(row_name(row)) not in country_forms():
                return "none"  # "son discours de Villeneuve", "le sommet de Lyon": where
            if owner.lemma_.lower() in GUESTS:
                return "target"  # "X était l'invitée de Y sur Radio Sud": Y hosts, X speaks
            return "actor" if group.trigger.type in _ACTOR_COMPLEMENT_TYPES or (
                group.trigger.cameo or "").startswith("04") or (
                owner.lemma_.lower() in _words("hosted")) else "target"  # "le meeting de X"
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
    if (row["start"] < group.anchor.idx and reports_clause(group.anchor)
            and incise_speaker(doc, group, index) is not None):
        return "target"  # "X n'est pas en reste, a rapporté Le Journal": what is reported
    if row["start"] < group.anchor.idx and not has_case(token):
        return "target" if passive and (not bare_participle(group.anchor)
                                        or group.anchor.head.i == token.i) else "actor"
    return "target"


def _undergone_act(verb: Token) -> bool:
    """A verb of undergoing said in the passive of an act ("les huées essuyées par X", "des
    tirs ont été essuyés par X"), not of a thing ("le montant encaissé par l'État": it
    collected)."""
    if verb.lemma_.lower() not in _words("undergoing"):
        return False
    acts = [verb.head] if verb.dep_ in ("acl", "amod") else [
        c for c in verb.children if c.dep_ == "nsubj:pass"]
    return any(t.pos_ == "NOUN" and is_event_noun(t.lemma_) for t in acts)


def _topic(doc: Doc, row: Mapping[str, Any], verb: Token) -> bool:
    """The name is the topic "quant à" sets before a clause whose subject is "il" or "elle"
    and names no one else."""
    first = doc[span[0]] if (span := span_of(doc, row["start"], row["end"])) else None
    if first is None or first.i < 2 or doc[first.i - 2].lower_ != "quant" or (
            doc[first.i - 1].lower_ not in ("à", "au")) or first.sent != verb.sent:
        return False
    # the parse may read "il" as impersonal
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and not any(
            c.dep_ in _PRONOUN_SUBJECTS for c in verb.children):
        verb = verb.head  # "il va commencer à travailler": the pronoun of "va"
    if verb.lemma_.lower() in _words("not_acts") or any(c.lower_ == "y" for c in verb.children):
        return False  # "il faut attendre", "il y a": impersonal
    return first.i < verb.i and any(c.dep_ in _PRONOUN_SUBJECTS and c.lower_ in ("il", "elle")
                                    for c in verb.children)


_PRONOUN_SUBJECTS = frozenset({"nsubj", "expl:subj"})


def _sitting_body(name: Token, verb: Token) -> bool:
    """The name is the "de X" of a sitting's act that is the verb's subject, or one of its
    subjects: the assembly that holds it."""
    noun = name.head
    if name.dep_ != "nmod" or not assembly(name) or noun.lemma_.lower() not in _words(
            "sitting_nouns"):
        return False
    subject = noun.head if noun.dep_ == "conj" else noun
    return subject.dep_ in ("nsubj", "nsubj:pass") and subject.head.i == verb.i


def _sitting_held(verb: Token) -> bool:
    """A verb that says when or how a sitting's act takes place, the act being its subject or
    its complement ("le débat aura lieu mercredi", "le texte va être débattu", "une adoption
    est nécessaire en mars"): the body where it sits does it."""
    return any((c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "NOUN"
                and c.lemma_.lower() in _words("sitting_nouns"))
               or (c.dep_ == "xcomp" and c.lemma_.lower() in _words("sitting_acts"))
               for c in verb.children)


def _agent_along(doc: Doc, participle: Token, row: Mapping[str, Any]) -> bool:
    """Read along the words: after the participle, its dates and adverbs, "par" and then only
    the name's determiners and epithets ("tenus mi-avril par le très respecté X", the parse
    making "respecté" a verb and X its object): X is the agent."""
    following = [t for t in doc[participle.i + 1:participle.sent.end] if t.idx < row["start"]]
    by = next((n for n, t in enumerate(following) if t.lower_ in _AGENT), None)
    if by is None or by > _MAX_BEFORE_AGENT or any(
            t.is_punct or t.pos_ in ("VERB", "AUX", "ADP") for t in following[:by]):
        return False
    return all(t.pos_ in ("DET", "ADJ", "ADV") or past_participle(t) for t in following[by + 1:])


def _speaks_after(doc: Doc, group: _Group, row: Mapping[str, Any]) -> bool:
    """The act is told inside a quotation and the name comes after it ('"Je ne sais pas ce
    qui se passera le 11 mai", a expliqué X'): the name says the words, it takes no part in
    what they tell, unless in the first person (the speaker then acts:
    `with_quote_speaker`)."""
    if any(_first_person(child) for child in group.anchor.children):
        return False  # '"On nous a menti", a dit X': the speaker's side is in it
    trigger = group.primary.idx
    return any(start <= trigger < end <= row["start"] for start, end in utterances(doc))


def _first_person(token: Token) -> bool:
    return token.pos_ == "PRON" and ("1" in token.morph.get("Person", [])
                                     or token.lower_ == "on")


def _on_the_part_of(name: Token, group: _Group) -> bool:
    """The name completes the event's "de la part de" ("a fait l'objet d'une nouvelle charge
    de la part de X"): who acts; not another act's ("reçu des avis de la part de X, créé en
    2017": X did not create itself)."""
    while name.dep_ in _FREE_DEPS and name.head.i != name.i:
        name = name.head
    part = name.head
    if not (name.dep_ == "nmod" and part.lower_ == "part" and part.i == name.i - 2
            and any(c.dep_ == "det" and c.lower_ == "la" for c in part.children)
            and any(c.dep_ == "case" and c.lower_ == "de" for c in part.children)):
        return False
    held = {*group.indices, group.anchor.i}
    return part.head.i in held or part.head.head.i in held


def _called_by(name: Token, group: _Group) -> bool:
    """The name completes a protest's "à l'appel de" ("ont manifesté jeudi à l'appel de X",
    "une grève aura lieu, à l'appel de X et de Y"): who called it."""
    if group.trigger.type != "protest":
        return False
    while name.dep_ in _FREE_DEPS and name.head.i != name.i and name.head.lemma_ != "appel":
        name = name.head
    call = name.head
    if not (name.dep_ in ("nmod", "conj") and call.lemma_ == "appel"
            and any(c.dep_ == "case" and c.lower_ == "à" for c in call.children)):
        return False
    held = {*group.indices, group.anchor.i, group.primary.i}
    return call.head.i in held or any(
        c.i in held and c.dep_.startswith("nsubj") for c in call.head.children)


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
            "media") and not (head.dep_ == "appos" and head.i > 0 and doc[head.i - 1].is_punct):
        head = head.head  # not "Dans un post, X s'était dite": X, after its comma, wrote it
    if any(c.dep_ == "case" and c.lower_ in _words("medium") for c in head.children):
        # not a person's name, what words are on ("Interrogé sur X, qui doit...")
        return row["label"] != "PER" or known_outlet(row_name(row))
    if (known_outlet(row_name(row)) and any(c.dep_ == "case" and c.lower_ == "par"
                                            for c in head.children)
            and past_time_words(head.head).lemma_.lower() in QUESTIONING):
        return True  # "Interrogé par Marianne": the outlet asks, the one questioned speaks
    # "sur BFMTV et RMC": the preposition of the first name holds the second, whatever the
    # parse hangs the second on; not a subject after a fronted medium ("Sur Twitter, X a
    # dénoncé": X spoke), nor a person inverted after it (", a assuré, mercredi sur BFMTV, X")
    opening = token_index(doc).at(doc, row["start"])
    if (opening is not None and opening.i >= 2 and doc[opening.i - 1].lower_ in ("et", ",")
            and not head.dep_.startswith("nsubj") and row["label"] != "PER"):
        first = doc[opening.i - 2]
        if first.dep_ == "flat:name":
            first = first.head  # "sur Radio Nord et TV Sud": the first name's head word
        if first.pos_ == "PROPN" and any(c.dep_ == "case" and c.lower_ in _words("medium")
                                         for c in first.children):
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
    if group.trigger.type not in SPEECH_ROLES:
        return False
    hung: Token | None = anchor.head
    if anchor.dep_ not in ("acl", "amod"):
        # "le rapport de X sera publié vendredi", "le livre de X paraîtra jeudi": the subject
        # of a verb of publishing is the work, its "de X" the author
        hung = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubj:pass")
                     and c.pos_ == "NOUN"), None) if group.trigger.type == "publication" else (
                         _document_subject(anchor))
    if hung is None:
        return False
    if not (row["start"] <= hung.idx < row["end"]
            or (token.dep_ in ("nmod", "appos", "flat:name") and token.head.i == hung.i)):
        return False
    # Read from the words: the parse of a name of several words often loses its "de". No
    # preposition: the name qualifies the noun ("un sondage X paru mardi"); "pour X": the
    # outlet a poll or a study was made for publishes it ("un sondage Y pour X publié lundi")
    preposition = _preposition(token.doc, _mention_head(token.doc, row), row)
    return preposition in _OF | {None} or (
        preposition == "pour" and hung.lemma_.lower() in _words("reports"))


def _document_subject(verb: Token) -> Token | None:
    """The verb's subject when it is a report or a medium ("un rapport de X a dénoncé",
    "une enquête de X expliquait"): its "de X" says the words."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                 and (c.lemma_.lower() in _words("reports") or c.lemma_.lower() in _words(
                     "media"))), None)


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
    # "selon X, les avocats de Y ont déposé une plainte": the clause's own subject acts
    described = any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "NOUN" and c.i not in phrase
                    for c in group.anchor.children)
    if group.trigger.type in SPEECH_ROLES and (
            (not actors and not described) or source in targets
            or group.trigger.type == "publication"):
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
    if actors or passive_voice(group.anchor):
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
    if lemma in role_verbs() and not any(c.pos_ == "NOUN" and c.lemma_.lower() in offices()
                                         for c in verb.children):
        return False  # "sont devenus les premiers à gravir X": their feat, no post given them
    if lemma in _words("undergoing") or _made_to_undergo(verb) or object_of(verb):
        return True  # "X a subi", "X s'est fait agresser", "X a fait l'objet d'une enquête"
    if lemma in _words("undergoing_trials") and expression_type(verb) == _TRIAL:
        return True  # "X passera en comparution immédiate"
    if lemma not in _words("undergoing_objects"):
        return False
    objects = _objects(verb)
    # protesters are received, not undergone ("a reçu un premier gilet jaune")
    persons = person_nouns() | _words("protesters")
    return bool(objects) and all(c.pos_ == "NOUN" and index.at(c) is None
                                 and c.lemma_.lower() not in persons
                                 and not _share_of_persons(c, index) for c in objects)


def _objects(verb: Token) -> list[Token]:
    """The verb's objects; for a weekday or month the parse made its object ("a reçu jeudi à
    Ankara son homologue"), the nouns without a preposition that follow it, which the parse
    hung on the words between."""
    objects = [c for c in verb.children if c.dep_ == "obj"]
    dates = [c for c in objects if calendar_word(c)]
    if not dates:
        return objects
    clause = verb.head if verb.dep_ == "xcomp" else verb  # "devait recevoir lundi, ..., X"
    return [c for c in objects if not calendar_word(c)] or [
        t for t in clause.subtree if t.i > dates[0].i and t.pos_ == "NOUN" and not calendar_word(t)
        and t.dep_ in _HUNG_DEPS and not any(c.dep_ == "case" for c in t.children)][:1]


def _made_to_undergo(verb: Token) -> bool:
    """ "X s'est fait agresser", "s'est fait élire": the subject has an act done to it, by the
    "par Y" if any; not "X s'est fait entendre" nor "s'est fait rembourser", acts of its own
    or for its sake."""
    if "Inf" not in verb.morph.get("VerbForm", []):
        return False
    causer = next((c for c in verb.children if c.lemma_ == "faire" and c.i < verb.i), None)
    if causer is None and verb.dep_ == "xcomp" and verb.head.lemma_ == "faire":
        causer = verb.head
    return causer is not None and type_of(verb.lemma_, "VERB")[0] in _DONE_TO and any(
        c.lower_ in _words("reflexive") and c.i < causer.i
        and (c.dep_.startswith("expl") or reflexive(c))
        for c in (*verb.children, *causer.children))


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
    # "un sondage publié dimanche par X": the parse hangs the participle's agent on its noun
    hung = (group.anchor.dep_ == "acl" and token.i > group.anchor.i
            and token.head.i == group.anchor.head.i)
    return (hung or bool(governors & (group.indices | {group.anchor.i}))) and any(
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


def _inverted_in_relative(doc: Doc, verb: Token, row: Mapping[str, Any]) -> bool:
    """The name French inverts after the verb of a relative clause on its object, past its
    date words ("ce qu'a estimé dimanche 3 mai X"): the subject, wherever the parse hung it
    (on the month, often)."""
    if (verb.pos_ != "VERB" or row["start"] < verb.idx or row["label"] not in SPEAKER_LABELS
            or not _relative_object(verb)
            or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children)):
        return False
    return right_after(doc, verb, row)


def _relative_object(verb: Token) -> bool:
    """The verb's object is a relative pronoun before it ("que", "qu'"), or the clitic of a
    comparison ("comme l'a fait X"), where French inverts the subject too."""
    return any(c.dep_ == "obj" and c.i < verb.i and (
        "Rel" in c.morph.get("PronType", []) or (c.pos_ == "PRON" and comparison_mark(verb)))
               for c in verb.children)


def _relative_inversion(verb: Token, obj: Token) -> bool:
    """A relative clause whose object is its relative pronoun ("que", "qu'") and whose subject
    is inverted after the verb ("le message qu'a émis X"): the parser reads X as a second
    object, but the object is taken, so X is the subject."""
    if obj.i < verb.i or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return False
    return _relative_object(verb)


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
    if kind in _PROMISES and not actors and agentless and passive_voice(group.anchor):
        return numbers, targets, [*numbers, *participants]
    return actors, targets, participants


def _author_of_medium(doc: Doc, group: _Group, row: Mapping[str, Any]) -> bool:
    """The subject of the verb whose clause the event's medium participle opens."""
    verb = authored_medium_verb(group.anchor)
    if verb is None:
        return False
    head = _mention_head(doc, row)
    return head.head.i == verb.i and head.dep_.startswith("nsubj")


def _person_named(row: Mapping[str, Any]) -> bool:
    """A name the model took for an organisation that starts with a given name ("le député
    LREM Julien X"): the holder, no affiliation."""
    words = row["name"].split()
    return len(words) >= 2 and is_given_name(words[0])


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
        if not start <= row["start"] < end or row["label"] not in SPEAKER_LABELS:
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
                 and (doc[i].pos_ == "NOUN" or cardinal(doc[i])) and index.at(doc[i]) is None),
                None)


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
