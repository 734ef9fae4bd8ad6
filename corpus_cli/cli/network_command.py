"""`corpus network`: which entities appear together, as a weighted graph."""

from __future__ import annotations

from pathlib import Path
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
    Paths,
    VerboseOption,
    aliases,
    settings,
)
from .render import Column, emit_rows, err, output_format
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

COLUMNS = [
    Column("source_name", "entity", style="bold cyan", max_width=26),
    Column("target_name", "with", style="cyan", max_width=26),
    Column("weight", justify="right"),
    Column("documents", "docs", justify="right"),
]


@app.command()
def network(
    paths: Paths = None,
    unit: Annotated[str, typer.Option("--unit", "-u", metavar="sentence|document|event",
                                      help="What two entities share to be tied.")
                    ] = "sentence",
    min_weight: Annotated[int, typer.Option("--min-weight", "-m", min=1, help="Only ties "
                                            "shared by at least N units.")] = 1,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", dir_okay=False, show_default=False,
        help="Write the graph: .gexf (Gephi), .graphml (Cytoscape), .csv (edges) or .json "
        "(node-link).")] = None,
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
    no_cache: NoCacheOption = False,
    jobs: JobsOption = 0,
    keep_boilerplate: KeepBoilerplateOption = False,
    date: DateOption = None,
    debug: DebugOption = False,
    verbose: VerboseOption = 0,
) -> None:
    """Entities that appear in the same sentence, document or event, as weighted ties.

    Nodes are entities (id, name, label, mentions, documents); a tie's weight counts the
    units both appear in. With -o the whole graph is written in the format of the file's
    extension; otherwise the ties are listed, strongest first: source, target (ids),
    source_name, target_name, weight, documents. --entity keeps the ties of those entities.

    Example: `corpus network ~/articles --label PER --unit document -o people.gexf`
    """
    common = Common(format, limit, None, debug, verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api

        try:
            chosen_unit = api.Unit(unit)
        except ValueError:
            raise typer.BadParameter("sentence, document or event", param_hint="--unit") from None
        query = api.NetworkQuery(chosen_unit, label or (), min_weight,
                                 scope(entity, document, source, start, end, once))
        user_aliases = aliases(aliases_file)
        corpus = session.load(paths, settings(no_cache, jobs, keep_boilerplate, date))
        # The nodes are written by -o and in JSON only.
        nodes = output is not None or output_format(common) is Format.json
        found = api.network_table(corpus, query, user_aliases, nodes=nodes)
        if output is not None:
            api.write_network(found, output)
            err.print(f"{len(found['nodes'])} entities, {len(found['edges'])} ties "
                      f"written to {output}")
            return
        emit_rows(found["edges"], COLUMNS, common, title="Strongest ties", json_value=found)
