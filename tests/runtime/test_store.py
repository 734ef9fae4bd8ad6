"""The analysis store: hits, misses, corruption, concurrency."""

from __future__ import annotations

import random
import sqlite3
import string
import subprocess
import sys
import textwrap
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cli.runtime import keys as analysis
from corpus_cli.runtime.packing import loads
from corpus_cli.runtime.pieces import kind_number
from corpus_cli.runtime.sqlite_file import is_store_file
from corpus_cli.runtime.store import Store
from corpus_cli.runtime.values import run_columns


def rows(words: int = 3) -> dict:
    return {
        "counts": {"tokens": words + 1, "words": words, "sentences": 1},
        "lemmas": {"content": {"visite": 2}, "other": {"le": 1}},
        "mentions": [{"start": 0, "end": 5, "text": "Paris", "label": "LOC"}],
        "dates": [{"start": 6, "end": 11, "value": "2016"}],
        "events": [],
    }


def test_save_then_load_gives_the_same_rows(tmp_path):
    with Store(tmp_path) as store:
        store.save([("k1", "m", rows())])
        assert store.known(["k1", "k2"]) == {"k1"}
        assert dict(store.load(["k2", "k1"])) == {"k1": rows()}
        assert dict(store.load(["k1"], tables=("dates",))) == {
            "k1": {"counts": rows()["counts"], "dates": rows()["dates"]}}
        assert store.counts(["k1", "k2"]) == {"k1": rows()["counts"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.fixed_dictionaries({
    "start": st.integers(0, 10**6), "text": st.text(max_size=20),
    "roles": st.lists(st.text(max_size=8), max_size=3)}), max_size=6))
def test_round_trip_of_any_rows(tmp_path_factory, mentions):
    value = rows() | {"mentions": mentions}
    with Store(tmp_path_factory.mktemp("s")) as store:
        store.save([("k", "m", value)])
        assert dict(store.load(["k"]))["k"] == value


def test_key_changes_with_text_reference_model_and_version(monkeypatch):
    base = analysis.analysis_key("texte", "2016", "m1")
    assert base == analysis.analysis_key("texte", "2016", "m1")
    assert base != analysis.analysis_key("texte modifié", "2016", "m1")
    assert base != analysis.analysis_key("texte", "2017", "m1")
    assert base != analysis.analysis_key("texte", "2016", "m2")
    monkeypatch.setattr(analysis, "ANALYSIS_VERSION", analysis.ANALYSIS_VERSION + 1)
    assert base != analysis.analysis_key("texte", "2016", "m1")


def test_corrupt_file_is_rebuilt_with_a_warning(tmp_path, caplog):
    (tmp_path / "store.sqlite3").write_bytes(b"this is not a database" * 100)
    with Store(tmp_path) as store:
        assert store.known(["k"]) == set()
        store.save([("k", "m", rows())])
        assert store.known(["k"]) == {"k"}
    assert "rebuilding" in caplog.text
    assert is_store_file(tmp_path / "store.sqlite3")


def test_foreign_sqlite_file_is_rebuilt(tmp_path):
    import sqlite3

    connection = sqlite3.connect(tmp_path / "store.sqlite3")
    connection.execute("CREATE TABLE other (x)")
    connection.commit()
    connection.close()
    with Store(tmp_path) as store:
        store.save([("k", "m", rows())])
        assert store.known(["k"]) == {"k"}


def test_clear_and_info(tmp_path):
    with Store(tmp_path) as store:
        store.save([("a", "m", rows()), ("b", "m", rows())])
        info = store.info()
        assert (info["analyses"], info["mentions"], info["models"]) == (2, 2, {"m": 2})
        assert store.clear() == 2
        assert store.info()["analyses"] == 0


def test_two_processes_writing_at_once_both_succeed(tmp_path):
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from corpus_cli.runtime.store import Store
        sys.path.insert(0, {str(tmp_path)!r})
        tag = sys.argv[1]
        rows = {rows()!r}
        with Store(Path({str(tmp_path)!r})) as store:
            for i in range(40):
                store.save([(f"{{tag}}{{i}}", "m", rows)])
                store.known([f"{{tag}}{{i}}"])
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script, tag]) for tag in ("a", "b")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    with Store(tmp_path) as store:
        assert store.info()["analyses"] == 80


def test_corpus_level_results_round_trip_and_are_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr("corpus_cli.runtime.store.KEPT_RESULTS", 3)
    with Store(tmp_path) as store:
        assert store.result("entities:", "f0") is None
        for number in range(5):
            store.save_result("entities:", f"f{number}", [{"name": "Élise", "n": number}])
        assert store.result("entities:", "f4") == [{"name": "Élise", "n": 4}]
        assert store.result("entities:", "f0") is None
        assert store.connection.execute("SELECT count(*) FROM results").fetchone()[0] == 3
        store.clear()
        assert store.result("entities:", "f4") is None


def test_file_memories_round_trip_and_the_least_recently_used_are_forgotten(tmp_path,
                                                                             monkeypatch):
    import itertools

    clock = itertools.count(1000)
    monkeypatch.setattr("corpus_cli.runtime.store.time.time", lambda: float(next(clock)))
    monkeypatch.setattr("corpus_cli.runtime.store.KEPT_FILES", 2)
    memory = {"blocks": {"a1b2": 3}, "records": [{"id": "Élise"}]}
    with Store(tmp_path) as store:
        store.save_files({"a": memory})
        store.save_files({"b": memory})
        assert store.file_memories(["a", "z"]) == {"a": memory}  # and `a` is used now
        store.save_files({"c": memory})
        assert set(store.file_memories(["a", "b", "c"])) == {"a", "c"}
        assert store.info()["files"] == 2
        store.clear()
        assert store.file_memories(["a", "c"]) == {} and store.info()["files"] == 0


def test_a_damaged_file_memory_is_a_miss(tmp_path, caplog):
    import sqlite3
    from contextlib import closing

    with Store(tmp_path) as store:
        store.save_files({"a": {"records": []}, "b": {"records": [1]}})
    with closing(sqlite3.connect(tmp_path / "store.sqlite3")) as connection, connection:
        connection.execute("UPDATE files SET checksum = checksum + 1 WHERE key = 'a'")
    with Store(tmp_path) as store:
        assert store.file_memories(["a", "b"]) == {"b": {"records": [1]}}
    assert "damaged file memory" in caplog.text


def test_a_store_made_before_file_memories_keeps_its_analyses(tmp_path):
    import sqlite3
    from contextlib import closing

    with Store(tmp_path) as store:
        store.save([("k", "m", rows())])
    with closing(sqlite3.connect(tmp_path / "store.sqlite3")) as connection:
        connection.execute("DROP TABLE files")  # as the same schema version wrote it before
    with Store(tmp_path) as store:
        assert dict(store.load(["k"])) == {"k": rows()}
        store.save_files({"f": {"records": []}})
        assert store.file_memories(["f"]) == {"f": {"records": []}}


def flip_blob(folder, key: str) -> None:
    """Change one byte inside the stored analysis of `key`, in place in the store file, as a
    storage fault would (the analysis is one compressed blob: no text to find in it)."""
    import sqlite3
    from contextlib import closing

    path = folder / "store.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        blob = connection.execute("SELECT data FROM analyses WHERE key = ?", (key,)).fetchone()[0]
    data = bytearray(path.read_bytes())
    at = data.find(blob)
    assert at >= 0 and data.count(blob) == 1
    data[at + len(blob) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_flipped_byte_in_a_stored_row_is_a_miss_and_is_forgotten(tmp_path, caplog):
    with Store(tmp_path) as store:
        store.save([("k1", "m", rows()), ("k2", "m", rows() | {"mentions": []})])
    flip_blob(tmp_path, "k1")
    with Store(tmp_path) as store:
        assert store.verified(["k1", "k2"]) == {"k2": rows()["counts"]}
        assert "damaged" in caplog.text
        assert store.known(["k1"]) == set()  # forgotten: the next save starts afresh
        store.save([("k1", "m", rows())])
        assert dict(store.load(["k1"]))["k1"] == rows()


def test_rows_read_are_checked_and_a_damaged_analysis_is_left_out_and_forgotten(tmp_path,
                                                                              caplog):
    with Store(tmp_path) as store:
        store.save([("k1", "m", rows()), ("k2", "m", rows(5) | {"dates": []})])
    flip_blob(tmp_path, "k1")
    with Store(tmp_path) as store:
        assert dict(store.load(["k1", "k2"])) == {"k2": rows(5) | {"dates": []}}
        assert "damaged" in caplog.text
        assert store.connection.execute("SELECT key FROM analyses").fetchall() == [("k2",)]


def test_the_cleaned_text_is_kept_and_read_only_when_asked(tmp_path):
    text = "Le maire a rencontré mardi la ministre.\n\n   Suite.  "
    with Store(tmp_path) as store:
        store.save([("k", "m", rows() | {"text": text}), ("bare", "m", rows())])
        assert dict(store.load(["k"])) == {"k": rows()}
        assert dict(store.load(["k", "bare"], tables=("text",))) == {
            "k": {"counts": rows()["counts"], "text": text},
            "bare": {"counts": rows()["counts"]}}


def test_texts_are_read_alone_and_a_damaged_analysis_is_left_out_and_forgotten(tmp_path,
                                                                             caplog):
    with Store(tmp_path) as store:
        store.save([("k", "m", rows() | {"text": "Le maire « \"a\" »."}),
                    ("bare", "m", rows()), ("hurt", "m", rows() | {"text": "Suite."})])
    flip_blob(tmp_path, "hurt")
    with Store(tmp_path) as store:
        assert store.texts(["k", "bare", "hurt", "absent", "k"]) == {
            "k": "Le maire « \"a\" ».", "bare": None}
        assert "damaged" in caplog.text and store.known(["hurt"]) == set()


def test_a_damaged_run_or_kept_answer_is_a_miss(tmp_path):
    with Store(tmp_path) as store:
        store.save_run("f", [{"id": "Élise"}], [])
        store.save_result("entities:", "f", [{"name": "x"}])
        store.connection.execute("UPDATE runs SET head = replace(head, '1', '2')")
        store.connection.execute("UPDATE results SET data = x'00' || data")
        assert store.run("f") is None
        assert store.result("entities:", "f") is None


def test_kept_data_is_read_as_stored_and_a_damaged_one_is_a_miss(tmp_path):
    with Store(tmp_path) as store:
        store.save_compressed("timeline:", "f", zlib.compress(b"[1]"),
                              beside={"timeline-shape:": zlib.compress(b"{}")})
        assert zlib.decompress(store.result_data("timeline:", "f")) == b"[1]"
        assert store.result("timeline-shape:", "f") == {}
        assert store.result_data("timeline:", "g") is None
        store.connection.execute("UPDATE results SET data = x'00' || data")
        assert store.result_data("timeline:", "f") is None


def test_what_is_kept_beside_an_answer_is_written_in_its_transaction(tmp_path, monkeypatch):
    with Store(tmp_path) as store:
        store.save_compressed("timeline:", "f", zlib.compress(b"[1]"))
        store.connection.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON results WHEN NEW.kind = 'timeline-shape:' "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END")
        monkeypatch.setattr(store, "_guarded", lambda operation: operation())  # no recovery
        with pytest.raises(sqlite3.IntegrityError):
            store.save_compressed("timeline:", "f", zlib.compress(b"[2]"),
                                  beside={"timeline-shape:": zlib.compress(b"{}")})
        # The row beside it failed: the answer is the one kept before, never the new one
        # without what describes it.
        assert zlib.decompress(store.result_data("timeline:", "f")) == b"[1]"


def _damage_pages(path) -> None:
    """Garbage over every page but the header: SQLite opens the file, then fails on reads."""
    data = bytearray(path.read_bytes())
    for start in range(4096, len(data), 4096):
        data[start:start + 4096] = b"\xde\xad\xbe\xef" * 1024
    path.write_bytes(bytes(data))


def damaged_store(tmp_path):
    with Store(tmp_path) as store:
        store.save([(f"k{i}", "m", rows(i)) for i in range(200)])
        store.save_run("f", [{"id": "a"}], [])
    _damage_pages(tmp_path / "store.sqlite3")
    return tmp_path


@pytest.mark.parametrize("operation", [
    lambda s: s.known(["k1"]) == set(),
    lambda s: s.verified(["k1"]) == {},
    lambda s: list(s.load(["k1"])) == [],
    lambda s: s.run("f") is None,
    lambda s: s.result("entities:", "f") is None,
    lambda s: s.save([("k1", "m", rows())]) == 1,
    lambda s: s.save_run("g", [], []) is None,
    lambda s: loads(s.save_result("kind", "f", [1])) == [1],
    lambda s: s.file_memories(["f"]) == {},
    lambda s: s.save_files({"f": [1]}) is None,
    lambda s: s.info()["analyses"] == 0,
    lambda s: s.clear() == 0,
])
def test_damaged_pages_are_rebuilt_on_every_path(tmp_path, caplog, operation):
    with Store(damaged_store(tmp_path)) as store:
        assert operation(store)
    assert "store" in caplog.text  # one warning line, no traceback
    with Store(tmp_path) as store:  # and the store works again afterwards
        store.save([("z", "m", rows())])
        assert store.known(["z"]) == {"z"}


def test_a_read_only_store_answers_from_a_scratch_copy(tmp_path, caplog):
    with Store(tmp_path) as store:
        store.save([("old", "m", rows())])
    with Store(tmp_path) as store:
        # Root ignores file modes: the connection itself is made read-only.
        store.connection.execute("PRAGMA query_only = ON")
        store.save([("new", "m", rows())])
        assert store.degraded is not None and "cannot use the store" in caplog.text
        assert store.known(["old", "new"]) == {"old", "new"}  # what was there is still read
        scratch = store.directory
    assert not scratch.exists()  # the scratch copy goes with the store
    with Store(tmp_path) as store:
        assert store.known(["old", "new"]) == {"old"}


def test_a_full_disk_degrades_to_a_scratch_store(tmp_path, caplog):
    with Store(tmp_path) as store:
        store.connection.execute("PRAGMA max_page_count = 8")  # as if the disk were full
        # Text that does not compress: stored rows are compressed.
        noise = random.Random(0)
        big = rows() | {"mentions": [
            {"text": "".join(noise.choices(string.ascii_letters, k=5000)), "n": n}
            for n in range(50)]}
        assert store.save([("k", "m", big)]) == 1
        assert dict(store.load(["k"]))["k"] == big
    assert "cannot use the store" in caplog.text


def test_a_store_directory_that_cannot_be_made_gives_a_scratch_store(tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with Store(blocker / "store") as store:
        store.save([("k", "m", rows())])
        assert store.known(["k"]) == {"k"}
    assert "scratch" in caplog.text


def test_clear_works_on_a_damaged_store(tmp_path):
    with Store(damaged_store(tmp_path)) as store:
        assert store.clear() == 0
    assert not (tmp_path / "store.sqlite3").exists() or is_store_file(tmp_path / "store.sqlite3")


def _piece(number: int) -> str:
    return f'[[{number},{{"document":"d{number % 7}","participants":["Anne Roche"]}}]]'


def _d(number: int) -> str:
    """A piece's digest, as the timeline names its parts: 32 hex digits."""
    return f"{number:032x}"


@pytest.mark.parametrize("count", [3, 200])
def test_pieces_read_back_by_digest_each_kind_apart_and_only_those_kept(tmp_path, count):
    """Pieces of a state: written and read by digest, with a dictionary once there are enough
    of them; a damaged one is left out, forgetting keeps the state's own and the dictionary."""
    texts = {_d(number): _piece(number) for number in range(count)}
    p0, p1, p2, p9 = _d(0), _d(1), _d(2), _d(9999)
    with Store(tmp_path) as store:
        store.save_pieces("parts:a", texts)
        store.save_pieces("parts:b", {p0: "autre"})
        assert store.pieces("parts:a", [p0, p1, p2, _d(8888), "not hex"]) == {
            digest: texts[digest] for digest in (p0, p1, p2)}
        assert store.pieces("parts:b", [p0, p1]) == {p0: "autre"}
        store.keep_pieces("parts:a", [p1, p2])
        store.save_pieces("parts:a", {p9: "[]"})  # written with the kind's dictionary
        assert store.pieces("parts:a", [*texts, p9]) == {
            p1: texts[p1], p2: texts[p2], p9: "[]"}
        assert store.pieces("parts:b", [p0]) == {p0: "autre"}
        store.connection.execute("UPDATE pieces SET checksum = checksum + 1 WHERE digest = ?",
                                 (bytes.fromhex(p1),))
        assert store.pieces("parts:a", [p1, p2]) == {p2: texts[p2]}
        compressed = store.connection.execute(
            "SELECT sum(length(data)) FROM pieces WHERE kind = ? AND digest != x''",
            (kind_number("parts:a"),)).fetchone()[0]
        # Kept as bytes: half the hex text
        assert {length for (length,) in store.connection.execute(
            "SELECT length(digest) FROM pieces WHERE digest != x''")} == {16}
    # p1, p2 and p9: with a dictionary (64 pieces or more), about 20 bytes each
    assert (compressed < 100) == (count >= 64), compressed


def test_a_state_of_many_pieces_leaves_the_file_compact(tmp_path, monkeypatch):
    """Written whole, a state of many pieces is followed by a VACUUM: keyed by digests, in no
    order the tree can append in, they would leave its pages a fifth empty."""
    rng = random.Random(3)
    texts = {"".join(rng.choices("0123456789abcdef", k=32)): _piece(number) * 3
             for number in range(20000)}

    def empty_share(threshold: int) -> float:
        monkeypatch.setattr("corpus_cli.runtime.store.COMPACT_AFTER_PIECES", threshold)
        with Store(tmp_path / str(threshold)) as store:
            store.save_pieces("parts:a", texts)
            try:
                used, unused = store.connection.execute(
                    "SELECT sum(pgsize), sum(unused) FROM dbstat WHERE name = 'pieces'"
                ).fetchone()
            except sqlite3.OperationalError:
                pytest.skip("this SQLite has no dbstat table")
            assert store.pieces("parts:a", list(texts)[:3]) == {
                digest: texts[digest] for digest in list(texts)[:3]}
        return float(unused) / used

    assert empty_share(1000) < empty_share(10**9) / 2


def test_counts_are_kept_as_their_values_and_read_back_as_named(tmp_path):
    counts = {"tokens": 442, "words": 378, "sentences": 17,
              "mentions": {"PER": 4, "LOC": 1}, "dates": 7, "events": 5}
    analysis = {"counts": counts, "mentions": [], "dates": [], "events": []}
    with Store(tmp_path) as store:
        store.save([("k" * 32, "m", analysis), ("o" * 32, "m", {**analysis,
                                                                  "counts": {"tokens": 3}})])
        kept = store.connection.execute("SELECT counts FROM analyses WHERE key = ?",
                                        ("k" * 32,)).fetchone()[0]
        assert kept == '[442,378,17,{"PER":4,"LOC":1},7,5]'
        found = store.counts(["k" * 32, "o" * 32])
    assert found["k" * 32] == counts and list(found["k" * 32]) == list(counts)
    assert found["o" * 32] == {"tokens": 3}  # other names (a store of schema 7): an object


def test_a_run_is_kept_as_columns_and_read_back_as_its_records(tmp_path):
    records = [{"id": "a", "date": "2020-01-02", "counts": {"tokens": 3}},
               {"id": "b", "date": None, "counts": {}}]
    with Store(tmp_path) as store:
        store.save_run("f", records, [["x.txt", "unreadable", None]])
        assert store.run("f") == (records, [["x.txt", "unreadable", None]])
        _, _, data = store.run_head("f")
    assert run_columns(data) == {"id": ["a", "b"], "date": ["2020-01-02", None],
                                 "counts": [{"tokens": 3}, {}]}
