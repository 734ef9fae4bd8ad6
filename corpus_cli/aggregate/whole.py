"""What three merging rules read from every form of the corpus, not only from the forms they
merge: consolidating a block of forms (blocks.py) needs it from the whole corpus."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from corpus_cli.names import name_key, person_name

from .brands import named_after


class _Form(Protocol):
    label: str
    documents: set[str]

    @property
    def target(self) -> str: ...


@dataclass(frozen=True)
class Whole:
    """The first names of all full names (a bare word that is one is never given to a
    person), the names ending a thing's name in their own documents (`brands.named_after`),
    the folded full names that clean each entity's roles (`attribution.clean_roles`)."""

    first_names: frozenset[str]
    things: frozenset[str]
    people: frozenset[str]

    @classmethod
    def of(cls, forms: Mapping[str, _Form]) -> Whole:
        persons = {key: person_name(form.target) for key, form in forms.items()
                   if form.label == "PER"}
        return cls(frozenset(name_key(p.given[0]) for p in persons.values() if p.full),
                   frozenset(named_after(forms)),
                   frozenset(key for key, p in persons.items() if p.full))
