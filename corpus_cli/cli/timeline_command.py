"""`corpus timeline`: dated events with who, where and the evidence, in time order."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

import typer

from corpus_cli.rows import EVENT_TYPES

from .application import app
from .options import (
    AliasesOption,
    Common,
    DateOption,
    DebugOption,
    FormatOption,
    JobsOption,
    KeepBoilerplateOption,
    LimitOption,
    NoCacheOption,
    OutputOption,
    Paths,
    VerboseOption,
    aliases,
    settings,
)
from .render import Column, emit_bytes, emit_rows, output_format
from .session import Session

COLUMNS = [
    Column("date", style="green", of_row=lambda row: _date_label(row)),
    Column("type", style="bold"),
    Column("status", drop=3),
    Column("participants", max_width=36),
    Column("places", max_width=20, drop=2),
    Column("sources", max_width=24, drop=1),
    Column("sentence", "evidence", max_width=70),
    Column("confidence", "conf", justify="right", drop=0,
           show=lambda value: "" if value is None else f"{value:.2f}"),
]


@app.command()
def timeline(
    paths: Paths = None,
    entity: Annotated[str | None, typer.Option("--entity", "-e", help="Only events of this "
                                               "entity (any of its names).",
                                               show_default=False)] = None,
    type: Annotated[list[str] | None, typer.Option(
        "--type", "-t", metavar="TYPE",
        help=f"Only these event types (repeatable): {', '.join(EVENT_TYPES)}.",
        show_default=False)] = None,
    start: Annotated[str | None, typer.Option("--from", metavar="YYYY[-MM[-DD]]",
                                              help="Only events that end on or after this date.",
                                              show_default=False)] = None,
    end: Annotated[str | None, typer.Option("--to", metavar="YYYY[-MM[-DD]]",
                                            help="Only events that start on or before this date.",
                                            show_default=False)] = None,
    document: Annotated[list[str] | None, typer.Option(
        "--document", "-d", metavar="ID", help="Only events told by this document (repeatable).",
        show_default=False)] = None,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", metavar="0-1", min=0.0, max=1.0,
        help="Only events whose confidence (the odds, learned from judged samples, that "
             "the date and an actor are right) is at least this.")] = 0.0,
    include_undated: Annotated[bool, typer.Option(
        "--include-undated", help="Also events with no date of their own, after the dated ones."
    )] = False,
    aliases_file: AliasesOption = None,
    format: FormatOption = None,
    limit: LimitOption = None,
    output: OutputOption = None,
    no_cache: NoCacheOption = False,
    jobs: JobsOption = 0,
    keep_boilerplate: KeepBoilerplateOption = False,
    date: DateOption = None,
    debug: DebugOption = False,
    verbose: VerboseOption = 0,
) -> None:
    """Dated events (visits, meetings, agreements, statements, votes...) in time order.

    Each event has its date at the precision the text gives, its type and CAMEO code, its
    participants and places as consolidated entities, and the sentence that says so. The same
    event told by several articles is one row with all its sources.

    Example: `corpus timeline ~/articles --entity Dupont --from 2016 --format csv`
    """
    common = Common(format, limit, output, debug, verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api

        query = api.TimelineQuery(entity=entity, types=type or (), start=start, end=end,
                                    documents=document or (), include_undated=include_undated,
                                    min_confidence=min_confidence)
        user_aliases = aliases(aliases_file)
        corpus = session.load(paths, settings(no_cache, jobs, keep_boilerplate, date))
        fmt = output_format(common)
        written = api.timeline_output(corpus, query, user_aliases, fmt, common.limit)
        if written is not None:  # the kept answer's own bytes: nothing decoded
            emit_bytes(written, common)
            return
        rows = api.timeline(corpus, query, user_aliases)
        emit_rows(rows, COLUMNS, common, title="Timeline", group=api.year_of)


def _date_label(row: Mapping[str, Any]) -> str:
    from corpus_cli import api

    return api.date_label(row)
