"""The SQLite file under the store: where it lives, its tables, its header read in one
transaction, write transactions rolled back on any error, which errors say the file cannot be
written now (not that it is damaged), a readable copy for a scratch store, whether a file is
one."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, suppress
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

# The store's tables (store.py writes and reads them).
SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    created REAL NOT NULL,
    counts TEXT NOT NULL,
    data BLOB NOT NULL,
    mentions INTEGER NOT NULL,
    dates INTEGER NOT NULL,
    events INTEGER NOT NULL,
    checksum INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (fingerprint TEXT PRIMARY KEY, used REAL NOT NULL,
    head TEXT NOT NULL, data BLOB NOT NULL, checksum INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS results (kind TEXT NOT NULL, fingerprint TEXT NOT NULL,
    used REAL NOT NULL, data BLOB NOT NULL, checksum INTEGER NOT NULL,
    PRIMARY KEY (kind, fingerprint));
"""
# Added to schema 7 without a new version (a store of 7 without it gets it when opened): a
# table more keeps every analysis of an older store, where a new version would rebuild it.
FILES_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (key TEXT PRIMARY KEY, used REAL NOT NULL,
    data BLOB NOT NULL, checksum INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS files_used ON files (used);
CREATE TABLE IF NOT EXISTS hashes (path TEXT PRIMARY KEY, stamp TEXT NOT NULL,
    hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dictionaries (id INTEGER PRIMARY KEY, data BLOB NOT NULL,
    checksum INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS pieces (kind INTEGER NOT NULL, digest BLOB NOT NULL,
    data BLOB NOT NULL, checksum INTEGER NOT NULL, PRIMARY KEY (kind, digest)) WITHOUT ROWID;
"""
# The newest table of FILES_SCHEMA: a store without it gets the tables it lacks.
NEWEST_TABLE = "pieces"

APPLICATION_ID = 0x636F7270  # "corp": tells our store file from any other SQLite file
# Primary SQLite result codes that say the file cannot be written or reached now, though it
# may be sound: PERM, BUSY, LOCKED, READONLY, IOERR, FULL, CANTOPEN. The store then goes on
# in a scratch copy; any other error (CORRUPT, NOTADB, a foreign schema) rebuilds the file.
_UNWRITABLE = frozenset({3, 5, 6, 8, 10, 13, 14})


def header(connection: sqlite3.Connection) -> tuple[int, int, int]:
    """(application id, schema version, number of tables), read in one transaction: another
    process creating the store commits its tables and its header together, and reads made
    apart could see its tables without its header and take the store for a foreign one (and
    rebuild it under the other process's feet)."""
    connection.execute("BEGIN")
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    finally:
        connection.execute("COMMIT")
    return application_id, version, tables


class transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (Ctrl-C included)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> None:
        if not self.connection.in_transaction:
            self.connection.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if not self.connection.in_transaction:
            return
        if exc_type is None:
            self.connection.execute("COMMIT")
            return
        # A failed rollback is not raised: the error under way says more.
        with suppress(sqlite3.Error):
            self.connection.execute("ROLLBACK")


def chunks(items: Sequence[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def unwritable(error: sqlite3.DatabaseError) -> bool:
    """Whether an SQLite error says the store cannot be written now (not that it is damaged)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return False
    return code & 0xFF in _UNWRITABLE


def copy_readable(source: Path, target: Path) -> None:
    """Copy what can be read of the store at `source` to `target` (nothing if unreadable)."""
    if not source.exists():
        return
    try:
        uri = f"{source.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=1)) as origin, \
                closing(sqlite3.connect(target)) as copy:
            origin.backup(copy)
    except sqlite3.Error as error:
        log.debug("%s: not copied to the scratch store (%s)", source, error)
        target.unlink(missing_ok=True)


def is_store_file(path: Path) -> bool:
    """Whether `path` is a readable store of this version (used by tests and `cache info`)."""
    try:
        with closing(sqlite3.connect(path)) as connection:
            return connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    except sqlite3.DatabaseError:
        return False


def default_directory() -> Path:
    """`CORPUS_CACHE_DIR`, else the user's cache directory."""
    override = os.environ.get("CORPUS_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("corpus-cli"))
