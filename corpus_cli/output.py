"""Rows to JSON, JSON Lines and CSV (the rich table lives in the CLI layer)."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Mapping, Sequence
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


def dumps(value: Any) -> str:
    """JSON as UTF-8 text with accents unescaped (one encoder: rows come by the hundred
    thousand)."""
    return _ENCODER.encode(value)


def write_json(value: Any, stream: TextIO) -> None:
    """Indented JSON, as json.dumps(indent=2, ensure_ascii=False) writes it, ten times faster.

    Written as the encoder's UTF-8 bytes to a UTF-8 stream's buffer: decoding them to text to
    have them encoded again took a second for the 140 MB of every mention of 33,958 articles."""
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
    for row in rows:
        stream.write(dumps(row))
        stream.write("\n")


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
