"""The analysis store: hits, misses, corruption, concurrency."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cli.runtime import keys as analysis
from corpus_cli.runtime.store import Store, is_store_file


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
