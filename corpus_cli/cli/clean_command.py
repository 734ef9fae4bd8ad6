"""`corpus clean`: the text each article keeps once page furniture is removed, and why."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.rule import Rule
from rich.text import Text

from corpus_cli.output import Format

from .application import app
from .options import (
    Common,
    DebugOption,
    FormatOption,
    KeepBoilerplateOption,
    LimitOption,
    OutputOption,
    Paths,
    VerboseOption,
    settings,
)
from .render import Column, data_stream, emit_rows, output_format
from .session import Session

COLUMNS = [
    Column("document", style="cyan", max_width=30),
    Column("date"),
    Column("title", max_width=40),
    Column("removed_share", "removed", justify="right", show=lambda v: f"{v:.0%}"),
    Column("text", max_width=80),
]
BLOCK_FIELDS = ("document", "start", "end", "kind", "reason", "text")
_KIND_STYLES = {"boilerplate": "red strike", "metadata": "yellow"}


@app.command()
def clean(
    paths: Paths = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Show every removed block with its reason (highlighted on a "
        "terminal; one row per block, with offsets into the file, in a pipe).")] = False,
    format: FormatOption = None,
    limit: LimitOption = None,
    output: OutputOption = None,
    keep_boilerplate: KeepBoilerplateOption = False,
    debug: DebugOption = False,
    verbose: VerboseOption = 0,
) -> None:
    """The text of each article without its page furniture: tickers, widgets, teasers, footers.

    Bylines and date lines are read as metadata and left out of the text too. No model is
    loaded. Piped, each document is one JSON row (document, title, date, date_source, source,
    author, updated, removed_share, text); with --explain, one row per removed block.

    Example: `corpus clean seeds/ --explain`
    """
    common = Common(format, limit, output, debug, verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api

        rows = list(api.cleaned_rows(session.inputs(paths),
                                     settings(keep_boilerplate=keep_boilerplate),
                                     on_error=session.on_error))
        if output_format(common) is Format.table:
            _print(rows, common, explain)
        elif explain:
            blocks = [{"document": row["document"], **block}
                      for row in rows for block in row["blocks"]]
            emit_rows(blocks, [], common, csv_columns=BLOCK_FIELDS)
        else:
            emit_rows([_public(row) for row in rows], COLUMNS, common)


def _public(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in ("original", "blocks")}


def _print(rows: list[dict[str, Any]], common: Common, explain: bool) -> None:
    with data_stream(common) as stream:
        console = Console(file=stream) if common.output else Console()
        shown = rows[:common.limit] if common.limit else rows
        for row in shown:
            heading = f"{row['document']} · {row['date'] or 'no date'} · {row['removed_share']:.0%}"
            console.print(Rule(heading, align="left"))
            console.print(_explained(row) if explain else Text(row["text"]))


def _explained(row: Mapping[str, Any]) -> Text:
    """The original text with removed blocks struck out and their reason beside them."""
    original: str = row["original"]
    text = Text()
    position = 0
    for block in row["blocks"]:
        text.append(original[position:block["start"]])
        text.append(original[block["start"]:block["end"]], style=_KIND_STYLES[block["kind"]])
        text.append(f"  ⟵ {block['kind']}: {block['reason']}", style="dim italic")
        position = block["end"]
    text.append(original[position:])
    return text
