"""The store's compression dictionary: trained once on its first documents, shared by every
process, and a damaged one costs only the analyses that need it."""

from __future__ import annotations

import sqlite3
import zlib
from contextlib import closing

from corpus_cli.runtime import codec
from corpus_cli.runtime.packing import dumps, packed_json
from corpus_cli.runtime.store import Store
from corpus_cli.runtime.values import dumps_counts
from tests.runtime.test_codec import blobs


def analysis(number: int) -> dict:
    text = blobs(1, seed=number)[0].decode()[10:]
    return {"counts": {"tokens": number}, "text": text,
            "lemmas": {"content": {"visite": number}, "other": {}},
            "mentions": [{"start": number, "end": number + 5, "text": "Nantes",
                          "label": "LOC"}], "dates": [], "events": []}


def stored_blobs(folder) -> dict[str, bytes]:
    with closing(sqlite3.connect(folder / "store.sqlite3")) as connection:
        return dict(connection.execute("SELECT key, data FROM analyses"))


def test_a_store_trains_one_dictionary_once_it_holds_enough_documents(tmp_path):
    few = codec.TRAINING_DOCUMENTS // 2
    with Store(tmp_path) as store:
        store.save([(f"a{n}", "m", analysis(n)) for n in range(few)])
        assert {codec.dictionary_id(b) for b in stored_blobs(tmp_path).values()} == {0}
        store.save([(f"b{n}", "m", analysis(100 + n)) for n in range(few)])
        store.save([(f"c{n}", "m", analysis(200 + n)) for n in range(few)])
    found = stored_blobs(tmp_path)
    trained = {codec.dictionary_id(found[f"b{n}"]) for n in range(few)}
    assert len(trained) == 1 and 0 not in trained
    assert {codec.dictionary_id(found[f"c{n}"]) for n in range(few)} == trained
    with Store(tmp_path) as other:  # another process reads them with the dictionary kept
        loaded = dict(other.load([f"a{n}" for n in range(few)] + [f"b{n}" for n in range(few)],
                                 ("text", "lemmas", "mentions")))
        assert loaded["b3"]["text"] == analysis(103)["text"]
        assert loaded["a3"]["mentions"] == analysis(3)["mentions"]
        assert other.texts(["b5"]) == {"b5": analysis(105)["text"]}
    with closing(sqlite3.connect(tmp_path / "store.sqlite3")) as connection:
        assert connection.execute("SELECT count(*) FROM dictionaries").fetchone() == (1,)


def test_a_damaged_dictionary_makes_its_analyses_misses_and_is_trained_again(tmp_path, caplog):
    many = codec.TRAINING_DOCUMENTS
    with Store(tmp_path) as store:
        store.save([(f"k{n}", "m", analysis(n)) for n in range(many)])
    with closing(sqlite3.connect(tmp_path / "store.sqlite3")) as connection:
        connection.execute("UPDATE dictionaries SET checksum = checksum + 1")
        connection.commit()
    keys = [f"k{n}" for n in range(many)]
    with Store(tmp_path) as store:
        assert dict(store.load(keys)) == {}
        assert "damaged" in caplog.text and store.known(keys) == set()
        store.save([(f"k{n}", "m", analysis(n)) for n in range(many)])
        assert dict(store.load(["k7"], ("text",)))["k7"]["text"] == analysis(7)["text"]
    with closing(sqlite3.connect(tmp_path / "store.sqlite3")) as connection:
        # trained again on the same documents: the same dictionary, intact again
        (data, checksum), = connection.execute("SELECT data, checksum FROM dictionaries")
        assert zlib.crc32(data) == checksum


def test_a_store_rebuilt_on_the_way_compresses_with_its_own_dictionary(tmp_path, caplog):
    many = codec.TRAINING_DOCUMENTS
    with Store(tmp_path) as store:
        store.save([(f"k{n}", "m", analysis(n)) for n in range(many)])
        store.rebuild("a test")  # the file is set aside, and its dictionary with it
        store.save([(f"j{n}", "m", analysis(300 + n)) for n in range(many)])
    with Store(tmp_path) as other:  # another process: what the rebuilt file holds
        loaded = dict(other.load([f"j{n}" for n in range(many)], ("text",)))
        assert len(loaded) == many and loaded["j5"]["text"] == analysis(305)["text"]
        assert "damaged" not in caplog.text


def test_an_analysis_an_older_store_compressed_with_zlib_still_reads(tmp_path):
    with Store(tmp_path) as store:
        store.save([("new", "m", analysis(1))])
    value = analysis(2)
    counts = dumps_counts(value["counts"])
    data = zlib.compress(packed_json({part: value[part] for part in
                                      ("text", "lemmas", "mentions", "dates", "events")}), 6)
    crc = zlib.crc32(data, zlib.crc32(b"\x00", zlib.crc32(counts.encode())))
    with closing(sqlite3.connect(tmp_path / "store.sqlite3")) as connection:
        connection.execute("INSERT INTO analyses VALUES ('old', 'm', 0, ?, ?, 1, 0, 0, ?)",
                           (counts, data, crc))
        connection.execute("INSERT INTO results VALUES ('stats', 'f', 0, ?, ?)",
                           (zlib.compress(dumps({"documents": 2}), 6),
                            zlib.crc32(zlib.compress(dumps({"documents": 2}), 6))))
        connection.commit()
    with Store(tmp_path) as store:
        assert dict(store.load(["old"], ("text", "mentions"))) == {"old": {
            "counts": value["counts"], "text": value["text"], "mentions": value["mentions"]}}
        assert store.texts(["old"]) == {"old": value["text"]}
        assert store.result("stats", "f") == {"documents": 2}
