"""Options shared by every command, and the settings they become."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from corpus_cli.output import Format

if TYPE_CHECKING:
    from corpus_cli.api import Aliases, Settings

PATHS_HELP = (
    "Files, directories (read recursively), glob patterns or - for standard input. "
    "Default: the seed articles."
)

Paths = Annotated[
    list[str] | None, typer.Argument(help=PATHS_HELP, show_default=False, metavar="PATH")
]
FormatOption = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="table, json, jsonl or csv. Default: a table on a "
                 "terminal, JSON Lines when piped.", show_default=False),
]
LimitOption = Annotated[
    int | None,
    typer.Option("--limit", "-n", min=0, help="Rows to show; 0 = all. Default: all in "
                 "json/jsonl/csv, a screenful in a table.", show_default=False),
]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write the data to this file instead of stdout "
                 "(format from its extension unless --format).", show_default=False,
                 dir_okay=False),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Neither read nor write the analysis store.")
]
JobsOption = Annotated[
    int, typer.Option("--jobs", "-j", min=0, help="Processes that parse new documents. "
                      "0: one per core (at most 4) for a run of 200 documents or more, else 1.")
]
KeepBoilerplateOption = Annotated[
    bool, typer.Option("--keep-boilerplate", help="Do not remove page furniture.")
]
DateOption = Annotated[
    str | None,
    typer.Option("--date", metavar="YYYY[-MM[-DD]]", help="Publication date for documents "
                 "that have none.", show_default=False),
]
ReferenceOption = Annotated[
    str | None,
    typer.Option("--reference", "--date", metavar="YYYY[-MM[-DD]]", help="Date that "
                 "expressions are resolved against in documents without a publication date.",
                 show_default=False),
]
DebugOption = Annotated[
    bool, typer.Option("--debug", help="Show tracebacks (also CORPUS_DEBUG=1).")
]
VerboseOption = Annotated[
    int, typer.Option("--verbose", "-v", count=True, help="Show what the library logs.")
]


@dataclass
class Common:
    """The options every command shares, parsed once."""

    format: Format | None = None
    limit: int | None = None
    output: Path | None = None
    debug: bool = False
    verbose: int = 0


def settings(
    no_cache: bool = False,
    jobs: int = 0,
    keep_boilerplate: bool = False,
    date: str | None = None,
) -> Settings:
    """The pipeline settings that the options describe."""
    # The core is imported here, not above, so that `corpus --help` starts fast.
    from corpus_cli import api

    default_date = None
    if date is not None:
        try:
            default_date = api.iso_date(date)
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="--date") from None
    return api.Settings(keep_boilerplate=keep_boilerplate, use_store=not no_cache, jobs=jobs,
                    default_date=default_date)


def debug_enabled(flag: bool) -> bool:
    return flag or os.environ.get("CORPUS_DEBUG", "") not in ("", "0")
AliasesOption = Annotated[
    Path | None,
    typer.Option("--aliases", metavar="FILE", help="TOML alias file: [merge] canonical = "
                 "[variants], [split] names never merged, [ignore] mentions to drop.",
                 show_default=False),
]


def aliases(path: Path | None) -> Aliases | None:
    """The alias file the user gave, read (a bad file is a usage error)."""
    from corpus_cli import api

    return api.load_aliases(path) if path is not None else None
