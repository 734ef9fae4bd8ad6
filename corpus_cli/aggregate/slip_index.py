"""The frequent forms a rare one may be a spelling slip of (entities._merge_slips), found
without comparing every pair: forms blocked by label, first or last letter and length, persons
by their surname key; rapidfuzz compares each block in one call, slips.py says which edits are
slips."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from corpus_cli.names import MIN_SLIP_LENGTH, PersonName, given_relation, person_name

from .slips import other_ending, plural_of, slip_in_long_word, slip_shaped

if TYPE_CHECKING:
    from .entities import _Form, _Groups

_SINGULAR_APART = frozenset({"ORG", "MISC"})


class SlipIndex:
    """Frequent forms blocked by label, first or last letter and length: no all-pairs scan."""

    def __init__(self, forms: dict[str, _Form], groups: _Groups, frequent: list[str],
                 labels: dict[str, str], min_frequent: int) -> None:
        self.forms, self.groups, self.min_frequent = forms, groups, min_frequent
        self.blocks: dict[tuple[str, str, int], list[str]] = defaultdict(list)
        self.surnames: dict[tuple[str, int], list[tuple[str, PersonName]]] = defaultdict(list)
        for key in frequent:
            label = labels[groups.find(key)]
            compact = key.replace(" ", "")
            self.blocks[(label, "^" + compact[0], len(compact))].append(key)
            self.blocks[(label, "$" + compact[-1], len(compact))].append(key)
            person = person_name(forms[key].target)
            if label == "PER" and person.full and person.surname_key:
                self.surnames[(person.surname_key[0], len(person.surname_key))].append(
                    (key, person))
        # Each block's surnames alone, for rapidfuzz to compare in one call.
        self.surname_keys = {block: [person.surname_key for _, person in people]
                             for block, people in self.surnames.items()}
        self.choices: dict[tuple[str, str, str, int], list[str]] = {}

    def match(self, key: str, label: str, minimum: int, counts: Counter[str]) -> str | None:
        """The one frequent group (with at least `minimum` mentions) this form is a slip of."""
        person = person_name(self.forms[key].target)
        if label == "PER" and person.surname:
            found = self._person(person)
        else:
            found = self._name(key, label)
        roots = {self.groups.find(k) for k in found}
        roots = {root for root in roots if counts[root] >= max(minimum, self.min_frequent)}
        roots.discard(self.groups.find(key))
        return roots.pop() if len(roots) == 1 else None

    def _person(self, person: PersonName) -> list[str]:
        surname = person.surname_key
        if len(surname) < MIN_SLIP_LENGTH - 1:
            return []
        found = []
        for size in (len(surname) - 1, len(surname), len(surname) + 1):
            block = (surname[0], size)
            if block not in self.surnames:
                continue
            for _, _, at in process.extract(surname, self.surname_keys[block],
                                            scorer=Levenshtein.distance, score_cutoff=1,
                                            limit=None):
                other, other_person = self.surnames[block][at]
                if person.given and given_relation(person.given, other_person.given) is None:
                    continue  # a different first name: a different person, however close
                if not slip_shaped(surname, other_person.surname_key) or plural_of(
                        surname, other_person.surname_key):
                    continue
                found.append(other)
        return found

    def _name(self, key: str, label: str) -> list[str]:
        compact = key.replace(" ", "")
        if len(compact) < MIN_SLIP_LENGTH:
            return []
        digits = re.sub(r"\D", "", key)
        matches = process.extract(key, self._choices(label, compact), scorer=Levenshtein.distance,
                                  score_cutoff=1, limit=None)
        return [other for other, _, _ in matches
                if not self.forms[other].country and re.sub(r"\D", "", other) == digits
                and slip_in_long_word(key, other) and not other_ending(key, other)
                and slip_shaped(key, other) and not plural_of(key, other)
                # an organisation's or a work's one-word name without the plural's letter is
                # the word in the singular: another name ("Transport" of an association beside
                # the ministry "Transports"), where a place's is a slip ("Bordeau")
                and not (label in _SINGULAR_APART and plural_of(other, key))]

    def _choices(self, label: str, compact: str) -> list[str]:
        """The frequent forms of `label` a form (`compact`: its key without spaces) is compared
        with: first or last letter the same, one letter longer or shorter at most. Made once
        per block (many rare forms share one)."""
        block = (label, compact[0], compact[-1], len(compact))
        found = self.choices.get(block)
        if found is None:
            found = self.choices[block] = list({
                other for size in (len(compact) - 1, len(compact), len(compact) + 1)
                for edge in ("^" + compact[0], "$" + compact[-1])
                for other in self.blocks.get((label, edge, size), ())})
        return found
