"""Consolidation by block: the forms of a corpus split into blocks that no merge joins across,
each block consolidated alone, with what three rules read from every form (`Whole`).

A block holds every pair of forms that one merging rule may compare (entities.py):
- a name and the name without its article ("la Haye", "Haye"), a thing's hyphenated form and
  the same name with spaces, with or without an article (`brands.rejoin_things`);
- every form whose target reads as a person's name of one surname key, full or bare (people
  are merged by surname: first-name variants, shorter forms, bare surnames, the dominant
  person), whatever its label, since the slip rule reads the label of the group;
- two forms the slip index may join: one edit apart, and what it asks of the letters alone
  (length, first or last letter, digits, the edit's shape: slips.py) true one way or the
  other; two surname keys likewise.
Labels, mention counts and frequency are left out of these pairs: they change as a corpus
grows, and a block too large costs time, never a wrong merge. The rest reads a group's own
forms (the alias file's splits, first names that conflict, the name of a group, its roles).
So merging a block alone makes the groups that merging the corpus makes, and the entities of
all blocks, ordered and named over the whole corpus at the end (`ids.named`), are those of
`entities.consolidate_forms`: tests/aggregate/test_entities_growth.py holds the two equal.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import Any

from rapidfuzz.distance import Levenshtein

from corpus_cli.names import MIN_SLIP_LENGTH, person_name

from . import ids as id_layer
from .aliases import Aliases
from .entities import Entity, Forms, _Form, merged
from .slips import other_ending, plural_of, slip_in_long_word, slip_shaped
from .whole import Whole

_ARTICLES = ("le", "la", "les", "l")  # folded, as in a form's key
_SURNAME = "\0surname:"  # a node of its own for each surname key, beside the forms' keys
_DIGITS = re.compile(r"\D")


class _Joined:
    """Union-find over form keys and surname nodes."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        root = self.parent.setdefault(key, key)
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def blocks(forms: Mapping[str, _Form]) -> list[list[str]]:
    """The blocks of `forms` (lists of keys, in the order of `forms`)."""
    return grouped(forms, joined_forms(forms)[0])


def joined_forms(forms: Mapping[str, _Form]) -> tuple[_Joined, set[str]]:
    """The union-find of `forms`' blocks (their keys joined, and each joined to the node of
    its surname key) and those surname keys."""
    joined = _Joined()
    surnames: set[str] = set()
    for key, form in forms.items():
        joined.find(key)
        for other in _written_alike(key):
            if other in forms:
                joined.join(key, other)
        surname = person_name(form.target).surname_key
        if surname:
            surnames.add(surname)
            joined.join(key, _SURNAME + surname)
    for a, b in _one_edit(list(forms), _name_slip, MIN_SLIP_LENGTH):
        joined.join(a, b)
    for a, b in _one_edit(sorted(surnames), _surname_slip, MIN_SLIP_LENGTH - 1):
        joined.join(_SURNAME + a, _SURNAME + b)
    return joined, surnames


def grouped(keys: Iterable[str], joined: _Joined) -> list[list[str]]:
    """`keys` grouped by their block in `joined`, in their order."""
    found: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        found[joined.find(key)].append(key)
    return list(found.values())


def join_added(joined: _Joined, forms: Mapping[str, _Form], changed: Iterable[str],
               added: set[str], surnames: set[str]) -> None:
    """Join in `joined`, the blocks of `forms` before the `changed` forms were added to or
    changed (`added`: those new), what `joined_forms` joins for them: the links a new key
    makes (those between older keys are joined already) and each changed form's surname (its
    target may have changed). `surnames`: the surname keys joined so far, added to."""
    hyphened: dict[str, list[str]] = defaultdict(list)  # whose `_written_alike` holds a key
    for key in forms:
        if "-" in key:
            hyphened[key.replace("-", " ")].append(key)
    fresh: set[str] = set()
    for key in changed:
        first, _, rest = key.partition(" ")
        for other in (*_written_alike(key), *(f"{article} {key}" for article in _ARTICLES),
                      *hyphened.get(key, ()),
                      *(hyphened.get(rest, ()) if rest and first in _ARTICLES else ())):
            if other in forms:
                joined.join(key, other)
        surname = person_name(forms[key].target).surname_key
        if surname:
            if surname not in surnames:
                fresh.add(surname)
            joined.join(key, _SURNAME + surname)
    for a, b in _near(added, forms, _name_slip, MIN_SLIP_LENGTH):
        joined.join(a, b)
    surnames |= fresh
    for a, b in _near(fresh, surnames, _surname_slip, MIN_SLIP_LENGTH - 1):
        joined.join(_SURNAME + a, _SURNAME + b)


def _near(keys: Iterable[str], present: Collection[str], may_slip: Callable[[str, str], bool],
          shortest: int) -> Iterator[tuple[str, str]]:
    """`_one_edit`'s pairs of one of `keys` and a key of `present`, found by the keys one
    deleted, changed or added letter makes of each of `keys` (the letters of `present`'s)."""
    letters = set("".join(present))
    for key in keys:
        if len(key.replace(" ", "")) < shortest - 1:
            continue
        near = {key[:at] + key[at + 1:] for at in range(len(key))}
        near.update(key[:at] + letter + key[at + offset:] for at in range(len(key) + 1)
                    for letter in letters for offset in (0, 1))
        near.discard(key)
        for other in near:
            if other in present and len(other.replace(" ", "")) >= shortest - 1 and (
                    may_slip(key, other) or may_slip(other, key)):
                yield key, other


def _written_alike(key: str) -> list[str]:
    """The keys an article or a thing's hyphens join `key` to (entities._merge_articles,
    brands.rejoin_things)."""
    first, _, rest = key.partition(" ")
    found = [rest] if rest and first in _ARTICLES else []
    plain = key.replace("-", " ")
    if plain != key:
        found.extend((plain, *(f"{article} {plain}" for article in _ARTICLES)))
    return found


def _one_edit(keys: list[str], may_slip: Callable[[str, str], bool], shortest: int
              ) -> list[tuple[str, str]]:
    """Pairs of `keys` one edit apart, at least `shortest - 1` long, that the slip index may
    join (`may_slip` either way: what it asks of the letters alone). Found by the keys that
    one deleted letter makes alike, one length at a time: two keys of one length share such
    a key, or one is such a key of the other, one letter longer (all lengths at once held
    1.6 million such keys for 106,000 forms: a third of a GB)."""
    by_length: dict[int, list[str]] = defaultdict(list)
    for key in keys:
        if len(key.replace(" ", "")) >= shortest - 1:
            by_length[len(key)].append(key)
    pairs = set()
    for length, longer in by_length.items():
        alike: dict[str, list[str]] = defaultdict(list)
        for key in by_length.get(length - 1, ()):
            alike[key].append(key)
        for key in longer:
            for at in range(len(key)):
                alike[key[:at] + key[at + 1:]].append(key)
        for found in alike.values():
            for i, key in enumerate(found):
                for other in found[:i]:
                    if (other != key and Levenshtein.distance(key, other, score_cutoff=1) <= 1
                            and (may_slip(key, other) or may_slip(other, key))):
                        pairs.add((other, key))
    return sorted(pairs)


def _name_slip(rare: str, frequent: str) -> bool:
    """`slip_index.SlipIndex._name` on the letters: the rare form long enough, the first or
    the last letter the same, the same digits, and a slip's shape."""
    short, other = rare.replace(" ", ""), frequent.replace(" ", "")
    return (len(short) >= MIN_SLIP_LENGTH and (short[0] == other[0] or short[-1] == other[-1])
            and _DIGITS.sub("", rare) == _DIGITS.sub("", frequent)
            and slip_in_long_word(rare, frequent) and not other_ending(rare, frequent)
            and slip_shaped(rare, frequent) and not plural_of(rare, frequent))


def _surname_slip(rare: str, frequent: str) -> bool:
    """`slip_index.SlipIndex._person` on the surname keys' letters."""
    return (len(rare) >= MIN_SLIP_LENGTH - 1 and rare[0] == frequent[0]
            and slip_shaped(rare, frequent) and not plural_of(rare, frequent))


def consolidate_by_block(forms: Forms, documents: Mapping[str, Mapping[str, Any]] | None = None,
                         aliases: Aliases | None = None) -> list[Entity]:
    """`entities.consolidate_forms`, one block at a time."""
    table = {key: forms.forms[key] for key in sorted(forms.forms)}
    whole = Whole.of(table)
    made: list[Entity] = []
    for block in blocks(table):
        made.extend(merged({key: table[key] for key in block}, aliases or Aliases(),
                           documents or {}, whole))
    # The order a whole run makes them in (a group's first key), which the stable sort of
    # `named` keeps between entities equal in all it compares.
    made.sort(key=lambda entity: entity.keys[0])
    return id_layer.named(made)
