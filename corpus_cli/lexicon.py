"""The one reader of the word lists in data/*.txt.

Every list has the same format: lines starting with `#` are comments (the file's header says
where its words come from), blank lines are ignored, `[name]` opens a section, and any other
line is an entry, kept as written (stripped). Entries before the first section belong to the
section named "". Each module interprets its own entries (a word, `phrase = value`,
`reason | words | regex`), but none reads a file itself.
"""

from __future__ import annotations

import functools
from importlib import resources


def parse_sections(text: str) -> dict[str, tuple[str, ...]]:
    """The entries of a word-list text by section."""
    sections: dict[str, list[str]] = {}
    current = sections.setdefault("", [])
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
            continue
        current.append(line)
    return {name: tuple(entries) for name, entries in sections.items()}


@functools.cache
def sections(filename: str) -> dict[str, tuple[str, ...]]:
    """The entries of a packaged data file by section, read once."""
    text = resources.files("corpus_cli").joinpath("data", filename).read_text(encoding="utf-8")
    return parse_sections(text)


def entries(filename: str, section: str) -> tuple[str, ...]:
    """The entries of one section (none when the file has no such section)."""
    return sections(filename).get(section, ())


def words(filename: str, section: str) -> frozenset[str]:
    """The words of one section, several a line, in lower case."""
    return frozenset(word.lower() for line in entries(filename, section) for word in line.split())


def pairs(filename: str, section: str, separator: str = " = ") -> dict[str, str]:
    """`key = value` entries of one section, in file order."""
    found: dict[str, str] = {}
    for entry in entries(filename, section):
        key, _, value = entry.partition(separator)
        found[key.strip()] = value.strip()
    return found
