"""The options that choose documents and entities, with one meaning on every analysis command.

`--entity` takes an id (`per:jean-dupont`), a name or an alias; `--document` a document id;
`--source` a source name (any case); `--from`/`--to` publication dates, a document counting
when its date overlaps the period.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from corpus_cli.api import Scope

EntityOption = Annotated[
    list[str] | None,
    typer.Option("--entity", "-e", metavar="ID|NAME",
                 help="Only this entity: its id, name or any alias (repeatable).",
                 show_default=False),
]
DocumentOption = Annotated[
    list[str] | None,
    typer.Option("--document", "-d", metavar="ID", help="Only this document (repeatable).",
                 show_default=False),
]
SourceOption = Annotated[
    list[str] | None,
    typer.Option("--source", "-s", metavar="NAME", help="Only documents of this source "
                 "(repeatable).", show_default=False),
]
FromOption = Annotated[
    str | None,
    typer.Option("--from", metavar="YYYY[-MM[-DD]]", help="Only documents published on or "
                 "after this date.", show_default=False),
]
ToOption = Annotated[
    str | None,
    typer.Option("--to", metavar="YYYY[-MM[-DD]]", help="Only documents published on or "
                 "before this date.", show_default=False),
]
LabelsOption = Annotated[
    list[str] | None,
    typer.Option("--label", "-l", metavar="PER|LOC|ORG|MISC",
                 help="Only entities of these labels (repeatable).", show_default=False),
]
OnceOption = Annotated[
    bool,
    typer.Option("--once", help="Count each group of near-duplicate documents once (see "
                 "`corpus duplicates`): only its earliest document."),
]


def scope(entity: list[str] | None, document: list[str] | None, source: list[str] | None,
          start: str | None, end: str | None, once: bool = False) -> Scope:
    """The api's Scope of these options (raises UsageError for a malformed date)."""
    from corpus_cli import api

    return api.Scope(documents=document or (), sources=source or (), start=start, end=end,
                     entities=entity or (), once=once)
