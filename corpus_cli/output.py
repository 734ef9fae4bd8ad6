"""Rows to JSON, JSON Lines and CSV (the rich table lives in the CLI layer)."""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from typing import Any, TextIO

from corpus_cli.rows import Coded, Columns


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


# Columns (rows.Columns) are written as bytes, a chunk of rows at a time, with no dict and no
# Python step per row: a `_Template` holds the text before each field's value and after the
# last; the values of a chunk are written column by column (numbers by one orjson call on the
# list, split at its commas; strings by one orjson call, split at their quotes; a coded
# column's values once for all its codes, with the fields that share its codes; CSV cells
# that need no quotes encoded in one call), and the rows' pieces are joined in one call
# (every mention of 33,958 articles: a third less time than a dict per row). orjson and the
# standard library write every str, int, bool and None alike; other values are written one
# by one as the usual writer writes them.

_INDENT = "  "
_PAD = _INDENT.encode()
# Rows written at a time.
_CHUNK = 50_000
# Raw control characters never occur in JSON text: \x02 marks where a list orjson wrote is
# split at its items, \x00 stands for an escaped backslash and \x01 for an escaped quote.
_SPLIT, _BACKSLASH, _QUOTE = b"\x02", b"\x00", b"\x01"
# Values a list of which orjson writes with no comma inside an item.
_NUMBERS: frozenset[type] = frozenset({int, bool, type(None)})


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


def _orjson(value: Any) -> bytes:
    import orjson

    found: bytes = orjson.dumps(value)
    return found


def _table_json(table: Columns, depth: int) -> Iterator[bytes | memoryview]:
    """The rows of a table as a JSON list `depth` levels in, as orjson indents them."""
    if not table or not table.fields:
        yield _indented_at(list(table), depth)
        return
    row, field = b"\n" + _PAD * (depth + 1), b"\n" + _PAD * (depth + 2)
    keys = [_orjson(name) + b": " for name in table.fields]
    # Each row starts with the "," and line break that follow the row before it; the
    # first one's are left out.
    template = _JsonTemplate([b"," + row + b"{" + field + keys[0],
                              *(b"," + field + key for key in keys[1:])],
                             row + b"}", depth + 2)
    yield b"[\n"
    for start in range(0, len(table), _CHUNK):
        text = template.chunk(table, slice(start, start + _CHUNK))
        assert text is not None  # every value has a JSON text
        yield memoryview(text)[0 if start else 2:]
    yield b"\n" + _PAD * depth + b"]"


def _column_lines(table: Columns) -> list[bytes] | None:
    """Columns as write_jsonl writes their rows, in parts; None when orjson cannot write one
    of their values (the rows then go the usual way)."""
    import orjson

    if not table.fields:
        return None
    try:
        keys = [dumps(name).encode() + b": " for name in table.fields]
        template = _LineTemplate([b"{" + keys[0], *(b", " + key for key in keys[1:])], b"}\n")
        parts = []
        for start in range(0, len(table), _CHUNK):
            text = template.chunk(table, slice(start, start + _CHUNK))
            assert text is not None  # every value has a JSON text
            parts.append(text)
    except (orjson.JSONEncodeError, TypeError, UnicodeEncodeError):
        return None
    return parts


class _Template:
    """How a format writes a row: the bytes before each field's value, and after the last
    (the line's end included). `chunk` writes rows; `_values` writes one column's values."""

    def __init__(self, before: Sequence[bytes], after: bytes) -> None:
        self.before, self.after = before, after
        self._coded: dict[int, Sequence[bytes | None]] = {}  # per group: code -> text

    def chunk(self, table: Columns, rows: slice) -> bytes | None:
        """The text of these rows; None when a value cannot be written this way."""
        groups = _groups(table)
        pieces: list[bytes] = []
        for number, (first, last) in enumerate(groups):
            after = self.after if number == len(groups) - 1 else b""
            column = table.columns[first]
            found: Sequence[bytes] | None
            if isinstance(column, Coded):
                written = self._coded_texts(table, first, last, after)
                found = None if written is None else Coded(written, column.codes).picked(rows)
            else:
                found = self._values(column[rows], self.before[first], after)
            if found is None:
                return None
            if not pieces:
                pieces = [b""] * (len(found) * len(groups))
            pieces[number::len(groups)] = found
        return b"".join(pieces)

    def _coded_texts(self, table: Columns, first: int, last: int, after: bytes
                     ) -> Sequence[bytes | None] | None:
        """code -> the text of the fields `first` to `last` (coded by the same codes), each
        with the text before it, and `after`; made once, in a few calls, for every value,
        or for the values the rows use when they are fewer (a few rows of a large table)."""
        if first not in self._coded:
            column = table.columns[first]
            assert isinstance(column, Coded)
            every = len(column.values) <= len(table)
            used = range(len(column.values)) if every else sorted(set(column.codes))
            texts: list[bytes] | None = None
            for field in range(first, last + 1):
                values = table.columns[field]
                assert isinstance(values, Coded)
                found = self._values(values.values if every else
                                     [values.values[code] for code in used],
                                     self.before[field], after if field == last else b"")
                if found is None:
                    break
                texts = found if texts is None else list(map(bytes.__add__, texts, found))
            else:
                assert texts is not None
                self._coded[first] = texts if every else _placed(texts, used, len(column.values))
        return self._coded.get(first)

    def _values(self, values: Sequence[Any], before: bytes, after: bytes) -> list[bytes] | None:
        raise NotImplementedError


class _LineTemplate(_Template):
    """A row as a JSON line: the standard library's text of each value."""

    def _values(self, values: Sequence[Any], before: bytes, after: bytes) -> list[bytes] | None:
        return _json_values(values, before, after,
                            lambda value: before + dumps(value).encode() + after)


class _JsonTemplate(_Template):
    """A row as an object of an indented JSON array: orjson's text of each value, `depth`
    levels in."""

    def __init__(self, before: Sequence[bytes], after: bytes, depth: int) -> None:
        super().__init__(before, after)
        self.depth = depth

    def _values(self, values: Sequence[Any], before: bytes, after: bytes) -> list[bytes] | None:
        return _json_values(values, before, after,
                            lambda value: before + _indented_at(value, self.depth) + after)


def _placed(texts: Sequence[bytes], codes: Sequence[int], count: int) -> list[bytes | None]:
    """A list of `count` where each code of `codes` holds its text."""
    placed: list[bytes | None] = [None] * count
    for code, text in zip(codes, texts, strict=True):
        placed[code] = text
    return placed


def _json_values(values: Sequence[Any], before: bytes, after: bytes,
                 one: Callable[[Any], bytes]) -> list[bytes]:
    """Each value's JSON text between `before` and `after`: `one` writes what is neither a
    string nor a number."""
    import orjson

    if not values:
        return []
    values = values if isinstance(values, list) else list(values)
    kinds = set(map(type, values))
    # A string that is a comma alone would read as a split: its quote, comma, quote.
    if kinds <= {str} and "," not in values:
        return _strings(orjson.dumps(values), before, after)
    if kinds <= _NUMBERS:
        return _numbers(orjson.dumps(values), before, after)
    if kinds <= {str, type(None)} and "," not in values:  # names, some of them missing
        written = iter(_strings(orjson.dumps([v for v in values if v is not None]), before,
                                after))
        null = before + b"null" + after
        return [null if value is None else next(written) for value in values]
    return list(map(one, values))


def _numbers(written: bytes, before: bytes, after: bytes) -> list[bytes]:
    """The items of a list of numbers, booleans and nulls orjson `written`."""
    body = written[1:-1].replace(b",", after + _SPLIT + before)
    return (before + body + after).split(_SPLIT)


def _strings(written: bytes, before: bytes, after: bytes) -> list[bytes]:
    """The strings of a list orjson `written`, none a comma alone, split into items: with
    each escaped quote and backslash stood in for, every quote left delimits a string, and
    a quote, a comma and a quote end one and start the next."""
    replaced = written.replace(b"\\\\", _BACKSLASH).replace(b'\\"', _QUOTE)
    body = replaced[1:-1].replace(b'","', b'"' + after + _SPLIT + before + b'"')
    if len(replaced) != len(written):  # the escapes back, before the split
        body = body.replace(_QUOTE, b'\\"').replace(_BACKSLASH, b"\\\\")
    return (before + body + after).split(_SPLIT)


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
    if isinstance(rows, Columns) and tuple(columns) == rows.fields and len(columns) > 1:
        # (A record of one empty cell is written "" by csv: one column goes the usual way.)
        template = _CsvTemplate(len(columns), delimiter)
        for start in range(0, len(rows), _CHUNK):
            flush()
            try:
                text = template.chunk(rows, slice(start, start + _CHUNK))
            except UnicodeEncodeError:  # a lone surrogate: text the stream may still take
                text = None
            if text is not None:
                _write_parts([text], stream)
            else:  # a line break in a value: each row its own record
                for line in rows[start:start + _CHUNK]:
                    writer.writerow([csv_cell(line.get(column)) for column in columns])
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


class _CsvTemplate(_Template):
    """A row as a CSV record whose values hold no line break, ending in LF."""

    def __init__(self, fields: int, delimiter: str) -> None:
        super().__init__([b"", *[delimiter.encode()] * (fields - 1)], b"\n")
        self.delimiter = delimiter

    def _values(self, values: Sequence[Any], before: bytes, after: bytes) -> list[bytes] | None:
        """Each value's cell, quoted as csv quotes it; None when one holds a line break."""
        import orjson

        kinds = set(map(type, values))
        if kinds <= {int} and values and self.delimiter not in "-0123456789":
            with contextlib.suppress(orjson.JSONEncodeError):  # beyond 64 bits: as text
                return _numbers(orjson.dumps(list(values)), before, after)
        cells = values if kinds <= {str} else list(map(csv_cell, values))
        text = "\x02".join(cells)
        if _breaks(text):
            return None
        if self.delimiter in text or '"' in text or text.count("\x02") != len(cells) - 1:
            # Some cells are quoted (or hold the mark): each distinct one written by csv.
            distinct = list(dict.fromkeys(cells))
            texts = dict(zip(distinct, [before + cell.encode() + after for cell
                                        in _quoted(distinct, self.delimiter)], strict=True))
            return list(map(texts.__getitem__, cells))
        # No cell is quoted: the cells as they are, encoded in one call.
        body = text.encode().replace(_SPLIT, after + _SPLIT + before)
        return (before + body + after).split(_SPLIT)


def _quoted(cells: Sequence[str], delimiter: str) -> list[str]:
    """Each cell (no line break in it) as csv writes it in a record: each one written in a
    record of its own with an empty cell after it, which the delimiter ends."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(
        zip(cells, itertools.repeat("")))
    return [line[:-1] for line in buffer.getvalue().split("\n")[:-1]]


def _breaks(text: str) -> bool:
    return "\n" in text or "\r" in text


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
