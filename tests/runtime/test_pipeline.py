"""From paths to records: cleaning learned over the run, metadata precedence, duplicates."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cli.errors import UsageError
from corpus_cli.runtime import pipeline
from corpus_cli.runtime.pipeline import Corpus, Settings, clean_documents, load_corpus
from corpus_cli.runtime.store import Store

# Where a large run's workers note their process ids (test below). Set at collection, before
# any worker server starts: the workers of a large run start from a fresh server process
# (multiprocessing's forkserver), which has the environment it started with.
os.environ.setdefault("CORPUS_TEST_PIDS", str(Path(tempfile.gettempdir())
                                               / f"corpus-test-pids-{os.getpid()}"))

FOOTER = "Notre journal du soir, édition régionale, rubrique monde"
BODY = ("Le maire de la ville, Paul Girard, a rencontré mardi à Nantes la ministre Anne Roche. "
        "Les travaux de l'école avaient duré deux ans.")
OTHER_BODIES = ("La ministre a annoncé jeudi un plan pour les hôpitaux de la région.",
                "Le conseil municipal a voté lundi le budget de la ville pour l'année.",
                "Une tempête a privé d'électricité des milliers de foyers dimanche soir.")


def write(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def scratch():
    return Settings(use_store=False)


def test_a_block_repeated_across_documents_is_removed(tmp_path, scratch):
    for number, body in enumerate(OTHER_BODIES):
        write(tmp_path, f"a{number}.txt", f"{body}\n\n{FOOTER}\n")
    cleaned = list(clean_documents([str(tmp_path)], scratch))
    assert [c.readable().strip() for _, c, _ in cleaned] == list(OTHER_BODIES)
    assert all(any("repeated in" in b.reason for b in c.removed_blocks()) for _, c, _ in cleaned)
    # Below the threshold of documents the block is content.
    alone = list(clean_documents([str(tmp_path / "a0.txt"), str(tmp_path / "a1.txt")], scratch))
    assert all(FOOTER in c.readable() for _, c, _ in alone)


def test_empty_corpus_is_a_usage_error_for_clean(tmp_path, scratch):
    with pytest.raises(UsageError):
        list(clean_documents([str(tmp_path)], scratch))


def test_publication_date_metadata_then_byline_then_file_name_then_option(tmp_path, nlp):
    write(tmp_path, "byline.txt", f"Publié le 3 mai 2021 à 10h00\n\n{BODY}\n")
    write(tmp_path, "2020-07-14-fete.txt", f"{BODY}\n")
    write(tmp_path, "nothing.txt", f"{BODY} Encore.\n")
    feed = {"id": "feed", "date": "2019-02", "text": f"Publié le 3 mai 2021\n\n{BODY} Bis.\n"}
    write(tmp_path, "feed.jsonl", json.dumps(feed, ensure_ascii=False) + "\n")
    with load_corpus([str(tmp_path)], Settings(use_store=False, default_date="2000")) as corpus:
        found = {r.id: (r.date, r.date_source) for r in corpus.records}
    assert found == {
        "byline.txt": ("2021-05-03", "byline"),
        "2020-07-14-fete.txt": ("2020-07-14", "filename"),
        "nothing.txt": ("2000", "option"),
        "feed": ("2019-02", "metadata"),
    }


def test_an_update_date_is_never_the_publication_date(tmp_path, nlp):
    write(tmp_path, "a.txt", f"Mis à jour le 9 juin 2022\nPublié le 1 juin 2022\n\n{BODY}\n")
    with load_corpus([str(tmp_path)], Settings(use_store=False)) as corpus:
        [record] = corpus.records
    assert (record.date, record.updated) == ("2022-06-01", "2022-06-09")


def test_same_article_under_other_furniture_is_a_duplicate(tmp_path, nlp):
    write(tmp_path, "a.txt", f"{BODY}\n\n© Le Petit Quotidien 2021. Tous droits réservés.\n")
    write(tmp_path, "b.txt", f"{BODY}\n\nPartager sur Facebook\n")
    with load_corpus([str(tmp_path)], Settings(use_store=False)) as corpus:
        duplicates = {r.id: r.duplicate_of for r in corpus.records}
        assert len(list(corpus.unique())) == 1
    assert duplicates == {"a.txt": None, "b.txt": "a.txt"}


def test_keep_boilerplate_removes_nothing(tmp_path, nlp):
    write(tmp_path, "a.txt", f"{BODY}\n\n© Le Petit Quotidien 2021. Tous droits réservés.\n")
    with load_corpus([str(tmp_path)], Settings(use_store=False)) as corpus:
        assert corpus.records[0].removed_chars > 0
    with load_corpus([str(tmp_path)], Settings(use_store=False, keep_boilerplate=True)) as corpus:
        assert corpus.records[0].removed_chars == 0


def test_rows_of_every_layer_are_stored_with_offsets_into_the_file(tmp_path, nlp):
    text = f"Accueil | Monde | Sport\nPublié le 3 mai 2021\n\n{BODY}\n"
    write(tmp_path, "a.txt", text)
    with load_corpus([str(tmp_path)], Settings(use_store=False)) as corpus:
        [(record, rows)] = list(corpus.analyses())
    assert record.counts["events"] == len(rows["events"]) >= 1
    for table in ("mentions", "dates", "events"):
        assert rows[table], table
    mention = next(m for m in rows["mentions"] if m["name"] == "Paul Girard")
    assert text[mention["start"]:mention["end"]] == "Paul Girard"
    tuesday = next(d for d in rows["dates"] if d["text"] == "mardi")
    assert tuesday["value"] == "2021-04-27"  # the Tuesday before that Monday: a past tense
    [meeting] = rows["events"]
    assert meeting["type"] == "consult" and rows["dates"][meeting["date"]] == tuesday
    assert set(meeting["participants"]) == {"Paul Girard", "Anne Roche"}


def test_a_large_run_lets_the_model_go_before_the_corpus_level_steps(tmp_path, nlp, monkeypatch):
    released = []
    monkeypatch.setattr("corpus_cli.runtime.pipeline.RELEASE_AFTER", 2)
    monkeypatch.setattr("corpus_cli.nlp.model.release", lambda: released.append(True))
    for number, body in enumerate(OTHER_BODIES):
        write(tmp_path, f"a{number}.txt", body)
    with load_corpus([str(tmp_path)], Settings(use_store=False)):
        assert released == [True]
    with load_corpus([str(tmp_path / "a0.txt")], Settings(use_store=False)):
        assert released == [True]  # one document: the model stays
    settings = Settings(store_dir=tmp_path / "store")
    with load_corpus([str(tmp_path)], settings):
        assert len(released) == 2
    write(tmp_path, "new.txt", "Paul Girard a rencontré Anne Roche à Nantes le 3 mars 2020.")
    with load_corpus([str(tmp_path)], settings) as corpus:
        # One document parsed, in a large corpus: its corpus-level steps get the memory.
        assert corpus.analysed == 1 and len(released) == 3


def test_jobs_are_as_asked_or_one_per_core_for_a_large_run(monkeypatch):
    from corpus_cli.runtime.pipeline import AUTO_PARALLEL_DOCUMENTS, MAX_AUTO_JOBS, resolved_jobs

    monkeypatch.setattr("corpus_cli.runtime.pipeline.available_cores", lambda: 16)
    assert resolved_jobs(3, 5) == 3
    assert resolved_jobs(0, AUTO_PARALLEL_DOCUMENTS - 1) == 1
    assert resolved_jobs(0, AUTO_PARALLEL_DOCUMENTS) == MAX_AUTO_JOBS
    monkeypatch.setattr("corpus_cli.runtime.pipeline.available_cores", lambda: 2)
    assert resolved_jobs(0, 10_000) == 2
    # Never more processes than cores, whatever is asked (each holds a model).
    assert resolved_jobs(1000, 10_000) == 2


@pytest.mark.parametrize("racy", [2.0, -1.0], ids=["hashed-anew", "hash-kept"])
def test_a_file_changed_under_the_same_size_and_time_is_read_again(tmp_path, nlp, monkeypatch,
                                                                   racy):
    import os

    # -1: the hash of the first run is kept at once; its stamp (change time) still tells
    monkeypatch.setattr("corpus_cli.runtime.input_hashes.RACY_SECONDS", racy)
    path = write(tmp_path / "", "a.txt", f"{BODY}\n")
    store = Settings(store_dir=tmp_path / "store")
    with load_corpus([str(path)], store) as corpus:
        [before] = corpus.records
    stat = path.stat()
    path.write_text(f"{BODY.replace('Nantes', 'Rennes')}\n", encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # as `touch -d` or `cp -p` leave it
    assert path.stat().st_size == stat.st_size
    with load_corpus([str(path)], store) as corpus:
        [after] = corpus.records
        assert corpus.reused == 0
    assert after.key != before.key


def test_a_file_is_hashed_once_while_its_stamp_holds(tmp_path, nlp, monkeypatch):
    from corpus_cli.runtime import input_hashes

    hashed: list[str] = []
    original = input_hashes.content_hash
    monkeypatch.setattr(input_hashes, "content_hash", lambda path: hashed.append(path.name)
                        or original(path))
    path = write(tmp_path / "", "a.txt", f"{BODY}\n")
    store = Settings(store_dir=tmp_path / "store")

    def runs(count: int) -> None:
        for _ in range(count):
            with load_corpus([str(path)], store) as corpus:
                assert len(corpus.records) == 1

    monkeypatch.setattr(input_hashes, "RACY_SECONDS", 3600.0)  # changed within the hour: not kept
    runs(2)
    assert hashed == ["a.txt", "a.txt"]
    monkeypatch.setattr(input_hashes, "RACY_SECONDS", -1.0)  # settled: kept with its stamp
    runs(3)
    assert hashed == ["a.txt"] * 3


def test_the_run_memory_depends_on_the_data_files(tmp_path, monkeypatch):
    from corpus_cli.documents.read import expand
    from corpus_cli.runtime.input_hashes import run_fingerprint

    inputs = expand([str(write(tmp_path, "a.txt", BODY))])
    before = run_fingerprint(inputs, Settings(), "m")
    monkeypatch.setattr("corpus_cli.runtime.input_hashes.data_digest", lambda: "other lists")
    assert run_fingerprint(inputs, Settings(), "m") != before


def test_a_store_cleared_during_a_run_is_survived(tmp_path, nlp, caplog):
    from corpus_cli.runtime.store import Store

    for number, body in enumerate(OTHER_BODIES):
        write(tmp_path, f"a{number}.txt", body)
    settings = Settings(store_dir=tmp_path / "store")
    with load_corpus([str(tmp_path)], settings) as expected:
        rows = [r for _, r in expected.analyses()]
    with load_corpus([str(tmp_path)], settings) as corpus:
        with Store(tmp_path / "store") as other:  # `corpus cache clear` in another process
            assert other.clear() == len(OTHER_BODIES)
        assert [r for _, r in corpus.analyses()] == rows
    assert "left the store" in caplog.text


def test_a_flipped_byte_in_the_store_file_gives_the_same_answer(tmp_path, nlp, caplog):
    write(tmp_path, "a.txt", f"{BODY}\n")
    settings = Settings(store_dir=tmp_path / "store")
    with load_corpus([str(tmp_path)], settings) as corpus:
        expected = [r for _, r in corpus.analyses()]
    from tests.runtime.test_store import flip_blob

    flip_blob(tmp_path / "store", corpus.records[0].key)
    with load_corpus([str(tmp_path)], settings) as corpus:
        assert [r for _, r in corpus.analyses()] == expected
        assert corpus.analysed == 1  # the damaged analysis was a miss, analysed again
    assert "damaged" in caplog.text
    with load_corpus([str(tmp_path)], settings) as corpus:  # and kept again
        assert [r for _, r in corpus.analyses()] == expected
        assert corpus.analysed == 0


ADVERSARIAL = {"trois x4000": "trois " * 4000, "1, 2, 3 x2000": "1, 2, 3, " * 2000,
               "a line without punctuation": "mot " * 5000}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_inputs_go_through_the_whole_pipeline_in_bounded_sentences(tmp_path, nlp,
                                                                               name):
    # Linear in the text: no sentence is longer than MAX_RUN tokens without a possible start,
    # so the parse and every extraction layer do bounded work per sentence (the time is
    # measured by benchmarks/bench_long_text.py, never asserted here).
    from corpus_cli.nlp.sentences import MAX_RUN

    write(tmp_path, "a.txt", ADVERSARIAL[name])
    with load_corpus([str(tmp_path)], Settings(use_store=False)) as corpus:
        [(_, rows)] = list(corpus.analyses())
    counts = rows["counts"]
    assert counts["tokens"] >= 4000
    assert counts["sentences"] >= counts["tokens"] / MAX_RUN


def _share_with_pid(work):
    """A worker's share, noting which process parsed it (in the file the test names)."""
    from corpus_cli.runtime import workers

    with open(os.environ["CORPUS_TEST_PIDS"], "a", encoding="utf-8") as pids:
        pids.write(f"{os.getpid()}\n")
    return list(workers._analyse_work(work))


def test_a_large_run_parses_in_workers_replaced_as_they_go(tmp_path, nlp, monkeypatch):
    """Flat memory: even with one job, a large run parses in a worker process that is
    replaced every RECYCLE_DOCUMENTS documents; the rows are those of a run in-process."""
    from corpus_cli.runtime import workers

    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(40):
        write(folder, f"a{number:02}.txt", f"{OTHER_BODIES[number % 3]} Article {number}.")
    with load_corpus([str(folder)], Settings(store_dir=tmp_path / "one", jobs=1)) as corpus:
        assert not corpus.large_run
        expected = [rows for _, rows in corpus.analyses()]
    pids = Path(os.environ["CORPUS_TEST_PIDS"])
    pids.unlink(missing_ok=True)
    monkeypatch.setattr(workers, "RECYCLE_DOCUMENTS", 16)  # one share of 16 per worker
    monkeypatch.setattr(workers, "analyse_share", _share_with_pid)
    try:
        with load_corpus([str(folder)], Settings(store_dir=tmp_path / "two", jobs=1)) as corpus:
            assert corpus.large_run and corpus.analysed == 40
            assert [rows for _, rows in corpus.analyses()] == expected
        # from a fresh server process, not forked from this one (whose pages they would count)
        [(_, fresh)] = workers._POOLS
        assert fresh
    finally:
        workers._close_pools()
    parsed_by = pids.read_text().split()
    pids.unlink()
    assert len(parsed_by) == 3 and len(set(parsed_by)) == 3  # 16 + 16 + 8, a worker each
    assert str(os.getpid()) not in parsed_by


_JSON = st.recursive(st.none() | st.booleans() | st.integers(-2**63, 2**64 - 1) | st.text(),
                     lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.text(), inner, max_size=3), max_leaves=8)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.text(), st.lists(_JSON, max_size=4) | _JSON, max_size=4))
def test_a_state_kept_piece_by_piece_reads_back_as_kept_whole(tmp_path_factory, value):
    """Keep_streamed writes each item of a list alone; the store reads back the same value
    (a lone surrogate, which orjson refuses, is written whole by the standard library)."""
    corpus = Corpus(_records=[], errors=[], store=Store(tmp_path_factory.mktemp("store")))
    with corpus:
        corpus.keep_streamed("state:", value, 2)
        assert corpus.latest("state:") == json.loads(json.dumps(value))


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(st.text(), st.lists(_JSON, max_size=6) | _JSON, max_size=4))
def test_a_state_compressed_a_few_bytes_at_a_time_reads_back_as_kept_whole(tmp_path_factory,
                                                                           value):
    """The pieces of a streamed state are compressed a few MB at a time, its lists written a
    thousand items at a time: here a few bytes, two items."""
    corpus = Corpus(_records=[], errors=[], store=Store(tmp_path_factory.mktemp("store")))
    with (corpus, mock.patch.object(pipeline, "_STREAM_PIECE", 5),
          mock.patch.object(pipeline, "_STREAM_ITEMS", 2)):
        corpus.keep_streamed("state:", value, 2)
        assert corpus.latest("state:") == json.loads(json.dumps(value))


def test_a_state_with_a_lone_surrogate_is_kept(tmp_path):
    with Corpus(_records=[], errors=[], store=Store(tmp_path)) as corpus:
        corpus.keep_streamed("state:", {"parts": ["caf\udce9", 1], "rules": "r"}, 2)
        assert corpus.latest("state:") == {"parts": ["caf\udce9", 1], "rules": "r"}
