"""Rendering rows for people (rich tables) and for pipelines (JSON, JSON Lines, CSV)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from corpus_cli.output import Format, cell, format_for_file, write_csv, write_json, write_jsonl

from .options import Common

err = Console(stderr=True, highlight=False)


@dataclass
class Column:
    """A field shown in a table: its key in the row, its heading, and how to show a value."""

    key: str
    header: str | None = None
    style: str | None = None
    justify: str = "left"
    max_width: int | None = None
    show: Callable[[Any], str] = cell
    # When a cell needs more of the row than its own value (a date and its mod).
    of_row: Callable[[Mapping[str, Any]], str] | None = None

    def render(self, row: Mapping[str, Any]) -> str:
        return self.of_row(row) if self.of_row is not None else self.show(row.get(self.key))


def output_format(common: Common) -> Format:
    """--format, else the output file's extension, else a table on a terminal, JSONL in a pipe."""
    if common.format is not None:
        return common.format
    if common.output is not None:
        return format_for_file(common.output.name) or Format.jsonl
    return Format.table if sys.stdout.isatty() else Format.jsonl


@contextmanager
def data_stream(common: Common) -> Iterator[TextIO]:
    """Where data goes: the --output file, or stdout."""
    if common.output is None:
        yield sys.stdout
        return
    with open(common.output, "w", encoding="utf-8", newline="") as stream:
        yield stream


def table_limit(common: Common, console: Console) -> int:
    """Rows a table shows: --limit, else about a screenful."""
    if common.limit is not None:
        return common.limit
    return max(10, console.size.height - 8)


def emit_rows(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[Column],
    common: Common,
    title: str | None = None,
    json_value: Any = None,
    csv_columns: Sequence[str] | None = None,
    group: Callable[[Mapping[str, Any]], str] | None = None,
) -> None:
    """Write rows in the chosen format; `json_value` replaces the rows in --format json.

    `group` gives, in a table, the heading of the section a row belongs to (rows are sorted).
    """
    fmt = output_format(common)
    with data_stream(common) as stream:
        if fmt is Format.table:
            console = Console(file=stream) if common.output else Console()
            limit = table_limit(common, console)
            shown = rows[:limit] if limit else rows
            console.print(make_table(shown, columns, title, group))
            left = len(rows) - len(shown)
            if left > 0:
                err.print(f"[dim]… {left} more rows (use --limit 0 to show all, or --format)[/]")
            return
        if common.limit:
            rows = rows[: common.limit]
        if fmt is Format.json:
            write_json(json_value if json_value is not None else list(rows), stream)
        elif fmt is Format.jsonl:
            write_jsonl(rows, stream)
        else:
            keys = csv_columns or (list(rows[0].keys()) if rows else [c.key for c in columns])
            write_csv(rows, keys, stream)


def make_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[Column],
               title: str | None = None,
               group: Callable[[Mapping[str, Any]], str] | None = None) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold", expand=False)
    for column in columns:
        table.add_column(column.header or column.key, style=column.style,
                         justify=column.justify, max_width=column.max_width,  # type: ignore[arg-type]
                         overflow="fold")
    current: str | None = None
    for row in rows:
        if group is not None and group(row) != current:
            current = group(row)
            if table.row_count:
                table.add_section()
            table.add_row(f"[bold magenta]{current}[/]", *([""] * (len(columns) - 1)))
        table.add_row(*(column.render(row) for column in columns))
    return table
