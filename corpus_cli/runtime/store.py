"""The on-disk store of analyses: plain rows in SQLite, keyed so that a stale answer is impossible.

A document's key is a hash of what its analysis depends on: the cleaned text, the reference
date, the model name and version, and ANALYSIS_VERSION. A changed text, model or rule is a miss.
Every analysis, run and kept answer carries a CRC-32 of its stored text, checked when a run
looks it up: a damaged row is a miss, analysed again, never an answer.
Any SQLite error is recovered from, never a crash (as black's cache): an unreadable or foreign
store file is set aside and rebuilt; a store that cannot be written (read-only, full disk,
locked for a minute) is swapped for a scratch copy that lives as long as this process.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, suppress
from pathlib import Path
from typing import Any, TypeVar

from corpus_cli.errors import StoreError

log = logging.getLogger(__name__)

T = TypeVar("T")

SCHEMA_VERSION = 5
# Runs remembered (inputs fingerprint -> documents), most recently used first.
KEPT_RUNS = 32
# Corpus-level answers remembered (entities, timeline, statistics of one set of documents).
KEPT_RESULTS = 16
STORE_FILE = "store.sqlite3"
ROW_TABLES = ("mentions", "dates", "events")
_APPLICATION_ID = 0x636F7270  # "corp": tells our store file from any other SQLite file
# Primary SQLite result codes that say the file cannot be written or reached now, though it
# may be sound: PERM, BUSY, LOCKED, READONLY, IOERR, FULL, CANTOPEN. The store then goes on
# in a scratch copy; any other error (CORRUPT, NOTADB, a foreign schema) rebuilds the file.
_UNWRITABLE = frozenset({3, 5, 6, 8, 10, 13, 14})
_SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    created REAL NOT NULL,
    counts TEXT NOT NULL,
    lemmas TEXT NOT NULL,
    checksum INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (fingerprint TEXT PRIMARY KEY, used REAL NOT NULL,
    records TEXT NOT NULL, errors TEXT NOT NULL, checksum INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS results (kind TEXT NOT NULL, fingerprint TEXT NOT NULL,
    used REAL NOT NULL, data BLOB NOT NULL, checksum INTEGER NOT NULL,
    PRIMARY KEY (kind, fingerprint));
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
    """Analyses of documents, read and written in transactions; safe for concurrent processes.

    Every public method recovers from SQLite errors (see the module's docstring); only a store
    that neither the file nor a scratch copy can hold raises StoreError.
    """

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_directory()
        self.path = self.directory / STORE_FILE
        self._connection: sqlite3.Connection | None = None
        self._scratch: str | None = None  # the scratch copy's folder, once degraded
        self.degraded: str | None = None  # why this process writes to a scratch copy

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = self._open()
        return self._connection

    def _open(self) -> sqlite3.Connection:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return self._use_scratch(error.strerror or error)
        try:
            return self._connect()
        except sqlite3.DatabaseError as error:
            if _unwritable(error):
                return self._use_scratch(error)
            log.warning("%s: unreadable store (%s); rebuilding it", self.path, error)
            return self._rebuilt()

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
        self._drop_connection()
        self._connection = self._rebuilt()

    def _rebuilt(self) -> sqlite3.Connection:
        """A new empty store in place of the damaged one, else a scratch store."""
        try:
            self._set_aside()
            return self._connect()
        except (OSError, sqlite3.DatabaseError) as error:
            return self._use_scratch(error)

    def _set_aside(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def _use_scratch(self, reason: object) -> sqlite3.Connection:
        """Go on in a private copy of the store (empty if the file cannot be read) that lives
        as long as this store object: the run still answers, nothing is kept."""
        self._drop_connection()
        original = self.path
        if self._scratch is None:
            self._scratch = tempfile.mkdtemp(prefix="corpus-store-")
        self.degraded = str(reason)
        self.directory = Path(self._scratch)
        self.path = self.directory / STORE_FILE
        log.warning("%s: cannot use the store (%s); this run uses a scratch store and keeps "
                    "nothing", original, reason)
        if original != self.path:
            _copy_readable(original, self.path)
        try:
            return self._connect()
        except sqlite3.DatabaseError:
            self._set_aside()
        try:
            return self._connect()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: no store can be used ({error})") from None

    def _guarded(self, operation: Callable[[], T]) -> T:
        """Run a store operation; after an SQLite error, recover and run it once more (twice:
        a rebuilt store may still be unwritable, then a scratch copy answers)."""
        for attempt in range(3):
            try:
                return operation()
            except sqlite3.DatabaseError as error:
                if attempt == 2:
                    raise StoreError(f"{self.path}: the store cannot be used ({error})") from None
                self._recover(error)
        raise AssertionError("unreachable")

    def _recover(self, error: sqlite3.DatabaseError) -> None:
        if self._scratch is not None and self.path.parent == Path(self._scratch):
            # Already in the scratch copy: start it again, empty.
            self._drop_connection()
            self._set_aside()
            self._connection = self._connect()
        elif _unwritable(error):
            self._connection = self._use_scratch(error)
        else:
            self.rebuild(error)

    def _drop_connection(self) -> None:
        if self._connection is not None:
            with suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None

    def close(self) -> None:
        self._drop_connection()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def known(self, keys: Sequence[str]) -> set[str]:
        """The keys among `keys` that the store holds intact (none, if it is unreadable)."""
        return set(self.verified(keys))

    def verified(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The counts of the keys among `keys` whose every stored row matches its checksum.

        A damaged analysis is deleted (so that it is analysed again) and left out.
        """
        return self._guarded(lambda: self._verified(keys))

    def _verified(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        damaged: list[str] = []
        for chunk in _chunks(list(dict.fromkeys(keys)), 500):
            marks = ",".join("?" * len(chunk))
            sums: dict[str, int] = {}
            expected: dict[str, tuple[int, str]] = {}
            for key, counts, lemmas, checksum in self.connection.execute(
                f"SELECT key, counts, lemmas, checksum FROM analyses WHERE key IN ({marks})",
                chunk,
            ):
                sums[key] = _crc_head(counts, lemmas)
                expected[key] = (checksum, counts)
            for table in ROW_TABLES:
                for key in sums:
                    sums[key] = zlib.crc32(table.encode(), sums[key])
                for key, data in self.connection.execute(
                    f"SELECT key, data FROM {table} WHERE key IN ({marks}) ORDER BY key, seq",
                    chunk,
                ):
                    if key in sums:
                        sums[key] = _crc_row(data, sums[key])
            for key, (checksum, counts) in expected.items():
                try:
                    if sums[key] != checksum:
                        raise ValueError("checksum")
                    found[key] = json.loads(counts)
                except ValueError:
                    damaged.append(key)
        if damaged:
            log.warning("%s: %d damaged analyses in the store; analysing them again",
                        self.path, len(damaged))
            self._forget(damaged)
        return found

    def _forget(self, keys: Sequence[str]) -> None:
        connection = self.connection
        with _transaction(connection):
            for chunk in _chunks(list(keys), 500):
                marks = ",".join("?" * len(chunk))
                for table in ("analyses", *ROW_TABLES):
                    connection.execute(f"DELETE FROM {table} WHERE key IN ({marks})", chunk)

    def save(self, analyses: Iterable[tuple[str, str, dict[str, Any]]]) -> int:
        """Write (key, model, analysis) triples in one transaction; return how many."""
        prepared = [(key, model, _dumped(analysis)) for key, model, analysis in analyses]
        return self._guarded(lambda: self._save(prepared))

    def _save(self, prepared: list[tuple[str, str, dict[str, Any]]]) -> int:
        connection = self.connection
        with _transaction(connection):
            for key, model, dumped in prepared:
                connection.execute(
                    "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?, ?)",
                    (key, model, time.time(), dumped["counts"], dumped["lemmas"],
                     dumped["checksum"]),
                )
                for table in ROW_TABLES:
                    connection.execute(f"DELETE FROM {table} WHERE key = ?", (key,))
                    connection.executemany(
                        f"INSERT INTO {table} VALUES (?, ?, ?)",
                        ((key, seq, row) for seq, row in enumerate(dumped[table])),
                    )
        return len(prepared)

    def counts(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The per-document counts of the intact stored keys among `keys`."""
        return self.verified(keys)

    def load(
        self, keys: Sequence[str], tables: Sequence[str] = ("lemmas", *ROW_TABLES)
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """Yield (key, analysis) for the stored keys among `keys`, in the order given.

        `tables` says which parts to read: "lemmas" and any of ROW_TABLES; counts always.
        Rows were checked when the run looked them up (`verified`); a key the store no
        longer holds (cleared meanwhile, or unreadable now) is left out.
        """
        for chunk in _chunks(keys, 500):
            yield from self._guarded(functools.partial(self._load_chunk, chunk, tables))

    def _load_chunk(self, chunk: list[str],
                    tables: Sequence[str]) -> list[tuple[str, dict[str, Any]]]:
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
                if key in analyses:
                    analyses[key][table].append(json.loads(data))
        return [(key, analyses[key]) for key in chunk if key in analyses]

    def run(self, fingerprint: str) -> tuple[list[dict[str, Any]], list[list[Any]]] | None:
        """The documents and input errors of a previous run with the same inputs, if known."""
        row = self._guarded(lambda: self.connection.execute(
            "SELECT records, errors, checksum FROM runs WHERE fingerprint = ?", (fingerprint,)
        ).fetchone())
        if row is None:
            return None
        records, errors, checksum = row
        if _crc_head(records, errors) != checksum:
            log.warning("%s: a damaged run in the store; reading the inputs again", self.path)
            return None
        self._touch("runs", "fingerprint = ?", (fingerprint,))
        return json.loads(records), json.loads(errors)

    def save_run(self, fingerprint: str, records: list[dict[str, Any]],
                 errors: list[list[Any]]) -> None:
        """Remember a run's documents, forgetting the least recently used beyond KEPT_RUNS."""
        records_text, errors_text = _dumps(records), _dumps(errors)
        checksum = _crc_head(records_text, errors_text)

        def write() -> None:
            connection = self.connection
            with _transaction(connection):
                connection.execute("INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?)",
                                   (fingerprint, time.time(), records_text, errors_text,
                                    checksum))
                connection.execute(
                    "DELETE FROM runs WHERE fingerprint NOT IN "
                    "(SELECT fingerprint FROM runs ORDER BY used DESC LIMIT ?)", (KEPT_RUNS,)
                )

        self._guarded(write)

    def result(self, kind: str, fingerprint: str) -> Any | None:
        """A corpus-level answer computed before for the same documents, if kept intact."""
        row = self._guarded(lambda: self.connection.execute(
            "SELECT data, checksum FROM results WHERE kind = ? AND fingerprint = ?",
            (kind, fingerprint)
        ).fetchone())
        if row is None:
            return None
        data, checksum = row
        if not isinstance(data, bytes) or zlib.crc32(data) != checksum:
            log.warning("%s: a damaged answer in the store; computing it again", self.path)
            return None
        try:
            value = json.loads(zlib.decompress(data))
        except (zlib.error, ValueError):
            return None
        self._touch("results", "kind = ? AND fingerprint = ?", (kind, fingerprint))
        return value

    def save_result(self, kind: str, fingerprint: str, value: Any) -> str:
        """Keep a corpus-level answer, forgetting the least recently used beyond KEPT_RESULTS;
        return the JSON kept (what `result` will read back).

        Kept compressed: an entity table of a large corpus is tens of MB of JSON.
        """
        text = _dumps(value)
        data = zlib.compress(text.encode("utf-8", "surrogatepass"), 1)

        def write() -> None:
            connection = self.connection
            with _transaction(connection):
                connection.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?)",
                                   (kind, fingerprint, time.time(), data, zlib.crc32(data)))
                connection.execute(
                    "DELETE FROM results WHERE rowid NOT IN "
                    "(SELECT rowid FROM results ORDER BY used DESC LIMIT ?)", (KEPT_RESULTS,)
                )

        self._guarded(write)
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
        info.update(self._guarded(self._figures))
        info["bytes"] = sum(
            Path(f"{self.path}{s}").stat().st_size
            for s in ("", "-wal") if Path(f"{self.path}{s}").exists()
        )
        return info

    def _figures(self) -> dict[str, Any]:
        connection = self.connection
        figures: dict[str, Any] = {
            "analyses": connection.execute("SELECT count(*) FROM analyses").fetchone()[0]}
        for table in ROW_TABLES:
            figures[table] = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        figures["models"] = dict(
            connection.execute("SELECT model, count(*) FROM analyses GROUP BY model"))
        return figures

    def clear(self) -> int:
        """Delete every stored analysis; return how many there were.

        Always works on a file it can write: a damaged store is deleted and made anew.
        """
        if not self.path.exists():
            return 0
        try:
            connection = self.connection
            count: int = connection.execute("SELECT count(*) FROM analyses").fetchone()[0]
            with _transaction(connection):
                for table in ("analyses", "runs", "results", *ROW_TABLES):
                    connection.execute(f"DELETE FROM {table}")
        except sqlite3.DatabaseError as error:
            log.warning("%s: unreadable store (%s); deleting it", self.path, error)
            self._drop_connection()
            try:
                self._set_aside()
            except OSError as os_error:
                raise StoreError(f"{self.path}: cannot delete the store "
                                 f"({os_error.strerror or os_error})") from None
            return 0
        try:
            # Gives the space back; another run reading the store makes it wait, not fail.
            connection.execute("VACUUM")
        except sqlite3.DatabaseError as error:
            log.debug("%s: not vacuumed (%s)", self.path, error)
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
            return
        # A failed rollback is not raised: the error under way says more.
        with suppress(sqlite3.Error):
            self.connection.execute("ROLLBACK")


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def _dumped(analysis: dict[str, Any]) -> dict[str, Any]:
    """An analysis as the texts stored, with the checksum that covers all of them."""
    dumped: dict[str, Any] = {"counts": _dumps(analysis["counts"]),
                              "lemmas": _dumps(analysis["lemmas"])}
    checksum = _crc_head(dumped["counts"], dumped["lemmas"])
    for table in ROW_TABLES:
        dumped[table] = [_dumps(row) for row in analysis[table]]
        checksum = zlib.crc32(table.encode(), checksum)
        for row in dumped[table]:
            checksum = _crc_row(row, checksum)
    dumped["checksum"] = checksum
    return dumped


def _crc_head(first: str, second: str) -> int:
    """CRC-32 of two stored texts: it detects any damage to a byte or a burst of them, which is
    what a storage fault does; nobody forges a cache."""
    crc = zlib.crc32(first.encode("utf-8", "surrogatepass"))
    crc = zlib.crc32(b"\x00", crc)
    return zlib.crc32(second.encode("utf-8", "surrogatepass"), crc)


def _crc_row(row: str, crc: int) -> int:
    return zlib.crc32(b"\x00", zlib.crc32(row.encode("utf-8", "surrogatepass"), crc))


def _unwritable(error: sqlite3.DatabaseError) -> bool:
    """Whether an SQLite error says the store cannot be written now (not that it is damaged)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return False
    return code & 0xFF in _UNWRITABLE


def _copy_readable(source: Path, target: Path) -> None:
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
            return connection.execute("PRAGMA application_id").fetchone()[0] == _APPLICATION_ID
    except sqlite3.DatabaseError:
        return False
