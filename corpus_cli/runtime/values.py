"""How the store writes what it keeps: an analysis's counts and blob under one checksum, a
kept value (a run's records, an answer, a file's memory) compressed (`codec`)."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import Any

from . import codec
from .packing import dumps, loads


def dumps_counts(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


# A document's counts as the analysis makes them, kept as a list of their values in this
# order ("[442,378,17,{"PER":4},7,5]"): 40 bytes a document where the object took 104, 2.2 MB
# of the store at 33,948 articles. Counts of other names (a store of schema 7) stay objects.
COUNT_NAMES = ("tokens", "words", "sentences", "mentions", "dates", "events")


def counts_text(counts: dict[str, Any]) -> str:
    """A document's counts as stored (`counts_value` reads them back)."""
    if tuple(counts) == COUNT_NAMES:
        return dumps_counts(list(counts.values()))
    return dumps_counts(counts)


def counts_value(text: str) -> dict[str, Any]:
    found = json.loads(text)
    if isinstance(found, list) and len(found) == len(COUNT_NAMES):
        return dict(zip(COUNT_NAMES, found, strict=True))
    if not isinstance(found, dict):
        raise ValueError("counts")
    return found


def packed(analysis: dict[str, Any], data: bytes) -> tuple[str, bytes, tuple[int, int, int], int]:
    """An analysis as stored: counts (`counts_text`), the blob of everything else (`data`,
    packed), the rows per table, and the checksum that covers counts and blob."""
    counts = counts_text(analysis["counts"])
    sizes = (len(analysis["mentions"]), len(analysis["dates"]), len(analysis["events"]))
    return counts, data, sizes, checksum(counts, data)


def checksum(counts: str, data: bytes) -> int:
    """CRC-32 of a stored analysis or run: it detects any damage to a byte or a burst of them,
    which is what a storage fault does; nobody forges a cache."""
    crc = zlib.crc32(counts.encode("utf-8", "surrogatepass"))
    return zlib.crc32(data, zlib.crc32(b"\x00", crc))


def checked(counts: Any, data: Any, expected: Any) -> dict[str, Any]:
    """The counts of a stored analysis; ValueError if it does not match its checksum."""
    if not isinstance(counts, str) or not isinstance(data, bytes) or (
            checksum(counts, data) != expected):
        raise ValueError("checksum")
    return counts_value(counts)


def run_value(records: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """A run's records as kept: one list per field, in the order of the records. Against one
    object per record: a fifth smaller, decoded in half the time, and records made from it
    by position (`pipeline.Corpus.records`) in a quarter (0.12 s less for `stats` at 33,948)."""
    names = dict.fromkeys(name for record in records for name in record)
    return {name: [record.get(name) for record in records] for name in names}


def run_columns(data: bytes) -> dict[str, list[Any]]:
    """The records of a run (`Store.run_head`) as kept (`run_value`), decoded (checked
    already); ValueError if they are not."""
    columns = loads(codec.decompress(data))
    if isinstance(columns, list) and all(isinstance(record, dict) for record in columns):
        return run_value(columns)  # one object per record, as this schema's first code kept it
    if not isinstance(columns, dict) or len({len(values) for values in columns.values()}) > 1:
        raise ValueError("not a run's columns")
    return columns


def run_records(data: bytes) -> list[dict[str, Any]]:
    """The records of a run, one object each."""
    return list(column_rows(run_columns(data)))


def column_rows(columns: dict[str, list[Any]]) -> Iterator[dict[str, Any]]:
    return (dict(zip(columns, values, strict=True))
            for values in zip(*columns.values(), strict=True))


def packed_value(value: Any) -> bytes:
    return codec.compress(dumps(value), quick=True)


def unpacked_value(data: Any, expected: Any) -> Any | None:
    """A kept run or answer read back, or None if it is damaged."""
    if not isinstance(data, bytes) or zlib.crc32(data) != expected:
        return None
    try:
        return loads(codec.decompress(data))
    except ValueError:
        return None
