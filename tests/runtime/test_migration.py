"""A store of schema 7 brought to 8 in place: its analyses kept, the rest made again."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from corpus_cli.api import core as api
from corpus_cli.runtime import migration
from corpus_cli.runtime.pipeline import Settings, load_corpus
from corpus_cli.runtime.sqlite_file import header
from corpus_cli.runtime.store import SCHEMA_VERSION, STORE_FILE, Store
from corpus_cli.runtime.values import checksum, dumps_counts

BODIES = ("Le maire de la ville, Paul Girard, a rencontré mardi à Nantes la ministre Anne Roche.",
          "La ministre Anne Roche a annoncé jeudi un plan pour les hôpitaux de la région.")

# The table of pieces as schema 7 made it: digests as hex text.
PIECES_OF_7 = """CREATE TABLE pieces (kind INTEGER NOT NULL, digest TEXT NOT NULL,
    data BLOB NOT NULL, checksum INTEGER NOT NULL, PRIMARY KEY (kind, digest)) WITHOUT ROWID"""


def as_schema_7(path) -> None:
    """Make the store at `path` as schema 7 left it: its pieces under hex text."""
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("DROP TABLE pieces")
        connection.execute(PIECES_OF_7)
        connection.execute("INSERT INTO pieces VALUES (1, 'ab', x'00', 0)")
        connection.execute("PRAGMA user_version = 7")


def test_the_analyses_of_a_store_of_schema_7_are_kept_under_their_shorter_keys(
        tmp_path, nlp, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    for number, body in enumerate(BODIES):
        (folder / f"a{number}.txt").write_text(f"{body}\n", encoding="utf-8")
    settings = Settings(store_dir=tmp_path / "store")
    # Schema 7 keyed documents by the whole SHA-256 whose first half keys them now.
    monkeypatch.setattr("corpus_cli.runtime.keys.KEY_DIGITS", 64)
    with load_corpus([str(folder)], settings) as corpus:
        assert corpus.analysed == 2
        old_keys = [record.key for record in corpus.records]
        before = api.timeline(corpus, api.TimelineQuery(include_undated=True))
    monkeypatch.undo()
    path = tmp_path / "store" / STORE_FILE
    as_schema_7(path)
    with load_corpus([str(folder)], settings) as corpus:
        assert corpus.analysed == 0  # nothing parsed again
        assert [record.key for record in corpus.records] == [key[:32] for key in old_keys]
        assert api.timeline(corpus, api.TimelineQuery(include_undated=True)) == before
    with closing(sqlite3.connect(path)) as connection:
        assert header(connection)[1] == SCHEMA_VERSION
        assert connection.execute("SELECT type FROM pragma_table_info('pieces') "
                                   "WHERE name = 'digest'").fetchone() == ("BLOB",)
        assert not connection.execute("SELECT 1 FROM pieces WHERE digest = 'ab'").fetchone()


COUNTS = {"tokens": 9, "words": 8, "sentences": 1, "mentions": {"PER": 1}, "dates": 1,
          "events": 0}


def test_the_runs_and_answers_of_schema_7_are_forgotten_its_counts_made_compact(tmp_path):
    analysis = {"counts": COUNTS, "mentions": [], "dates": [], "events": []}
    with Store(tmp_path) as store:
        store.save([(key * 64, "m", analysis) for key in "ad"])
        store.save_run("run", [{"key": "a" * 64}], [])
        store.save_result("timeline:", "f", [1, 2])
        # as schema 7 wrote counts: an object
        store.connection.execute("UPDATE analyses SET counts = ?, checksum = ?",
                                 (dumps_counts(COUNTS), 0))
        store.connection.execute("UPDATE analyses SET checksum = ? WHERE key = ?",
                                 (checksum(dumps_counts(COUNTS), b"x"), "a" * 64))
        store.connection.execute("UPDATE analyses SET data = ? WHERE key = ?",
                                 (b"x", "a" * 64))
    as_schema_7(tmp_path / STORE_FILE)
    with Store(tmp_path) as store:
        assert store.counts(["a" * 32, "d" * 32]) == {"a" * 32: COUNTS}  # "d": was damaged
        assert store.connection.execute("SELECT counts FROM analyses WHERE key = ?",
                                        ("a" * 32,)).fetchone()[0].startswith("[9,8,1,")
        assert store.run("run") is None and store.result("timeline:", "f") is None


def test_a_store_brought_by_another_process_meanwhile_is_left_as_it_is(tmp_path):
    with Store(tmp_path) as store:
        store.save([("b" * 32, "m", {"counts": {}, "mentions": [], "dates": [], "events": []})])
    with closing(sqlite3.connect(tmp_path / STORE_FILE, isolation_level=None)) as connection:
        # read as 7 before the other process brought it to 8
        assert migration.upgraded(connection, 7, SCHEMA_VERSION)
    with Store(tmp_path) as store:
        assert store.known(["b" * 32]) == {"b" * 32}


def test_a_store_of_an_unknown_older_schema_is_rebuilt(tmp_path, caplog):
    with Store(tmp_path) as store:
        store.save([("c" * 32, "m", {"counts": {}, "mentions": [], "dates": [], "events": []})])
    with closing(sqlite3.connect(tmp_path / STORE_FILE, isolation_level=None)) as connection:
        connection.execute("PRAGMA user_version = 5")
    with Store(tmp_path) as store:
        assert store.known(["c" * 32]) == set()
    assert "another version of corpus (schema 5" in caplog.text
