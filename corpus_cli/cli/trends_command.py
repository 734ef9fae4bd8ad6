"""`corpus trends`: mentions of entities per day, week, month or year."""

from __future__ import annotations

from typing import Annotated

import typer

from corpus_cli.output import Format

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
from .render import Column, emit_rows, output_format
from .scope_options import (
    DocumentOption,
    EntityOption,
    FromOption,
    LabelsOption,
    OnceOption,
    SourceOption,
    ToOption,
    scope,
)
from .session import Session

# The chart fits 80 columns: name 22 + mentions 8 + sparkline 32 + rules and padding.
SPARK_WIDTH = 32
CHART = [
    Column("name", style="bold cyan", max_width=22),
    Column("mentions", justify="right"),
    Column("trend", style="green"),
]


@app.command()
def trends(
    paths: Paths = None,
    by: Annotated[str, typer.Option("--by", "-b", metavar="day|week|month|year",
                                    help="Period to count in.")] = "month",
    top: Annotated[int, typer.Option("--top", "-t", min=1, help="Without --entity: the N "
                                     "most mentioned entities.")] = 5,
    entity: EntityOption = None,
    label: LabelsOption = None,
    document: DocumentOption = None,
    source: SourceOption = None,
    start: FromOption = None,
    end: ToOption = None,
    once: OnceOption = False,
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
    """Mentions and documents per period for the top entities or the ones named.

    Piped, one row per period and entity (long form, ready for a plot): period, entity (id),
    name, mentions, documents. On a terminal, one sparkline per entity over every period from
    the first to the last. Periods come from publication dates; a document dated less
    precisely than the period is not counted.

    Example: `corpus trends ~/articles --by week -e per:jean-dupont -e loc:paris --format csv`
    """
    common = Common(format, limit, output, debug, verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api

        try:
            period = api.Period(by)
        except ValueError:
            raise typer.BadParameter("day, week, month or year", param_hint="--by") from None
        query = api.TrendQuery(by=period, top=top, labels=label or (),
                               scope=scope(entity, document, source, start, end, once))
        user_aliases = aliases(aliases_file)
        corpus = session.load(paths, settings(no_cache, jobs, keep_boilerplate, date))
        rows = api.trends(corpus, query, user_aliases)
        if output_format(common) is Format.table:
            chart = api.trend_chart(rows, period, SPARK_WIDTH)
            span = f", {chart[0]['from']} to {chart[0]['to']}" if chart else ""
            emit_rows(chart, CHART, common, title=f"Mentions per {period.value}{span}")
        else:
            emit_rows(rows, [], common)
