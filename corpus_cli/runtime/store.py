"""The on-disk store of analyses: plain rows in SQLite, keyed so that a stale answer is impossible.

A document's key is a hash of what its analysis depends on: the cleaned text, the reference
date, the model name and version, and ANALYSIS_VERSION. A changed text, model or rule is a miss.
An unreadable or foreign store file is set aside and rebuilt, never a crash (as black's cache).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from corpus_cli.errors import StoreError

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4
# Runs remembered (inputs fingerprint -> documents), most recently used first.
KEPT_RUNS = 32
# Corpus-level answers remembered (entities, timeline, statistics of one set of documents).
KEPT_RESULTS = 16
STORE_FILE = "store.sqlite3"
ROW_TABLES = ("mentions", "dates", "events")
_APPLICATION_ID = 0x636F7270  # "corp": tells our store file from any other SQLite file
_SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    created REAL NOT NULL,
    counts TEXT NOT NULL,
    lemmas TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (fingerprint TEXT PRIMARY KEY, used REAL NOT NULL,
    records TEXT NOT NULL, errors TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results (kind TEXT NOT NULL, fingerprint TEXT NOT NULL,
    used REAL NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, fingerprint));
CREATE TABLE IF NOT EXISTS mentions (key TEXT NOT NULL, seq INTEGER NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (key, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dates (key TEXT NOT NULL, seq INTEGER NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (key, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events (key TEXT NOT NULL, seq INTEGER NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (key, seq)) WITHOUT ROWID;
"""


def default_directory() -> Path:
    """`CORPUS_CACHE_DIR`, else the user's cache directory."""
    override = os.environ.get("CORPUS_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("corpus-cli"))


class Store:
    """Analyses of documents, read and written in transactions; safe for concurrent processes."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_directory()
        self.path = self.directory / STORE_FILE
        self._connection: sqlite3.Connection | None = None

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = self._open()
        return self._connection

    def _open(self) -> sqlite3.Connection:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"{self.directory}: cannot create the store directory ({error})"
            ) from None
        try:
            return self._connect()
        except sqlite3.DatabaseError as error:
            log.warning("%s: unreadable store (%s); rebuilding it", self.path, error)
            self._set_aside()
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        try:
            connection.execute("PRAGMA busy_timeout = 60000")
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if application_id != _APPLICATION_ID or version != SCHEMA_VERSION:
                tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    raise sqlite3.DatabaseError(
                        f"made by another version of corpus (schema {version}, "
                        f"this one reads {SCHEMA_VERSION})" if application_id == _APPLICATION_ID
                        else "not a corpus store"
                    )
                self._create(connection)
            connection.execute("PRAGMA journal_mode = WAL")
        except BaseException:
            connection.close()
            raise
        return connection

    @staticmethod
    def _create(connection: sqlite3.Connection) -> None:
        # IF NOT EXISTS: another process may be creating the same store at this moment.
        connection.executescript(
            "BEGIN IMMEDIATE;" + _SCHEMA + f"PRAGMA application_id = {_APPLICATION_ID};"
            f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
        )

    def rebuild(self, reason: object) -> None:
        """Set an unreadable store aside and start an empty one."""
        log.warning("%s: unreadable store (%s); rebuilding it", self.path, reason)
        self.close()
        self._set_aside()
        self._connection = self._connect()

    def _set_aside(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            try:
                Path(f"{self.path}{suffix}").unlink()
            except FileNotFoundError:
                pass
            except OSError as error:
                raise StoreError(f"{self.path}: cannot rebuild the store ({error})") from None

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def known(self, keys: Sequence[str]) -> set[str]:
        """The keys among `keys` that the store already holds (none, if it is unreadable)."""
        try:
            return self._known(keys)
        except sqlite3.DatabaseError as error:
            self.rebuild(error)
            return set()

    def _known(self, keys: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(keys, 500):
            marks = ",".join("?" * len(chunk))
            rows = self.connection.execute(
                f"SELECT key FROM analyses WHERE key IN ({marks})", chunk
            )
            found.update(row[0] for row in rows)
        return found

    def save(self, analyses: Iterable[tuple[str, str, dict[str, Any]]]) -> int:
        """Write (key, model, analysis) triples in one transaction; return how many."""
        count = 0
        connection = self.connection
        with _transaction(connection):
            for key, model, analysis in analyses:
                connection.execute(
                    "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?)",
                    (key, model, time.time(), _dumps(analysis["counts"]),
                     _dumps(analysis["lemmas"])),
                )
                for table in ROW_TABLES:
                    connection.execute(f"DELETE FROM {table} WHERE key = ?", (key,))
                    connection.executemany(
                        f"INSERT INTO {table} VALUES (?, ?, ?)",
                        ((key, seq, _dumps(row)) for seq, row in enumerate(analysis[table])),
                    )
                count += 1
        return count

    def counts(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The per-document counts of the stored keys among `keys`."""
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(keys, 500):
            marks = ",".join("?" * len(chunk))
            query = f"SELECT key, counts FROM analyses WHERE key IN ({marks})"
            found.update((key, json.loads(counts))
                         for key, counts in self.connection.execute(query, chunk))
        return found

    def load(
        self, keys: Sequence[str], tables: Sequence[str] = ("lemmas", *ROW_TABLES)
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """Yield (key, analysis) for the stored keys among `keys`, in the order given.

        `tables` says which parts to read: "lemmas" and any of ROW_TABLES; counts always.
        """
        for chunk in _chunks(keys, 500):
            marks = ",".join("?" * len(chunk))
            analyses: dict[str, dict[str, Any]] = {}
            lemmas = "lemmas" if "lemmas" in tables else "NULL"
            query = f"SELECT key, counts, {lemmas} FROM analyses WHERE key IN ({marks})"
            for key, counts, lemma_counts in self.connection.execute(query, chunk):
                analyses[key] = {"counts": json.loads(counts)}
                if lemma_counts is not None:
                    analyses[key]["lemmas"] = json.loads(lemma_counts)
                for table in ROW_TABLES:
                    if table in tables:
                        analyses[key][table] = []
            for table in ROW_TABLES:
                if table not in tables:
                    continue
                for key, data in self.connection.execute(
                    f"SELECT key, data FROM {table} WHERE key IN ({marks}) ORDER BY key, seq", chunk
                ):
                    analyses[key][table].append(json.loads(data))
            for key in chunk:
                if key in analyses:
                    yield key, analyses[key]

    def run(self, fingerprint: str) -> tuple[list[dict[str, Any]], list[list[Any]]] | None:
        """The documents and input errors of a previous run with the same inputs, if known."""
        try:
            row = self.connection.execute(
                "SELECT records, errors FROM runs WHERE fingerprint = ?", (fingerprint,)
            ).fetchone()
        except sqlite3.DatabaseError as error:
            self.rebuild(error)
            return None
        if row is None:
            return None
        self._touch("runs", "fingerprint = ?", (fingerprint,))
        return json.loads(row[0]), json.loads(row[1])

    def save_run(self, fingerprint: str, records: list[dict[str, Any]],
                 errors: list[list[Any]]) -> None:
        """Remember a run's documents, forgetting the least recently used beyond KEPT_RUNS."""
        connection = self.connection
        with _transaction(connection):
            connection.execute("INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?)",
                               (fingerprint, time.time(), _dumps(records), _dumps(errors)))
            connection.execute(
                "DELETE FROM runs WHERE fingerprint NOT IN "
                "(SELECT fingerprint FROM runs ORDER BY used DESC LIMIT ?)", (KEPT_RUNS,)
            )

    def result(self, kind: str, fingerprint: str) -> Any | None:
        """A corpus-level answer computed before for the same documents, if kept."""
        try:
            row = self.connection.execute(
                "SELECT data FROM results WHERE kind = ? AND fingerprint = ?", (kind, fingerprint)
            ).fetchone()
        except sqlite3.DatabaseError as error:
            self.rebuild(error)
            return None
        if row is None:
            return None
        self._touch("results", "kind = ? AND fingerprint = ?", (kind, fingerprint))
        data = row[0]
        return json.loads(zlib.decompress(data) if isinstance(data, bytes) else data)

    def save_result(self, kind: str, fingerprint: str, value: Any) -> str:
        """Keep a corpus-level answer, forgetting the least recently used beyond KEPT_RESULTS;
        return the JSON kept (what `result` will read back).

        Kept compressed: an entity table of a large corpus is tens of MB of JSON.
        """
        text = _dumps(value)
        data = zlib.compress(text.encode("utf-8", "surrogatepass"), 1)
        connection = self.connection
        with _transaction(connection):
            connection.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)",
                               (kind, fingerprint, time.time(), data))
            connection.execute(
                "DELETE FROM results WHERE rowid NOT IN "
                "(SELECT rowid FROM results ORDER BY used DESC LIMIT ?)", (KEPT_RESULTS,)
            )
        return text

    def _touch(self, table: str, where: str, key: tuple[str, ...]) -> None:
        """Mark a kept run or answer as just used, so that eviction forgets the least recently
        used, not the least recently written. Best effort: a busy or read-only store keeps
        the old time."""
        try:
            self.connection.execute(f"UPDATE {table} SET used = ? WHERE {where}",
                                    (time.time(), *key))
        except sqlite3.DatabaseError as error:
            log.debug("%s: not marked as used (%s)", self.path, error)

    def info(self) -> dict[str, Any]:
        """Where the store is, how big, and what it holds."""
        exists = self.path.exists()
        info: dict[str, Any] = {"path": str(self.path), "exists": exists, "bytes": 0,
                                "analyses": 0, "models": {}}
        if not exists:
            return info
        info["bytes"] = sum(
            Path(f"{self.path}{s}").stat().st_size
            for s in ("", "-wal") if Path(f"{self.path}{s}").exists()
        )
        info["analyses"] = self.connection.execute("SELECT count(*) FROM analyses").fetchone()[0]
        for table in ROW_TABLES:
            info[table] = self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        info["models"] = dict(
            self.connection.execute("SELECT model, count(*) FROM analyses GROUP BY model")
        )
        return info

    def clear(self) -> int:
        """Delete every stored analysis; return how many there were."""
        if not self.path.exists():
            return 0
        connection = self.connection
        count = connection.execute("SELECT count(*) FROM analyses").fetchone()[0]
        with _transaction(connection):
            for table in ("analyses", "runs", "results", *ROW_TABLES):
                connection.execute(f"DELETE FROM {table}")
        connection.execute("VACUUM")
        return count


class _transaction:
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
        else:
            self.connection.execute("ROLLBACK")


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def is_store_file(path: Path) -> bool:
    """Whether `path` is a readable store of this version (used by tests and `cache info`)."""
    try:
        with closing(sqlite3.connect(path)) as connection:
            return connection.execute("PRAGMA application_id").fetchone()[0] == _APPLICATION_ID
    except sqlite3.DatabaseError:
        return False
