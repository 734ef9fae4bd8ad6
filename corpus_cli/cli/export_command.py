"""`corpus export`: the rows of a corpus as Parquet tables, for pandas, polars or DuckDB."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .application import app
from .options import (
    AliasesOption,
    Common,
    DateOption,
    DebugOption,
    FormatOption,
    JobsOption,
    KeepBoilerplateOption,
    NoCacheOption,
    Paths,
    VerboseOption,
    aliases,
    settings,
)
from .render import Column, emit_rows
from .session import Session

COLUMNS = [Column("table"), Column("rows", justify="right"), Column("file")]


@app.command()
def export(
    directory: Annotated[Path, typer.Argument(help="Folder to write the tables into.",
                                              file_okay=False, show_default=False)],
    paths: Paths = None,
    aliases_file: AliasesOption = None,
    format: FormatOption = None,
    no_cache: NoCacheOption = False,
    jobs: JobsOption = 0,
    keep_boilerplate: KeepBoilerplateOption = False,
    date: DateOption = None,
    debug: DebugOption = False,
    verbose: VerboseOption = 0,
) -> None:
    """Write the rows as Parquet: documents, counts, mentions (with their entity), dates, events.

    One file per table in DIRECTORY; pandas, polars, DuckDB and Spark read them directly,
    e.g. `duckdb -c "SELECT entity, count(*) FROM 'out/mentions.parquet' GROUP BY 1"`.

    Example: `corpus export out/ ~/articles`
    """
    common = Common(format=format, debug=debug, verbose=verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api

        user_aliases = aliases(aliases_file)
        corpus = session.load(paths, settings(no_cache, jobs, keep_boilerplate, date))
        written = api.export(corpus, directory, user_aliases)
        rows = [{"table": table, "rows": count, "file": str(directory / f"{table}.parquet")}
                for table, count in written.items()]
        emit_rows(rows, COLUMNS, common, title="Exported")
