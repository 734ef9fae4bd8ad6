"""The parse on a Dask cluster gives the rows a local run gives, even when a worker dies."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from corpus_cli.cli import app
from corpus_cli.documents.read import Input, default_corpus, read_input
from corpus_cli.errors import UsageError
from corpus_cli.runtime import cluster as cluster_module
from corpus_cli.runtime import files
from corpus_cli.runtime.cluster import Cluster, check_address
from corpus_cli.runtime.workers import Work, analyse_share

distributed = pytest.importorskip("distributed")
runner = CliRunner()
ANSWERS = (["entities"], ["timeline"], ["stats"], ["dates"])


def answers(store: Path, given: list[str]) -> dict[str, str]:
    env = {"CORPUS_CACHE_DIR": str(store)}
    return {" ".join(command): runner.invoke(app, [*command, *given, "--format", "json"],
                                             env=env).stdout
            for command in ANSWERS}


def inputs(folder: Path) -> Path:
    """The seeds, a JSON Lines file with a bad line, and a copy of a seed's text under
    another name (a text two files share), in one folder."""
    folder.mkdir()
    for seed in default_corpus().glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    first = sorted(default_corpus().glob("*.txt"))[0]
    shutil.copy(first, folder / "zz_copy.txt")
    lines = [json.dumps({"id": "a1", "date": "2021-05-04", "text": "Le ministre des Affaires "
                         "étrangères a reçu lundi son homologue allemand à Paris."}),
             "{not json",
             json.dumps({"id": "a2", "date": "2021-05-06", "text": "La Commission européenne "
                         "a annoncé mercredi un accord avec le Canada."})]
    (folder / "dispatches.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.mark.slow
def errors(stderr: str) -> list[str]:
    """The lines of `stderr` that report an input's error, not a warning of the run."""
    return [line for line in stderr.splitlines() if "WARNING" not in line]


def test_a_local_cluster_of_two_workers_gives_the_local_answers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = inputs(tmp_path / "in")
    read_here: list[str] = []

    def recorded(item: Input, *args: Any) -> Any:
        read_here.append(item.id)
        return read_input(item, *args)

    # The workers are other processes: this records only what the client reads itself.
    monkeypatch.setattr(files, "read_input", recorded)
    # And a file given by URL, which fsspec reads (here a local one: file://).
    more = tmp_path / "more.jsonl.gz"
    with gzip.open(more, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"id": "u1", "date": "2022-01-10", "text": "Le Premier "
                              "ministre a réuni vendredi les partenaires sociaux."}) + "\n")
    given = [str(folder), more.as_uri()]
    env_dask = {"CORPUS_CACHE_DIR": str(tmp_path / "dask")}
    run = runner.invoke(app, ["analyse", *given, "--cluster", "local:2", "--format", "json"],
                        env=env_dask)
    assert run.exit_code == 3, run.output  # the bad line: some input could not be read
    assert json.loads(run.stdout)["analysed"] == 8
    # Both passes ran on the workers; only the file that shares a text was read here again.
    assert read_here == ["zz_copy.txt"]
    monkeypatch.undo()
    local = runner.invoke(app, ["analyse", *given, "--format", "json"],
                          env={"CORPUS_CACHE_DIR": str(tmp_path / "local")})
    assert local.exit_code == 3, local.output
    # the same errors; a cluster may also warn that it sent its values again (a retry)
    assert errors(run.stderr) == errors(local.stderr) and "dispatches.jsonl:2" in run.stderr
    assert answers(tmp_path / "dask", given) == answers(tmp_path / "local", given)


def die_once(work: list[Work]) -> list[tuple[str, dict]]:
    """A share function whose worker process dies the first time it runs (flag file)."""
    flag = Path(os.environ["CORPUS_TEST_DIE_FLAG"])
    if not flag.exists():
        flag.write_text("died")
        os._exit(1)
    return analyse_share(work)


@pytest.mark.slow
def test_a_worker_lost_mid_run_loses_nothing(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import cloudpickle

    # The workers cannot import this test module: send the function by value.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    monkeypatch.setenv("CORPUS_TEST_DIE_FLAG", str(tmp_path / "died"))
    work = [(f"k{i}", f"Le ministre a rencontré son homologue à Lyon le {i + 1} mars 2019.",
             "2019-03-20") for i in range(40)]
    cluster = Cluster("local:2")
    try:
        rows = list(cluster.analyse(work, function=die_once))
    finally:
        cluster.close()
    assert (tmp_path / "died").exists()
    assert rows == analyse_share(work)


def tag_dying_once(item: int, tag: str) -> str:
    """A file reader whose worker process dies the first time it runs (flag file)."""
    flag = Path(os.environ["CORPUS_TEST_DIE_FLAG"])
    if not flag.exists():
        flag.write_text("died")
        os._exit(1)
    return f"{tag}{item}"


@pytest.mark.slow
def test_values_sent_to_a_lone_worker_that_dies_are_sent_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import cloudpickle

    # One worker: its restart loses every value scattered to it, which the tasks need.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    monkeypatch.setenv("CORPUS_TEST_DIE_FLAG", str(tmp_path / "died"))
    cluster = Cluster("local:1")
    try:
        found = list(cluster.ordered(tag_dying_once, list(range(10)), tag="n"))
    finally:
        cluster.close()
    assert (tmp_path / "died").exists()
    assert found == [f"n{item}" for item in range(10)]


@pytest.mark.parametrize("address", ["local:0", "local:x", "8786", "host:8786"])
def test_bad_addresses_are_usage_errors(address: str) -> None:
    with pytest.raises(UsageError):
        check_address(address)


def test_good_addresses_pass() -> None:
    assert check_address("local:2") == "local:2"
    assert check_address("tcp://10.0.0.1:8786") == "tcp://10.0.0.1:8786"
    assert cluster_module.RETRIES >= 1


def test_small_files_share_a_task_in_order_and_large_or_unknown_ones_go_alone() -> None:
    big = cluster_module.BATCH_BYTES
    sizes = [10, 20, None, 30, big, 5, *([1] * (cluster_module.BATCH_ITEMS + 1))]
    items = list(range(len(sizes)))
    found = list(cluster_module.batches(items, sizes))
    assert found[:4] == [[0, 1], [2], [3], [4]]
    assert [len(batch) for batch in found[4:]] == [cluster_module.BATCH_ITEMS, 2]
    assert [item for batch in found for item in batch] == items
    assert list(cluster_module.batches(["a", "b"])) == [["a"], ["b"]]  # no sizes: one a task
    assert cluster_module.each(str.upper, ["a", "b"]) == ["A", "B"]
