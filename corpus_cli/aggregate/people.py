"""Persons' forms merged by surname (entities.py's merge of people): variants of one first
name join, a shorter form joins the one name it abbreviates, and a bare surname joins the one
person the corpus names in full with it, the dominant namesake, or the person its document
preferred; never a guess the story does not support (guesses.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from corpus_cli.names import (
    PersonName,
    abbreviation_of,
    children,
    fold,
    gender_differs,
    given_relation,
    kin,
    low,
    name_key,
    person_name,
)

from .brands import rejoin_things
from .guesses import KNOWN, may_guess, told_of
from .whole import Whole

if TYPE_CHECKING:
    from .entities import _Form, _Groups

# A bare surname shared by several people goes to the one with this share of the full-name
# mentions of that surname, and stays apart (`ambiguous_with`) below it.
DOMINANT_SHARE = 0.9
# Between a bare surname's key and the folded name of the person its document prefers.
PREFERRED = "\x00preferred:"
# Between a bare surname's key and the gender its document's civility says ("Fem", "Masc":
# attribution._mark_titles).
TITLED = "\x00titled:"
# Between the key of a name a document gives ("une employée prénommée X": the mention row's
# `introduced`) and that document's id: a form of that document alone, which joins no other.
INTRODUCED = "\x00introduced:"


def merge_people(forms: dict[str, _Form], groups: _Groups, whole: Whole) -> None:
    """Full names by surname: variants of one first name join; bare surnames join if unique."""
    rejoin_things(forms, groups.union)  # a thing named like someone joins no person
    by_surname, bare = _people(forms)
    for people in by_surname.values():
        _merge_first_names(people, groups)
    honoured = _honoured(forms, whole)
    # a bare word that is someone's first name ("François") may be either: never a guess
    for key, person in bare:
        if INTRODUCED in key:
            continue  # the one the story describes, not a namesake: no candidates either
        people = by_surname.get(person.surname_key, [])
        _, marked, titled = key.partition(TITLED)
        if marked:
            people = _compatible(titled, people, forms)
            if not people and by_surname.get(person.surname_key):
                groups.solo.add(key)  # "Mme X" where the corpus names only Jean X: his wife
                continue
        roots = {groups.find(k) for k, _ in people}
        if len(person.surname_key.rstrip(".")) < 2:
            continue  # an initial ("V.") names no one by itself
        others = honoured.get(person.surname_key, set()) - {_given_key(p) for _, p in people}
        if len(roots) == 1 and (name_key(" ".join(person.surname)) in whole.first_names
                                or key in whole.things or others
                                or not _guessable(key, person, people, forms)
                                or not _told_of(key, people, forms, whole)):
            forms[key].candidates = sorted(roots)
        elif len(roots) == 1:
            groups.union(key, people[0][0], "unique_surname")
        elif len(roots) > 1:
            forms[key].candidates = sorted(roots)
            dominant = _dominant(people, forms, groups)
            if dominant is not None and _guessable(
                    key, person, [p for p in people if groups.find(p[0]) == dominant], forms):
                groups.union(key, dominant, "dominant_surname")
        _fall_back(key, forms, groups)
    _join_untitled([key for key, _ in bare if TITLED in key], forms, groups)


def _compatible(gender: str, people: list[tuple[str, PersonName]],
                forms: Mapping[str, _Form]) -> list[tuple[str, PersonName]]:
    """The people a bare surname's civility allows: those of its gender ("Mme X" is not Jean
    X), or of whom the first name tells none."""
    return [(key, person) for key, person in people
            if not gender_differs(gender, forms[key].target)]


def _join_untitled(titled: list[str], forms: Mapping[str, _Form], groups: _Groups) -> None:
    """A bare surname with a civility that no person took joins the same surname without one
    when no one took that either: a surname of whom the corpus knows no more stays one
    entity, as it was before civilities counted ("M. X" and "Mme X" stay two)."""
    for key in titled:
        base = key.partition(TITLED)[0]
        if groups.find(key) == key and base in forms and groups.find(base) == base:
            groups.union(key, base, "folded")


def _people(forms: Mapping[str, _Form]) -> tuple[dict[str, list[tuple[str, PersonName]]],
                                                  list[tuple[str, PersonName]]]:
    """The forms of persons: full names by surname key, and bare surnames."""
    by_surname: dict[str, list[tuple[str, PersonName]]] = defaultdict(list)
    bare: list[tuple[str, PersonName]] = []
    for key, form in forms.items():
        if form.label != "PER":
            continue
        person = person_name(form.target)
        if person.full:
            by_surname[person.surname_key].append((key, person))
        elif person.surname and not person.given:
            bare.append((key, person))
    return by_surname, bare


def _told_of(key: str, people: Sequence[tuple[str, PersonName]], forms: Mapping[str, _Form],
             whole: Whole) -> bool:
    """`guesses.told_of` for the bare surname `key` and the full names `people`."""
    own = [key, *(other for other, _ in people)]
    named = set().union(*(forms[other].documents for other, _ in people))
    return told_of(forms[key].documents, named, own, whole)


def stories(forms: Mapping[str, _Form], whole: Whole) -> dict[str, bool]:
    """Bare surname -> whether `_told_of` its people, for every bare surname whose people the
    corpus names in full in fewer than `guesses.KNOWN` documents: what a grown corpus may read
    otherwise in blocks it does not merge again (blocks_kept.py)."""
    people, bare = _people(forms)
    found = {}
    for key, person in bare:
        named = people.get(person.surname_key)
        if named and len(set().union(*(forms[k].documents for k, _ in named))) < KNOWN:
            found[key] = _told_of(key, named, forms, whole)
    return found


def _fall_back(key: str, forms: dict[str, _Form], groups: _Groups) -> None:
    """A bare surname its document prefers for one of its namesakes (`mention_key`) and that
    no rule of the corpus gave anyone joins that namesake, as the document read it."""
    _, marked, preferred = key.partition(PREFERRED)
    if (marked and groups.find(key) == key and preferred in forms
            and groups.union(key, preferred, "resolved_in_document")):
        forms[key].candidates = []


def _honoured(forms: Mapping[str, _Form], whole: Whole) -> dict[str, set[str]]:
    """Surname key -> the first names of the people that places and things are named after
    ("l'avenue Charles Dupré", tagged LOC, names a Charles Dupré): namesakes the corpus names
    in full only so, whom a bare surname may mean as much as the one person named in full.
    Only a name whose first word is a first name of the corpus ("Loi Dupré" names no one)."""
    found: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        person = person_name(form.target)
        if form.label != "PER" and person.full and person.surname_key and (
                name_key(person.given[0]) in whole.first_names):
            found[person.surname_key].add(_given_key(person))
    return found


def _given_key(person: PersonName) -> str:
    return name_key(person.given[0]) if person.given else ""


def _guessable(key: str, person: PersonName, people: list[tuple[str, PersonName]],
               forms: Mapping[str, _Form]) -> bool:
    """The bare surname `key` may be given to the person of `people` (see guesses.py); not a
    name its documents give a child or a relative ("le petit X", "son frère X": a first name,
    names.children and names.kin)."""
    if any(low(role) in children() or low(role) in kin() for role in forms[key].roles):
        return False
    return may_guess(person.surname, forms[key].labels, [other.surname for _, other in people])


def _dominant(people: list[tuple[str, PersonName]], forms: Mapping[str, _Form],
              groups: _Groups) -> str | None:
    """The person who holds nearly all the full-name mentions of a surname ("Trump" beside a
    few "Melania Trump"), whom a bare surname stands for; None when no one does."""
    weight: Counter[str] = Counter()
    for key, _ in people:
        weight[groups.find(key)] += forms[key].mentions
    (top, top_weight), = weight.most_common(1)
    total = sum(weight.values())
    if top_weight >= DOMINANT_SHARE * total and total - top_weight >= 1:
        return top
    return None


def _merge_first_names(people: list[tuple[str, PersonName]], groups: _Groups) -> None:
    """Within one surname: same first name (variants) join; a shorter form joins if unique."""
    for i, (key, person) in enumerate(people):
        for other, other_person in people[:i]:
            if given_relation(person.given, other_person.given) == "same":
                same_given = fold(" ".join(person.given)) == fold(" ".join(other_person.given))
                groups.union(key, other, "surname_variant" if same_given else "first_name_variant")
    for key, person in people:
        matches = {groups.find(other) for other, other_person in people
                   if groups.find(other) != groups.find(key)
                   and abbreviation_of(person.given, other_person.given)}
        if len(matches) == 1:
            groups.union(key, matches.pop(), "shorter_form")
