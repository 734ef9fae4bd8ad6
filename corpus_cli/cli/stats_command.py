"""`corpus stats`: what is in the corpus."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from corpus_cli.output import Format

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
from .render import Column, data_stream, emit_rows, output_format
from .session import Session

if TYPE_CHECKING:
    from rich.console import Group
    from rich.table import Table


class By(StrEnum):
    corpus = "corpus"
    document = "document"


DOCUMENT_COLUMNS = [
    Column("document", style="cyan", max_width=40),
    Column("date"),
    Column("date_source", "date from"),
    Column("source", max_width=24),
    Column("title", max_width=48),
    Column("words", justify="right"),
    Column("sentences", justify="right"),
    Column("entities", justify="right"),
    Column("removed_share", "removed", justify="right", show=lambda v: f"{v:.0%}"),
    Column("duplicate_of", "duplicate of"),
    Column("language", "lang"),
]


@app.command()
def stats(
    paths: Paths = None,
    by: Annotated[By, typer.Option("--by", help="corpus: figures for the whole corpus; "
                                   "document: one row per document.")] = By.corpus,
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
    """Corpus figures: documents, words, dates, sources, vocabulary, entity mentions.

    In --format json the answer is one object {"corpus": {...}, "documents": [...]}; jsonl and
    csv give the corpus as one row, or one row per document with --by document.

    Example: `corpus stats ~/articles --by document --format csv > documents.csv`
    """
    common = Common(format, limit, output, debug, verbose)
    session = Session(common)
    with session.guard():
        from corpus_cli import api

        corpus = session.load(paths, settings(no_cache, jobs, keep_boilerplate, date))
        fmt = output_format(common)
        per_document = by is By.document or fmt is Format.json
        result = api.stats(corpus, documents=per_document)
        if per_document:
            emit_rows(result["documents"], DOCUMENT_COLUMNS, common,
                      title="Documents", json_value=result)
        elif fmt is Format.table:
            from rich.console import Console  # only to draw: data formats never load rich

            with data_stream(common) as stream:
                console = Console(file=stream) if common.output else Console()
                console.print(corpus_tables(result["corpus"]))
        else:
            emit_rows([result["corpus"]], [], common)


def corpus_tables(summary: dict[str, Any]) -> Group:
    from rich.console import Group
    from rich.table import Table

    overview = Table(title="Corpus", title_justify="left", show_header=False)
    overview.add_column(style="bold")
    overview.add_column(justify="right")
    dates = f"{summary['first_date'] or '-'} → {summary['last_date'] or '-'}"
    for label, value in (
        ("documents", f"{summary['documents']:,}"),
        ("unique documents", f"{summary['unique_documents']:,}"),
        ("words", f"{summary['words']:,}"),
        ("tokens", f"{summary['tokens']:,}"),
        ("sentences", f"{summary['sentences']:,}"),
        ("distinct lemmas", f"{summary['distinct_lemmas']:,}"),
        ("type/token ratio (lemmas)", f"{summary['type_token_ratio']:.3f}"),
        ("words per document (mean / median)",
         f"{summary['mean_words']:,.0f} / {summary['median_words']:,.0f}"),
        ("publication dates", dates),
        ("documents without a date", str(len(summary["undated"]))),
        ("metadata dates unreadable", str(len(summary["unreadable_dates"]))),
        ("languages", ", ".join(f"{code} {n}" for code, n in summary["languages"].items())),
        ("boilerplate removed", f"{summary['removed_share']:.1%} of characters"),
        ("duplicate groups", str(len(summary["duplicates"]))),
        ("failed inputs", str(summary["failed_inputs"])),
        ("analysed now / from the store", f"{summary['analysed']} / {summary['from_store']}"),
    ):
        overview.add_row(label, value)
    parts: list[Any] = [overview]
    parts.append(_counts("Entity mentions", "label", summary["entity_mentions"]))
    if summary["undated"]:
        parts.append(_counts("Documents without a date", "document",
                             dict.fromkeys(summary["undated"], "")))
    parts.append(_counts("Documents per source", "source", summary["by_source"]))
    if summary["by_month"]:
        parts.append(_counts("Documents per month", "month", summary["by_month"]))
    parts.append(_counts("Most frequent content lemmas", "lemma",
                         {r["lemma"]: r["count"] for r in summary["top_lemmas"]}))
    return Group(*parts)


def _counts(title: str, heading: str, counts: dict[str, Any]) -> Table:
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    table.add_column(heading, style="cyan")
    table.add_column("count", justify="right")
    for key, value in counts.items():
        table.add_row(str(key), str(value))
    return table
