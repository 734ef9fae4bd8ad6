"""The on-disk store of analyses: plain rows in SQLite, keyed so that a stale answer is impossible.

A document's key is a hash of what its analysis depends on: the cleaned text, the reference
date, the model name and version, and ANALYSIS_VERSION. A changed text, model or rule is a miss.
A document's rows, lemma counts and cleaned text are one compressed blob of typed columns
(packing.py: about 3.4 KB per news article, against 25 KB as one JSON text per row).
Every analysis, run, input file's memory and kept answer carries a CRC-32 of what is stored,
checked whenever it is read: a damaged analysis is a miss, analysed again, never an answer.
Any SQLite error is recovered from, never a crash (as black's cache): an unreadable or foreign
store file is set aside and rebuilt; a store that cannot be written (read-only, full disk,
locked for a minute) is swapped for a scratch copy that lives as long as this process.
"""

from __future__ import annotations

import functools
import json
import logging
import shutil
import sqlite3
import tempfile
import time
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any, TypeVar

from corpus_cli.errors import StoreError

from . import codec, dictionaries, migration
from .packing import ROW_TABLES, dumps, loads, packed_json, unpack, unpack_text
from .pieces import intact_piece, kind_number, raw_digest
from .sqlite_file import (
    APPLICATION_ID,
    FILES_SCHEMA,
    NEWEST_TABLE,
    SCHEMA,
    chunks,
    copy_readable,
    default_directory,
    header,
    transaction,
    unwritable,
)
from .values import checked as _checked
from .values import checksum as _checksum
from .values import dumps_counts as _dumps
from .values import packed as _packed
from .values import packed_value as _packed_value
from .values import run_records, run_value
from .values import unpacked_value as _unpacked_value

log = logging.getLogger(__name__)

T = TypeVar("T")

SCHEMA_VERSION = 8  # a store of 7 is brought to 8 in place (migration.py)
# Runs remembered (inputs fingerprint -> documents), most recently used first.
KEPT_RUNS = 32
# Corpus-level answers remembered (entities, timeline, statistics of one set of documents).
# About forty per corpus once every command has run (the occurrences are kept in six parts,
# kwic's word index in sixteen), so that two corpora fit.
KEPT_RESULTS = 100
# Input files remembered (files.py: a file's blocks, errors and records), most recently used
# first. One per file, so a folder of 10,000 one-article files needs 10,000 rows: ten such
# folders (or versions of one) fit. A one-article file's memory is about 1 KB, so the table
# stays near the size of the analyses of those files (3.4 KB each), well under it.
KEPT_FILES = 100_000
STORE_FILE = "store.sqlite3"
# Large pages: a blob of a few KB leaves little of a page unused (measured in bench_store.py).
PAGE_SIZE = 32768


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
        self._dictionaries: dict[int, bytes | None] = {}
        self._writing: bytes | None = None  # the dictionary new blobs are compressed with

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
            if unwritable(error):
                return self._use_scratch(error)
            log.warning("%s: unreadable store (%s); rebuilding it", self.path, error)
            return self._rebuilt()

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        try:
            connection.execute("PRAGMA busy_timeout = 60000")
            application_id, version, tables = header(connection)
            if application_id != APPLICATION_ID or version != SCHEMA_VERSION:
                if not tables:
                    self._create(connection)
                elif application_id != APPLICATION_ID or not migration.upgraded(
                        connection, version, SCHEMA_VERSION):
                    raise sqlite3.DatabaseError(
                        f"made by another version of corpus (schema {version}, "
                        f"this one reads {SCHEMA_VERSION})" if application_id == APPLICATION_ID
                        else "not a corpus store"
                    )
            elif not connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                        "AND name = ?", (NEWEST_TABLE,)).fetchone():
                # Looked up first: a read-only store that has the table opens as before.
                connection.executescript(FILES_SCHEMA)
            connection.execute("PRAGMA journal_mode = WAL")
        except BaseException:
            connection.close()
            raise
        return connection

    @staticmethod
    def _create(connection: sqlite3.Connection) -> None:
        # IF NOT EXISTS: another process may be creating the same store at this moment.
        connection.executescript(
            f"PRAGMA page_size = {PAGE_SIZE}; BEGIN IMMEDIATE;" + SCHEMA + FILES_SCHEMA
            + f"PRAGMA application_id = {APPLICATION_ID};"
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
            copy_readable(original, self.path)
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
        elif unwritable(error):
            self._connection = self._use_scratch(error)
        else:
            self.rebuild(error)

    def _drop_connection(self) -> None:
        if self._connection is not None:
            with suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None
        # The next connection may be to another file (rebuilt, scratch): its own dictionaries.
        self._dictionaries.clear()
        self._writing = None

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
        """The counts of the keys among `keys` whose stored analysis matches its checksum.

        A damaged analysis is deleted (so that it is analysed again) and left out.
        """
        return self._guarded(lambda: self._verified(keys))

    def _verified(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        damaged: list[str] = []
        for chunk in chunks(list(dict.fromkeys(keys)), 500):
            marks = ",".join("?" * len(chunk))
            for key, counts, data, checksum in self.connection.execute(
                f"SELECT key, counts, data, checksum FROM analyses WHERE key IN ({marks})",
                chunk,
            ):
                try:
                    found[key] = _checked(counts, data, checksum)
                except ValueError:
                    damaged.append(key)
        self._forget_damaged(damaged)
        return found

    def _forget_damaged(self, damaged: Sequence[str]) -> None:
        if damaged:
            log.warning("%s: %d damaged analyses in the store; analysing them again",
                        self.path, len(damaged))
            self._forget(damaged)

    def _forget(self, keys: Sequence[str]) -> None:
        connection = self.connection
        with transaction(connection):
            for chunk in chunks(list(keys), 500):
                marks = ",".join("?" * len(chunk))
                connection.execute(f"DELETE FROM analyses WHERE key IN ({marks})", chunk)

    def save(self, analyses: Iterable[tuple[str, str, dict[str, Any]]]) -> int:
        """Write (key, model, analysis) triples in one transaction; return how many.

        An analysis holds "counts", "lemmas" and ROW_TABLES, and may hold "text" (the cleaned
        text, which `kwic` reads back)."""
        analyses = list(analyses)
        raw = [packed_json({part: analysis[part] for part in ("text", "lemmas", *ROW_TABLES)
                            if part in analysis}) for _, _, analysis in analyses]
        # Compressed in the guarded step: a store rebuilt on the way has its own dictionary.
        return self._guarded(lambda: self._save(self._prepared(analyses, raw)))

    def _prepared(self, analyses: Sequence[tuple[str, str, dict[str, Any]]],
                  raw: Sequence[bytes]) -> list[tuple[Any, ...]]:
        dictionary = self._dictionary_to_write(raw)
        return [(key, model, *_packed(analysis, codec.compress_blob(data, dictionary)))
                for (key, model, analysis), data in zip(analyses, raw, strict=True)]

    def _dictionary_to_write(self, raw: Sequence[bytes]) -> bytes | None:
        """The newest dictionary of the store, trained now on `raw` and its first documents
        if it has none and they are enough."""
        if self._writing is None:
            connection = self.connection
            self._writing = dictionaries.newest(connection)
            if self._writing is None:
                with transaction(connection):
                    found = dictionaries.trained(connection, raw)
                if found is not None:
                    self._dictionaries[found[0]] = self._writing = found[1]
        return self._writing

    def dictionary(self, identifier: int) -> bytes | None:
        """The store's dictionary of that id (`codec.Dictionaries`), None if it has none
        intact: the blobs that need it then read as damaged."""
        if identifier not in self._dictionaries:
            self._dictionaries[identifier] = self._guarded(
                lambda: dictionaries.read(self.connection, identifier))
        return self._dictionaries[identifier]

    def _save(self, prepared: list[tuple[Any, ...]]) -> int:
        connection = self.connection
        with transaction(connection):
            connection.executemany(
                "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(key, model, time.time(), counts, data, *sizes, checksum)
                 for key, model, counts, data, sizes, checksum in prepared])
        return len(prepared)

    def counts(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The per-document counts of the intact stored keys among `keys`."""
        return self.verified(keys)

    def load(
        self, keys: Sequence[str], tables: Sequence[str] = ("lemmas", *ROW_TABLES)
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """Yield (key, analysis) for the stored keys among `keys`, in the order given.

        `tables` says which parts to read: "lemmas", "text" and any of ROW_TABLES; counts
        always. Each analysis is checked against its checksum: a damaged one is forgotten
        (analysed again by the next run) and left out, as is a key the store no longer holds
        (cleared meanwhile, or unreadable now).
        """
        for chunk in chunks(keys, 500):
            yield from self._guarded(functools.partial(self._load_chunk, chunk, tables))

    def _load_chunk(self, chunk: list[str],
                    tables: Sequence[str]) -> list[tuple[str, dict[str, Any]]]:
        marks = ",".join("?" * len(chunk))
        analyses: dict[str, dict[str, Any]] = {}
        damaged: list[str] = []
        query = f"SELECT key, counts, data, checksum FROM analyses WHERE key IN ({marks})"
        for key, counts, data, checksum in self.connection.execute(query, chunk):
            try:
                analysis: dict[str, Any] = {"counts": _checked(counts, data, checksum)}
                analysis.update(unpack(data, tables, self.dictionary))
            except ValueError:
                damaged.append(key)
                continue
            for table in ROW_TABLES:
                if table in tables:
                    analysis.setdefault(table, [])
            analyses[key] = analysis
        self._forget_damaged(damaged)
        return [(key, analyses[key]) for key in chunk if key in analyses]

    def texts(self, keys: Sequence[str]) -> dict[str, str | None]:
        """key -> the cleaned text of each intact stored analysis among `keys` (None when it
        was stored without its text), read without the rows beside it (`unpack_text`). A
        damaged analysis is forgotten and left out, as `load` does."""
        found: dict[str, str | None] = {}
        for chunk in chunks(list(dict.fromkeys(keys)), 500):
            found.update(self._guarded(functools.partial(self._texts_chunk, chunk)))
        return found

    def _texts_chunk(self, chunk: list[str]) -> dict[str, str | None]:
        found: dict[str, str | None] = {}
        damaged: list[str] = []
        query = "SELECT key, counts, data, checksum FROM analyses WHERE key IN ({})"
        for key, counts, data, checksum in self._rows_in(query, chunk):
            try:
                _checked(counts, data, checksum)
                found[key] = unpack_text(data, self.dictionary)
            except ValueError:
                damaged.append(key)
        self._forget_damaged(damaged)
        return found

    def run(self, fingerprint: str) -> tuple[list[dict[str, Any]], list[list[Any]]] | None:
        """The documents and input errors of a previous run with the same inputs, if known."""
        found = self.run_head(fingerprint)
        if found is None:
            return None
        _, errors, data = found
        return run_records(data), errors

    def run_head(self, fingerprint: str) -> tuple[int, list[list[Any]], bytes] | None:
        """A previous run with the same inputs, checked but not decoded: (documents, input
        errors, the blob of its records that `run_columns` reads), if known and intact."""
        row = self._guarded(lambda: self.connection.execute(
            "SELECT head, data, checksum FROM runs WHERE fingerprint = ?", (fingerprint,)
        ).fetchone())
        if row is None:
            return None
        head, data, checksum = row
        if not isinstance(head, str) or not isinstance(data, bytes) or (
                _checksum(head, data) != checksum):
            log.warning("%s: a damaged run in the store; reading the inputs again", self.path)
            return None
        self._touch("runs", "fingerprint = ?", (fingerprint,))
        count, errors = json.loads(head)
        return count, errors, data

    def save_run(self, fingerprint: str, records: list[dict[str, Any]],
                 errors: list[list[Any]]) -> None:
        """Remember a run's documents, forgetting the least recently used beyond KEPT_RUNS."""
        head, data = _dumps([len(records), errors]), _packed_value(run_value(records))

        def write() -> None:
            connection = self.connection
            with transaction(connection):
                connection.execute("INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?)",
                                   (fingerprint, time.time(), head, data,
                                    _checksum(head, data)))
                connection.execute(
                    "DELETE FROM runs WHERE fingerprint NOT IN "
                    "(SELECT fingerprint FROM runs ORDER BY used DESC LIMIT ?)", (KEPT_RUNS,)
                )

        self._guarded(write)

    def result(self, kind: str, fingerprint: str) -> Any | None:
        """A corpus-level answer computed before for the same documents, if kept intact."""
        data = self.result_data(kind, fingerprint)
        if data is None:
            return None
        try:
            return loads(codec.decompress(data))
        except ValueError:
            log.warning("%s: a damaged answer in the store; computing it again", self.path)
            return None

    def save_result(self, kind: str, fingerprint: str, value: Any, quick: bool = False) -> bytes:
        """Keep a corpus-level answer, forgetting the least recently used beyond KEPT_RESULTS;
        return the payload kept (what `result` reads back, `packing.loads`).

        Kept compressed (`codec`): an entity table of a large corpus is tens of MB of JSON.
        `quick`: for a state rewritten on each change and rarely read (written faster, a
        fifth larger).
        """
        payload = dumps(value)
        self.save_compressed(kind, fingerprint, codec.compress(payload, quick))
        return payload

    def result_data(self, kind: str, fingerprint: str) -> bytes | None:
        """A kept answer as stored (`codec.compress` of what `packing.dumps` or another JSON
        writer wrote), if intact, marked as used: for an answer written out as it is kept."""
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
        self._touch("results", "kind = ? AND fingerprint = ?", (kind, fingerprint))
        return data

    def save_compressed(self, kind: str, fingerprint: str, data: bytes | bytearray,
                        beside: Mapping[str, bytes] | None = None) -> None:
        """`save_result` of a value already written and compressed (`codec.compress` of what
        `dumps` writes), for a value too large to be written whole in memory. `beside`: other kinds
        (kind -> their data, written and compressed too) kept for the same fingerprint in
        the same transaction: a crash never leaves one written without the others."""
        rows = [(name, fingerprint, time.time(), value, zlib.crc32(value))
                for name, value in {kind: data, **(beside or {})}.items()]

        def write() -> None:
            connection = self.connection
            with transaction(connection):
                connection.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?)",
                                       rows)
                connection.execute(
                    "DELETE FROM results WHERE rowid NOT IN "
                    "(SELECT rowid FROM results ORDER BY used DESC LIMIT ?)", (KEPT_RESULTS,)
                )

        self._guarded(write)

    def pieces(self, kind: str, digests: Sequence[str]) -> dict[str, str]:
        """The texts kept under `digests` for a state of `kind` (`save_pieces`), the intact
        ones."""
        dictionary = self._piece_dictionary(kind)

        def dictionaries(_: int) -> bytes | None:
            return dictionary

        found: dict[str, str] = {}
        wanted = [raw for raw in map(raw_digest, dict.fromkeys(digests)) if raw]
        for chunk in chunks(wanted, 500):
            rows = self._guarded(functools.partial(self._pieces_in, kind, chunk))
            for digest, data, checksum in rows:
                if digest and isinstance(data, bytes) and zlib.crc32(data) == checksum:
                    with suppress(ValueError):
                        found[digest.hex()] = codec.decompress(data, dictionaries).decode(
                            "utf-8", "surrogatepass")
        return found

    def _pieces_in(self, kind: str, chunk: Sequence[bytes]) -> list[Any]:
        marks = ",".join("?" * len(chunk))
        return self.connection.execute(
            f"SELECT digest, data, checksum FROM pieces WHERE kind = ? AND digest IN ({marks})",
            [kind_number(kind), *chunk]).fetchall()

    def _piece_dictionary(self, kind: str) -> bytes | None:
        """The dictionary the pieces of `kind` are compressed with (kept as its piece of no
        digest), or None."""
        found = self._guarded(functools.partial(self._pieces_in, kind, [_DICTIONARY_PIECE]))
        return intact_piece(found[0]) if found else None

    def save_pieces(self, kind: str, texts: Mapping[str, str]) -> None:
        """Keep each text under its digest (a digest of its content, which names it in the
        kept state of `kind`: the timeline's parts), so that a state rewritten whenever the
        corpus grows writes and reads only the pieces that changed. The first pieces of a
        kind train its dictionary (a sample of PIECE_SAMPLES of them)."""
        dictionary = self._piece_dictionary(kind)
        number = kind_number(kind)
        trained: list[tuple[int, bytes, bytes, int]] = []
        if dictionary is None and len(texts) >= codec.TRAINING_DOCUMENTS:
            values = list(texts.values())
            found = codec.train([text.encode("utf-8", "surrogatepass") for text in
                                 values[::max(1, len(values) // PIECE_SAMPLES)]])
            if found is not None:
                dictionary = found[1]
                trained.append((number, _DICTIONARY_PIECE, dictionary, zlib.crc32(dictionary)))

        def rows() -> Iterator[tuple[int, bytes, bytes, int]]:
            # One at a time: a corpus's first parts are 140 MB of text at 33,958 articles,
            # written at the peak of memory of its corpus-level step.
            yield from trained
            for digest, text in texts.items():
                raw = raw_digest(digest)
                if raw:
                    data = codec.compress_piece(text.encode("utf-8", "surrogatepass"),
                                                dictionary)
                    yield number, raw, data, zlib.crc32(data)

        def write() -> None:
            with transaction(self.connection):
                self.connection.executemany(
                    "INSERT OR REPLACE INTO pieces VALUES (?, ?, ?, ?)", rows())

        self._guarded(write)
        if len(texts) >= COMPACT_AFTER_PIECES:
            self._compact()

    def _compact(self) -> None:
        """Rewrite the file compactly (VACUUM); left as it is when another process holds it:
        it stays whole, only larger."""
        with suppress(sqlite3.OperationalError):
            self.connection.execute("VACUUM")

    def keep_pieces(self, kind: str, digests: Collection[str]) -> None:
        """Forget every piece of `kind` but those of `digests` (the state kept last) and its
        dictionary."""
        wanted = {*map(raw_digest, digests), _DICTIONARY_PIECE}
        number = kind_number(kind)

        def write() -> None:
            connection = self.connection
            with transaction(connection):
                stale = [(number, digest) for (digest,) in connection.execute(
                    "SELECT digest FROM pieces WHERE kind = ?", (number,))
                    if digest not in wanted]
                connection.executemany("DELETE FROM pieces WHERE kind = ? AND digest = ?",
                                       stale)

        self._guarded(write)

    def results_of(self, kind: str, limit: int) -> list[Any]:
        """The `limit` most recently used kept answers of `kind` (whatever their documents),
        the intact ones."""
        return list(self.each_result_of(kind, limit))

    def each_result_of(self, kind: str, limit: int) -> Iterator[Any]:
        """`results_of`, each decoded only when asked for (a caller that stops at the one it
        wants decodes no other)."""
        rows = self._guarded(lambda: self.connection.execute(
            "SELECT data, checksum FROM results WHERE kind = ? ORDER BY used DESC LIMIT ?",
            (kind, limit)).fetchall())
        for row in rows:
            value = _unpacked_value(*row)
            if value is not None:
                yield value

    def prune(self, kind: str, keep: int) -> None:
        """Forget the kept answers of `kind` beyond the `keep` most recently used."""
        def write() -> None:
            self.connection.execute(
                "DELETE FROM results WHERE kind = ? AND rowid NOT IN (SELECT rowid FROM results "
                "WHERE kind = ? ORDER BY used DESC LIMIT ?)", (kind, kind, keep))

        self._guarded(write)

    def file_memories(self, keys: Sequence[str]) -> dict[str, Any]:
        """The intact memories of input files among `keys` (files.py), marked as used; a
        damaged one is left out (its file is read again)."""
        found: dict[str, Any] = {}
        for chunk in chunks(list(dict.fromkeys(keys)), 500):
            query = "SELECT key, data, checksum FROM files WHERE key IN ({})"
            for key, data, checksum in self._guarded(functools.partial(self._rows_in, query,
                                                                       chunk)):
                value = _unpacked_value(data, checksum)
                if value is None:
                    log.warning("%s: a damaged file memory in the store; reading the file "
                                "again", self.path)
                    continue
                found[key] = value
        self._touch_files(list(found))
        return found

    def _rows_in(self, query: str, chunk: list[str]) -> list[Any]:
        """The rows of `query` ("SELECT ... WHERE column IN ({})") for the keys of `chunk`."""
        marks = ",".join("?" * len(chunk))
        return self.connection.execute(query.format(marks), chunk).fetchall()

    def _touch_files(self, keys: list[str]) -> None:
        """Mark file memories as used, in one transaction (best effort, as `_touch`)."""
        if not keys:
            return
        try:
            with transaction(self.connection):
                self.connection.executemany("UPDATE files SET used = ? WHERE key = ?",
                                            [(time.time(), key) for key in keys])
        except sqlite3.DatabaseError as error:
            log.debug("%s: not marked as used (%s)", self.path, error)

    def save_files(self, memories: dict[str, Any]) -> None:
        """Remember input files (key -> memory), forgetting the least recently used beyond
        KEPT_FILES."""
        if not memories:
            return
        rows = [(key, data, zlib.crc32(data))
                for key, data in ((key, _packed_value(value)) for key, value in memories.items())]

        def write() -> None:
            connection = self.connection
            with transaction(connection):
                now = time.time()
                connection.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
                                       [(key, now, data, checksum) for key, data, checksum in rows])
                connection.execute(
                    "DELETE FROM files WHERE used < (SELECT used FROM files ORDER BY used DESC "
                    "LIMIT 1 OFFSET ?)", (KEPT_FILES - 1,))

        self._guarded(write)

    def known_hashes(self, stamps: dict[str, str]) -> dict[str, str]:
        """The content hashes kept for files (path -> stamp) whose stamp has not changed."""
        found: dict[str, str] = {}
        for chunk in chunks(list(stamps), 500):
            rows = self._guarded(functools.partial(
                self._rows_in, "SELECT path, stamp, hash FROM hashes WHERE path IN ({})", chunk))
            found.update((path, digest) for path, stamp, digest in rows if stamps[path] == stamp)
        return found



    def save_hashes(self, rows: list[tuple[str, str, str]]) -> None:
        """Keep (path, stamp, hash) triples; best effort (a store that cannot be written
        only hashes again next time)."""
        if not rows:
            return
        try:
            with transaction(self.connection):
                self.connection.executemany("INSERT OR REPLACE INTO hashes VALUES (?, ?, ?)",
                                            rows)
        except sqlite3.DatabaseError as error:
            log.debug("%s: hashes not kept (%s)", self.path, error)

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
        analyses, *rows = connection.execute(
            "SELECT count(*), total(mentions), total(dates), total(events) FROM analyses"
        ).fetchone()
        figures: dict[str, Any] = {"analyses": analyses}
        figures.update((table, int(count)) for table, count in zip(ROW_TABLES, rows, strict=True))
        figures["models"] = dict(
            connection.execute("SELECT model, count(*) FROM analyses GROUP BY model"))
        figures["files"] = connection.execute("SELECT count(*) FROM files").fetchone()[0]
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
            with transaction(connection):
                for table in ("analyses", "runs", "results", "files", "hashes", "pieces"):
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


# The pieces of a kind are compressed with a dictionary trained on its first ones, kept as
# its piece of this digest; trained on this many of them at most.
_DICTIONARY_PIECE = b""
PIECE_SAMPLES = 2000
# A state of this many pieces or more is written whole (a corpus's first corpus-level step):
# the file is compacted after it. Pieces come keyed by digests in no order the table's tree
# can append in, so its pages are left a tenth empty: 3.6 MB of the 183.5 MB of the 33,948
# OrangeSum articles (VACUUM: 0.6 s).
COMPACT_AFTER_PIECES = 10_000
