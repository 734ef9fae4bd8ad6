"""`corpus analyse`: fill the store ahead of time, so that later commands only read."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

import typer

from .application import app
from .options import (
    Common,
    DateOption,
    DebugOption,
    FormatOption,
    JobsOption,
    KeepBoilerplateOption,
    OutputOption,
    Paths,
    VerboseOption,
    settings,
)
from .render import Column, emit_rows
from .session import Session

COLUMNS = [Column("documents", justify="right"), Column("analysed", justify="right"),
           Column("from_store", "from store", justify="right"),
           Column("failed", justify="right"), Column("store")]


@app.command()
def analyse(
    paths: Paths = None,
    format: FormatOption = None,
    output: OutputOption = None,
    jobs: JobsOption = 0,
    keep_boilerplate: KeepBoilerplateOption = False,
    date: DateOption = None,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", metavar="ADDRESS", help="Parse on the Dask cluster of this scheduler "
        "(tcp://host:8786); needs the dask extra.", show_default=False)] = None,
    cluster: Annotated[str | None, typer.Option(
        "--cluster", metavar="local:N", help="Parse on a Dask cluster of N worker processes "
        "started on this machine; needs the dask extra.", show_default=False)] = None,
    debug: DebugOption = False,
    verbose: VerboseOption = 0,
) -> None:
    """Analyse the documents that the store does not hold yet, and say how many there were.

    The corpus-level answers (entities, timeline, vocabulary) are computed and kept too, so
    that `corpus entities`, `timeline` and `stats` on the same paths only read the store.
    With --scheduler or --cluster the parse runs on Dask workers (each loads the model once);
    the rows end in the store exactly as a local run writes them.

    Example: `corpus analyse ~/articles --jobs 2 && corpus entities ~/articles`
    """
    common = Common(format=format, output=output, debug=debug, verbose=verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api

        if scheduler and cluster:
            raise typer.BadParameter("give --scheduler or --cluster, not both")
        wanted = scheduler or cluster
        address = api.cluster_address(wanted) if wanted else None
        options = replace(settings(False, jobs, keep_boilerplate, date), scheduler=address)
        corpus = session.load(paths, options)
        api.prepare(corpus)
        row = {"documents": len(corpus.records), "analysed": corpus.analysed,
               "from_store": corpus.reused, "failed": len(corpus.errors),
               "store": str(api.store_directory())}
        emit_rows([row], COLUMNS, common, json_value=row)
