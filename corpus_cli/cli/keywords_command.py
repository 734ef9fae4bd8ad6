"""`corpus keywords`: the lemmas each group of documents uses more than the rest (keyness)."""

from __future__ import annotations

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
    LimitOption,
    NoCacheOption,
    OutputOption,
    Paths,
    VerboseOption,
    aliases,
    settings,
)
from .render import Column, emit_rows
from .scope_options import (
    DocumentOption,
    EntityOption,
    FromOption,
    OnceOption,
    SourceOption,
    ToOption,
    scope,
)
from .session import Session

COLUMNS = [
    Column("group", style="bold cyan", max_width=28),
    Column("lemma", style="bold"),
    Column("frequency", "freq.", justify="right"),
    Column("rest", justify="right"),
    Column("g2", "G²", justify="right"),
    Column("log_ratio", "log ratio", justify="right"),
]


@app.command()
def keywords(
    paths: Paths = None,
    by: Annotated[str, typer.Option("--by", "-b", metavar="month|source|document|entity",
                                    help="What a group of documents is.")] = "month",
    top: Annotated[int, typer.Option("--top", "-t", min=1, help="Keywords per group.")] = 10,
    min_frequency: Annotated[int, typer.Option("--min-frequency", min=1, help="Only lemmas "
                                               "seen at least N times in the group.")] = 3,
    entity: EntityOption = None,
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
    """Keywords of each month, source, document or entity against the rest of the corpus.

    Keyness of content lemmas by log-likelihood (G², significant at 3.84 for p < 0.05) with
    the log ratio as effect size (1 = twice as frequent as in the rest), as AntConc and TXM
    compute them. By entity, a group is the documents that mention it (--entity, else the 5
    most mentioned). Rows: group, lemma, frequency, rest, g2, log_ratio (and name by entity).

    Example: `corpus keywords ~/articles --by entity -e per:jean-dupont --top 20`
    """
    common = Common(format, limit, output, debug, verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api

        try:
            group = api.KeywordGroup(by)
        except ValueError:
            raise typer.BadParameter("month, source, document or entity",
                                     param_hint="--by") from None
        query = api.KeywordQuery(group, top, min_frequency,
                                 scope=scope(entity, document, source, start, end, once))
        user_aliases = aliases(aliases_file)
        corpus = session.load(paths, settings(no_cache, jobs, keep_boilerplate, date))
        rows = api.keywords(corpus, query, user_aliases)
        emit_rows(rows, COLUMNS, common, title=f"Keywords by {group.value}")
