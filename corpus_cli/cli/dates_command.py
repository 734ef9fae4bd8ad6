"""`corpus dates`: every temporal expression, resolved against its article's date."""

from __future__ import annotations

from .application import app
from .options import (
    Common,
    DebugOption,
    FormatOption,
    JobsOption,
    KeepBoilerplateOption,
    LimitOption,
    NoCacheOption,
    OutputOption,
    Paths,
    ReferenceOption,
    VerboseOption,
    settings,
)
from .render import Column, emit_rows
from .session import Session

COLUMNS = [
    Column("document", style="cyan", max_width=28),
    Column("text", "expression", style="bold", max_width=30),
    Column("value", style="green"),
    Column("granularity", "precision"),
    Column("mod"),
    Column("anchor"),
    Column("tense"),
    Column("attached_to", "attached to"),
    Column("sentence", max_width=60),
]


@app.command()
def dates(
    paths: Paths = None,
    reference: ReferenceOption = None,
    format: FormatOption = None,
    limit: LimitOption = None,
    output: OutputOption = None,
    no_cache: NoCacheOption = False,
    jobs: JobsOption = 0,
    keep_boilerplate: KeepBoilerplateOption = False,
    debug: DebugOption = False,
    verbose: VerboseOption = 0,
) -> None:
    """Temporal expressions: the text, its normalised value and precision, what it hangs on.

    Values are TimeML-style: 2016, 2016-03, 2016-W51, 2016-12-15, 2016-12-15T11:30, P2M. Each is
    resolved against its document's publication date (or --reference for undated documents).

    Example: `corpus dates articles/ --format csv > dates.csv`
    """
    common = Common(format, limit, output, debug, verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api

        corpus = session.load(paths, settings(no_cache, jobs, keep_boilerplate, reference))
        emit_rows(api.date_rows(corpus), COLUMNS, common, title="Temporal expressions")
