"""Who and where: the participants and places of an event, read from the trigger's clause with
left-context fallbacks for a subject the parse lost."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from itertools import islice
from typing import TYPE_CHECKING, Any

from corpus_cli.names import civilities, is_demonym, low
from corpus_cli.nlp.model import text_of

from .announced import controller, performer_verb
from .apart import antecedent_of, phrase_read_as_subject, stray_subject
from .clauses import background, calendar_word
from .outlets import known_outlet
from .persons import of_persons, one_person_nouns
from .tokens import inside, span_of, utterances
from .tree import (
    _ACTOR_COMPLEMENT_TYPES,
    _ACTOR_LABELS,
    _CLAUSE_DEPS,
    _FREE_DEPS,
    _NAME_LABELS,
    _SPEECH_TYPES,
    _SUBJECT_DEPS,
    MAX_DEPTH,
    MAX_INCISE,
    VISIT_CODES,
    _Group,
    _is_source,
    _line,
    _Mentions,
    _Scope,
    fronted_subjects,
    is_relative,
    object_read_as_subject,
    of_complement,
    row_name,
)
from .wordlists import _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _domain(roots: Iterable[Token], blocked: set[int],
            line: tuple[int, int]) -> dict[int, tuple[Token, int]]:
    """Tokens of the roots' clause, with their depth: no sub-clause, no other event, no source,
    nothing beyond the trigger's line (a headline and the next line are different texts)."""
    found: dict[int, tuple[Token, int]] = {}
    stack = [(token, 0) for token in roots]
    while stack:
        token, depth = stack.pop()
        if token.i in found and found[token.i][1] <= depth:
            continue
        found[token.i] = (token, depth)
        for child in token.children:
            if (child.i in blocked or child.dep_ in _CLAUSE_DEPS or _is_source(child)
                    or not line[0] <= child.idx < line[1]):
                continue
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                continue  # a coordinated clause tells its own event
            step = 0 if child.dep_ in _FREE_DEPS else 1
            stack.append((child, depth + step))
    return found


def _raised(anchor: Token, blocked: set[int]) -> list[Token]:
    """Subjects the anchor shares with the verbs above it ("X doit rencontrer", "X a signé
    et ratifié", "X, qui a rencontré")."""
    extra: list[Token] = []
    token = anchor
    # "X, député de Y, qui a déposé": the parse's antecedent (a relative clause, or a clause
    # the parse left beside its antecedent: "c'est X, membre du jury, qui a félicité")
    if (anchor.dep_ in ("acl:relcl", "acl", "parataxis") and anchor.head.i < anchor.i
            and anchor.head.pos_ in ("PROPN", "NOUN")
            and any(is_relative(c) for c in anchor.children if c.dep_ == "nsubj")):
        return [anchor.head]
    fronted = fronted_subjects(anchor)
    if fronted:  # "Interpellé lundi, X a été placé en garde à vue": X was arrested
        return [c for c in fronted if c.i not in blocked]
    chained = chained_verb(anchor)
    if chained is not None:  # "arrêté par des gendarmes puis placé", "placé" hung on them
        return [c for c in chained.children if c.i not in blocked and c.dep_ in (
            "nsubj", "nsubj:pass")]
    verb = _possessor_clause(anchor)
    if verb is not None:
        # "Dans leurs chroniques jeudi, X et Y se sont penchés...": theirs, so X and Y's
        return [c for c in verb.children if c.i not in blocked and c.dep_ == "nsubj"]
    if background(anchor):
        return []  # "X a répondu après les heurts de samedi": X took no part in them
    while token.head.i != token.i and not _has_subject(token):
        addressed = controller(token)
        if addressed is not None:  # "X a appelé ses partisans à manifester": they march
            extra.extend([addressed] if addressed.i not in blocked else [])
            break
        performer = performer_verb(token)  # "X a appelé à une grève": X strikes
        if performer.i != token.i or ((token.dep_ in ("xcomp", "conj") or _controlled(token))
                                      and _verbal(token.head)):
            token = performer if performer.i != token.i else token.head
            extra.extend(child for child in token.children
                         if child.i not in blocked and _subject_like(child, token))
        elif token.dep_ == "acl:relcl" or (token.dep_ == "acl" and token.head.pos_ != "VERB"):
            extra.extend(_fronted_subject(token) or [token.head])
            break
        else:
            break
    # "X qui doit prononcer mercredi son discours": X, through a modal; not the one a verb of
    # accusing controls ("Y qui l'accusait d'avoir présidé")
    return [antecedent_of(c) if c.head.lemma_.lower() in _RAISING else c for c in extra]


# Acts whose occasion phrase has the clause's subject take part in them ("X a plaidé lors
# d'une visite à Londres": X visits); not an attack or a march ("X a frappé un manifestant
# lors d'une manifestation": X did not march).
_ATTENDED_TYPES = frozenset({"consult", "public_statement", "diplomatic_cooperation",
                             "intent_to_cooperate"})


def _attendants(group: _Group, blocked: set[int]) -> list[Token]:
    """The active subject of the clause an occasion phrase ("lors d'une visite", "pendant un
    discours") is set in, when the noun names no one of its own (no "de X", no possessive)."""
    noun = group.anchor
    simultaneity = _words("simultaneity")
    # the parse hangs the noun on "lors" at times ("lors" an adverb of the verb)
    marker = noun.head if noun.head.lower_ in simultaneity else next(
        (c for c in noun.children if c.dep_ == "case" and c.lower_ in simultaneity), None)
    verb = marker.head if marker is not None and marker.i == noun.head.i else noun.head
    if (group.trigger.type not in _ATTENDED_TYPES or noun.pos_ != "NOUN" or marker is None
            or not noun.dep_.startswith("obl") or not _verbal(verb) or any(
                (c.dep_ == "nmod" and c.is_alpha and not calendar_word(c)
                 and any(g.lower_ in _words("de") for g in c.children if g.dep_ == "case"))
                or (c.dep_ == "det" and "Poss=Yes" in c.morph) for c in noun.children)):
        return []
    said = utterances(noun.doc)  # '"...", a dit X lors d'une visite': not the quote's words
    for _ in range(MAX_FRONTED_CLIMB):  # "X doit tenter d'apaiser lors d'une visite": X's
        if verb.dep_ != "xcomp" or any(c.dep_ == "nsubj" for c in verb.children):
            break
        verb = verb.head
    return [c for c in verb.children
            if c.dep_ == "nsubj" and c.i not in blocked and not inside(said, c.idx)]


def chained_verb(participle: Token) -> Token | None:
    """The verb a participle opened by a conjunction continues when the parse hung it on a
    noun ("X a été arrêté par des gendarmes puis placé en garde à vue": placed, not the
    gendarmes' act): the first verb above that noun, within its clause. None otherwise."""
    if participle.dep_ != "acl" or not any(c.dep_ == "cc" and c.i < participle.i
                                           for c in participle.children):
        return None
    token = participle.head
    for _ in range(MAX_FRONTED_CLIMB):
        if token.head.i == token.i or token.dep_ in _CLAUSE_DEPS:
            return token if _verbal(token) else None
        token = token.head
        if _verbal(token) and _has_subject(token):
            return token
    return None


def _possessor_clause(noun: Token) -> Token | None:
    """The verb of the clause a noun with a possessive determiner is fronted in ("Dans leurs
    chroniques, X et Y...", "Lors de sa visite, X..."): its subject, named after the noun, is
    the possessor. None when the noun is no such fronted phrase."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and "Yes" in c.morph.get("Poss", [])
                                      for c in noun.children):
        return None
    token = noun
    for _ in range(MAX_FRONTED_CLIMB):
        if token.head.i == token.i or token.dep_ in _CLAUSE_DEPS - {"advcl"}:
            return None
        token = token.head
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if subjects:
            return token if _verbal(token) and noun.i < min(s.i for s in subjects) else None
    return None


def _verbal(token: Token) -> bool:
    """A verb, or a participle the tagger read as a noun or an adjective that its auxiliary
    shows to be a verb ("s'est abstenue de dire")."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ in ("aux", "aux:tense")
                                                 for c in token.children)


# How many heads up from a fronted noun its clause's verb may be (the parse hangs the phrase
# on "lors", or on a name inside it).
MAX_FRONTED_CLIMB = 3


def _fronted_subject(participle: Token) -> list[Token]:
    """The subject of the main clause when the participle hangs on a noun fronted before it:
    "Ancien ministre ayant gouverné en 1998, X revient" (X governed), "Dans un communiqué
    publié lundi, X précise" (X published). A bare passive participle on the subject's own
    description ("Arrêté lundi, X...") is not one: X is acted on."""
    noun = participle.head
    verb = noun.head
    if participle.dep_ != "acl" or verb.pos_ not in ("VERB", "AUX") or noun.i > verb.i:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i > participle.i
                and any(t.text == "," for t in participle.doc[participle.i:c.i])]
    active = any(c.dep_ == "aux:tense" for c in participle.children) or (
        "Pres" in participle.morph.get("Tense", []))
    authored = any(c.dep_ == "case" and c.lower_ == "dans" for c in noun.children)
    return subjects if subjects and (active or authored) else []


def _name_parts(token: Token) -> list[Token]:
    parts = [token]
    seen = {token.i}
    for part in parts:
        for child in part.children:
            if child.dep_ in _FREE_DEPS and child.i not in seen:
                seen.add(child.i)
                parts.append(child)
    return parts


def _controlled(token: Token) -> bool:
    """An infinitive or gerund clause whose subject is its governor's ("X a pris la parole
    pour saluer", "après avoir annoncé", "en affirmant")."""
    if token.dep_ != "advcl" and not (
            token.dep_ in ("obl", "obl:mod")  # "En s'attaquant à X, Y pensait": parsed so too
            and any(c.dep_ in ("mark", "case") and c.lower_ == "en" for c in token.children)):
        return False
    form = token.morph.get("VerbForm", [])
    if "Inf" in form or ("Part" in form and "Pres" in token.morph.get("Tense", [])):
        return True
    # a past infinitive: "après avoir annoncé", "après être arrivé"
    return any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm", [])
               for c in token.children)


# The verbs whose infinitive's subject is their own ("doit prononcer", "souhaitait occuper").
_RAISING = frozenset({"devoir", "pouvoir", "vouloir", "aller", "souhaiter", "compter",
                      "espérer", "envisager", "prévoir", "entendre", "projeter", "tenter"})


def _has_subject(token: Token, line: tuple[int, int] | None = None) -> bool:
    return any(child.dep_ in ("nsubj", "nsubj:pass") and not object_read_as_subject(child)
               and (line is None or line[0] <= child.idx < line[1]) for child in token.children)


def _subject_like(child: Token, verb: Token) -> bool:
    """A subject, or a name left of the verb that the parse attached badly (a surname as ADV)."""
    if child.dep_ in ("nsubj", "nsubj:pass"):
        return True
    return child.i < verb.i and child.pos_ in ("PROPN", "ADV", "NOUN") and child.dep_ in (
        "advmod", "nmod", "dep", "appos")


def _arguments(doc: Doc, group: _Group, index: _Mentions,
               blocked: set[int]) -> tuple[list[int], list[int], set[int]]:
    """Mention row indices of the participants and of the places, and the token indices of
    the subjects the event shares with the verbs above it."""
    line = _line(doc, group.primary)
    raised = _raised(group.anchor, blocked) or _attendants(group, blocked)
    scope = _Scope(group, {t.i for t in raised}, line)
    if group.trigger.type in _SPEECH_TYPES and group.primary.pos_ in ("VERB", "AUX"):
        # '"...", a déclaré X': the words before the verb, but its subject, are the quote.
        blocked = blocked | {c.i for c in group.primary.children if c.i < group.primary.i
                             and c.dep_ not in ("nsubj", "nsubj:pass", "advmod")
                             and not c.dep_.startswith(("aux", "expl"))}
    domain = _domain([group.anchor, *group.tokens], blocked, line)
    for token in raised:
        if token.dep_ in ("nsubj", "nsubj:pass"):
            reach = _domain([token], blocked | group.indices, line)
        else:
            # The noun a participle or relative clause hangs from: that noun and its name
            # parts, not its other complements (where a misattached clause would land).
            reach = {t.i: (t, 0) for t in _name_parts(token)}
            inside = index.index_at(token) if group.anchor.dep_ == "acl" else None
            if inside is not None:  # "le Conseil de l'Ordre, réuni jeudi": on a name's word
                scope.raised.add(_mention_head(doc, index.rows[inside]).i)
        for i, item in reach.items():
            domain.setdefault(i, item)
    skipped, persons = _affiliations((token for token, _ in domain.values()), index, group)
    participants: list[int] = []
    places: list[int] = []
    for i in sorted(domain):
        token, depth = domain[i]
        mention_index = index.index_at(token)
        if (mention_index is None or i in group.indices or i in skipped or depth > MAX_DEPTH
                or mention_index in participants or mention_index in places):
            continue
        role = _role(doc, token, index, mention_index, scope, depth)
        if role == "place":
            places.append(mention_index)
        elif role == "participant":
            participants.append(mention_index)
    for mention_index in [m for m in participants if index.rows[m]["start"] < group.anchor.idx]:
        for extra in _coordinated_leftwards(doc, mention_index, index, line):
            if extra not in participants and extra not in places:
                participants.insert(participants.index(mention_index), extra)
    if not any(index.rows[m]["start"] < group.anchor.idx for m in participants):
        subjects, fronted = _left_subjects(doc, group.anchor, index, line)
        for mention_index in _relative_antecedent(doc, group.anchor, index) or subjects:
            if mention_index not in participants and mention_index not in places:
                participants.insert(0, mention_index)
        places.extend(m for m in fronted if m not in places and m not in participants)
    participants.extend(m for m in persons if m not in participants and m not in places)
    participants = [m for m in participants if not label_of_person(doc, index.rows[m])]
    participants.sort(key=lambda m: index.rows[m]["start"])
    return participants, places, scope.raised


# How many words may stand between a person's noun and the body named as their label ("le
# président du groupe LR": 3).
_LABEL_REACH = 4


def label_of_person(doc: Doc, row: Mapping[str, Any]) -> bool:
    """A body's name written as a person's label, after the noun of one person and its words
    ("l'élue LR", "la conseillère régionale LR de Lorraine", "le président du groupe Les
    Républicains"), whatever the parse hangs it on, or a nationality the tagger took for a
    body before a person's name: the person acts, not their party or their country."""
    span = span_of(doc, row["start"], row["end"])
    if span is None or row["label"] == "PER":
        return False
    if is_demonym(row["text"]) and span[1] < len(doc) and doc[span[1]].ent_type_ == "PER":
        return True  # "le Franco-libanais X": X's nationality
    if row["label"] not in ("ORG", "MISC"):
        return False
    for token in islice(reversed(doc[doc[span[0]].sent.start:span[0]]), _LABEL_REACH):
        if token.pos_ == "NOUN" and (token.lemma_.lower() in one_person_nouns()
                                     or token.lower_ in one_person_nouns()):
            # "le patron des députés LR X": the name after makes it one person's label
            return "Sing" in token.morph.get("Number", []) or (
                span[1] < len(doc) and doc[span[1]].ent_type_ == "PER")
        if token.pos_ not in ("DET", "ADP", "ADJ", "NOUN"):
            return False
    return False


def _affiliations(tokens: Iterable[Token], index: _Mentions,
                  group: _Group) -> tuple[set[int], list[int]]:
    """For a role noun that names a person ("le secrétaire du Conseil de sécurité, X"): the
    tokens of its complements, which say where X works and are no participants, and X."""
    skipped: set[int] = set()
    persons: list[int] = []
    for token in tokens:
        if token.pos_ != "NOUN" or token.i in group.indices or index.at(token) is not None:
            continue
        found = [m for n in _person_neighbours(token, index)
                 if (m := index.index_at(n)) is not None and index.rows[m]["label"] == "PER"]
        if not found:
            continue
        persons.extend(m for m in found if m not in persons)
        for child in token.children:
            person = (row := index.at(child)) is not None and row["label"] == "PER"
            if child.dep_ in ("nmod", "appos", "acl", "flat:name") and not person:
                # but the agent of the event's own participle ("X, ex-conseiller recruté en
                # 2016 par Y": Y recruited X)
                agent = {t.i for c in child.children if child.i == group.anchor.i
                         and c.dep_ == "obl:agent" for t in c.subtree}
                skipped.update(t.i for t in child.subtree if t.i not in agent)
    return skipped, persons


def _person_neighbours(token: Token, index: _Mentions) -> list[Token]:
    """Tokens that may name the person a role noun stands beside: its apposition or bare
    complement, the name it is in apposition to, or the name right before "<name>, le ..."
    when the parser made both dependents of one verb."""
    neighbours = [c for c in token.children if c.dep_ in ("appos", "flat:name", "nmod")
                  and not any(g.dep_ == "case" for g in c.children)]
    # "le numéro un du parti X": the parse hangs the person on the organisation's name
    neighbours += [g for c in token.children if c.dep_ == "nmod" and c.ent_type_ in ("ORG", "LOC")
                   for g in c.children if g.dep_ == "appos"]
    if token.dep_ == "appos":
        neighbours.append(token.head)
    before = token.left_edge.i - 1
    if before > 0 and token.doc[before].text == ",":
        name = token.doc[before - 1]
        mention = index.index_at(name)
        if mention is not None:
            root = name
            while root.dep_ in _FREE_DEPS and index.index_at(root.head) == mention:
                root = root.head
            # a bare role noun is an apposition wherever the parse hangs it: a French
            # subject has a determiner ("X, sénatrice de Brest a annoncé")
            bare = not any(c.dep_ == "det" for c in token.children)
            if root.head.i == token.head.i or root.head.i == token.i or bare:
                neighbours.append(name)
    return neighbours


def _role(doc: Doc, token: Token, index: _Mentions, mention_index: int, scope: _Scope,
          depth: int) -> str:
    """"participant", "place" or "" for the mention that this token belongs to."""
    row = index.rows[mention_index]
    label = row["label"]
    if "\n" in row["text"]:
        return ""  # a span across a line break is a layout artefact
    head = _mention_head(doc, row)
    if occasion(head):
        return ""
    if label != "PER" and _agent(head, scope):
        return "participant"  # "votée par le Congrès", whatever the model tagged: who did it
    if label not in _NAME_LABELS:
        # A title the model could not class (a newspaper, a programme) acts when it is the
        # subject: "révèle mercredi Le Journal du Soir".
        # So does the one a participle qualifies: "Le Journal du Soir, paru mercredi", and
        # the one that names the subject's noun: 'L'émission "Le Grand Soir" annonce'.
        named = (head.head if head.dep_ in ("amod", "appos") and head.head.pos_ == "NOUN"
                 and not any(c.dep_ == "case" for c in head.children) else head)
        if ((named.dep_ == "nsubj" and named.head.i == scope.group.anchor.i)
                or head.i in scope.raised):
            return "participant"
        from .incise import inverted_speaker  # incise reads this module's helpers

        return "participant" if inverted_speaker(doc, scope.group, row, index) else ""
    preposition = _preposition(doc, head, row)
    group = scope.group
    if preposition in _words("source"):
        return ""
    if label in _ACTOR_LABELS:
        if preposition in _words("medium"):
            return ""  # "sur BFMTV", "dans Le Monde"
        if label == "ORG" and _of_a_person(head, index, scope):
            return ""  # "X (LR)", "X, président de Y": the person's party or employer
        if (group.trigger.type in _SPEECH_TYPES and preposition in _words("addressee")
                and label != "PER"):
            return ""  # "a déclaré à l'AFP", "devant l'Assemblée": audience, not actor
        if group.trigger.cameo in VISIT_CODES and preposition in _words("place_prepositions"):
            return "place"  # "s'est rendu à l'Élysée"
        return "participant"
    if preposition in _words("place_prepositions") or in_parentheses(doc, row):
        return "place"  # "à Vernon", "Vernon (Eure)": where, never who
    if (preposition in _words("de") and head.head.i in group.indices
            and head.head.pos_ in ("NOUN", "PROPN")):
        # The event noun's complement: who for an act of speech or will ("les protestations
        # de la Chine"), where otherwise ("le sommet de Genève", "l'attaque de Paris").
        return "participant" if group.trigger.type in _ACTOR_COMPLEMENT_TYPES else "place"
    if _of_a_person(head, index, scope):
        return ""
    if ((preposition in _words("with") and depth <= 2)
            or (preposition is None and _core(head, scope))):
        return "participant"  # a country acts: "la Norvège et le Portugal ont signé"
    return ""


def _agent(head: Token, scope: _Scope) -> bool:
    """The name is the agent of the event's passive ("votée lundi par X")."""
    from .passives import passive_voice
    from .roles import _is_agent  # roles reads this module's helpers

    return passive_voice(scope.group.anchor) and _is_agent(head, scope.group)


# How far from a name its parenthesis may stand (spaces between).
_PARENTHESIS_REACH = 3
# How many words an occasion's name may stand after "lors" ("lors d'une X").
_OCCASION_REACH = 3


def occasion(head: Token) -> bool:
    """The name is what "lors de", "pendant" open ("lors d'une Convention de la droite"): the
    occasion of the act, no one taking part in it."""
    simultaneity = _words("simultaneity")
    # 'lors d'une "Convention"': a quotation mark is no word
    words = (token for token in reversed(head.doc[:head.i]) if not token.is_quote)
    for token in islice(words, _OCCASION_REACH):
        if token.lower_ in simultaneity:
            return True
        if token.pos_ not in ("DET", "ADP"):
            return False
    return False


def in_parentheses(doc: Doc, row: Mapping[str, Any]) -> bool:
    """The name is all a parenthesis holds ("Vernon (Eure)")."""
    text = text_of(doc)
    before = text[max(0, row["start"] - _PARENTHESIS_REACH):row["start"]]
    after = text[row["end"]:row["end"] + _PARENTHESIS_REACH]
    return before.rstrip().endswith("(") and after.lstrip().startswith(")")


def _of_a_person(head: Token, index: _Mentions, scope: _Scope) -> bool:
    """The organisation hangs from a person's name (through a role noun, an apposition or a
    parenthesis), not coordinated with it nor governed by a verb in between."""
    token = head
    while token.head.i != token.i and token.i not in scope.group.indices:
        if token.dep_ == "conj" or token.i in scope.raised:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return False
        row = index.at(token)
        if row is not None and row["label"] == "PER":
            return True
    return False


def _mention_head(doc: Doc, row: Mapping[str, Any]) -> Token:
    """The token of the mention whose head lies outside it."""
    span = span_of(doc, row["start"], row["end"])
    if span is None:
        return doc[max(bisect_right([t.idx for t in doc], row["start"]) - 1, 0)]
    return doc[span[2]]


def _preposition(doc: Doc, head: Token, row: Mapping[str, Any]) -> str | None:
    """The preposition of the mention, from the parse or, if the parse lost it, from the left."""
    for child in head.children:
        if child.dep_ in ("case", "mark", "fixed") and child.i < head.i:
            return child.lower_
    span = span_of(doc, row["start"], row["end"])
    position = (span[0] if span is not None else head.i) - 1
    # past the articles and a civility the mention leaves out ("de M. X")
    while position >= 0 and (doc[position].lower_ in _words("articles")
                             or low(doc[position].text) in civilities()):
        position -= 1
    if position >= 0 and _is_preposition(doc[position]):
        return doc[position].lower_
    # A name in apposition takes its noun's preposition: "à l'agence de presse X"; unless
    # that noun completes a person noun ("le maire par intérim X", "le porte-parole du
    # ministère X"): the name is that person's, whatever noun the parse hung it on.
    if head.dep_ in ("appos", "flat:name") and head.head.pos_ == "NOUN":
        noun = head.head
        if noun.lemma_.lower() in _words("own_sides") and any(
                "Yes" in c.morph.get("Poss", []) for c in noun.children):
            return None  # "a estimé de son côté X", "pour sa part X": an aside, no case
        for child in noun.children:
            if child.dep_ == "case" and child.i < noun.i:
                before = doc[child.i - 1] if child.i > 0 else None
                if before is not None and before.pos_ == "NOUN" and of_persons(before):
                    return None
                return child.lower_
    return None


def _is_preposition(token: Token) -> bool:
    """A preposition, also when the tagger missed it (a capital "A" read as the verb avoir)."""
    return token.pos_ == "ADP" or token.lower_ in _words("prepositions")


def _core(head: Token, scope: _Scope) -> bool:
    """A subject, object or agent of the event, or a name coordinated with one."""
    token = head
    while token.dep_ in ("conj", "appos", "flat:name") and token.head.i != token.i:
        if token.i in scope.raised:
            return True
        token = token.head
    if token.i in scope.raised:
        return True
    return (token.head.i in scope.group.indices
            and token.dep_ in (*_SUBJECT_DEPS, "obj", "iobj", "nmod"))


def _relative_antecedent(doc: Doc, anchor: Token, index: _Mentions) -> list[int]:
    """The name before "qui" when the event verb's subject is that relative pronoun, past a
    demonstrative that restates it ("le procureur X, celui-là même qui a inculpé Y"), a date
    between commas or an apposition ("X, un proche du ministre qui occupa")."""
    for child in anchor.children:
        if child.dep_ == "nsubj" and is_relative(child):
            position = _before_incises(doc, child.i - 1)
            mention_index = index.index_at(doc[position]) if position >= 0 else None
            if mention_index is None and position >= 0:
                # "X, figure de proue des frondeurs, qui a déclaré": the apposition's name
                mention_index = index.index_at(_apposed_to(doc[position], child))
            place = None if mention_index is None else _place_incise(doc, index, mention_index)
            if place is not None:  # "le député X, à Vernanges, qui a annoncé": X, not the town
                position = place
                mention_index = index.index_at(doc[position]) if position >= 0 else None
            if (mention_index is not None and not _outlet_named(doc, index, mention_index)
                    and _of_a_person_noun(doc, index, mention_index)):
                return []  # "le porte-parole du parti X, qui a dénoncé": the spokesman
            if mention_index is not None and (
                    index.rows[mention_index]["label"] in _ACTOR_LABELS
                    or _outlet_named(doc, index, mention_index)):
                return [mention_index]
    return []


def _of_a_person_noun(doc: Doc, index: _Mentions, mention_index: int) -> bool:
    """A body's name that completes a person noun ("le chef de file de X", "le porte-parole
    du parti X"): the person is who the phrase names."""
    head = _mention_head(doc, index.rows[mention_index])
    if index.rows[mention_index]["label"] == "PER":
        return False
    while head.dep_ in ("nmod", "flat:name") and head.head.i != head.i and (
            head.head.pos_ == "NOUN") and not of_persons(head.head):
        head = head.head  # "du parti X": up to the noun the phrase completes
    return of_complement(head) and of_persons(head.head)


def _outlet_named(doc: Doc, index: _Mentions, mention_index: int) -> bool:
    """An outlet the model tagged a place, which writes as an organisation does; not a
    demonym written alike ("un Parisien qui se dit producteur")."""
    first = index.first_token(doc, mention_index)
    return known_outlet(row_name(index.rows[mention_index])) and not (
        first.i > 0 and doc[first.i - 1].lower_ in _words("indefinite_articles"))


def _before_incises(doc: Doc, position: int) -> int:
    """The position before the punctuation, restating words ("celui-là même") and dates
    between commas ("Franceinfo, jeudi 14 juin, qui révèle") that end at `position`."""
    while position >= 0:
        if doc[position].is_punct or doc[position].lower_ in _words("restating"):
            position -= 1
            continue
        start = position
        while start >= 0 and (calendar_word(doc[start]) or doc[start].like_num
                              or doc[start].lower_ in _words("date_fillers")):
            start -= 1
        if start < position and start >= 0 and doc[start].text == "," and any(
                calendar_word(t) for t in doc[start + 1:position + 1]):
            position = start - 1
            continue
        return position
    return position


def _apposed_to(token: Token, relative: Token) -> Token:
    """The word a phrase before a relative pronoun is apposed to, climbing its noun phrase."""
    while token.dep_ in ("nmod", "amod", "appos", "flat", "flat:name") and (
            token.head.i < relative.i and token.head.i != token.i):
        if token.dep_ == "appos":
            return token.head
        token = token.head
    return token


def _place_incise(doc: Doc, index: _Mentions, mention_index: int) -> int | None:
    """The position before the comma that opens a place's incise (", à Vernanges,") ending
    with the mention, or None when the mention is no such place."""
    if index.rows[mention_index]["label"] != "LOC":
        return None
    before = index.first_token(doc, mention_index).i - 1
    while before >= 0 and doc[before].lower_ in _words("articles"):
        before -= 1
    if (before < 1 or doc[before].lower_ not in _words("place_prepositions")
            or doc[before - 1].text != ","):
        return None
    return before - 2


def _left_subjects(doc: Doc, anchor: Token, index: _Mentions,
                   line: tuple[int, int]) -> tuple[list[int], list[int]]:
    """Names right before the verb group, for a subject the parse lost ("X et Y ont signé"),
    and the places fronted before them ("À Genève, X et Y ont tenu une rencontre")."""
    if anchor.pos_ not in ("VERB", "AUX"):
        return [], []
    verb_group = [anchor, *(c for c in anchor.children if c.i < anchor.i and (
        c.dep_.startswith(("aux", "expl")) or c.lower_ in _words("ne") or (
            c.dep_ in ("obj", "iobj") and c.pos_ == "PRON")))]
    found, places = _names_leftwards(doc, min(t.i for t in verb_group) - 1, index, line, [])
    if _has_subject(anchor, line) and not (found and all(
            stray_subject(c, index.first_token(doc, found[-1]).i) or phrase_read_as_subject(c)
            for c in anchor.children if c.dep_ in ("nsubj", "nsubj:pass"))):
        return [], []  # a subject, unless one the parse took for it, set apart (apart.py)
    return found, places


def _names_leftwards(doc: Doc, position: int, index: _Mentions, line: tuple[int, int],
                     found: list[int]) -> tuple[list[int], list[int]]:
    """Coordinated names read leftwards from `position`, and the fronted places before them."""
    places: list[int] = []
    while position >= 0 and doc[position].idx >= line[0]:
        token = doc[position]
        mention_index = index.index_at(token)
        if mention_index is not None and index.rows[mention_index]["label"] in _NAME_LABELS:
            before = index.first_token(doc, mention_index).i - 1
            while before >= 0 and doc[before].lower_ in _words("articles"):
                before -= 1
            if before >= 0 and _is_preposition(doc[before]):
                if (doc[before].lower_ in _words("place_prepositions")
                        and index.rows[mention_index]["label"] == "LOC"):
                    places.append(mention_index)
                break  # a complement ("selon X", "à Genève"), not a subject
            if mention_index not in found:
                found.append(mention_index)
            position = before
        elif token.lower_ in _words("list_links") and found:
            position -= 1
        elif token.text == "," and not found:
            apposed = _apposed_person(doc, position, index)
            if apposed is not None:  # "la nouvelle ministre, X, assure": X
                found.append(apposed)
                break
            position = _before_incise(doc, position)
        else:
            break
    return found, places


def _coordinated_leftwards(doc: Doc, mention_index: int, index: _Mentions,
                           line: tuple[int, int]) -> list[int]:
    """Names coordinated before a subject that the parse cut off ("Le Japon et l'Australie
    ont signé", with "Japon" parsed as a sentence of its own)."""
    position = index.first_token(doc, mention_index).i - 1
    while position >= 0 and doc[position].lower_ in _words("articles"):
        position -= 1
    if position < 0 or doc[position].lower_ not in _words("coordinators"):
        return []  # a comma alone may close a fronted complement ("En mai, X a signé")
    found, _ = _names_leftwards(doc, position, index, line, [mention_index])
    return found[1:]


def _apposed_person(doc: Doc, comma: int, index: _Mentions) -> int | None:
    """The person's mention row when the words between the comma before and `comma` are a
    person's name and nothing else (", X,": a name apposed to the subject's role noun)."""
    opening = _before_incise(doc, comma) + 1
    if opening <= 0:
        return None
    rows = {index.index_at(token) for token in doc[opening + 1:comma]}
    found = rows.pop() if len(rows) == 1 else None
    return found if found is not None and index.rows[found]["label"] == "PER" else None


def _before_incise(doc: Doc, comma: int) -> int:
    """The position before a comma-delimited incise ending at `comma` ("X, qui a dit..., est
    arrivé"), or -1 if there is none within a few words."""
    sentence_start = doc[comma].sent.start
    for position in range(comma - 1, max(sentence_start, comma - MAX_INCISE) - 1, -1):
        if doc[position].text == ",":
            return position - 1
        if doc[position].is_sent_start or doc[position].text in ".;:!?":
            break
    return -1


def _actor_object(group: _Group, index: _Mentions) -> bool:
    """The event's direct object names a person or an organisation ("recevoir le ministre")."""
    for token in (*group.tokens, group.anchor):
        for child in token.children:
            if child.dep_ != "obj":
                continue
            names = [child, *(c for c in child.children if c.dep_ in _FREE_DEPS)]
            if any((row := index.at(n)) is not None and row["label"] in _ACTOR_LABELS
                   for n in names):
                return True
    return False
