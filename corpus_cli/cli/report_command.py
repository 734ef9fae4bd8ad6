"""`corpus report`: one offline HTML page of charts, and each chart alone for papers."""

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
    JobsOption,
    KeepBoilerplateOption,
    NoCacheOption,
    Paths,
    VerboseOption,
    aliases,
    settings,
)
from .render import err
from .session import Session


@app.command()
def report(
    paths: Paths = None,
    output: Annotated[Path, typer.Option(
        "--output", "-o", dir_okay=False, help="The HTML file to write.")] = Path("report.html"),
    figures: Annotated[Path | None, typer.Option(
        "--figures", metavar="DIR", file_okay=False, show_default=False,
        help="Also write each chart alone as SVG and PNG into this folder (no browser).")] = None,
    entity: Annotated[list[str] | None, typer.Option(
        "--entity", "-e", show_default=False,
        help="Also draw this entity's mentions over time (any of its names; repeatable).")] = None,
    max_events: Annotated[int, typer.Option(
        "--max-events", min=1, help="Timeline events drawn at most; past it, those told by "
        "the most sources are kept and the page says so.")] = 5_000,
    aliases_file: AliasesOption = None,
    no_cache: NoCacheOption = False,
    jobs: JobsOption = 0,
    keep_boilerplate: KeepBoilerplateOption = False,
    date: DateOption = None,
    debug: DebugOption = False,
    verbose: VerboseOption = 0,
) -> None:
    """A visual report in one HTML file that opens offline: the corpus at a glance, the
    timeline on a time axis, mentions over time, the co-occurrence network of people and
    places, and the top entities with their concordance lines.

    Every script and style is inside the file; it makes no network request. With
    `--figures DIR`, each chart is also written alone as SVG and PNG, for a paper.

    Example: `corpus report ~/articles -o report.html --entity Dupont --figures figures/`
    """
    common = Common(debug=debug, verbose=verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api
        from corpus_cli.report import charts, page
        from corpus_cli.report.bundle import javascript
        from corpus_cli.report.figures import write_figures

        query = api.ReportQuery(entities=entity or (),
                                limits=api.ReportLimits(timeline=max_events))
        user_aliases = aliases(aliases_file)
        corpus = session.load(paths, settings(no_cache, jobs, keep_boilerplate, date))
        data = api.report_data(corpus, query, user_aliases)
        html = page.render(data, charts.specs(data, "container"),
                           javascript(api.store_directory()))
        output.write_text(html, encoding="utf-8")
        err.print(f"wrote {output} ({len(html.encode()) / 1e6:.1f} MB)")
        if figures is not None:
            written = write_figures(charts.specs(data, 800), figures)
            err.print(f"wrote {len(written)} figures into {figures}")
