"""The user's alias file (TOML): names to merge, names never to merge, mentions to drop.

```toml
[merge]                 # canonical name = [variants]
"Jean Dupont" = ["J. Dupont", "Dupont Jean"]

[split]                 # each key: a group of names never merged with one another
dupont = ["Jean Dupont", "Paul Dupont"]
alone = ["Martin"]      # a group of one name: never merged with anything

[ignore]                # mentions dropped before consolidation
names = ["Cliquez ici"]
```
Top-level lists are read too (`split = [...]` as one group or a list of groups, `ignore =
[...]`), as long as they come before the first table, as TOML requires.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus_cli.errors import UsageError


@dataclass(frozen=True)
class Aliases:
    """What a user told `corpus` about names; names are compared after folding (see entities)."""

    merge: dict[str, list[str]] = field(default_factory=dict)
    split: list[list[str]] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)


def load_aliases(path: str | Path) -> Aliases:
    """Read an alias file; a missing, unreadable or malformed file is a UsageError."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise UsageError(f"cannot read alias file {path}: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise UsageError(f"alias file {path} is not UTF-8 text: {error.reason}") from error
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"alias file {path} is not valid TOML: {error}") from error
    try:
        return parse_aliases(data)
    except ValueError as error:
        raise UsageError(f"alias file {path}: {error}") from error


def parse_aliases(data: Mapping[str, Any]) -> Aliases:
    """Check the structure of an already parsed alias document; ValueError names the problem."""
    unknown = sorted(set(data) - {"merge", "split", "ignore"})
    if unknown:
        raise ValueError(f"unknown section {unknown[0]!r} (expected merge, split, ignore)")
    return Aliases(
        merge=_merge(data.get("merge", {})),
        split=_split(data.get("split", [])),
        ignore=_ignore(data.get("ignore", [])),
    )


def _merge(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, Mapping):
        raise ValueError("[merge] must be a table of canonical name = [variants]")
    merge: dict[str, list[str]] = {}
    for canonical, variants in value.items():
        if canonical in ("split", "ignore") and not isinstance(variants, str):
            raise ValueError(f"{canonical!r} is read as a name inside [merge]: "
                             f"write it before [merge] or as its own [{canonical}] table")
        if isinstance(variants, str):
            variants = [variants]
        merge[_name(canonical, "merge")] = _names(variants, f"merge.{canonical!r}")
    return merge


def _split(value: Any) -> list[list[str]]:
    if isinstance(value, Mapping):
        return [group for item in value.values() for group in _split(item)]
    if not isinstance(value, list):
        raise ValueError("split must be a list of names or a list of lists of names")
    if all(isinstance(item, str) for item in value):
        return [_names(value, "split")] if value else []
    return [_names(group, "split") for group in value]


def _ignore(value: Any) -> list[str]:
    if isinstance(value, Mapping):
        return [name for item in value.values() for name in _ignore(item)]
    return _names(value, "ignore")


def _names(value: Any, where: str) -> list[str]:
    if not isinstance(value, list):
        raise ValueError(f"{where} must be a list of names")
    return [_name(item, where) for item in value]


def _name(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: {value!r} is not a name")
    return value.strip()
