"""`corpus entities`: people, places and organisations, with the variants of a name merged."""

from __future__ import annotations

from typing import Annotated

import typer

from corpus_cli.rows import EntitySort as Sort

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
from .render import Column, emit_rows
from .session import Session

COLUMNS = [
    Column("id", style="dim", max_width=24, drop=1),
    Column("name", style="bold cyan", max_width=32),
    Column("label"),
    Column("mentions", justify="right"),
    Column("documents", "docs", justify="right"),
    Column("aliases", max_width=40),
    Column("roles", max_width=40),
    Column("first_seen", "first seen"),
    Column("last_seen", "last seen", drop=2),
]
EXPLAIN_COLUMNS = [
    *COLUMNS[:5],
    Column("variants", "variants (mentions: why merged)", max_width=60,
           show=lambda variants: "\n".join(
               f"{v['form']} ({v['count']}: {', '.join(v['reasons']) or '-'})"
               for v in variants or ())),
    Column("ambiguous_with", "ambiguous with", max_width=30),
]


LabelOption = Annotated[
    list[str] | None,
    typer.Option("--label", "-l", metavar="PER|LOC|ORG|MISC",
                 help="Only these labels (repeatable).", show_default=False),
]


@app.command()
def entities(
    paths: Paths = None,
    label: LabelOption = None,
    min_mentions: Annotated[int, typer.Option("--min-mentions", min=1,
                                              help="Only entities cited at least N times.")] = 1,
    sort: Annotated[Sort, typer.Option("--sort", help="Order of the rows.")] = Sort.mentions,
    explain: Annotated[bool, typer.Option("--explain", help="Show each entity's variants "
                                          "with counts and why each was merged.")] = False,
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
    """People, places and organisations, each once, with every form of its name merged.

    A surname alone joins the full name it stands for; two people who share a surname stay
    two entities. JSON rows: id (stable: per:jean-dupont), name, label, mentions, documents,
    aliases, roles, first_seen, last_seen (publication dates), and with --explain: variants,
    labels, ambiguous_with.

    Example: `corpus entities ~/articles --label PER --explain`
    """
    common = Common(format, limit, output, debug, verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api

        query = api.EntityQuery(labels=label or (), min_mentions=min_mentions,
                                sort=api.EntitySort(sort.value),
                                explain=explain)
        user_aliases = aliases(aliases_file)
        corpus = session.load(paths, settings(no_cache, jobs, keep_boilerplate, date))
        rows = api.entity_rows(corpus, query, user_aliases)
        emit_rows(rows, EXPLAIN_COLUMNS if explain else COLUMNS, common, title="Entities")
