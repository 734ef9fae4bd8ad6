"""`corpus analyse`: fill the store ahead of time, so that later commands only read."""

from __future__ import annotations

from .app import app
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
    debug: DebugOption = False,
    verbose: VerboseOption = 0,
) -> None:
    """Analyse the documents that the store does not hold yet, and say how many there were.

    The corpus-level answers (entities, timeline, vocabulary) are computed and kept too, so
    that `corpus entities`, `timeline` and `stats` on the same paths only read the store.

    Example: `corpus analyse ~/articles --jobs 2 && corpus entities ~/articles`
    """
    common = Common(format=format, output=output, debug=debug, verbose=verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api

        corpus = session.load(paths, settings(False, jobs, keep_boilerplate, date))
        api.prepare(corpus)
        row = {"documents": len(corpus.records), "analysed": corpus.analysed,
               "from_store": corpus.reused, "failed": len(corpus.errors),
               "store": str(api.store_directory())}
        emit_rows([row], COLUMNS, common, json_value=row)
