"""The store's compression dictionaries (`codec`): trained once per store on its first
documents, kept in its table `dictionaries`, and read by every process that shares the store.

Two processes that train at once each keep their own (a blob names the one it needs), so
nothing is locked for it; a damaged dictionary reads as missing, and the blobs that need it as
damaged (analysed again).
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Sequence

from . import codec


def read(connection: sqlite3.Connection, identifier: int) -> bytes | None:
    """The intact dictionary of that id, or None."""
    row = connection.execute("SELECT data, checksum FROM dictionaries WHERE id = ?",
                             (identifier,)).fetchone()
    return _intact(row)


def newest(connection: sqlite3.Connection) -> bytes | None:
    """The most recently trained intact dictionary, or None."""
    for row in connection.execute("SELECT data, checksum FROM dictionaries ORDER BY rowid DESC"):
        found = _intact(row)
        if found is not None:
            return found
    return None


def trained(connection: sqlite3.Connection, samples: Sequence[bytes]
            ) -> tuple[int, bytes] | None:
    """A dictionary trained on `samples` (documents' blobs, uncompressed) and on the store's
    first documents, kept: (its id, its bytes), or None while the store and `samples` hold
    too few documents. It replaces a damaged one trained alike (same content, same id)."""
    wanted = codec.TRAINING_DOCUMENTS - len(samples)
    stored = [] if wanted <= 0 else [row[0] for row in connection.execute(
        "SELECT data FROM analyses ORDER BY rowid LIMIT ?", (wanted,))]
    if len(samples) + len(stored) < codec.TRAINING_DOCUMENTS:
        return None
    found = codec.train([*samples, *_readable(stored)])
    if found is None:
        return None
    identifier, data = found
    connection.execute("INSERT OR REPLACE INTO dictionaries VALUES (?, ?, ?)",
                       (identifier, data, zlib.crc32(data)))
    return found


def _readable(blobs: Sequence[object]) -> list[bytes]:
    """The stored blobs that need no dictionary, uncompressed (a damaged one left out)."""
    found = []
    for blob in blobs:
        if not isinstance(blob, bytes):
            continue
        try:
            if codec.dictionary_id(blob) == 0:
                found.append(codec.decompress(blob))
        except ValueError:
            continue
    return found


def _intact(row: tuple[object, object] | None) -> bytes | None:
    if row is None:
        return None
    data, checksum = row
    return data if isinstance(data, bytes) and zlib.crc32(data) == checksum else None
