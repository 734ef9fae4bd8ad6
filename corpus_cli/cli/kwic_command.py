"""`corpus kwic`: a concordance (keyword in context) of a word, lemma, phrase, regex or entity."""

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
    Column("document", max_width=16),
    Column("left", justify="right", max_width=30),
    Column("match", style="bold yellow", max_width=20),
    Column("right", max_width=30),
]


@app.command()
def kwic(
    query: Annotated[str | None, typer.Argument(
        help="A word, a phrase, a lemma (--lemma) or a regular expression (--regex); none "
        "with --entity.", show_default=False)] = None,
    paths: Paths = None,
    lemma: Annotated[bool, typer.Option("--lemma", help="QUERY is a lemma: match its forms "
                                        "(\"annoncer\": annonce, annoncé, annonçait...).")] = False,
    regex: Annotated[bool, typer.Option("--regex", help="QUERY is a regular expression "
                                        "(Python syntax, case-insensitive).")] = False,
    entity: EntityOption = None,
    width: Annotated[int, typer.Option("--width", "-w", min=5, help="Characters of context "
                                       "on each side.")] = 40,
    sort: Annotated[str, typer.Option("--sort", metavar="left|right|date", help="Order: by "
                                      "the words before the match, after it, or by date.")
                    ] = "date",
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
    """Every occurrence of a word, phrase, lemma or pattern, or every mention of an entity.

    Case is ignored; a phrase matches across line breaks. With --entity (an id, name or alias,
    repeatable) the concordance is every mention of the entity under any of its names, and
    every argument is a path (there is no QUERY). Rows: document, date, left, match, right,
    start and end (character offsets of the match in the original file; page furniture is
    never matched). The texts are read again from PATH; no model is loaded.

    Example: `corpus kwic "sommet" ~/articles --sort left --width 30`, or
    `corpus kwic --entity per:jean-dupont ~/articles`
    """
    common = Common(format, limit, output, debug, verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api

        if entity:
            if lemma or regex:
                raise typer.BadParameter("--entity takes no QUERY, so no --lemma or --regex")
            paths = [query, *(paths or [])] if query else paths
            query = ""
        elif query is None:
            raise typer.BadParameter("give a QUERY, or --entity", param_hint="QUERY")
        if lemma and regex:
            raise typer.BadParameter("choose one of --lemma, --regex")
        mode = (api.KwicMode.entity if entity else api.KwicMode.lemma if lemma
                else api.KwicMode.regex if regex
                else api.KwicMode.phrase if len(query.split()) > 1 else api.KwicMode.word)
        try:
            order = api.KwicOrder(sort)
        except ValueError:
            raise typer.BadParameter("left, right or date", param_hint="--sort") from None
        wanted = api.KwicQuery(query, mode, width, order,
                               scope(entity, document, source, start, end, once))
        user_aliases = aliases(aliases_file)
        options = settings(no_cache, jobs, keep_boilerplate, date)
        corpus = session.load(paths, options)
        rows = api.kwic(corpus, wanted, paths or [], options, user_aliases)
        title = f"{query!r} in context" if query else "Mentions in context"
        emit_rows(rows, COLUMNS, common, title=title)
