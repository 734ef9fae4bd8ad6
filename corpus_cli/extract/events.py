"""Events: triggers and their arguments per document, then one timeline entry per real event.

Two halves, split as ARCHITECTURE.md says:
- `extract_events(doc, mentions, dates)` works on one parsed document. A trigger is a verb or
  an action noun listed in data/events_triggers.txt; its participants, places and date come
  from the dependency parse, mapped onto the document's mention and date rows.
- `merge(rows)` works on the rows of the whole corpus, never on spaCy objects: the same event
  told by several articles (same type, shared participants, compatible dates) becomes one row
  with all its sources. `sort_key(row)` orders the timeline.

The model's parse is noisy around names (a sentence-initial name read as a verb, a surname
tagged ADV), so arguments are read from the trigger's whole clause rather than from its direct
dependents only, with a left-context fallback for a subject the parse lost.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

from corpus_cli.lexicon import parse_sections
from corpus_cli.nlp.model import text_of
from corpus_cli.rows import EVENT_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


DATA_FILE = "events_triggers.txt"
TYPES = EVENT_TYPES
CONDITIONS = frozenset({"pron", "passive", "active", "speech", "place", "person", "object",
                        "listed", "carried"})
# Types whose verbs introduce quoted speech: the quote is what was said, not who took part.
_SPEECH_TYPES = frozenset({"statement", "announcement"})
# A merged entry keeps the most certain status among its sources.

# Dependents that open another clause: their words belong to another predication.
_CLAUSE_DEPS = frozenset({
    "ccomp", "csubj", "csubj:pass", "advcl", "acl:relcl", "parataxis", "discourse", "vocative",
    "dislocated", "reparandum", "list", "root",
})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "obl:agent"})
# A participant named this many arcs below the trigger or deeper is background, not an actor
# ("le dialogue sur la coopération entre X et Y" inside a quoted topic). Name-internal arcs
# (flat, appos, conj, fixed) do not count.
MAX_DEPTH = 3
_FREE_DEPS = frozenset({"flat", "flat:name", "flat:foreign", "appos", "conj", "fixed", "cc"})
# Same-type triggers linked by one of these arcs tell one event: "signer un accord",
# "l'accord signé", "la signature du mémorandum".
_LINK_DEPS = frozenset({"obj", "nsubj", "nsubj:pass", "acl", "amod", "nmod", "obl:arg"})
# The governor of these relations can plan or cancel the event it governs.
_GOVERNED_DEPS = frozenset({"xcomp", "obj", "nsubj:pass", "obl:arg"})
# Relations a bare noun phrase gets from the parser when it is in fact a support verb's object.
_BARE_SUPPORT_DEPS = frozenset({"obj", "obl", "obl:mod", "obl:arg", "nsubj", "nsubj:pass"})
_ACTOR_COMPLEMENT_TYPES = frozenset({"statement", "criticism", "announcement", "agreement",
                                     "vote"})
_ACTOR_LABELS = frozenset({"PER", "ORG"})
_NAME_LABELS = frozenset({"PER", "ORG", "LOC"})
# The longest comma-delimited incise skipped between a subject and its verb.
MAX_INCISE = 15
_WHITESPACE = re.compile(r"\s+")
# A coarser date than this is no evidence that two reports tell the same event.
# --- data file ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Trigger:
    """One line of [triggers]: the event a lemma of a part of speech announces."""

    lemma: str
    pos: str
    type: str
    cameo: str | None
    conditions: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    """The word lists of data/events_triggers.txt."""

    triggers: Mapping[tuple[str, str], Trigger]
    support: frozenset[tuple[str, str]]
    support_verbs: frozenset[str]
    objects: Mapping[str, frozenset[str]]
    negation: frozenset[str]
    cancel: frozenset[str]
    planned_governors: frozenset[str]
    planned_modifiers: frozenset[str]
    reporting: frozenset[str]
    function_words: Mapping[str, frozenset[str]]


def parse_lexicon(text: str) -> Lexicon:
    """Read the trigger file format (see its header); raise ValueError on a malformed line."""
    sections = parse_sections(text)
    triggers: dict[tuple[str, str], Trigger] = {}
    for line in sections.get("triggers", []):
        parts = line.split()
        if len(parts) not in (4, 5) or parts[1] not in ("VERB", "NOUN") or parts[2] not in TYPES:
            raise ValueError(f"{DATA_FILE}: malformed trigger line {line!r}")
        conditions = frozenset(parts[4].split(",")) if len(parts) == 5 else frozenset()
        if conditions - CONDITIONS:
            raise ValueError(f"{DATA_FILE}: unknown condition in {line!r}")
        lemma = parts[0].lower()
        triggers[(lemma, parts[1])] = Trigger(
            lemma, parts[1], parts[2], None if parts[3] == "-" else parts[3], conditions)
    support = frozenset(tuple(line.split()[:2]) for line in sections.get("support", []))

    def words(name: str) -> frozenset[str]:
        return frozenset(line.lower() for line in sections.get(name, []))

    objects = {line.split()[0]: frozenset(line.split()[1:])
               for line in sections.get("objects", [])}
    for lemma, entry in triggers.items():
        if "listed" in entry.conditions and lemma[0] not in objects:
            raise ValueError(f"{DATA_FILE}: {lemma[0]!r} is 'listed' but has no [objects] line")
    function_words = {line.split()[0]: frozenset(line.split()[1:])
                      for line in sections.get("function_words", [])}
    return Lexicon(triggers, support,  # type: ignore[arg-type]
                   frozenset(verb for verb, _ in support), objects,
                   words("negation"), words("cancel"),
                   words("planned_governors"), words("planned_modifiers"), words("reporting"),
                   function_words)


@functools.cache
def lexicon() -> Lexicon:
    """The packaged trigger lexicon, read once."""
    text = resources.files("corpus_cli").joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    return parse_lexicon(text)


def _words(name: str) -> frozenset[str]:
    """A class of function words from the packaged file ([function_words])."""
    return lexicon().function_words[name]


# --- per document -------------------------------------------------------------------------

@dataclass
class _Group:
    """Trigger tokens that tell one event, the verb that carries it, and its entry."""

    tokens: list[Token]
    primary: Token
    anchor: Token
    trigger: Trigger
    indices: set[int] = field(default_factory=set)


class _Mentions:
    """The document's mention rows, looked up by token."""

    def __init__(self, doc: Doc, rows: Sequence[Mapping[str, Any]]) -> None:
        self.rows = rows
        self.by_token: dict[int, int] = {}
        self.first: dict[int, int] = {}
        for index, row in enumerate(rows):
            span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
            if span is None:
                continue
            for position in range(span.start, span.end):
                self.by_token.setdefault(position, index)
                self.first.setdefault(index, position)

    def at(self, token: Token) -> Mapping[str, Any] | None:
        index = self.by_token.get(token.i)
        return None if index is None else self.rows[index]

    def index_at(self, token: Token) -> int | None:
        return self.by_token.get(token.i)

    def first_token(self, doc: Doc, index: int) -> Token:
        return doc[self.first[index]]


def extract_events(doc: Doc, mentions: list[dict], dates: list[dict], *,
                   keep_bare: bool = False) -> list[dict]:
    """Event rows of one parsed document (see ARCHITECTURE.md `event`); negated events dropped.

    `mentions` and `dates` are this document's rows, with offsets into `doc.text`. An event
    keeps `date`, the index of its date row in `dates` (or None), and that row's text. A
    trigger with no participant, no place and no date is dropped unless `keep_bare` (kept
    for the benchmark that measures this rule; such rows carry `bare: True`).
    """
    lex = lexicon()
    index = _Mentions(doc, mentions)
    groups = _groups(doc, lex, index)
    claimed = {token.i: n for n, group in enumerate(groups) for token in (*group.tokens,
                                                                           group.anchor)}
    events = []
    for number, group in enumerate(groups):
        blocked = {i for i, owner in claimed.items() if owner != number}
        row = _event_row(doc, group, lex, index, dates, blocked, keep_bare)
        if row is not None:
            events.append(row)
    return events


def _groups(doc: Doc, lex: Lexicon, index: _Mentions) -> list[_Group]:
    """Trigger tokens joined into events, each with the verb that carries it."""
    found = {token.i: entry for token in doc if (entry := _trigger_of(token, lex, index))}
    # A participle on an event noun of another type qualifies it ("la visite annoncée").
    for i in list(found):
        token = doc[i]
        if (token.dep_ in ("acl", "amod") and token.head.i in found
                and found[token.head.i].type != found[i].type):
            del found[i]
    parent = {i: i for i in found}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, entry in found.items():
        head = doc[i].head
        if (head.i != i and head.i in found and found[head.i].type == entry.type
                and doc[i].dep_ in _LINK_DEPS):
            parent[root(i)] = root(head.i)
    members: dict[int, list[Token]] = defaultdict(list)
    for i in sorted(found):
        members[root(i)].append(doc[i])
    groups = []
    for tokens in members.values():
        verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
        indices = {t.i for t in tokens}
        primary = verbs[0] if verbs else next(t for t in tokens if t.head.i not in indices
                                              or t.head.i == t.i)
        group = _Group(tokens, primary, _anchor(primary, lex), found[primary.i])
        group.indices = {t.i for t in tokens} | {group.anchor.i}
        groups.append(group)
    return groups


def _trigger_of(token: Token, lex: Lexicon, index: _Mentions) -> Trigger | None:
    if token.is_space or token.is_punct:
        return None
    if token.pos_ == "VERB" or (token.pos_ == "ADJ" and "Part" in token.morph.get("VerbForm")):
        pos = "VERB"
    elif token.pos_ in ("NOUN", "PROPN"):
        pos = "NOUN"
    else:
        return None
    entry = lex.triggers.get((token.lemma_.lower(), pos)) or lex.triggers.get((token.lower_, pos))
    if entry is None:
        return None
    if pos == "NOUN" and _is_source(token):
        return None  # "selon les critiques": the critics are the source, not an event
    mention = index.at(token)
    # A trigger word inside a name ("Accord de Paris" tagged ORG) is part of that name.
    if mention is not None and mention["label"] in _NAME_LABELS:
        return None
    return entry if _grammar_ok(token, entry, lex) else None


def _grammar_ok(token: Token, entry: Trigger, lex: Lexicon) -> bool:
    """The conditions the parse around the token can check: pronominal, passive, active,
    speech, listed object."""
    if "pron" in entry.conditions and not _is_pronominal(token):
        return False
    passive = _is_passive(token)
    if "passive" in entry.conditions and not passive:
        return False
    if "speech" in entry.conditions and not _is_speech(token):
        return False
    if "listed" in entry.conditions and not _has_listed_object(token, lex.objects[entry.lemma]):
        return False
    return not ("active" in entry.conditions and passive)


def _has_listed_object(token: Token, lemmas: frozenset[str]) -> bool:
    """The thing acted on is one of `lemmas`: the object, the passive subject, the noun a
    participle qualifies ("l'accord signé"), or an event noun's "de" complement."""
    things = [c for c in token.children if c.dep_ in ("obj", "nsubj:pass")
              or (c.dep_ == "nmod" and token.pos_ == "NOUN")]
    if token.dep_ in ("acl", "amod"):
        things.append(token.head)
    things += [c for t in things for c in t.children if c.dep_ == "conj"]
    return any(t.lemma_.lower() in lemmas or t.lower_ in lemmas for t in things)


def _is_speech(token: Token) -> bool:
    """A verb of saying used as one: with a clause ("affirme que"), in an incise after a
    quote ("», a-t-il affirmé", "explique X"), not "affirmer son influence"."""
    if token.dep_ == "parataxis":
        return True
    for child in token.children:
        if child.dep_ in ("ccomp", "parataxis") or (child.dep_ == "nsubj" and child.i > token.i):
            return True
    position = min([token.i, *(c.i for c in token.children
                               if c.i < token.i and c.dep_.startswith(("aux", "expl")))]) - 1
    while position >= 0 and token.doc[position].text in (",", "-", "–"):
        position -= 1
    if position >= 0 and token.doc[position].is_quote:
        return True
    following = token.i + 1
    while following < len(token.doc) and token.doc[following].text in (":", ","):
        following += 1
    return following < len(token.doc) and token.doc[following].is_quote  # 'a affirmé « ... »'


def _is_pronominal(token: Token) -> bool:
    return any(child.lower_ in _words("reflexive") and (child.dep_.startswith("expl")
                                               or child.dep_ in ("obj", "iobj"))
               for child in token.children)


def _is_passive(token: Token) -> bool:
    return ("Pass" in token.morph.get("Voice")
            or any(child.dep_ == "aux:pass" for child in token.children))


def _anchor(primary: Token, lex: Lexicon) -> Token:
    """The support verb that carries an event noun ("effectuer une visite"), else the trigger."""
    if primary.pos_ in ("NOUN", "PROPN") and primary.head.i != primary.i:
        head = primary.head
        lemma = head.lemma_.lower()
        if (lemma, primary.dep_) in lex.support:
            return head
        # A bare noun phrase is the verb's object or subject whatever label the parser gave
        # it ("ont tenu, ce jeudi, une rencontre" parsed as obl:mod).
        if (lemma in lex.support_verbs and primary.dep_ in _BARE_SUPPORT_DEPS
                and not any(child.dep_ == "case" for child in primary.children)):
            return head
    if primary.pos_ == "NOUN" and not any(c.dep_ == "case" for c in primary.children):
        verb = _lost_support_verb(primary, lex)
        if verb is not None:
            return verb
    return primary


def _lost_support_verb(noun: Token, lex: Lexicon) -> Token | None:
    """The support verb whose object the parser lost behind an incise: "X et Y ont tenu, ce
    jeudi, une rencontre" parsed with the noun as the root, a conjunct or a modifier. The
    verb is the last one before the noun, has no object of its own, and only the incise and
    the noun's own words stand between them."""
    verb = next((t for t in reversed(noun.doc[noun.sent.start:noun.i]) if t.pos_ == "VERB"),
                None)
    if (verb is None or verb.lemma_.lower() not in lex.support_verbs
            or any(child.dep_ == "obj" for child in verb.children) or noun.head.i == verb.i):
        return None
    between = list(noun.doc[verb.i + 1:noun.i])
    if between and between[0].text == ",":
        closing = next((k for k, t in enumerate(between[1:], 1) if t.text == ","), None)
        if closing is None:
            return None
        between = between[closing + 1:]
    return verb if all(t.is_space or t.head.i == noun.i for t in between) else None


def _event_row(doc: Doc, group: _Group, lex: Lexicon, index: _Mentions,
               dates: Sequence[Mapping[str, Any]], blocked: set[int],
               keep_bare: bool) -> dict[str, Any] | None:
    status = _status(group, lex)
    if status is None:
        return None
    participants, places = _arguments(doc, group, index, blocked)
    conditions = group.trigger.conditions
    if "place" in conditions and not places:
        return None
    if "person" in conditions and not any(
            index.rows[i]["label"] in _ACTOR_LABELS for i in participants):
        return None
    if "object" in conditions and not _actor_object(group, index):
        return None
    date_index = _date_of(doc, group, dates, blocked)
    if ("carried" in conditions and date_index is None and group.anchor.i == group.primary.i
            and len(group.tokens) == 1):
        return None
    # A trigger with nobody, nowhere and no time is a word, not an event worth a timeline
    # ("le ton de la rencontre", "un accord est nécessaire"): measured in benchmarks/.
    bare = not participants and not places and date_index is None
    if bare and not keep_bare:
        return None
    primary = group.primary
    row: dict[str, Any] = {
        "start": primary.idx,
        "end": primary.idx + len(primary.text),
        "trigger": primary.text,
        "lemma": group.trigger.lemma,
        "type": group.trigger.type,
        "cameo": group.trigger.cameo,
        "status": status,
        "participants": _names(index, participants),
        "places": _names(index, places),
        "date": date_index,
        "date_text": None if date_index is None else dates[date_index]["text"],
        "sentence": _evidence(doc, primary),
    }
    if bare:
        row["bare"] = True
    return row


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


def _evidence(doc: Doc, token: Token) -> str:
    """The trigger's sentence, cut to its line, whitespace collapsed."""
    start, end = _line(doc, token)
    sentence = token.sent
    text = text_of(doc)[max(start, sentence.start_char):min(end, sentence.end_char)]
    return _WHITESPACE.sub(" ", text).strip()


def _names(index: _Mentions, positions: list[int]) -> list[str]:
    names: list[str] = []
    for position in positions:
        row = index.rows[position]
        name = row.get("resolved") or row.get("name") or row["text"]
        if name not in names:
            names.append(name)
    return names


# --- arguments ----------------------------------------------------------------------------

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


def _is_source(token: Token) -> bool:
    """The "selon X" / "d'après X" attribution: the source is not a participant."""
    sources = _words("source")
    return any(child.dep_ == "case" and child.lower_ in sources for child in token.children)


def _raised(anchor: Token, blocked: set[int]) -> list[Token]:
    """Subjects the anchor shares with the verbs above it ("X doit rencontrer", "X a signé
    et ratifié", "X, qui a rencontré")."""
    extra: list[Token] = []
    token = anchor
    while token.head.i != token.i and not _has_subject(token):
        if (token.dep_ in ("xcomp", "conj") or _controlled(token)) and token.head.pos_ in (
                "VERB", "AUX"):
            token = token.head
            extra.extend(child for child in token.children
                         if child.i not in blocked and _subject_like(child, token))
        elif token.dep_ == "acl:relcl" or (token.dep_ == "acl" and token.head.pos_ != "VERB"):
            extra.append(token.head)
            break
        else:
            break
    return extra


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
    if token.dep_ != "advcl":
        return False
    form = token.morph.get("VerbForm")
    return "Inf" in form or ("Part" in form and "Pres" in token.morph.get("Tense"))


def _has_subject(token: Token, line: tuple[int, int] | None = None) -> bool:
    return any(child.dep_ in ("nsubj", "nsubj:pass")
               and (line is None or line[0] <= child.idx < line[1]) for child in token.children)


def _subject_like(child: Token, verb: Token) -> bool:
    """A subject, or a name left of the verb that the parse attached badly (a surname as ADV)."""
    if child.dep_ in ("nsubj", "nsubj:pass"):
        return True
    return child.i < verb.i and child.pos_ in ("PROPN", "ADV", "NOUN") and child.dep_ in (
        "advmod", "nmod", "dep", "appos")


@dataclass
class _Scope:
    """What bounds one event's arguments."""

    group: _Group
    raised: set[int]
    line: tuple[int, int]


def _line(doc: Doc, token: Token) -> tuple[int, int]:
    """Character bounds of the line holding the token."""
    text = text_of(doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    return start, len(text) if end < 0 else end



def _arguments(doc: Doc, group: _Group, index: _Mentions,
               blocked: set[int]) -> tuple[list[int], list[int]]:
    """Mention row indices of the participants and of the places."""
    line = _line(doc, group.primary)
    raised = _raised(group.anchor, blocked)
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
    participants.sort(key=lambda m: index.rows[m]["start"])
    return participants, places


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
            if child.dep_ in ("nmod", "appos", "acl") and not person:
                skipped.update(t.i for t in child.subtree)
    return skipped, persons


def _person_neighbours(token: Token, index: _Mentions) -> list[Token]:
    """Tokens that may name the person a role noun stands beside: its apposition or bare
    complement, the name it is in apposition to, or the name right before "<name>, le ..."
    when the parser made both dependents of one verb."""
    neighbours = [c for c in token.children if c.dep_ in ("appos", "flat:name", "nmod")
                  and not any(g.dep_ == "case" for g in c.children)]
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
            if root.head.i == token.head.i or root.head.i == token.i:
                neighbours.append(name)
    return neighbours


def _role(doc: Doc, token: Token, index: _Mentions, mention_index: int, scope: _Scope,
          depth: int) -> str:
    """"participant", "place" or "" for the mention that this token belongs to."""
    row = index.rows[mention_index]
    label = row["label"]
    if label not in _NAME_LABELS or "\n" in row["text"]:
        return ""  # a span across a line break is a layout artefact
    head = _mention_head(doc, row)
    preposition = _preposition(doc, head, row)
    group = scope.group
    if preposition in _words("source"):
        return ""
    if label in _ACTOR_LABELS:
        if preposition in _words("medium"):
            return ""  # "sur BFMTV", "dans Le Monde"
        if label == "ORG" and _of_a_person(head, index, scope):
            return ""  # "X (LR)", "X, président de Y": the person's party or employer
        if group.trigger.type in _SPEECH_TYPES and preposition in _words("addressee"):
            return ""  # "a déclaré à l'AFP", "devant l'Assemblée": audience, not actor
        if group.trigger.type == "visit" and preposition in _words("place_prepositions"):
            return "place"  # "s'est rendu à l'Élysée"
        return "participant"
    if preposition in _words("place_prepositions"):
        return "place"
    if (preposition in _words("de") and head.head.i in group.indices
            and head.head.pos_ in ("NOUN", "PROPN")):
        # The event noun's complement: who for an act of speech or will ("les protestations
        # de la Chine"), where otherwise ("le sommet de Genève", "l'attaque de Paris").
        return "participant" if group.trigger.type in _ACTOR_COMPLEMENT_TYPES else "place"
    if _of_a_person(head, index, scope):
        return ""
    if ((preposition in _words("with") and depth <= 2)
            or (preposition is None and _core(head, scope))):
        return "participant"  # a country acts: "la Russie et le Maroc ont signé"
    return ""


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
    span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
    if span is None or len(span) == 0:
        return doc[max(bisect_right([t.idx for t in doc], row["start"]) - 1, 0)]
    return span.root


def _preposition(doc: Doc, head: Token, row: Mapping[str, Any]) -> str | None:
    """The preposition of the mention, from the parse or, if the parse lost it, from the left."""
    for child in head.children:
        if child.dep_ in ("case", "mark", "fixed") and child.i < head.i:
            return child.lower_
    span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
    position = (span.start if span is not None else head.i) - 1
    while position >= 0 and doc[position].lower_ in _words("articles"):
        position -= 1
    if position >= 0 and _is_preposition(doc[position]):
        return doc[position].lower_
    # A name in apposition takes its noun's preposition: "à l'agence de presse X".
    if head.dep_ in ("appos", "flat:name") and head.head.pos_ == "NOUN":
        for child in head.head.children:
            if child.dep_ == "case" and child.i < head.head.i:
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
    """The name before "qui" when the event verb's subject is that relative pronoun."""
    for child in anchor.children:
        if child.dep_ == "nsubj" and "Rel" in child.morph.get("PronType"):
            position = child.i - 1
            while position >= 0 and doc[position].is_punct:
                position -= 1
            mention_index = index.index_at(doc[position]) if position >= 0 else None
            if mention_index is not None and index.rows[mention_index]["label"] in _ACTOR_LABELS:
                return [mention_index]
    return []


def _left_subjects(doc: Doc, anchor: Token, index: _Mentions,
                   line: tuple[int, int]) -> tuple[list[int], list[int]]:
    """Names right before the verb group, for a subject the parse lost ("X et Y ont signé"),
    and the places fronted before them ("À Moscou, X et Y ont tenu une rencontre")."""
    if anchor.pos_ not in ("VERB", "AUX") or _has_subject(anchor, line):
        return [], []
    verb_group = [anchor, *(c for c in anchor.children if c.i < anchor.i and (
        c.dep_.startswith(("aux", "expl")) or c.lower_ in _words("ne") or (
            c.dep_ in ("obj", "iobj") and c.pos_ == "PRON")))]
    return _names_leftwards(doc, min(t.i for t in verb_group) - 1, index, line, [])


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
                break  # a complement ("selon X", "à Moscou"), not a subject
            if mention_index not in found:
                found.append(mention_index)
            position = before
        elif token.lower_ in _words("list_links") and found:
            position -= 1
        elif token.text == "," and not found:
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


# --- status -------------------------------------------------------------------------------

def _status(group: _Group, lex: Lexicon) -> str | None:
    """occurred, planned or reported; None for a negated or cancelled event."""
    chain = _governors(group.anchor)
    # An event noun is not denied by its clause verb ("il n'a pas évoqué la visite"), only by
    # its support verb ("la visite n'a pas eu lieu"), which is then the anchor.
    own = [*group.tokens, group.anchor, *(chain if group.anchor.pos_ in ("VERB", "AUX") else ())]
    # A plan that is denied is no event ("la visite n'est pas prévue").
    own += [t.head for t in own if _governed_by(t, lex.planned_governors)]
    if any(_negated(token, lex) for token in own):
        return None
    if any(_governed_by(token, lex.cancel) for token in (*group.tokens, group.anchor, *chain)):
        return None
    if _planned(group, chain, lex):
        return "planned"
    if _reported(group.anchor, chain, lex):
        return "reported"
    return "occurred"


def _governors(anchor: Token) -> list[Token]:
    """The verbs above the anchor in its clause: the clause verb of an event noun, then the
    verbs an infinitive depends on ("doit" in "doit signer")."""
    token = anchor
    chain: list[Token] = []
    if token.pos_ not in ("VERB", "AUX"):
        while token.pos_ not in ("VERB", "AUX"):
            if token.head.i == token.i or token.dep_ in _CLAUSE_DEPS:
                return []  # a noun outside any verb's clause: a headline, a list item
            token = token.head
        chain.append(token)
    while token.dep_ == "xcomp" and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def _negated(token: Token, lex: Lexicon) -> bool:
    children = list(token.children)
    if token.pos_ in ("NOUN", "PROPN"):
        return any((c.dep_ == "det" and c.lower_ in lex.negation)
                   or (c.dep_ == "case" and c.lower_ in _words("without")) for c in children)
    has_ne = any(c.lower_ in _words("ne") for c in children)
    return any((has_ne and c.lower_ in lex.negation and c.dep_ in ("advmod", "obj", "nsubj"))
               or (c.dep_ in ("mark", "case") and c.lower_ in _words("without")) for c in children)


def _governed_by(token: Token, lemmas: frozenset[str]) -> bool:
    return (token.dep_ in _GOVERNED_DEPS and token.head.i != token.i
            and token.head.lemma_.lower() in lemmas)


def _planned(group: _Group, chain: list[Token], lex: Lexicon) -> bool:
    """Future tense, a verb of planning above it, or a planning participle on the noun."""
    anchor = group.anchor
    verbal = anchor.pos_ in ("VERB", "AUX")
    # A verb goes with the verbs its infinitive hangs from ("doit signer"); an event noun only
    # with the tense of its clause verb ("lors de la réunion" in a clause about a plan is past).
    clause = [anchor, *chain] if verbal else chain[:1]
    if any(_future(verb) for verb in clause):
        return True
    governed = [*group.tokens, *(clause if verbal else ())]
    if any(_governed_by(token, lex.planned_governors) for token in governed):
        return True
    for token in (*group.tokens, anchor):
        if token.lemma_.lower() in lex.planned_governors and _is_passive(token):
            return True  # "X est attendu à Alger", "la visite est prévue"
    for verb in clause:
        if any(c.dep_.startswith("aux") and c.lemma_.lower() in _words("future_auxiliaries")
               for c in verb.children):
            return True
    if verbal and "Sub" in anchor.morph.get("Mood") and any(
            t.lemma_.lower() in lex.planned_governors for t in _ancestors(anchor, 3)):
        return True  # "on s'attend à ce qu'il se rende", "il est prévu qu'il signe"
    return any(c.dep_ in ("amod", "acl") and (c.lemma_.lower() in lex.planned_modifiers
                                              or c.lower_ in lex.planned_modifiers)
               for token in group.tokens for c in token.children)


def _ancestors(token: Token, limit: int) -> list[Token]:
    found = []
    while token.head.i != token.i and len(found) < limit:
        token = token.head
        found.append(token)
    return found


def _future(verb: Token) -> bool:
    return "Fut" in verb.morph.get("Tense") or any(
        c.dep_.startswith("aux") and "Fut" in c.morph.get("Tense") for c in verb.children)


def _conditional(verb: Token) -> bool:
    return "Cnd" in verb.morph.get("Mood") or any(
        c.dep_.startswith("aux") and "Cnd" in c.morph.get("Mood") for c in verb.children)


def _reported(anchor: Token, chain: list[Token], lex: Lexicon) -> bool:
    """Attributed to someone: "selon X", a verb of saying above or in incise, a conditional."""
    clause = [anchor, *chain]
    if any(_conditional(token) for token in clause if token.pos_ in ("VERB", "AUX")):
        return True
    token = anchor
    while True:
        if _is_source_holder(token):
            return True
        if any(_is_incise_report(c, lex) and c.i != anchor.i for c in token.children):
            return True
        if token.head.i == token.i:
            return False
        if token.dep_ in ("ccomp", "parataxis") and token.head.lemma_.lower() in lex.reporting:
            return True
        token = token.head


def _is_incise_report(token: Token, lex: Lexicon) -> bool:
    """"..., a rapporté X" after the clause: a verb of saying in incise, which the parser
    attaches as parataxis or, without a conjunction, as a coordinated verb."""
    if token.lemma_.lower() not in lex.reporting or token.i < token.head.i:
        return False
    if token.dep_ == "parataxis":
        return True
    return token.dep_ == "conj" and not any(c.dep_ == "cc" for c in token.children)


def _is_source_holder(token: Token) -> bool:
    return any(_is_source(child) for child in token.children)


# --- date ---------------------------------------------------------------------------------

def _date_of(doc: Doc, group: _Group, dates: Sequence[Mapping[str, Any]],
             blocked: set[int]) -> int | None:
    """The date row the dates layer attached to the trigger, else the nearest one in its
    sentence (same clause first, then fewest arcs) that is not attached to another event."""
    own = {doc[i].idx for i in group.indices}
    for number, row in enumerate(dates):
        if row.get("attached_start") in own and row.get("kind", "date") == "date":
            return number
    taken = {doc[i].idx for i in blocked}
    sentence = group.primary.sent
    line = _line(doc, group.primary)
    low, high = max(sentence.start_char, line[0]), min(sentence.end_char, line[1])
    clause = _clause_head(group.anchor)
    best: tuple[int, int, int] | None = None
    for number, row in enumerate(dates):
        if row.get("kind", "date") != "date" or row.get("attached_start") in taken:
            continue
        if not low <= row["start"] < high:
            continue
        span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
        if span is None or span.root.i in blocked:
            continue
        token = span.root
        distance = min(_tree_distance(token, t) for t in (group.anchor, *group.tokens))
        score = (0 if _clause_head(token) == clause else 1, distance, number)
        if best is None or score < best:
            best = score
    return None if best is None else best[2]


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


