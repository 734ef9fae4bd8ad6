"""Rows to JSON, JSON Lines and CSV (the rich table lives in the CLI layer)."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
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
    encoded = _indented_bytes(value)
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
    encoded = _indented_bytes(value)
    return encoded.decode() if encoded is not None else _indented_text(value)


def _indented_bytes(value: Any) -> bytes | None:
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


# --- Columns written without a dict per row -------------------------------------------------
# A row is text around its values: `_Layout` holds the text before each field and after the
# last. Each column's values are written for a chunk of rows at once (a list of strings or
# numbers by one orjson call, split into items) with the text around them, coded columns once
# per value, and the rows are joined from these pieces: no dict per row, and orjson and the
# standard library write every str, int, bool and None alike (floats and containers are
# written value by value, by the encoder of the format).

_INDENT = "  "
_PAD = _INDENT.encode()
# Rows written at a time: the pieces of a chunk are a list of 6 x 50,000 strings.
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


def _column_json(value: Any) -> list[bytes] | None:
    """`value` (Columns, or a dict holding some) as write_json writes it, in parts; None when
    orjson cannot write one of its values (the whole value then goes the usual way)."""
    import orjson

    try:
        return [*_json_parts(value, 0), b"\n"]
    except (orjson.JSONEncodeError, TypeError):
        return None


def _json_parts(value: Any, depth: int) -> Iterator[bytes]:
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


def _table_json(table: Columns, depth: int) -> Iterator[bytes]:
    """The rows of a table as a JSON list `depth` levels in, a chunk of rows at a time: each
    row a dict, as orjson writes dicts, but the fields of a coded group (`_groups`) one field
    holding an orjson.Fragment, the group's fields already written once per code (a row of
    `corpus mentions` is a dict of 6 entries, not 9, and its document's and entity's parts
    are written once each)."""
    import orjson

    if not table or not table.fields:
        yield _indented_at(list(table), depth)
        return
    option = orjson.OPT_INDENT_2 | as_standard_json(orjson)
    groups = _groups(table)
    make = row_maker(tuple(table.fields[first] for first, _ in groups))
    fragments: dict[int, list[Any]] = {}
    pad = b"\n" + _PAD * depth
    yield b"[\n"
    for start in range(0, len(table), _CHUNK):
        stop = start + _CHUNK
        columns: list[Iterable[Any]] = []
        for first, last in groups:
            column = table.columns[first]
            if isinstance(column, Coded):
                if first not in fragments:
                    fragments[first] = _fragments(table, first, last)
                columns.append(map(fragments[first].__getitem__, column.codes[start:stop]))
            else:
                columns.append(column[start:stop])
        # Written at the top level ("[\n  {" ... "}\n]"), then moved `depth` levels in.
        text = orjson.dumps(make(columns), default=str, option=option)[2:-2]
        yield (b",\n" if start else b"") + (_PAD * depth + text.replace(b"\n", pad)
                                           if depth else text)
    yield pad + b"]"


def _fragments(table: Columns, first: int, last: int) -> list[Any]:
    """For each code of the coded fields `first` to `last` (sharing their codes), their
    values as a row written at the top level shows them, the first field's key left out:
    `value, "key": value...`, an orjson.Fragment."""
    import orjson

    written: list[bytes] = []
    for field in range(first, last + 1):
        column = table.columns[field]
        assert isinstance(column, Coded)
        values = _each_written(column.values, 2)
        if not written:
            written = values
            continue
        key = b",\n" + _PAD * 2 + _orjson(table.fields[field]) + b": "
        written = [text + key + value for text, value in zip(written, values, strict=True)]
    return [orjson.Fragment(text) for text in written]


def _each_written(values: Sequence[Any], depth: int) -> list[bytes]:
    """Each value as `_indented_at` writes it; a list of strings or of numbers by one orjson
    call, split into its items (a call for each of the 100,000 entities of 33,958 articles
    took longer than the rows)."""
    values = values if isinstance(values, list) else list(values)
    kinds = set(map(type, values))
    # A string that is a comma alone would read as a split: its quote, comma, quote.
    if values and kinds <= {str} and "," not in values:
        text = _orjson(values)
        escaped = False
        if b"\\" in text:
            replaced = text.replace(b"\\\\", b"\x00").replace(b'\\"', b"\x01")
            escaped, text = len(replaced) != len(text), replaced
        items = text[2:-2].split(b'","')
        if escaped:  # the few that hold an escape get it back
            items = [item.replace(b"\x01", b'\\"').replace(b"\x00", b"\\\\")
                     if b"\x00" in item or b"\x01" in item else item for item in items]
        return [b'"' + item + b'"' for item in items]
    if values and kinds <= _NUMBERS:
        return _orjson(values)[1:-1].split(b",")
    return [_indented_at(value, depth) for value in values]


# Values a list of which orjson writes with no comma inside an item.
_NUMBERS = frozenset({int, bool, float, type(None)})


def _column_lines(table: Columns) -> list[bytes] | None:
    """Columns as write_jsonl writes their rows, in parts; None when orjson cannot write one
    of their values (the rows then go the usual way)."""
    import orjson

    if not table.fields:
        return None
    keys = [dumps(name) + ": " for name in table.fields]
    layout = _Layout(["{" + keys[0], *(", " + key for key in keys[1:])], "}\n", dumps,
                     _JSONL_NUMBERS)
    try:
        return [layout.rows(table, start, start + _CHUNK).encode()
                for start in range(0, len(table), _CHUNK)]
    except (orjson.JSONEncodeError, TypeError):
        return None


# The values a list of which orjson writes as the format does, split at its commas (JSON
# Lines: the standard library writes floats in its own way).
_JSONL_NUMBERS: frozenset[type] = frozenset({int, bool, type(None)})
_JSON_NUMBERS = _JSONL_NUMBERS | {float}


class _Layout:
    """How a format writes a row: the text before each field's value, the text after the
    last (the line's end included), and how one value is written."""

    def __init__(self, before: Sequence[str], after: str, encode: Callable[[Any], str],
                 numbers: frozenset[type]) -> None:
        self.before, self.after, self.encode, self.numbers = before, after, encode, numbers
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
        if kinds <= self.numbers:
            body = _orjson_text(values)[1:-1].replace(",", after + _SPLIT + before)
            return (before + body + after).split(_SPLIT)
        return [before + self.encode(value) + after for value in values]


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


def _write_parts(parts: Iterable[bytes], stream: TextIO) -> None:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None and _utf8(stream):
        stream.flush()
        for part in parts:
            buffer.write(part)
        return
    for part in parts:
        stream.write(part.decode())


def write_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], stream: TextIO,
              delimiter: str = ",") -> None:
    """CSV (or TSV) with a header, lines ending in LF as every other format; lists and
    mappings are JSON (safe to split, whatever the names hold). A value holding the
    delimiter, a quote, \n or \r is quoted."""
    # Written with CRLF, so that csv quotes a value holding \r or \n; each record's own
    # terminator then becomes LF (a quoted line break inside a value is kept as it is).
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")

    def emit(values: Sequence[str]) -> None:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(values)
        stream.write(buffer.getvalue()[:-2] + "\n")

    emit(list(columns))
    for row in rows:
        emit([csv_cell(row.get(column)) for column in columns])


def csv_cell(value: Any) -> str:
    """One value in a CSV cell: lists and mappings as JSON, the rest as in a table."""
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
