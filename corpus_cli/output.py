"""Rows to JSON, JSON Lines and CSV (the rich table lives in the CLI layer)."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from typing import Any, TextIO

from corpus_cli.rows import Coded, Columns, row_maker


class Format(StrEnum):
    """Output formats of every command."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)
# The encoder's own writer of one string (ensure_ascii=False): C when the library has it.
_json_string = json.encoder.encode_basestring


def dumps(value: Any) -> str:
    """JSON as UTF-8 text with accents unescaped (one encoder: rows come by the hundred
    thousand)."""
    return _ENCODER.encode(value)


def write_json(value: Any, stream: TextIO) -> None:
    """Indented JSON, as json.dumps(indent=2, ensure_ascii=False) writes it, ten times faster.

    Written as the encoder's UTF-8 bytes to a UTF-8 stream's buffer: decoding them to text to
    have them encoded again took a second for the 140 MB of every mention of 33,958 articles.
    `Columns` (alone, or as values of a dict) are written from their columns (`_column_json`)."""
    if _holds_columns(value):
        parts = _column_json(value)
        if parts is not None:
            _write_parts(parts, stream)
            return
        value = {key: _listed(item) for key, item in value.items()} \
            if isinstance(value, dict) else _listed(value)
    encoded = indented_bytes(value)
    buffer = getattr(stream, "buffer", None)
    if encoded is not None and buffer is not None and _utf8(stream):
        stream.flush()
        buffer.write(encoded)
        buffer.write(b"\n")
        return
    stream.write(encoded.decode() if encoded is not None else _indented_text(value))
    stream.write("\n")


def _utf8(stream: TextIO) -> bool:
    """A stream that writes text as UTF-8 and a line break as \\n (its bytes can go as are)."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8") and os.linesep == "\n"


def indented(value: Any) -> str:
    """JSON indented by two spaces; floats in exponent form may read 1e-7 for 1e-07."""
    encoded = indented_bytes(value)
    return encoded.decode() if encoded is not None else _indented_text(value)


def indented_bytes(value: Any) -> bytes | None:
    """The UTF-8 bytes `write_json` writes for `value` (before its final line break), or
    None where orjson cannot write it (the standard library then does)."""
    import orjson  # a C encoder: the standard library's indenting one is pure Python

    try:
        found: bytes = orjson.dumps(value, default=str,
                                    option=orjson.OPT_INDENT_2 | as_standard_json(orjson))
    except (orjson.JSONEncodeError, TypeError):
        return None
    return found


def as_standard_json(orjson: Any) -> int:
    """The orjson options that write what json.dumps(default=str) writes: keys that are not
    strings become strings, dataclasses and datetimes go to `default`."""
    return (orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATACLASS
            | orjson.OPT_PASSTHROUGH_DATETIME)


def _indented_text(value: Any) -> str:
    # What orjson refuses (a lone surrogate, an integer beyond 64 bits) the library writes.
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


def write_jsonl(rows: Iterable[Mapping[str, Any]], stream: TextIO) -> None:
    if isinstance(rows, Columns):
        parts = _column_lines(rows)
        if parts is not None:
            _write_parts(parts, stream)
            return
    for row in rows:
        stream.write(dumps(row))
        stream.write("\n")


def write_bytes(chunks: Iterable[bytes | memoryview], stream: TextIO) -> None:
    """UTF-8 text given as bytes (an answer already written, `json_lines_of_objects`), to a
    UTF-8 stream's buffer as they are, else decoded."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None or not _utf8(stream):
        for chunk in chunks:
            stream.write(bytes(chunk).decode())
        return
    stream.flush()
    for chunk in chunks:
        buffer.write(chunk)


# Between two objects of an array as `write_json` indents it: a raw line break is never
# inside a JSON string (it is written \n), so each one is the indentation's.
OBJECT_SEPARATOR = b"\n  },\n  {"


def json_lines_of_objects(indented: bytes) -> bytes:
    """The JSON Lines of objects, none empty, given as `write_json` indents them in an array
    (from the first object's "  {" to the last one's "\n  }", without the separating ","), as
    `write_jsonl` writes them: the same values and spaces, the indentation's line breaks
    removed. Equal to `write_jsonl` wherever orjson and the standard library write the same
    values (strings, integers, null, booleans; not a float in exponent form): a caller
    checks that before trusting it."""
    depth = 1
    while b"\n" + b"  " * (depth + 1) in indented:
        depth += 1
    # Deepest first: a shallower indentation is a prefix of a deeper one.
    for level in range(depth, 1, -1):
        spaces = b"  " * level
        indented = indented.replace(b",\n" + spaces, b", ").replace(b"\n" + spaces, b"")
    lines = indented.replace(OBJECT_SEPARATOR, b"}\n{")
    if not (lines.startswith(b"  {") and lines.endswith(b"\n  }")):
        raise ValueError("not objects as write_json indents them in an array")
    return lines[2:-4] + b"}\n"


# Bytes of objects turned into JSON Lines at a time (`json_lines_of_array`).
LINES_PIECE = 4 << 20


def objects_end(indented: bytes, start: int, count: int) -> int:
    """Where the first `count` objects (count >= 1) of an array of objects that `write_json`
    indented end: after the "\n  }" of the last of them. The array starts at `start` in
    `indented` ("[\n  {") and ends with its end ("}\n]"), and holds `count` objects or more,
    none of them empty (an empty one, "{}", has no line break to tell it)."""
    at = start
    for _ in range(count):
        found = indented.find(OBJECT_SEPARATOR, at)
        if found < 0:
            return len(indented) - 2
        at = found + 4
    return at


def json_lines_of_array(indented: bytes, start: int, end: int) -> Iterator[bytes]:
    """`json_lines_of_objects` of the objects of an indented array from `start` (the first
    one's "  {") to `end` (after the last one's "\n  }"), a few MB at a time."""
    at = start
    while at < end:
        cut = indented.find(OBJECT_SEPARATOR, min(at + LINES_PIECE, end), end)
        stop = end if cut < 0 else cut + 4
        yield json_lines_of_objects(indented[at:stop])
        at = stop + 2  # past the "," and line break before the next object


# Columns (rows.Columns) are written a chunk of rows at a time. JSON: the chunk's rows made
# dicts and written by orjson (splitting the rows into strings as JSON Lines are written was
# slower than orjson on dicts). JSON Lines: a line is text around its values (`_Layout`), each
# column's values for the chunk written by one orjson call and split into items (orjson and
# the standard library write every str, int, bool and None alike; other values are written
# one by one by the standard library), coded columns once per value, and the lines joined
# from these pieces: half the time of the standard library's encoder on a dict per row.

_INDENT = "  "
_PAD = _INDENT.encode()
# Rows written at a time.
_CHUNK = 50_000
# Raw control characters never occur in JSON text: they stand in for escapes while a list
# written by orjson is split at its items (\x02 marks a split, \x00 stands for an escaped
# backslash and \x01 for an escaped quote, so that every quote left delimits a string: a
# quote, a comma and a quote are then the end of one string and the start of the next, or
# a string that is a comma alone).
_SPLIT, _BACKSLASH, _QUOTE = "\x02", "\x00", "\x01"


def _holds_columns(value: Any) -> bool:
    if isinstance(value, Columns):
        return True
    return (isinstance(value, dict) and any(isinstance(v, Columns) for v in value.values())
            and all(isinstance(key, str) for key in value))


def _listed(value: Any) -> Any:
    return list(value) if isinstance(value, Columns) else value


def _column_json(value: Any) -> list[bytes | memoryview] | None:
    """`value` (Columns, or a dict holding some) as write_json writes it, in parts; None when
    orjson cannot write one of its values (the whole value then goes the usual way)."""
    import orjson

    try:
        return [*_json_parts(value, 0), b"\n"]
    except (orjson.JSONEncodeError, TypeError):
        return None


def _json_parts(value: Any, depth: int) -> Iterator[bytes | memoryview]:
    if isinstance(value, Columns):
        yield from _table_json(value, depth)
    elif isinstance(value, dict) and _holds_columns(value):
        yield b"{\n"
        for number, (key, item) in enumerate(value.items()):
            yield b",\n" * bool(number) + _PAD * (depth + 1) + _orjson(key) + b": "
            yield from _json_parts(item, depth + 1)
        yield b"\n" + _PAD * depth + b"}"
    else:
        yield _indented_at(value, depth)


def _indented_at(value: Any, depth: int) -> bytes:
    """A value as orjson indents it inside others, `depth` levels in."""
    import orjson

    text = orjson.dumps(value, default=str, option=orjson.OPT_INDENT_2 | as_standard_json(orjson))
    return text.replace(b"\n", b"\n" + _PAD * depth) if depth else text


def _orjson_text(value: Any) -> str:
    return _orjson(value).decode()


def _orjson(value: Any) -> bytes:
    import orjson

    found: bytes = orjson.dumps(value)
    return found


def _table_json(table: Columns, depth: int) -> Iterator[bytes | memoryview]:
    """The rows of a table as a JSON list `depth` levels in: a chunk of rows at a time made
    dicts (`rows.row_maker`) and written by orjson, so that the dicts of one chunk only are
    alive at a time."""
    import orjson

    if not table or not table.fields:
        yield _indented_at(list(table), depth)
        return
    option = orjson.OPT_INDENT_2 | as_standard_json(orjson)
    make = row_maker(table.fields)
    pad = b"\n" + _PAD * depth
    yield b"[\n"
    for start in range(0, len(table), _CHUNK):
        part = slice(start, start + _CHUNK)
        columns = [column.picked(part) if isinstance(column, Coded) else column[part]
                   for column in table.columns]
        # Written at the top level ("[\n  {" ... "}\n]"), then moved `depth` levels in;
        # what goes out is a view of the text between its brackets (a chunk is 10 MB).
        text = orjson.dumps(make(columns), default=str, option=option)
        if start:
            yield b",\n"
        if depth:
            yield _PAD * depth
            text = text.replace(b"\n", pad)
        yield memoryview(text)[len(pad) + 1:-len(pad) - 1]
    yield pad + b"]"


def _column_lines(table: Columns) -> list[bytes] | None:
    """Columns as write_jsonl writes their rows, in parts; None when orjson cannot write one
    of their values (the rows then go the usual way)."""
    import orjson

    if not table.fields:
        return None
    keys = [dumps(name) + ": " for name in table.fields]
    layout = _Layout(["{" + keys[0], *(", " + key for key in keys[1:])], "}\n")
    try:
        return [layout.rows(table, start, start + _CHUNK).encode()
                for start in range(0, len(table), _CHUNK)]
    except (orjson.JSONEncodeError, TypeError):
        return None


# Values a list of which orjson writes as the standard library does, with no comma inside an
# item (the standard library writes floats in its own way).
_NUMBERS: frozenset[type] = frozenset({int, bool, type(None)})


class _Layout:
    """How a JSON line writes a row: the text before each field's value, and the text after
    the last (the line's end included)."""

    def __init__(self, before: Sequence[str], after: str) -> None:
        self.before, self.after = before, after
        self._written: dict[int, dict[int, str]] = {}  # per group: code -> its fields' text

    def rows(self, table: Columns, start: int, stop: int) -> str:
        """The text of the rows from `start` to `stop`."""
        groups = _groups(table)
        pieces: list[str] = []
        for number, (first, last) in enumerate(groups):
            after = self.after if number == len(groups) - 1 else ""
            column = table.columns[first]
            if isinstance(column, Coded):
                written = self._coded(table, first, last, after, column.codes[start:stop])
                found = list(map(written.__getitem__, column.codes[start:stop]))
            else:
                found = self._scalars(column[start:stop], self.before[first], after)
            if not pieces:
                pieces = [""] * (len(found) * len(groups))
            pieces[number::len(groups)] = found
        return "".join(pieces)

    def _coded(self, table: Columns, first: int, last: int, after: str,
               codes: Sequence[int]) -> dict[int, str]:
        """code -> the text of the fields `first` to `last` (coded by the same codes), with
        the text before each and `after`, for every code of `codes` (each written once)."""
        written = self._written.setdefault(first, {})
        new = sorted(set(codes).difference(written))
        if not new:
            return written
        texts = [""] * len(new)
        for field in range(first, last + 1):
            column = table.columns[field]
            assert isinstance(column, Coded)
            values = self._scalars([column.values[code] for code in new], "", "")
            texts = [text + self.before[field] + value
                     for text, value in zip(texts, values, strict=True)]
        written.update(zip(new, (text + after for text in texts), strict=True))
        return written

    def _scalars(self, values: Sequence[Any], before: str, after: str) -> list[str]:
        """Each value written, between `before` and `after`."""
        if not values:
            return []
        values = values if isinstance(values, list) else list(values)
        kinds = set(map(type, values))
        # A string that is a comma alone would read as a split: its quote, comma, quote.
        if kinds <= {str} and "," not in values:
            text = _orjson_text(values)
            escaped = False
            if "\\" in text:
                replaced = text.replace("\\\\", _BACKSLASH).replace('\\"', _QUOTE)
                escaped, text = len(replaced) != len(text), replaced
            body = text[1:-1].replace('","', '"' + after + _SPLIT + before + '"')
            items = (before + body + after).split(_SPLIT)
            # The few texts that hold an escape get it back (the text of a whole chunk
            # written again took a third of a second for every mention of 33,958 articles).
            return [_unescaped(item) if _QUOTE in item or _BACKSLASH in item else item
                    for item in items] if escaped else items
        if kinds <= _NUMBERS:
            body = _orjson_text(values)[1:-1].replace(",", after + _SPLIT + before)
            return (before + body + after).split(_SPLIT)
        return [before + dumps(value) + after for value in values]


def _unescaped(text: str) -> str:
    return text.replace(_QUOTE, '\\"').replace(_BACKSLASH, "\\\\")


def _groups(table: Columns) -> list[tuple[int, int]]:
    """(first, last) field of each run of fields written together: a plain column alone,
    or coded columns side by side that share their codes (and as many values)."""
    groups: list[tuple[int, int]] = []
    for number, column in enumerate(table.columns):
        if groups and isinstance(column, Coded):
            previous = table.columns[groups[-1][1]]
            if isinstance(previous, Coded) and previous.codes is column.codes \
                    and len(previous.values) == len(column.values):
                groups[-1] = (groups[-1][0], number)
                continue
        groups.append((number, number))
    return groups


def _write_parts(parts: Iterable[bytes | memoryview], stream: TextIO) -> None:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None and _utf8(stream):
        stream.flush()
        for part in parts:
            buffer.write(part)
        return
    for part in parts:
        stream.write(str(part, "utf-8"))


def write_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], stream: TextIO,
              delimiter: str = ",") -> None:
    """CSV (or TSV) with a header, lines ending in LF as every other format; lists and
    mappings are JSON (safe to split, whatever the names hold). A value holding the
    delimiter, a quote, \n or \r is quoted."""
    # Written with CRLF, so that csv quotes a value holding \r or \n; each record's own
    # terminator then becomes LF (a quoted line break inside a value is kept as it is). The
    # writer hands each record to `write` whole, once: the records are gathered and written
    # a thousand at a time.
    records: list[str] = []
    writer = csv.writer(_Records(records), delimiter=delimiter, lineterminator="\r\n")

    def flush() -> None:
        stream.write("".join([record[:-2] + "\n" for record in records]))
        records.clear()

    writer.writerow(list(columns))
    if isinstance(rows, Columns) and tuple(columns) == rows.fields:
        cells = _Cells(rows)
        for start in range(0, len(rows), _CHUNK):
            chunk = cells.chunk(slice(start, start + _CHUNK))
            if chunk is not None:
                flush()
                stream.write(_csv_lines(chunk, delimiter))
            else:  # a line break in a value: each row its own record
                for line in rows[start:start + _CHUNK]:
                    writer.writerow([csv_cell(line.get(column)) for column in columns])
                flush()
        flush()
        return
    for row in rows:
        writer.writerow([csv_cell(row.get(column)) for column in columns])
        if len(records) >= 1000:
            flush()
    flush()


class _Records:
    """A file for csv.writer that keeps each record it is given."""

    def __init__(self, records: list[str]) -> None:
        self.write = records.append


class _Cells:
    """The CSV cells of Columns, column by column: a coded column's cells made once per
    value."""

    def __init__(self, table: Columns) -> None:
        self.table = table
        self._coded: dict[int, tuple[list[str], bool]] = {}

    def chunk(self, rows: slice) -> list[Sequence[str]] | None:
        """The cells of these rows, one sequence per column; None when one holds a line
        break (`_csv_lines` writes records whose values hold none)."""
        found: list[Sequence[str]] = []
        for number, column in enumerate(self.table.columns):
            if isinstance(column, Coded):
                if number not in self._coded:
                    written = [csv_cell(value) for value in column.values]
                    self._coded[number] = (written, _breaks("\x1f".join(written)))
                written, breaks = self._coded[number]
                if breaks:
                    return None
                found.append(Coded(written, column.codes).picked(rows))
            else:
                cells = _csv_cells(column[rows])
                if _breaks("\x1f".join(cells)):
                    return None
                found.append(cells)
        return found


def _csv_cells(values: Sequence[Any]) -> Sequence[str]:
    """csv_cell of each value: a str is its own cell and an int its digits (no call per
    value for these)."""
    kinds = set(map(type, values))
    if kinds <= {str}:
        return values
    if kinds <= {int}:
        return list(map(str, values))
    return list(map(csv_cell, values))


def _breaks(text: str) -> bool:
    return "\n" in text or "\r" in text


def _csv_lines(cells: Sequence[Sequence[str]], delimiter: str) -> str:
    """Rows of cells with no line break as csv writes them a row at a time with CRLF and
    each terminator made LF (write_csv): with no \r or \n in a value, the terminator is
    the only difference, and the rows go in one call."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(zip(*cells, strict=True))
    return buffer.getvalue()


def csv_cell(value: Any) -> str:
    """One value in a CSV cell: lists and mappings as JSON, the rest as in a table."""
    kind = type(value)
    if kind is str:  # most cells: tested first, by type (isinstance with Mapping is slow)
        return value
    if value is None:
        return ""
    if kind is int:
        return str(value)
    if kind is list and all(type(item) is str for item in value):
        # What the encoder writes for a list of strings, without its call (a second for the
        # five lists of each of 100,000 timeline entries).
        return "[" + ", ".join(map(_json_string, value)) + "]"
    if isinstance(value, list | tuple | Mapping):
        return dumps(value)
    return cell(value)


def cell(value: Any) -> str:
    """One value as flat text, for CSV cells and table cells."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, Mapping):
        return dumps(value)
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def format_for_file(name: str) -> Format | None:
    """The format a file name asks for by its extension, if any."""
    for fmt in (Format.jsonl, Format.json, Format.csv, Format.tsv):
        if name.lower().endswith("." + fmt.value):
            return fmt
    return None
