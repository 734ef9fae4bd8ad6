"""Rendering rows for people (rich tables) and for pipelines (JSON, JSON Lines, CSV)."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from corpus_cli.errors import CorpusError, UsageError
from corpus_cli.output import Format, cell, format_for_file, write_csv, write_json, write_jsonl

from .options import Common

err = Console(stderr=True, highlight=False)
# Items of a list shown in a table cell; the rest are counted ("… +7").
TABLE_LIST_ITEMS = 3
# Lines a table cell may take before it is cut with an ellipsis.
TABLE_CELL_LINES = 3


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
        found = format_for_file(common.output.name)
        if found is None:
            raise UsageError(f"{common.output}: cannot tell the format from this extension "
                             "(.json .jsonl .csv .tsv); add --format")
        return found
    return Format.table if sys.stdout is not None and sys.stdout.isatty() else Format.jsonl


def check_output(common: Common, inputs: Sequence[str] = ()) -> None:
    """Refuse an --output that cannot be written, before any analysis: its format unknown,
    its directory missing or read-only, a directory, or one of the `inputs` (overwriting
    the article being read)."""
    if common.output is None:
        return
    output_format(common)
    path = common.output
    where = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UsageError(f"--output {path}: is a directory")
    if not where.is_dir():
        raise UsageError(f"--output {path}: no directory {where}")
    for argument in inputs:
        given = Path(argument)
        if path.exists() and given.exists() and (
                os.path.samefile(path, given)
                or (given.is_dir() and path.name.endswith(".jsonl")
                    and path.resolve().is_relative_to(given.resolve()))):
            raise UsageError(f"--output {path}: is one of the inputs; it would be overwritten")
    target = path if path.exists() else where
    if not os.access(target, os.W_OK):
        raise UsageError(f"--output {path}: cannot be written (read-only)")


@contextmanager
def data_stream(common: Common) -> Iterator[TextIO]:
    """Where data goes: the --output file, or stdout. A failed write (a full disk, a closed
    stdout) is one error line; a reader that went away (`| head`) is left to the caller."""
    try:
        if common.output is None:
            if sys.stdout is None:
                raise CorpusError("standard output is closed; give --output FILE")
            yield sys.stdout
            sys.stdout.flush()
            return
        with open(common.output, "w", encoding="utf-8", newline="") as stream:
            yield stream
    except BrokenPipeError:
        raise
    except OSError as error:
        if error.errno == errno.EPIPE:
            raise BrokenPipeError(*error.args) from None
        where = common.output or "standard output"
        raise CorpusError(f"cannot write to {where}: {error.strerror or error}") from None


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
            console.print(make_table(shown, columns, title, group, width=console.width))
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
            write_csv(rows, keys, stream, delimiter="\t" if fmt is Format.tsv else ",")


def make_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[Column],
               title: str | None = None,
               group: Callable[[Mapping[str, Any]], str] | None = None,
               width: int | None = None) -> Table:
    """A rich table of the rows; with the terminal's `width`, long cells are cut to about
    TABLE_CELL_LINES lines of the room each column really gets, not of its maximum width."""
    room = max(12, (width - 3 * len(columns)) // len(columns)) if width and columns else None
    table = Table(title=title, title_justify="left", header_style="bold", expand=False)
    for column in columns:
        # Whole words wrap; only a word longer than the column is cut, with an ellipsis.
        table.add_column(column.header or column.key, style=column.style,
                         justify=column.justify, max_width=column.max_width,  # type: ignore[arg-type]
                         overflow="ellipsis")
    current: str | None = None
    for row in rows:
        if group is not None and group(row) != current:
            current = group(row)
            if table.row_count:
                table.add_section()
            table.add_row(f"[bold magenta]{current}[/]", *([""] * (len(columns) - 1)))
        table.add_row(*(fit(column.render(_capped(row)), _room(column.max_width, room))
                        for column in columns))
    return table


def _room(max_width: int | None, share: int | None) -> int | None:
    """The width a long cell is cut for: its column's maximum, or less on a narrow terminal."""
    if max_width is None:
        return None
    return min(max_width, share) if share else max_width


def _capped(row: Mapping[str, Any]) -> Mapping[str, Any]:
    """A row whose lists show their first TABLE_LIST_ITEMS items and a count of the rest."""
    capped = dict(row)
    for key, value in row.items():
        if isinstance(value, list) and len(value) > TABLE_LIST_ITEMS \
                and all(isinstance(v, str) for v in value):
            capped[key] = [*value[:TABLE_LIST_ITEMS], f"… +{len(value) - TABLE_LIST_ITEMS}"]
    return capped


def fit(text: str, width: int | None, lines: int = TABLE_CELL_LINES) -> str:
    """A cell's text cut, at a word, to about `lines` lines of `width`, with an ellipsis."""
    if width is None or len(text) <= width * lines:
        return text
    cut = text[:width * lines - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut + "…"
