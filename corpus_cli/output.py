"""Rows to JSON, JSON Lines and CSV (the rich table lives in the CLI layer)."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from typing import Any, TextIO


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
    have them encoded again took a second for the 140 MB of every mention of 33,958 articles."""
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
    for row in rows:
        writer.writerow([csv_cell(row.get(column)) for column in columns])
        if len(records) >= 1000:
            flush()
    flush()


class _Records:
    """A file for csv.writer that keeps each record it is given."""

    def __init__(self, records: list[str]) -> None:
        self.write = records.append


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
