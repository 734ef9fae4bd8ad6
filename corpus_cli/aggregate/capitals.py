"""A name written in capitals and the same word written as a word: one name when both are of
one kind ("OTAN" and "Otan", which French news writes either way), two when the capitals name
an organisation or a work and the word something of another kind ("SUD" the union and "Sud"
the region, "SETE" the company and "Sète" the town, "RIF" and the "Rif" mountains).

Case and accents are folded into a form's key, so the two would share one form from the start;
an organisation's or a work's name in capitals gets a key of its own (`capitals_key`), which
`rejoin_capitals` joins back to the word's form unless their labels tell two kinds apart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from .articles import sure_label

# Marks the key of a name written in capitals; no folded name holds it.
CAPITALS = "\x01"
_MARKED_LABELS = frozenset({"ORG", "MISC"})
# The kinds a word surely names that no organisation in capitals shares: a place, a person.
# (Between two organisations or works the tags are too loose to part "SDIS" from "Sdis".)
_WORD_KINDS = frozenset({"LOC", "PER"})


class _Form(Protocol):
    @property
    def labels(self) -> Mapping[str, int]: ...

    @property
    def label(self) -> str: ...


def capitals_key(key: str, name: str, label: str | None) -> str:
    """`key`, marked when `name` is an organisation's or a work's written in capitals (two
    letters or more, every letter a capital)."""
    letters = [c for c in name if c.isalpha()]
    if label in _MARKED_LABELS and len(letters) >= 2 and all(c.isupper() for c in letters):
        return CAPITALS + key
    return key


def rejoin_capitals(forms: Mapping[str, _Form],
                    union: Callable[[str, str, str], bool]) -> None:
    """Join each form of a name in capitals to the form of the same name as a word, unless
    the word surely names a place or a person and the capitals something else."""
    for key, form in forms.items():
        if not key.startswith(CAPITALS):
            continue
        plain = forms.get(key[len(CAPITALS):])
        if plain is None:
            continue
        if form.label != plain.label and sure_label(plain.labels) in _WORD_KINDS:
            continue  # "SUD" of a union beside "Sud" of a region
        union(key, key[len(CAPITALS):], "folded")
