"""A store of the schema before this one brought to it in place, its analyses kept.

The analyses are the store's costly part (the parse: about 63 ms an article); what else it
keeps (runs, input files' memories, corpus-level answers, the timeline's pieces) is made again
from them in seconds to minutes. Schema 8 keys documents by 128 bits (`keys.KEY_DIGITS`): the
first half of the SHA-256 schema 7 wrote, so an analysis keeps its key cut to that half, its
counts written as 8 writes them; the runs, memories and answers, which hold whole keys, are
forgotten, and the pieces, kept under hex text in 7 and under bytes in 8, too.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import suppress

from .keys import KEY_DIGITS
from .sqlite_file import FILES_SCHEMA, transaction
from .values import checked, counts_text, counts_value
from .values import checksum as analysis_checksum

log = logging.getLogger(__name__)

# The schema this module brings to the current one.
PREVIOUS_VERSION = 7


def upgraded(connection: sqlite3.Connection, version: int, current: int) -> bool:
    """Whether the store read as of `version` is now of schema `current` (brought to it here,
    or by another process meanwhile); False when no way from `version` is known."""
    if version not in (PREVIOUS_VERSION, current):
        return False
    with transaction(connection):
        # Read again under the write lock: another process may have brought it already.
        found = connection.execute("PRAGMA user_version").fetchone()[0]
        if found == current:
            return True
        if found != PREVIOUS_VERSION:
            return False
        _from_previous(connection, current)
    log.warning("the store was made by an older version of corpus: its analyses are kept, "
                "its other answers are made again")
    # Gives back the space the old keys and answers held; another process reading the store
    # at this moment leaves it as it is, larger.
    with suppress(sqlite3.OperationalError):
        connection.execute("VACUUM")
    return True


def _from_previous(connection: sqlite3.Connection, current: int) -> None:
    connection.create_function("compact_counts", 1, _compact_counts, deterministic=True)
    connection.create_function("compact_checksum", 3, _compact_checksum, deterministic=True)
    # The expressions of SET read the row as it was (SQL), so the checksum is of the old counts.
    connection.execute("UPDATE OR REPLACE analyses SET key = substr(key, 1, ?), "
                       "counts = compact_counts(counts), "
                       "checksum = compact_checksum(counts, data, checksum)", (KEY_DIGITS,))
    for table in ("runs", "results"):
        connection.execute(f"DELETE FROM {table}")
    # A store of 7 made before the input files' memories lacks these tables (store.py).
    for table in ("files", "pieces"):
        connection.execute(f"DROP TABLE IF EXISTS {table}")
    for statement in FILES_SCHEMA.split(";"):
        if statement.strip():
            connection.execute(statement)
    connection.execute(f"PRAGMA user_version = {int(current)}")


def _compact_counts(counts: str | bytes | None) -> str | bytes | None:
    """Counts as schema 8 keeps them (`values.counts_text`); anything unreadable as it was."""
    try:
        return counts_text(counts_value(counts)) if isinstance(counts, str) else counts
    except ValueError:
        return counts


def _compact_checksum(counts: str | bytes | None, data: str | bytes | None,
                      checksum: int | None) -> int | None:
    """The checksum of the compact counts beside `data`, if the old one held; else the old
    one, which still fails: a damaged analysis stays a miss, never made whole by the move."""
    if not isinstance(counts, str) or not isinstance(data, bytes):
        return checksum
    try:
        checked(counts, data, checksum)
    except ValueError:
        return checksum
    return analysis_checksum(counts_text(counts_value(counts)), data)
