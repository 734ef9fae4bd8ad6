"""Who a mention stands for, decided over a whole document before the corpus merges names.

The extraction points a bare surname at the nearest full name before it; over a document that
names two namesakes, the nearest is often the wrong one. `reattributed` gives a bare surname
to the person holding most of that surname's full-name mentions in the document, and leaves it
to the corpus (`entities.consolidate`: the person holding nearly all of them in the corpus, or
nobody) when the document is evenly split. Common nouns that the model tags as names ("État",
"République") are dropped, and a role that names another person is not a role of this one.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from corpus_cli.names import (
    families,
    first_name_titles,
    fold,
    kin,
    low,
    other_gender,
    person_name,
    title_gender,
)

from .brands import brand_words, is_bare_thing

# One-word common nouns the model tags as places or organisations; written alone and
# capitalised they name an institution or an idea, not a place ("l'État", "la République").
# Multi-word names that contain them ("République tchèque") are other names and stay.
# Tagged ORG they may stand for the institution, and stay.
COMMON_NOUNS = frozenset({
    "etat", "etats", "republique", "gouvernement", "nation", "patrie", "pays", "region",
    "departement", "commune", "ville", "capitale", "territoire",
})
_COMMON_NOUN_LABELS = frozenset({"LOC"})


def is_common_noun(row: Mapping[str, Any]) -> bool:
    """A place mention that is a capitalised common noun, not a name ("État", "République")."""
    return row.get("label") in _COMMON_NOUN_LABELS and fold(str(row["name"])) in COMMON_NOUNS


def reattributed(mentions: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    """Mention rows (each with its `document`, in document order) with bare surnames resolved
    by the document's majority and common nouns left out."""
    document: object = None
    batch: list[Mapping[str, Any]] = []
    for row in mentions:
        if row.get("document") != document and batch:
            yield from resolve_document(batch)
            batch = []
        document = row.get("document")
        batch.append(row)
    if batch:
        yield from resolve_document(batch)


def resolve_document(rows: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One document's mentions: a bare surname of a document that names several namesakes in
    full is left to the corpus, with the one named most in full as its `preferred` fallback
    (none on an even split): entities.py gives it to the person who holds nearly all the
    surname's full-name mentions of the corpus, else to that fallback; one whose title says a
    gender ("Mme X") that only one of them has is theirs. A bare first name goes to the one
    person the document names in full with it (`_first_name_holders`)."""
    brands = brand_words(rows)
    kept = [_checked(row, brands) for row in rows if not is_common_noun(row)]
    holders = _full_names_by_surname(kept)
    first_names = _first_name_holders(holders)
    people = _people(kept, holders)
    for row in kept:
        surname = _bare_surname(row)
        counts = holders.get(surname) if surname else None
        if counts is not None and len(counts) > 1:
            # "Mme X" beside "Jean X" and "Anne X" is her
            counts = Counter({name: n for name, n in counts.items()
                              if not other_gender(_titles(row), name)}) or counts
            counts = _spelt_alike(row, counts)
            if len(counts) == 1:
                row["resolved"] = next(iter(counts))
                continue
        if counts is not None and len(counts) > 1:
            (first, first_count), (_, second_count) = counts.most_common(2)
            # the corpus decides, with the document's majority as its fallback: a surname
            # nearly everyone means by one person there ("X" beside "Emmanuel et Brigitte
            # X" is him) outweighs a document's two mentions against one
            row["resolved"] = None
            row["preferred"] = first if first_count > second_count else None
            row["label"] = "PER"  # one tagged otherwise that the extraction read as a person
        elif counts is None and surname and not row.get("resolved"):
            row["resolved"] = _first_name_holder(row, first_names.get(fold(str(row["name"]))),
                                                 people)
    _mark_titles(kept, holders)
    return kept


def _spelt_alike(row: Mapping[str, Any], counts: Counter[str]) -> Counter[str]:
    """The full names whose surname is written as the bare surname is, when only some are: a
    transliteration key joins "Ibarra" and "Ybarra", but "Mme Ibarra" beside Ana Ibarra and
    Luis Ybarra is hers."""
    written = fold(str(row["name"]))
    alike = Counter({name: n for name, n in counts.items()
                     if fold(" ".join(person_name(name).surname)) == written})
    return alike if 0 < len(alike) < len(counts) else counts


def _mark_titles(rows: list[dict[str, Any]], holders: Mapping[str, Counter[str]]) -> None:
    """Give each bare surname the document leaves to the corpus (no full name of it here, or
    only full names of the other gender) the `titled` mark of the gender its civility says
    ("Mme X"), over all its mentions of the document: the corpus gives it to no namesake of
    the other gender (people.py)."""
    titles: dict[str, set[str]] = defaultdict(set)
    left = []
    for row in rows:
        surname = _bare_surname(row)
        if not surname or row.get("resolved"):
            continue
        # "Mme X" where the document names only Jean X in full: none of its people either
        if surname not in holders or all(other_gender(_titles(row), name)
                                         for name in holders[surname]):
            titles[fold(str(row["name"]))] |= _titles(row)
            left.append(row)
    for row in left:
        gender = title_gender(titles[fold(str(row["name"]))])
        if gender:
            row["titled"] = gender


@dataclass(frozen=True)
class _People:
    """What one document says of its people's families and titles (`_first_name_holder`)."""

    families: frozenset[str]  # surname keys: two full names, or a family ("les époux X")
    titled: frozenset[str]  # folded names written with a title of names.first_name_titles


def _people(rows: Iterable[Mapping[str, Any]], surnames: Mapping[str, Counter[str]]) -> _People:
    """The families and the titled people of one document's mentions."""
    families = {key for key, holders in surnames.items() if len(holders) > 1}
    titled = set()
    for row in rows:
        words = str(row["name"]).split()
        if row.get("label") == "MISC" and len(words) > 1 and fold(words[0]) in _family_words():
            families.add(person_name(" ".join(words[1:])).surname_key or "")
        elif row.get("label") == "PER" and _titles(row) & first_name_titles():
            titled.add(fold(str(row.get("resolved") or row["name"])))
    return _People(frozenset(families), frozenset(titled))


@functools.cache
def _family_words() -> frozenset[str]:
    """The words that open a family's mention ("la famille X", "les époux X", "les X"), folded."""
    return frozenset(fold(word) for word in families() | {"les"})


def _titles(row: Mapping[str, Any]) -> set[str]:
    """The first words of a mention's roles, lower-case ("le prince X": {"prince"})."""
    return {low(str(role).split()[0]) for role in row.get("roles") or () if str(role).strip()}


def _first_name_holder(row: Mapping[str, Any], holder: str | None,
                       people: _People) -> str | None:
    """`holder`, the one full name of the document with the row's first name, unless the words
    before the name make it someone else: a title of those called by a first name alone ("le
    prince Charles", names.first_name_titles) that the holder is never given in the document
    ("la reine Anne" of "la reine Anne de Bretagne" is hers), or a kinship noun ("son frère
    Bernard", names.kin) where the holder's surname is no family's of the document (two full
    names of it, or "les époux X", "la famille X")."""
    titles = _titles(row)
    if holder is None or (titles & first_name_titles() and fold(holder) not in people.titled):
        return None
    if titles & kin() and person_name(holder).surname_key not in people.families:
        return None
    return holder


def _first_name_holders(surnames: Mapping[str, Counter[str]]) -> dict[str, str]:
    """Folded first name -> the one full name of the document that begins with it, where no
    other full name does ("Sylvain" beside "Sylvain Morel" is him; beside "Sylvain Morel" and
    "Sylvain Brun" it is left alone; beside "Paul Sylvain" it is a bare surname). `surnames`:
    `_full_names_by_surname`. The extraction resolves no bare first name, so a first name
    alone would otherwise gather everyone called so across the corpus: many people."""
    found: dict[str, set[str]] = defaultdict(set)
    for holders in surnames.values():
        for name in holders:  # one spelling per person: `_full_names_by_surname`
            found[fold(person_name(name).given[0])].add(name)
    return {given: names.pop() for given, names in found.items() if len(names) == 1}


def _checked(row: Mapping[str, Any], brands: Mapping[str, set[str]]) -> dict[str, Any]:
    """A copy of the row, without a resolution to a person that the document does not make:
    the extraction points "Dupré" tagged as a company at "Jean Dupré" where the document
    writes "les laboratoires Dupré" (brands.py), which one mention alone cannot tell."""
    row = dict(row)
    resolved = row.get("resolved")
    if resolved and person_name(str(resolved)).full and is_bare_thing(row, brands):
        row["resolved"] = None
    return row


def _full_names_by_surname(rows: Iterable[Mapping[str, Any]]) -> dict[str, Counter[str]]:
    """surname key -> {full name: mentions in full} over one document's people."""
    holders: dict[str, Counter[str]] = defaultdict(Counter)
    written: dict[str, str] = {}
    for row in rows:
        if row.get("label") != "PER":
            continue
        if not person_name(str(row["name"])).full:
            continue  # a bare surname is what is being decided, not a vote
        name = str(row.get("resolved") or row["name"])
        person = person_name(name)
        if person.full and person.surname_key:
            shown = written.setdefault(fold(name), name)
            holders[person.surname_key][shown] += 1
    return holders


def _bare_surname(row: Mapping[str, Any]) -> str | None:
    """The surname key of a bare surname: tagged a person, or tagged otherwise and read by
    the extraction as a person its document names in full ("Macron" tagged a place)."""
    person = person_name(str(row["name"]))
    if not person.surname or person.given:
        return None
    if row.get("label") != "PER":
        resolved = person_name(str(row.get("resolved") or ""))
        if not resolved.full or resolved.surname_key != person.surname_key:
            return None
    return person.surname_key


def clean_roles(roles: Mapping[str, int], own_keys: set[str],
                people: frozenset[str]) -> dict[str, int]:
    """Roles without those that name another person ("ancien ministre Jean Dupont" apposed to
    Dupont, not to the person beside him). `people`: folded full names of the corpus's
    people; `own_keys`: this entity's own folded names."""
    return {role: count for role, count in roles.items()
            if not _names_someone_else(fold(role).split(), own_keys, people)}


def _names_someone_else(words: list[str], own_keys: set[str], people: frozenset[str]) -> bool:
    for size in (2, 3, 4):
        for i in range(len(words) - size + 1):
            name = " ".join(words[i:i + size])
            if name in people and name not in own_keys:
                return True
    return False
