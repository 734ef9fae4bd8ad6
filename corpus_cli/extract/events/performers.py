"""Who performs an act the clause's shape makes a target of: the author of a thing that says
("une étude de X indiquait"), the one expected somewhere ("X est attendu lundi au tribunal"),
the host of an occasion opening the sentence ("Lors d'une allocution prononcée dimanche, X a
annoncé"), the candidate of a campaign ("X a lancé sa campagne"); and who does not: a second
subject the parse put after a verb with no object ("X a critiqué Y"); the person a role names
as the speaker of a quotation's first person ('"On va lancer une enquête", a dit le
ministre'). Each takes the split of roles.py and moves mentions between the targets and the
actors. And an election noun's voters (`voters_only`), on the finished row; and the author
a noun of an attack's authors names ("X, l'auteur de l'attaque": `attack_author`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from corpus_cli.names import is_demonym

from .anaphora import MAX_INCISE_WORDS, genders, phrase_gender
from .arguments import _mention_head, _relative_antecedent, occasion
from .clauses import POSSESSOR_UNDERGOES, described_noun, possessive
from .first_person import first_person_subject
from .persons import of_persons
from .role_nouns import noun_person
from .tokens import span_of, utterances
from .tree import (
    _ACTOR_LABELS,
    _SPEECH_TYPES,
    _Group,
    _Mentions,
    bare_participle,
    of_complement,
    row_name,
    unclaimed_attack,
)
from .wordlists import _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def with_author(group: _Group, index: _Mentions,
                roles: tuple[list[int], list[int]]) -> tuple[list[int], list[int]]:
    """Actors and targets of a statement whose subject is a thing of someone's ("une étude de
    X indiquait", "le rapport de X souligne"): X, its author, speaks, never a target. Not the
    "de X" of a person noun ("le porte-parole de X": that person speaks)."""
    actors, targets = roles
    if group.trigger.type not in _SPEECH_TYPES or actors:
        return roles
    subject = next((c for c in group.anchor.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or of_persons(subject):
        return roles
    for complement in subject.children:
        row = index.by_token.get(complement.i)
        if (complement.dep_ == "nmod" and row is not None and row in targets
                and index.rows[row]["label"] in _ACTOR_LABELS and any(
                    c.dep_ == "case" and c.lower_ in _words("de") for c in complement.children)):
            return _acting(row, actors, targets)
    return roles


def with_possessor(doc: Doc, group: _Group, index: _Mentions,
                   roles: tuple[list[int], list[int]]) -> tuple[list[int], list[int]]:
    """Actors and targets of an act a possessive says whose ("Depuis son arrestation en
    décembre, X a nié": X was arrested; "après sa visite, X a dit": X visited): the names
    outside the noun's phrase are acted on in an undergone act, its "par Y" still acting; a
    person subject outside it does an act of another kind."""
    actors, targets = roles
    noun = group.primary
    if noun.pos_ != "NOUN" or possessive(noun) is None:
        return roles

    def outside(rows: list[int]) -> list[int]:
        return [m for m in rows if not (
            noun.left_edge.i <= _mention_head(doc, index.rows[m]).i <= noun.right_edge.i)]

    if group.trigger.type not in POSSESSOR_UNDERGOES:
        # "Deux ans après sa dernière visite, X sera en France": the person subject did it
        doers = [m for m in targets if index.rows[m]["label"] == "PER"
                 and (head := _mention_head(doc, index.rows[m])).dep_ == "nsubj"
                 and head.head.i != noun.i]  # a clause's subject is in no noun's phrase
        return [*doers, *actors], [m for m in targets if m not in doers]
    undergoing = outside(actors)
    return [m for m in actors if m not in undergoing], [*undergoing, *targets]


def with_expected(group: _Group, index: _Mentions,
                  roles: tuple[list[int], list[int]]) -> tuple[list[int], list[int]]:
    """Actors and targets of "X est attendu lundi à Y": X, the one expected, is to come or to
    act; the passive makes no target of X."""
    actors, targets = roles
    anchor = group.anchor
    if not expected(anchor):
        return roles
    subject = next((c for c in anchor.children if c.dep_ == "nsubj:pass"), None)
    row = None if subject is None else index.by_token.get(subject.i)
    if row is None or row not in targets:
        return roles
    return _acting(row, actors, targets)


def expected(verb: Token) -> bool:
    """ "est attendu": the one expected is to come or to act, no one acted on."""
    return verb.lemma_.lower() == "attendre" and any(c.dep_ == "aux:pass"
                                                     for c in verb.children)


def with_host(group: _Group, index: _Mentions,
              roles: tuple[list[int], list[int]]) -> tuple[list[int], list[int]]:
    """Actors and targets of the participle of an occasion opening the sentence ("Lors d'une
    allocution prononcée dimanche, X a annoncé"): with no agent of its own, the one the main
    clause names as its subject holds it."""
    actors, targets = roles
    anchor = group.anchor
    noun = anchor.head
    if (actors or anchor.dep_ != "acl" or noun.pos_ != "NOUN" or not occasion(noun)
            or any(c.dep_ == "obl:agent" for c in anchor.children)):
        return roles
    main = noun
    for _ in range(3):  # the parse hangs the noun on the main verb, or on "Lors" on it
        if main.pos_ in ("VERB", "AUX") or main.head.i == main.i:
            break
        main = main.head
    subject = next((c for c in main.children if c.dep_ == "nsubj" and c.i > anchor.i), None)
    row = None if subject is None else index.by_token.get(subject.i)
    if row is None:
        subject_names = [] if subject is None else [
            index.by_token[c.i] for c in subject.children
            if c.dep_ in ("appos", "flat:name") and c.i in index.by_token]
        row = subject_names[0] if subject_names else None
    if row is None or row not in targets or index.first.get(row, 0) < anchor.i:
        return roles
    return _acting(row, actors, targets)


def with_candidate(doc: Doc, group: _Group, index: _Mentions,
                   roles: tuple[list[int], list[int]]) -> tuple[list[int], list[int]]:
    """Actors and targets of a campaign or a candidacy ("X a lancé sa campagne", "la campagne
    de X", "X a déposé sa candidature"): the candidate runs it, while a name around another
    election noun runs in what the voters hold (roles.py)."""
    actors, targets = roles
    if group.trigger.type != "election":
        return roles
    # the noun a support verb carries, or its date's, which the parse may give it ("a lancé
    # mercredi sa campagne", "sa campagne" hung on "mercredi")
    near = [c for c in group.anchor.children if _bare_noun(c)]
    nouns = [group.anchor, *near, *(g for c in near for g in c.children
                                    if g.dep_ == "nmod" and _bare_noun(g))]
    campaign = next((t for t in nouns if t.pos_ == "NOUN"
                     and t.lemma_.lower() in _words("campaigning")), None)
    if campaign is None:
        return roles
    for row in list(targets):
        token = _mention_head(doc, index.rows[row])
        while token.dep_ in ("appos", "flat:name") and token.head.i != token.i:
            token = token.head
        subject = token.dep_ == "nsubj" and token.head.i in (group.anchor.i, campaign.i)
        owner = token.dep_ == "nmod" and token.head.i == campaign.i and any(
            c.dep_ == "case" and c.lower_ in _words("de") for c in token.children)
        if subject or owner:
            actors, targets = _acting(row, actors, targets)
    return actors, targets


def _bare_noun(token: Token) -> bool:
    """A noun with no preposition: an argument, not a circumstance ("après une campagne")."""
    return token.pos_ == "NOUN" and not any(c.dep_ == "case" for c in token.children)


def without_second_subject(doc: Doc, group: _Group, index: _Mentions,
                           roles: tuple[list[int], list[int]]) -> tuple[list[int], list[int]]:
    """Actors and targets of a verb the parse gave a named subject before it and a second one
    after it, with no object ("X a critiqué Y" read with Y as a subject too): Y is the
    object, acted on. Not after a quotation ('"...", a dit Y': the incise's speaker)."""
    actors, targets = roles
    anchor = group.anchor
    subjects = [c for c in anchor.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < anchor.i and c.i in index.by_token]
    after = [c for c in subjects if c.i > anchor.i and c.i in index.by_token]
    if (not before or len(after) != 1 or any(c.dep_ == "obj" for c in anchor.children)
            or any(t.is_quote for t in doc[before[0].i:anchor.i])):
        return roles
    row = index.by_token[after[0].i]
    if row not in actors or len(actors) < 2:
        return roles
    return [m for m in actors if m != row], [row, *targets]


def with_quoted_role_speaker(doc: Doc, group: _Group, index: _Mentions,
                             roles: tuple[list[int], list[int]]) -> tuple[list[int], list[int]]:
    """Actors and targets of an act a quotation tells in the first person whose incise names
    its speaker by a role only ('"On va lancer une enquête en mars", a dit le ministre'): the
    person the document names with that role (role_nouns.noun_person) acts, and is no target.
    A name in the incise is first_person.quote_speaker's."""
    actors, targets = roles
    anchor = group.anchor
    if actors or first_person_subject(anchor) is None:
        return roles
    bounds = next(((start, end) for start, end in utterances(doc) if start <= anchor.idx < end),
                  None)
    if bounds is None:
        return roles
    after = [t for t in anchor.sent if t.idx >= bounds[1]][:MAX_INCISE_WORDS + 3]
    noun = next((t for t in after if t.pos_ == "NOUN"), None)
    if noun is None or not of_persons(noun) or any(
            t.pos_ in ("NOUN", "PROPN") for t in after if t.i < noun.i):
        return roles
    # a role no one holds ("a annoncé la ministre", no minister named) is the one the
    # document tells of most, as for a subject (role_nouns.noun_person)
    person = noun_person(doc, noun, index)
    if person is None or genders(doc, index).get(row_name(index.rows[person]), "") not in (
            "", phrase_gender(noun) or ""):
        return roles  # "le maire" is not "la maire X"
    return _acting(person, actors, targets)


def _acting(row: int, actors: list[int], targets: list[int]) -> tuple[list[int], list[int]]:
    """`row` first among the actors, and no target."""
    return [row, *actors], [m for m in targets if m != row]


def voters_only(doc: Doc, row: dict[str, Any], index: _Mentions) -> None:
    """An election noun's actors are its voters (events_dev/RULES.md): a person or a party
    named around "les élections", "la présidentielle" runs in it or speaks of it, a target
    (the judged samples v10-v47 hold 37 election nouns with a named actor, 31 judged wrong).
    A people ("les Français"), a description ("les électeurs") and an agent ("l'élection du
    président par le Parlement") vote and stay; so do a sitting's actors ("le vote de
    l'Assemblée") and a campaign's."""
    if row["type"] != "election" or not row["actors"]:
        return
    span = span_of(doc, row["start"], row["end"])
    if span is None:
        return
    noun = doc[span[2]]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in _words("sitting_nouns") | _words(
            "campaigning"):
        return
    sentence = noun.sent
    agents = {row_name(r) for r in index.rows
              if sentence.start_char <= r["start"] < sentence.end_char and any(
                  c.dep_ == "case" and c.lower_ == "par" for c in _mention_head(doc, r).children)}
    names = {row_name(r) for r in index.rows}
    running = [name for name in row["actors"]
               if name in names and name not in agents and not is_demonym(name)]
    row["actors"] = [name for name in row["actors"] if name not in running]
    row["targets"] = [*running, *(name for name in row["targets"] if name not in running)]


def attack_author(doc: Doc, noun: Token, index: _Mentions) -> tuple[int | None, str | None]:
    """Who an attack's noun (tree.unclaimed_attack) says committed it when it completes a noun
    of its authors ("X, l'auteur de l'attaque", "les milices X, bras armés du génocide"): the
    mention row named there, else the authors' noun as a description ("les auteurs des
    attentats"); (None, None) when it completes no such noun."""
    if noun.dep_ == "obj" and noun.head.lemma_.lower() in _words("claiming_verbs"):
        return _claimer(doc, noun.head, index)
    if noun.dep_ != "nmod" or not of_complement(noun):
        return None, None
    head = noun.head
    if head.lemma_.lower() not in _words("attack_authors"):
        return None, None
    # the name the authors' noun is apposed to, or apposed to it ("X, l'auteur de", "l'auteur
    # de l'attaque, X"); the parse may hang the first on the name as a conjunct or a noun's
    # complement: the comma before it tells
    edge = head.left_edge.i
    apposed = head.dep_ == "appos" or (head.head.i < head.i and (
        doc[edge].text == "," or (edge > 0 and doc[edge - 1].text == ",")))
    near = [*(head.head.subtree if apposed else ()),
            *(t for c in head.children if c.dep_ == "appos" for t in c.subtree)]
    row = next((found for t in near if t.i < head.i or t.i > noun.i
                if (found := index.index_at(t)) is not None
                and index.rows[found]["label"] != "LOC"), None)
    return (row, None) if row is not None else (None, described_noun(head, noun))


def participle_author(doc: Doc, participle: Token, kind: str,
                      index: _Mentions) -> tuple[int | None, str | None]:
    """Who committed the attack a bare participle is said of, when the attack's noun
    completes a noun of its authors ("les auteurs des violences commises le 24 août"), as
    attack_author finds for the noun; (None, None) otherwise."""
    noun = participle.head
    if (noun.i == participle.i or noun.pos_ != "NOUN" or participle.dep_ not in ("acl", "amod")
            or not bare_participle(participle) or not unclaimed_attack(noun, kind)):
        return None, None
    return attack_author(doc, noun, index)


def _claimer(doc: Doc, verb: Token, index: _Mentions) -> tuple[int | None, str | None]:
    """Who claims an attack ("X a revendiqué l'attentat", "X, qui a revendiqué"): its
    author, named or described."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None, None
    row = index.index_at(subject)
    if row is None and subject.lower_ == "qui":
        row = next(iter(_relative_antecedent(doc, verb, index)), None)
    if row is not None and index.rows[row]["label"] != "LOC":
        return row, None
    return None, described_noun(subject)


def report_makers(doc: Doc, participle: Token, index: _Mentions) -> list[int]:
    """The names of the report or poll a participle of publishing qualifies, right in its
    phrase ("un sondage X pour le journal Y publié dimanche": X made it, Y ordered and
    published it), the parse hanging the participle on the noun or on its "pour Y"; none
    for another participle or noun."""
    first = participle  # "un sondage X réalisé pour Y et publié dimanche": the first's noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    report = first.head
    if first.dep_ not in ("acl", "amod") or report.i == first.i:
        return []
    if report.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ == "pour"
                                     for c in report.children):
        report = report.head  # hung on the "pour Y"
    if report.lemma_.lower() not in _words("reports") or any(
            c.dep_ == "obl:agent" or any(g.dep_ == "case" and g.lower_ == "par"
                                         for g in c.children) for c in participle.children):
        return []  # "publié par X": X, read as any agent
    found: list[int] = []
    for word in report.subtree:
        row = index.index_at(word) if word.i < participle.i and word.i != report.i else None
        if row is None or row in found or index.rows[row]["label"] == "PER":
            continue
        case = next((c.lower_ for c in _mention_head(doc, index.rows[row]).children
                     if c.dep_ == "case"), None)
        if case in _REPORT_CASES:  # "sondage (de) X" (its maker), "pour Y" (its client)
            found.append(row)
    return found


# How a report's own names are written in its phrase: "un sondage X", "de X", "pour Y".
_REPORT_CASES = frozenset({None, "pour", "de", "d'", "d’", "du", "des"})
