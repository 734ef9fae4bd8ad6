"""`corpus duplicates`: groups of near-duplicate documents (MinHash/LSH)."""

from __future__ import annotations

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
    LimitOption,
    NoCacheOption,
    OutputOption,
    Paths,
    VerboseOption,
    settings,
)
from .render import Column, emit_rows
from .session import Session

COLUMNS = [
    Column("group", justify="right"),
    Column("document", max_width=24),
    Column("date", style="green"),
    Column("title", max_width=30),
    Column("similarity", "sim.", justify="right"),
    Column("kept", style="bold"),
]


@app.command()
def duplicates(
    paths: Paths = None,
    threshold: Annotated[float, typer.Option("--threshold", min=0.05, max=1.0,
                                             help="Estimated Jaccard similarity of two "
                                             "documents' words that makes them copies.")] = 0.8,
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
    """Groups of near-duplicate documents: syndicated copies, a sentence dropped, other quotes.

    Documents are compared by MinHash over their lemmas (with repeats), grouped by LSH. Rows:
    group, document, date, source, title, similarity (to the group's first document), kept
    (the group's earliest document, the one `--once` counts on the analysis commands), size.
    Exact copies are already counted once everywhere (see `corpus stats`).

    Example: `corpus duplicates ~/articles --threshold 0.7 --format csv`
    """
    common = Common(format, limit, output, debug, verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api

        corpus = session.load(paths, settings(no_cache, jobs, keep_boilerplate, date))
        rows = api.duplicates(corpus, threshold)
        emit_rows(rows, COLUMNS, common, title="Near-duplicates")
