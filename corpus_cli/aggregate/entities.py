"""Entities of a corpus from the mention rows of all its documents (never spaCy objects).

`consolidate(rows)` merges the forms of one name (folding, transliteration, shorter forms,
spelling slips, country forms) and keeps apart different people who share a surname; each
merge keeps its reason, shown by `corpus entities --explain`.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from corpus_cli.names import (
    LABELS,
    civilities,
    country_forms,
    fold,
    given_relation,
    low,
    name_key,
    person_name,
)

from . import ids as id_layer
from .aliases import Aliases
from .articles import same_kind
from .attribution import clean_roles, reattributed
from .brands import form_key
from .people import INTRODUCED, PREFERRED, TITLED, merge_people
from .slip_index import SlipIndex
from .whole import Whole

log = logging.getLogger(__name__)

# Vote order: a tie goes to the first (a person tagged LOC once is still a person).

# A form seen this often or less may be a spelling slip of a frequent entity...
RARE_MENTIONS = 2
# ...that has at least this many times its mentions (and at least `MIN_FREQUENT`).
FREQUENT_FACTOR = 3
MIN_FREQUENT = 3
@dataclass
class Entity:
    """One person, place, organisation or other name across the corpus."""

    name: str
    label: str
    mentions: int
    documents: int
    aliases: dict[str, int]  # every surface form merged in -> its mentions (the name included)
    roles: dict[str, int]
    first_seen: str | None
    last_seen: str | None
    merge_reasons: list[dict[str, str]]  # {alias, reason}, one per form and reason
    labels: dict[str, int] = field(default_factory=dict)
    ambiguous_with: list[str] = field(default_factory=list)
    occurrences: set[tuple[str, str]] = field(default_factory=set, repr=False)
    id: str = ""
    keys: list[str] = field(default_factory=list, repr=False)  # folded names of its forms

    def to_row(self, explain: bool = False) -> dict[str, Any]:
        """The JSON row of `corpus entities`; `explain` adds variants, reasons and the vote."""
        forms = sorted(self.aliases.items(), key=lambda item: (-item[1], item[0]))
        row: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "label": self.label,
            "mentions": self.mentions,
            "documents": self.documents,
            "aliases": [form for form, _ in forms if form != self.name],
            "roles": [role for role, _ in sorted(self.roles.items(),
                                                 key=lambda item: (-item[1], item[0]))
                      if low(role) not in civilities()],
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
        }
        if explain:
            reasons: dict[str, list[str]] = defaultdict(list)
            for item in self.merge_reasons:
                reasons[item["alias"]].append(item["reason"])
            row["variants"] = [
                {"form": form, "count": count,
                 "reasons": ["name"] if form == self.name else reasons.get(form, [])}
                for form, count in forms
            ]
            row["labels"] = {label: self.labels[label] for label in LABELS
                             if label in self.labels}
            row["ambiguous_with"] = list(self.ambiguous_with)
        return row


# Why a form was merged into an entity (the `reason` of merge_reasons; documented in README).
REASONS: dict[str, str] = {
    "folded": "same name once case, accents, hyphens and apostrophes are folded",
    "article": "same name without its leading article",
    "resolved_in_document": "partial name of a full name in the same document",
    "resolved_in_document_similarity": "partial name one edit from a full name in its document",
    "first_name_variant": "same surname, first name a variant (accents, transliteration)",
    "surname_variant": "same first name, surname a transliteration variant",
    "shorter_form": "shorter form (initials, fewer given names) of the only matching person",
    "unique_surname": "bare surname of the only person with this surname in the corpus",
    "dominant_surname": "bare surname of the person with 9 in 10 of its full-name mentions",
    "similarity": "joined by similarity: a rare spelling one edit from a frequent entity",
    "country_form": "another name of the same country",
    "demonym": "name of the country's inhabitants",
    "alias_file": "merged by the alias file",
}


@dataclass
class _Form:
    """All mentions whose target name folds to one key."""

    key: str
    surfaces: Counter[str] = field(default_factory=Counter)
    targets: Counter[str] = field(default_factory=Counter)
    reasons: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    labels: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    documents: set[str] = field(default_factory=set)
    occurrences: set[tuple[str, str]] = field(default_factory=set)
    canonical: str | None = None  # from the alias file
    country: str | None = None  # short name, when the form names a country
    candidates: list[str] = field(default_factory=list)  # groups a bare surname could join
    label: str = "MISC"  # the vote over `labels`, set once all rows are read
    # `target` as last computed; None once `targets` changed (`Forms.add`): consolidation
    # asks for it several times per form.
    _target: str | None = field(default=None, repr=False, compare=False)

    @property
    def mentions(self) -> int:
        return sum(self.surfaces.values())

    def copy(self) -> _Form:
        """A copy that merging may change (`candidates`) without touching this one."""
        return _Form(self.key, _counter(self.surfaces), _counter(self.targets),
                     defaultdict(set, {name: set(why) for name, why in self.reasons.items()}),
                     _counter(self.labels), _counter(self.roles), set(self.documents),
                     set(self.occurrences), self.canonical, self.country, [], self.label)

    @property
    def target(self) -> str:
        if self._target is None:
            self._target = _most_common(self.targets)
        return self._target


def vote(labels: Mapping[str, int]) -> str:
    """Majority label; ties go to PER, then ORG, LOC, MISC."""
    if not labels:
        return "MISC"
    best, most = LABELS[0], labels.get(LABELS[0], 0)
    for label in LABELS[1:]:  # in order: a tie keeps the first
        count = labels.get(label, 0)
        if count > most:
            best, most = label, count
    return best


def _counter(counts: Mapping[str, int]) -> Counter[str]:
    """`Counter(counts)` without its update in Python (a kept corpus's forms make 500,000)."""
    made: Counter[str] = Counter()
    dict.update(made, counts)
    return made


def _most_common(counts: Counter[str]) -> str:
    return min(counts.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0]


class _Groups:
    """Union-find over form keys that refuses unions the alias file or the names forbid."""

    def __init__(self, forms: dict[str, _Form], aliases: Aliases) -> None:
        self.forms = forms
        self.parent = {key: key for key in forms}
        self.tags: dict[str, set[tuple[int, int]]] = defaultdict(set)
        self.solo: set[str] = set()
        self.persons: dict[str, dict[str, list[tuple[str, ...]]]] = defaultdict(dict)
        self.edges: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for group, names in enumerate(aliases.split):
            for member, name in enumerate(names):
                key = fold(name)
                if key not in forms:
                    continue
                if len(names) == 1:
                    self.solo.add(key)
                self.tags[key].add((group, member))
        self.solo.update(key for key in forms if INTRODUCED in key)  # `mention_key`
        for key, form in forms.items():  # names read as people's for people only (a third)
            person = person_name(form.target) if form.label == "PER" else None
            if person is not None and person.full:
                self.persons[key] = {person.surname_key: [person.given]}

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, dependent: str, other: str, reason: str) -> bool:
        """Join the groups of two forms; `reason` says why `dependent` belongs with `other`."""
        a, b = self.find(dependent), self.find(other)
        if a == b:
            return True
        if a in self.solo or b in self.solo or self._split(a, b) or self._conflict(a, b):
            return False
        self.parent[a] = b
        self.tags[b] |= self.tags.pop(a, set())
        for surname, given in self.persons.pop(a, {}).items():
            self.persons[b].setdefault(surname, []).extend(given)
        self.edges[dependent].append((other, reason))
        self.edges[other].append((dependent, reason))
        return True

    def _split(self, a: str, b: str) -> bool:
        tags_b = self.tags.get(b, set())
        return any(g == h and m != n for g, m in self.tags.get(a, ()) for h, n in tags_b)

    def _conflict(self, a: str, b: str) -> bool:
        """Two people with one surname and incompatible first names never share a group."""
        persons_a, persons_b = self.persons.get(a, {}), self.persons.get(b, {})
        for surname, given_a in persons_a.items():
            for given_b in persons_b.get(surname, ()):
                if any(given_relation(g, given_b) is None for g in given_a):
                    return True
        return False


def consolidate(
    mentions: Iterable[Mapping[str, Any]],
    documents: Mapping[str, Mapping[str, Any]] | None = None,
    aliases: Aliases | None = None,
    forms: Forms | None = None,
) -> list[Entity]:
    """Entities of a corpus from its mention rows (each with a `document` id), most cited first.

    Bare surnames found in no document with their full name join the one person of the corpus
    with that surname; when several people share it, the surname stays an entity of its own
    with `ambiguous_with` naming them, rather than guessing.

    `forms`: the forms of other documents, collected before (see `collect`); the forms of
    `mentions` are added to them.
    """
    aliases = aliases or Aliases()
    collected = collect(mentions, aliases)
    if forms is not None:
        forms.add(collected)
        collected = forms
    return consolidate_forms(collected, documents, aliases)


def collect(mentions: Iterable[Mapping[str, Any]], aliases: Aliases | None = None) -> Forms:
    """The forms of mention rows (each with a `document` id, in document order): what
    consolidation adds up before it merges anything. Forms of two sets of documents add up
    (`Forms.add`) to the forms of both, so a corpus that grows is collected only for its new
    documents (the api keeps the forms of the last corpora)."""
    return Forms(_collect(reattributed(mentions), aliases or Aliases()))


def consolidate_forms(
    forms: Forms,
    documents: Mapping[str, Mapping[str, Any]] | None = None,
    aliases: Aliases | None = None,
) -> list[Entity]:
    """Entities from collected forms (see `consolidate`). The forms are taken in the order of
    their keys, so the answer does not depend on the order the documents came in, nor on how
    the forms were added up."""
    table = {key: forms.forms[key] for key in sorted(forms.forms)}
    return id_layer.named(merged(table, aliases or Aliases(), documents or {}, Whole.of(table)))


def merged(table: dict[str, _Form], aliases: Aliases,
           documents: Mapping[str, Mapping[str, Any]], whole: Whole) -> list[Entity]:
    """The entities of `table` (forms in key order, all of the corpus or a block of it that
    no merge leaves: blocks.py), not yet ordered nor named (`named`)."""
    for form in table.values():
        form.candidates = []  # set by merging, which may run again on the same forms
    groups = _Groups(table, aliases)
    _merge_articles(table, groups)
    _merge_initials(table, groups)
    merge_people(table, groups, whole)
    _merge_slips(table, groups, whole)
    return _entities(table, groups, documents, whole.people)


class Forms:
    """The forms of a set of documents, which add up and travel as JSON (`rows`)."""

    def __init__(self, forms: dict[str, _Form] | None = None) -> None:
        self.forms: dict[str, _Form] = forms or {}

    def add(self, other: Forms) -> None:
        """Add the forms of other documents (never documents already counted here)."""
        for key, form in other.forms.items():
            mine = self.forms.get(key)
            if mine is None:
                self.forms[key] = form.copy()
                continue
            mine.surfaces.update(form.surfaces)
            mine.targets.update(form.targets)
            mine._target = None
            for name, reasons in form.reasons.items():
                mine.reasons[name] |= reasons
            mine.labels.update(form.labels)
            mine.roles.update(form.roles)
            mine.documents |= form.documents
            mine.occurrences |= form.occurrences
            mine.canonical = mine.canonical or form.canonical
            mine.country = mine.country or form.country
            mine.label = vote(mine.labels)

    def rows(self) -> list[list[Any]]:
        """The forms as plain JSON values (`Forms.from_rows` reads them back)."""
        # `documents` is not written: each row adds its document to `occurrences` too.
        return [[f.key, dict(f.surfaces), dict(f.targets),
                 {name: sorted(reasons) for name, reasons in f.reasons.items()},
                 dict(f.labels), dict(f.roles), sorted(f.occurrences), f.canonical, f.country]
                for f in self.forms.values()]

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[Any]]) -> Forms:
        forms = {}
        for key, surfaces, targets, reasons, labels, roles, occurrences, canonical, country in (
                rows):
            form = _Form(key, _counter(surfaces), _counter(targets),
                         defaultdict(set, {name: set(why) for name, why in reasons.items()}),
                         _counter(labels), _counter(roles),
                         {document for document, _ in occurrences},
                         {(document, name) for document, name in occurrences},
                         canonical, country)
            form.label = vote(form.labels)
            forms[key] = form
        return cls(forms)


class MentionKeys:
    """The folded name a mention row stands for (its form's key), or None when it is dropped;
    rows must have gone through `attribution.reattributed` first, as `consolidate` does."""

    def __init__(self, aliases: Aliases | None = None) -> None:
        aliases = aliases or Aliases()
        self.ignored = {fold(name) for name in aliases.ignore}
        self.canonical = {fold(variant): name for name, variants in aliases.merge.items()
                          for variant in (name, *variants)}

    def target(self, row: Mapping[str, Any]) -> tuple[str, str | None, str | None] | None:
        """(name the mention stands for, why it differs from its name, alias canonical)."""
        name, resolved = row["name"], row.get("resolved")
        if fold(name) in self.ignored or (resolved and fold(resolved) in self.ignored):
            return None
        return _target(name, resolved, row.get("label"), self.canonical)

    def key(self, row: Mapping[str, Any]) -> str | None:
        found = self.target(row)
        return mention_key(row, found[0]) if found else None


def mention_key(row: Mapping[str, Any], target: str) -> str:
    """The key of the form a mention row adds to (`form_key`); a bare surname the document
    left to the corpus with a `preferred` fallback (attribution.py) has a form of its own per
    fallback, which `people.merge_people` gives to the corpus's dominant namesake or to it; one
    with titles (`attribution._mark_titles`) has a form per titles, which goes to no namesake
    they exclude. Initials that spell a word of the language (the row's `acronym`) have a form
    of their own; a name its document gives (the row's `introduced`) one for that document."""
    key = form_key(target, row["name"], row.get("label"))
    if row.get("introduced") and target == row["name"]:
        return f"{key}{INTRODUCED}{row.get('document', '')}"
    if row.get("acronym") and target == row["name"]:
        # initials that spell a word ("SUD", a union) are not that word's name ("le Sud");
        # a folded key is in lower case, so this one meets only initials written alike
        key = key.upper()
    preferred = row.get("preferred")
    if row.get("titled"):
        return f"{key}{TITLED}{row['titled']}"
    return f"{key}{PREFERRED}{fold(str(preferred))}" if preferred else key


def _collect(mentions: Iterable[Mapping[str, Any]], aliases: Aliases) -> dict[str, _Form]:
    """Group mention rows by the folded name they stand for."""
    keys = MentionKeys(aliases)
    forms: dict[str, _Form] = {}
    for row in mentions:
        name, resolved = row["name"], row.get("resolved")
        found = keys.target(row)
        if found is None:
            continue
        target, reason, alias_name = found
        key = mention_key(row, target)
        form = forms.get(key) or forms.setdefault(key, _Form(key))
        form.surfaces[name] += 1
        form.targets[target] += 1
        if reason:
            form.reasons[name].add(reason)
        if alias_name:
            form.canonical = alias_name
        if row.get("label") != "PER" and key in country_forms():
            form.country = country_forms()[key][0]
        form.labels[row.get("label") or "MISC"] += 1
        form.roles.update(row.get("roles") or ())
        document = str(row.get("document", ""))
        form.documents.add(document)
        form.occurrences.add((document, name))
        if resolved:
            form.occurrences.add((document, resolved))
    for form in forms.values():
        form.label = vote(form.labels)
    return forms


def _target(name: str, resolved: str | None, label: str | None,
            canonical: Mapping[str, str]) -> tuple[str, str | None, str | None]:
    """(name the mention stands for, why it differs from the mention's name, alias canonical)."""
    for candidate in (name, resolved):
        if candidate and fold(candidate) in canonical:
            target = canonical[fold(candidate)]
            return target, ("alias_file" if fold(name) != fold(target) else None), target
    target, reason = name, None
    if resolved and fold(resolved) != fold(name):
        similar = fold(name).split()[-1] in fold(resolved).split()
        target = resolved
        reason = "resolved_in_document" if similar else "resolved_in_document_similarity"
    if label != "PER" and reason is None:
        country = country_forms().get(fold(target))
        if country and fold(country[0]) != fold(target):
            return country[0], country[1], None
    return target, reason, None


def _merge_articles(forms: dict[str, _Form], groups: _Groups) -> None:
    """ "La Haye" at a sentence start loses its article; join it to the written form."""
    for key, form in forms.items():
        first, _, rest = key.partition(" ")
        # a person's bare surname is not "les Dupont", a family of its own (mentions.py)
        if (rest and first in {"le", "la", "les", "l"} and form.label != "PER" and rest in forms
                and forms[rest].label != "PER" and same_kind(form.labels, forms[rest].labels)):
            groups.union(rest, key, "article")


def _merge_initials(forms: dict[str, _Form], groups: _Groups) -> None:
    """Initials that spell a word (their own form: `mention_key`) join the word's form when
    most of its mentions write a capital inside it ("MODEM", "MoDem"): the same initials,
    not the word's name ("SUD", "Sud"). One word of the same letters reads as one surname
    key, which keeps the two forms in one block (blocks.py)."""
    for key in forms:
        word = key.lower()
        if not key.isupper() or " " in key or word not in forms:
            continue
        surfaces = forms[word].surfaces
        inner = sum(n for surface, n in surfaces.items() if any(c.isupper() for c in surface[1:]))
        if 2 * inner > sum(surfaces.values()):
            groups.union(key, word, "folded")


def _merge_slips(forms: dict[str, _Form], groups: _Groups, whole: Whole) -> None:
    """A rare form one edit from a frequent entity of the same label joins it; not a bare
    word that is a first name of the corpus ("Andrew" is no slip of a Mr Andrews)."""
    counts: Counter[str] = Counter()
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for key, form in forms.items():
        root = groups.find(key)
        counts[root] += form.mentions
        labels[root].update(form.labels)
    frequent = [key for key in forms if counts[groups.find(key)] >= MIN_FREQUENT]
    votes = {root: vote(c) for root, c in labels.items()}
    index = SlipIndex(forms, groups, frequent, votes, MIN_FREQUENT)
    for key, form in forms.items():
        root = groups.find(key)
        # A bare surname several people share was weighed already: no slip makes it theirs.
        if counts[root] > RARE_MENTIONS or form.country or form.canonical or (
                form.candidates and root == key) or _bare_first_name(form, whole):
            continue
        match = index.match(key, votes[root], counts[root] * FREQUENT_FACTOR, counts)
        if match is not None:
            groups.union(key, match, "similarity")


def _bare_first_name(form: _Form, whole: Whole) -> bool:
    """A person's form of one bare word that the corpus gives someone as first name (the
    forms `blocks_kept._read_otherwise` weighs again when the first names change)."""
    if form.label != "PER":
        return False
    person = person_name(form.target)
    return bool(person.surname) and not person.given and (
        name_key(" ".join(person.surname)) in whole.first_names)


def _entities(forms: dict[str, _Form], groups: _Groups,
              documents: Mapping[str, Mapping[str, Any]], people: frozenset[str]
              ) -> list[Entity]:
    members: dict[str, list[_Form]] = defaultdict(list)
    for key, form in forms.items():
        members[groups.find(key)].append(form)
    names = {root: _entity_name(group) for root, group in members.items()}
    entities = [_entity(names[root], group, names, groups, documents)
                for root, group in members.items()]
    for entity in entities:
        entity.roles = clean_roles(entity.roles, set(entity.keys), people)
    return entities


def _entity_name(group: list[_Form]) -> str:
    """The alias file's name, a country's short name, or the most complete frequent form."""
    for form in group:
        if form.canonical:
            return form.canonical
    surfaces = _summed([form.surfaces for form in group])
    labels = _summed([form.labels for form in group])
    countries = [form.country for form in group if form.country]
    if countries:
        # a country is named by a form of its name, never by its inhabitants ("Italiens")
        names = Counter({s: c for s, c in surfaces.items()
                         if country_forms().get(fold(s), ("", ""))[1] != "demonym"})
        return _most_common(names) if names else countries[0]
    if vote(labels) == "PER":
        return max(surfaces.items(),
                   key=lambda item: (person_name(item[0]).full, item[1], len(item[0]),
                                     item[0]))[0]
    return _most_common(surfaces)


def _entity(name: str, group: list[_Form], names: dict[str, str], groups: _Groups,
            documents: Mapping[str, Mapping[str, Any]]) -> Entity:
    aliases = _summed([form.surfaces for form in group])
    labels = _summed([form.labels for form in group])
    roles = _summed([form.roles for form in group])
    ids = group[0].documents if len(group) == 1 else set().union(
        *(form.documents for form in group))
    occurrences: set[tuple[str, str]] = set().union(*(form.occurrences for form in group))
    reasons: list[dict[str, str]] = []
    ambiguous = {names[groups.find(root)] for form in group for root in form.candidates}
    links = _links(name, group, groups)
    for form in group:
        for surface in form.surfaces:
            why = set(form.reasons.get(surface, ()))
            if form.key in links:
                why.add(links[form.key])
            if not why and surface != name:
                why.add("folded")
            reasons.extend({"alias": surface, "reason": r} for r in sorted(why))
    dates = [str(d) for d in (documents.get(i, {}).get("date") for i in ids) if d]
    return Entity(
        name=name, label=vote(labels), mentions=sum(aliases.values()), documents=len(ids),
        aliases=dict(aliases), roles=dict(roles),
        first_seen=min(dates) if dates else None, last_seen=max(dates) if dates else None,
        merge_reasons=[r for r in reasons if r["alias"] != name], labels=dict(labels),
        ambiguous_with=sorted(ambiguous - {name}), occurrences=occurrences,
        keys=sorted(form.key for form in group),
    )


def _summed(counts: list[Counter[str]]) -> Counter[str]:
    """The sum of counters (the first copied whole, in C: most groups hold one form), not to
    be changed: a single counter is returned itself."""
    if len(counts) == 1:
        return counts[0]
    total = _counter(counts[0])
    for other in counts[1:]:
        total.update(other)
    return total


def _links(name: str, group: list[_Form], groups: _Groups) -> dict[str, str]:
    """Why each form of a group is there: the merge that reached it from the name's form."""
    if len(group) == 1:
        return {}
    start = max(group, key=lambda f: (name in f.surfaces or name in (f.country, f.canonical),
                                      f.mentions)).key
    links: dict[str, str] = {}
    queue, seen = [start], {start}
    while queue:
        key = queue.pop()
        for other, reason in groups.edges.get(key, ()):
            if other not in seen:
                seen.add(other)
                links[other] = reason
                queue.append(other)
    return links


def matching_entity_rows(rows: Iterable[Mapping[str, Any]], name: str
                         ) -> list[Mapping[str, Any]]:
    """Every entity row that `name` designates: by id, name or alias, most cited first."""
    key = fold(name)
    found = [row for row in rows
             if row.get("id") == name or fold(row["name"]) == key
             or any(fold(alias) == key for alias in row["aliases"])]
    return sorted(found, key=lambda row: -row["mentions"])


def find_entity_row(rows: Iterable[Mapping[str, Any]], name: str) -> Mapping[str, Any] | None:
    """The entity row a user means by `name`: its id or name, else any alias (the most cited
    wins). When several match, a warning names them all (see `matching_entity_rows`)."""
    rows = list(rows)
    matches = matching_entity_rows(rows, name)
    if len(matches) > 1 and not any(row.get("id") == name for row in matches):
        log.warning("%r names %d entities: %s; give an id to choose", name, len(matches),
                    ", ".join(f"{row.get('id') or row['name']} ({row['mentions']} mentions)"
                              for row in matches))
    key = fold(name)
    best: Mapping[str, Any] | None = None
    for row in rows:
        if row.get("id") == name or fold(row["name"]) == key:
            return row
        if (best is None or row["mentions"] > best["mentions"]) and any(
                fold(alias) == key for alias in row["aliases"]):
            best = row
    return best


def mention_index(entities: Iterable[Entity], by: str = "name") -> dict[tuple[str, str], str]:
    """(document id, mention name or resolved name) -> entity name (or id: `by="id"`), for the
    events layer."""
    index: dict[tuple[str, str], str] = {}
    for entity in entities:
        for occurrence in entity.occurrences:
            index.setdefault(occurrence, entity.id if by == "id" else entity.name)
    return index


def key_index(entities: Iterable[Entity]) -> dict[str, str]:
    """Form key (MentionKeys.key of a mention row) -> entity id."""
    return {key: entity.id for entity in entities for key in entity.keys}
