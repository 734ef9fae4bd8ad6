"""`corpus vocab`: the frequency list of the corpus's lemmas."""

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
    Column("lemma", style="bold"),
    Column("frequency", "freq.", justify="right"),
    Column("documents", "docs", justify="right"),
    Column("per_10k", "per 10k", justify="right"),
    Column("kind"),
]


@app.command()
def vocab(
    paths: Paths = None,
    pos: Annotated[str, typer.Option("--pos", "-p", metavar="content|proper|common|other|all",
                                     help="Which lemmas: content words (nouns, proper nouns, "
                                     "verbs, adjectives, adverbs), proper nouns only, content "
                                     "but not proper, the others (function words, numbers), or "
                                     "all.")] = "content",
    min_frequency: Annotated[int, typer.Option("--min-frequency", min=1, help="Only lemmas "
                                               "seen at least N times.")] = 1,
    entity: EntityOption = None,
    document: DocumentOption = None,
    source: SourceOption = None,
    start: FromOption = None,
    end: ToOption = None,
    once: OnceOption = False,
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
    """Every lemma with its frequency, its documents and its rate per 10,000 words.

    Proper nouns count as one whatever their case, under their most frequent spelling.
    --entity keeps the documents that mention the entity. Rows:
    lemma, frequency, documents, per_10k, kind (proper, common or other).

    Example: `corpus vocab ~/articles --pos proper --limit 50`
    """
    common = Common(format, limit, output, debug, verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api

        try:
            chosen = api.Pos(pos)
        except ValueError:
            raise typer.BadParameter("content, proper, common, other or all",
                                     param_hint="--pos") from None
        wanted = scope(entity, document, source, start, end, once)
        corpus = session.load(paths, settings(no_cache, jobs, keep_boilerplate, date))
        rows = api.vocabulary(corpus, chosen, min_frequency, wanted)
        emit_rows(rows, COLUMNS, common, title="Vocabulary")
