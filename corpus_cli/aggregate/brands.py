"""Names that a person shares with a thing: a company, a car, a product, a place named after
someone ("les laboratoires Dupré", "la Vautrin Ondine", "Vautrin Motors"). Where a document
uses a name as such a thing, a bare mention of it there is not given to the person.

Two scales read the same evidence, a name of several words that holds the bare word and is
not a person's: one document's mention rows (`brand_words`, before the corpus merges names),
and the forms of the corpus (`named_after`, before a bare surname is given to someone).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol

from corpus_cli.names import articles, country_forms, families, fold

# The labels of a thing's name. MISC holds the products ("Vautrin Ondine" the car).
_THINGS = frozenset({"ORG", "LOC", "MISC"})
_HYPHENS = re.compile(r"[-‐‑]")
_ARTICLES = ("le", "la", "les", "l")  # folded, as in a form's key


def form_key(target: str, name: str, label: str | None) -> str:
    """The key of the form a mention adds to: the folded name it stands for, but for a thing
    written as one hyphenated word of two capitalised words or more ("le porte-avions
    Charles-de-Gaulle", "l'hôpital Georges-Pompidou"), which keeps its hyphens: French
    typography joins so the words of a person's name given to a ship, a street or a school,
    and the thing's form must not be the person's. `rejoin_things` joins it back to the same
    name written with spaces where that name is no person's ("Val-d'Oise", "Val d'Oise")."""
    parts = _HYPHENS.split(name)
    if (label == "PER" or target != name or len(parts) < 2 or any(c.isspace() for c in name)
            or sum(p[:1].isupper() for p in parts) < 2 or fold(name) in country_forms()):
        return fold(target)
    return "-".join(fold(part) for part in parts)


def rejoin_things(forms: Mapping[str, _Form], union: Callable[[str, str, str], bool]) -> None:
    """Join each thing's hyphenated form (`form_key`) to the same name written with spaces,
    with or without an article, where that form is no person's ("Val-d'Oise" and "Val
    d'Oise" are one place, "Part-Dieu" and "la Part Dieu" one district)."""
    for key in forms:
        plain = key.replace("-", " ")
        for other in (plain, *(f"{article} {plain}" for article in _ARTICLES)):
            if plain != key and other in forms and forms[other].label != "PER":
                union(key, other, "folded" if other == plain else "article")


def brand_words(rows: Iterable[Mapping[str, Any]]) -> dict[str, set[str]]:
    """Folded word -> the names of things of several words that one document writes it in
    ("vautrin" -> {"vautrin ondine", "laboratoires vautrin"}): there the bare word may be the
    thing."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.get("label") in _THINGS:
            name = fold(str(row["name"]))
            for word in _words(name):
                found[word].add(name)
    return found


def _words(name: str) -> list[str]:
    """The words of a thing's name of several words: none for a family ("les X", "la famille
    X", a MISC mention of its own) or an article before one word."""
    words = name.split()
    while words and words[0] in _before_names():
        words = words[1:]
    return words if len(words) > 1 else []


@functools.cache
def _before_names() -> frozenset[str]:
    return frozenset(fold(word) for word in articles() | families())


def is_bare_thing(row: Mapping[str, Any], brands: Mapping[str, set[str]]) -> bool:
    """A one-word mention the model did not tag as a person, which its document also writes
    inside a thing's name: "Vautrin" tagged ORG beside "la Vautrin Ondine" is the carmaker,
    even where the extraction pointed it at "Paul Vautrin", the founder. Unless what it was
    pointed at is itself written as a thing ("Ondine" beside "Vautrin Ondine" tagged as a
    person and as a car is the car either way)."""
    name, resolved = fold(str(row["name"])), fold(str(row.get("resolved") or ""))
    things = brands.get(name, set())
    return (row.get("label") in _THINGS and " " not in name and bool(things)
            and not any(resolved in brands.get(word, ()) for word in resolved.split()))


class _Form(Protocol):
    label: str
    documents: set[str]


def named_after(forms: Mapping[str, _Form]) -> set[str]:
    """Keys of bare names that end the name of an organisation or place of their own documents
    ("Dupré" beside "les laboratoires Dupré"): the company may be meant, not its founder."""
    people = {key for key, form in forms.items() if form.label == "PER" and " " in key}
    endings: dict[str, set[str]] = defaultdict(set)
    for key, form in forms.items():
        words = key.split()
        # "procureur de la République Jean Dupré" read as one place still names the person
        if form.label in ("ORG", "LOC") and len(words) > 1 and not any(
                " ".join(words[i:]) in people for i in range(len(words) - 1)):
            endings[words[-1]].update(form.documents)
    return {key for key, form in forms.items()
            if form.label == "PER" and " " not in key and form.documents & endings.get(key, set())}
