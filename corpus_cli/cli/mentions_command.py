"""`corpus mentions`: every mention of a named entity, given to its entity."""

from __future__ import annotations

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
    LabelsOption,
    OnceOption,
    SourceOption,
    ToOption,
    scope,
)
from .session import Session

COLUMNS = [
    Column("document", max_width=28),
    Column("date", style="green"),
    Column("entity", style="cyan", max_width=30),
    Column("label"),
    Column("text", "as written", style="bold", max_width=30),
    Column("start", justify="right"),
    Column("end", justify="right"),
    Column("sentence", "sent.", justify="right"),
]


@app.command()
def mentions(
    paths: Paths = None,
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
    output: OutputOption = None,
    no_cache: NoCacheOption = False,
    jobs: JobsOption = 0,
    keep_boilerplate: KeepBoilerplateOption = False,
    date: DateOption = None,
    debug: DebugOption = False,
    verbose: VerboseOption = 0,
) -> None:
    """Every mention of a person, place or organisation, with the entity it was given to.

    One row per mention, in document order: document, date (publication), entity (its id),
    name, label, text (as written), start and end (offsets into the original file), sentence
    (its index in the document). A bare surname counts for the person it was merged into.

    Example: `corpus mentions ~/articles --entity per:jean-dupont --from 2016 --format csv`
    """
    common = Common(format, limit, output, debug, verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api

        chosen = scope(entity, document, source, start, end, once)
        user_aliases = aliases(aliases_file)
        corpus = session.load(paths, settings(no_cache, jobs, keep_boilerplate, date))
        rows = api.mention_table(corpus, chosen, label or (), user_aliases)
        emit_rows(rows, COLUMNS, common, title="Mentions")
