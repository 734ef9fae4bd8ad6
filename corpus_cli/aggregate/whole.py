"""What four merging rules read from every form of the corpus, not only from the forms they
merge: consolidating a block of forms (blocks.py) needs it from the whole corpus."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
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
    the folded full names that clean each entity's roles (`attribution.clean_roles`), and
    each document's forms with the number of documents each form is in (what two documents
    share: guesses.told_of)."""

    first_names: frozenset[str]
    things: frozenset[str]
    people: frozenset[str]
    names: Mapping[str, tuple[str, ...]]
    spread: Mapping[str, int]

    def names_in(self, documents: Iterable[str]) -> set[str]:
        """The forms of `documents`."""
        return {key for document in documents for key in self.names.get(document, ())}

    @classmethod
    def of(cls, forms: Mapping[str, _Form]) -> Whole:
        persons = {key: person_name(form.target) for key, form in forms.items()
                   if form.label == "PER"}
        names: dict[str, list[str]] = defaultdict(list)
        for key, form in forms.items():
            for document in form.documents:
                names[document].append(key)
        return cls(frozenset(name_key(p.given[0]) for p in persons.values() if p.full),
                   frozenset(named_after(forms)),
                   frozenset(key for key, p in persons.items() if p.full),
                   {document: tuple(keys) for document, keys in names.items()},
                   {key: len(form.documents) for key, form in forms.items()})
