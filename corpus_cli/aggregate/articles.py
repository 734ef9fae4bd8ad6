"""A name with and without its leading article ("La Haye" and "Haye" at a sentence start, where
the article was cut): one name, unless the two forms are tagged as two kinds of thing ("Le
Vigilant", a newspaper, and "Vigilant", a word of its own; "La République" beside the
"République" of a party's name)."""

from __future__ import annotations

from collections.abc import Mapping

from corpus_cli.names import LABELS

# A label given at least this many times, and to this share of a form's mentions, says what
# the form is; below, the model's tags are too mixed to tell ("du Point" tagged PER, MISC, ORG).
SURE_COUNT = 2
SURE_SHARE = 2 / 3


def same_kind(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """Whether two forms' label counts allow one name: not each surely of another kind."""
    sure_a, sure_b = _sure(a), _sure(b)
    return sure_a is None or sure_b is None or sure_a == sure_b


def _sure(labels: Mapping[str, int]) -> str | None:
    """The label a form surely has, or None."""
    top = max(LABELS, key=lambda label: (labels.get(label, 0), -LABELS.index(label)))
    count = labels.get(top, 0)
    return top if count >= SURE_COUNT and count >= SURE_SHARE * sum(labels.values()) else None
