"""Rendering rows for people (rich tables) and for pipelines (JSON, JSON Lines, CSV)."""

from __future__ import annotations

import errno
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from corpus_cli.errors import CorpusError, UsageError
from corpus_cli.output import (
    Format,
    cell,
    format_for_file,
    write_bytes,
    write_csv,
    write_json,
    write_jsonl,
)
from corpus_cli.rows import Columns

from .options import Common

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


class _Stderr:
    """rich's console on stderr, made when first used: an answer written as data (JSON,
    JSON Lines, CSV) never imports rich (a tenth of a second of every such answer)."""

    @cached_property
    def console(self) -> Console:
        from rich.console import Console

        return Console(stderr=True, highlight=False)

    def print(self, *objects: Any, **options: Any) -> None:
        self.console.print(*objects, **options)


err = _Stderr()
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
    # On a terminal too narrow for every column, columns with a rank are left out, the
    # lowest rank first, until the others fit (stderr names them); None: always shown.
    drop: int | None = None

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
            from rich.console import Console

            console = Console(file=stream) if common.output else Console()
            limit = table_limit(common, console)
            shown = rows[:limit] if limit else rows
            table, hidden = layout(shown, columns, title, group, width=console.width)
            console.print(table)
            if hidden:
                err.print(f"[dim]… {len(hidden)} columns left out to fit {console.width} "
                          f"columns: {', '.join(hidden)} (a wider terminal or --format json "
                          "shows them)[/]")
            left = len(rows) - len(shown)
            if left > 0:
                err.print(f"[dim]… {left} more rows (use --limit 0 to show all, or --format)[/]")
            return
        if common.limit:
            rows = rows[: common.limit]
        if fmt is Format.json:
            write_json(json_value if json_value is not None
                       else rows if isinstance(rows, Columns) else list(rows), stream)
        elif fmt is Format.jsonl:
            write_jsonl(rows, stream)
        else:
            keys = csv_columns or (list(rows[0].keys()) if rows else [c.key for c in columns])
            write_csv(rows, keys, stream, delimiter="\t" if fmt is Format.tsv else ",")


def emit_bytes(chunks: Iterable[bytes | memoryview], common: Common) -> None:
    """Write an answer the core wrote already (UTF-8 bytes in the chosen format)."""
    with data_stream(common) as stream:
        write_bytes(chunks, stream)


def make_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[Column],
               title: str | None = None,
               group: Callable[[Mapping[str, Any]], str] | None = None,
               width: int | None = None) -> Table:
    """A rich table of the rows; with the terminal's `width`, one that fits it (`layout`)."""
    return layout(rows, columns, title, group, width)[0]


def layout(rows: Sequence[Mapping[str, Any]], columns: Sequence[Column],
           title: str | None = None,
           group: Callable[[Mapping[str, Any]], str] | None = None,
           width: int | None = None) -> tuple[Table, list[str]]:
    """A rich table of the rows and the headings of the columns left out to fit `width`.

    With the terminal's `width`, the table fits it: each column gets a width (`_widths`),
    whole words wrap (a long name_with_underscores also after an underscore), and a cell
    longer than TABLE_CELL_LINES lines is cut at a word with an ellipsis; only a word wider
    than its column is cut inside, with an ellipsis too. Cells are plain text, never markup.
    """
    headers = [column.header or column.key for column in columns]
    cells = [[column.render(_capped(row)) for column in columns] for row in rows]
    headings = [group(row) for row in rows] if group is not None else []
    shown = list(range(len(columns)))
    widths: dict[int, int | None] = dict.fromkeys(shown)
    if width is not None and columns:
        sizes = [_sizes(column, header, [line[i] for line in cells]
                        + (headings if i == 0 else []))
                 for i, (column, header) in enumerate(zip(columns, headers, strict=True))]
        ranked = sorted((c.drop, i) for i, c in enumerate(columns) if c.drop is not None)
        while True:
            room = _room(len(shown), width)
            found = _widths([sizes[i] for i in shown],
                            [columns[i].max_width is not None for i in shown], room)
            widths = dict(zip(shown, found, strict=True))
            if not ranked or _readable(shown, sizes, widths, columns, room):
                break
            shown.remove(ranked.pop(0)[1])
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, title_justify="left", header_style="bold", expand=False)
    for i in shown:
        column = columns[i]
        table.add_column(headers[i], style=column.style, justify=column.justify,  # type: ignore[arg-type]
                         width=widths[i], overflow="ellipsis",
                         max_width=column.max_width if widths[i] is None else None)
    current: str | None = None
    for number, line in enumerate(cells):
        if headings and headings[number] != current:
            current = headings[number]
            if table.row_count:
                table.add_section()
            table.add_row(Text(current, style="bold magenta"), *([""] * (len(shown) - 1)))
        table.add_row(*(Text(fit(line[i], widths[i])) for i in shown))
    return table, [headers[i] for i in range(len(columns)) if i not in shown]


# A text column (one with a max_width) is narrowed to this before a short column (a date, a
# number, a label, a type) loses a character: those wrap at words and stay whole.
TEXT_FLOOR = 10
# Rich's box: a border and a space of padding on each side of a column, and one more border.
_BOX_PER_COLUMN = 3


def _room(columns: int, total: int) -> int:
    """The characters left for the cells of `columns` columns in a table `total` wide."""
    return max(columns, total - _BOX_PER_COLUMN * columns - 1)


def _readable(shown: Sequence[int], sizes: Sequence[tuple[int, int]],
              widths: Mapping[int, int | None], columns: Sequence[Column], room: int) -> bool:
    """Whether every column has its least and the text column that wants the most (the
    evidence, the sentence) has a third of the room, or all it wants."""
    if any((widths[i] or 0) < sizes[i][1] for i in shown):
        return False
    texts = [i for i in shown if columns[i].max_width is not None]
    if not texts:
        return True
    main = max(texts, key=lambda i: sizes[i][0])
    return (widths[main] or 0) >= min(sizes[main][0], room // 3)


def _sizes(column: Column, header: str, texts: Sequence[str]) -> tuple[int, int]:
    """The width a column wants (its longest line, at most its max_width) and the least it
    takes: its longest word for a short column, TEXT_FLOOR for a text column."""
    wanted = max([_longest(header, str.splitlines), *(_longest(t, str.splitlines)
                                                       for t in texts)])
    if column.max_width is not None:
        wanted = min(wanted, column.max_width)
        return wanted, min(wanted, TEXT_FLOOR)
    word = max([_longest(header, _words), *(_longest(t, _words) for t in texts)])
    return wanted, min(wanted, word)


def _widths(sizes: Sequence[tuple[int, int]], text: Sequence[bool], available: int) -> list[int]:
    """The width of each column so that they take at most `available` characters.

    Every column gets what it wants if they all fit; else each gets its least and what is
    left is shared in proportion to what more they want; when even the least does not fit,
    the widest text columns give way first (down to 4), then the widest of any.
    """
    wanted = [want for want, _ in sizes]
    if sum(wanted) <= available:
        return wanted
    widths = [least for _, least in sizes]
    spare = available - sum(widths)
    if spare >= 0:
        more = [want - least for want, least in sizes]
        for i, extra in enumerate(more):
            widths[i] += spare * extra // sum(more)
        return widths
    while sum(widths) > available:
        narrowable = [i for i, t in enumerate(text) if t and widths[i] > 4]
        widest = max(narrowable or range(len(widths)), key=lambda i: (widths[i], i))
        if widths[widest] <= 1:
            break
        widths[widest] -= 1
    return widths


def cell_len(text: str) -> int:
    """The columns a text takes on a terminal (rich's measure, imported for tables only)."""
    from rich.cells import cell_len as measure

    return measure(text)


def set_cell_size(text: str, width: int) -> str:
    """A text cut or padded to `width` columns (rich's, imported for tables only)."""
    from rich.cells import set_cell_size as resize

    return resize(text, width)


def _longest(text: str, split: Callable[[str], list[str]]) -> int:
    """The display width of the longest line or word of a text (0 when empty)."""
    return max((cell_len(part) for part in split(text)), default=0)


def _words(text: str) -> list[str]:
    """The pieces a cell wraps at: words, and a long_name_with_underscores after each "_"."""
    return [piece for word in text.split() for piece in _UNDERSCORE.findall(word)]


_UNDERSCORE = re.compile(r"[^_]*_|[^_]+")


def _capped(row: Mapping[str, Any]) -> Mapping[str, Any]:
    """A row whose lists show their first TABLE_LIST_ITEMS items and a count of the rest."""
    capped = dict(row)
    for key, value in row.items():
        if isinstance(value, list) and len(value) > TABLE_LIST_ITEMS \
                and all(isinstance(v, str) for v in value):
            capped[key] = [*value[:TABLE_LIST_ITEMS], f"… +{len(value) - TABLE_LIST_ITEMS}"]
    return capped


def fit(text: str, width: int | None, lines: int = TABLE_CELL_LINES) -> str:
    """A cell's text wrapped at words in `width` columns (lines joined by line breaks, so rich
    shows them as counted), cut after `lines` lines at a word with an ellipsis."""
    if width is None:
        return text
    wrapped = _wrap(text, width)
    if len(wrapped) <= lines:
        return "\n".join(wrapped)
    kept = wrapped[:lines]
    last = kept[-1]
    while cell_len(last) + 1 > width and " " in last:
        last = last.rsplit(" ", 1)[0]
    if cell_len(last) + 1 > width:  # one word wider than the column
        last = set_cell_size(last, max(0, width - 1))
    kept[-1] = last.rstrip() + "…"
    return "\n".join(kept)


def _wrap(text: str, width: int) -> list[str]:
    """The lines of a text wrapped greedily at spaces (and after an underscore in a word
    wider than the column); a piece wider than the column is a line of its own."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            pieces = [word] if cell_len(word) <= width else _UNDERSCORE.findall(word)
            for number, piece in enumerate(pieces):
                glue = "" if number else " "
                if current and cell_len(current) + len(glue) + cell_len(piece) <= width:
                    current += glue + piece
                else:
                    if current:
                        lines.append(current)
                    current = piece
        lines.append(current)
    return lines
