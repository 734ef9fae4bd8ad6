"""The parse on a Dask cluster gives the rows a local run gives, even when a worker dies."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_cli.cli import app
from corpus_cli.errors import UsageError
from corpus_cli.runtime import cluster as cluster_module
from corpus_cli.runtime.cluster import Cluster, check_address
from corpus_cli.runtime.workers import Work, analyse_share

distributed = pytest.importorskip("distributed")
runner = CliRunner()
ANSWERS = (["entities"], ["timeline"], ["stats"], ["dates"])


def answers(store: Path) -> dict[str, str]:
    env = {"CORPUS_CACHE_DIR": str(store)}
    return {" ".join(command): runner.invoke(app, [*command, "--format", "json"], env=env).stdout
            for command in ANSWERS}


@pytest.mark.slow
def test_a_local_cluster_of_two_workers_gives_the_local_answers(tmp_path: Path) -> None:
    env_dask = {"CORPUS_CACHE_DIR": str(tmp_path / "dask")}
    run = runner.invoke(app, ["analyse", "--cluster", "local:2", "--format", "json"],
                        env=env_dask)
    assert run.exit_code == 0, run.output
    assert json.loads(run.stdout)["analysed"] == 5
    local = runner.invoke(app, ["analyse", "--format", "json"],
                          env={"CORPUS_CACHE_DIR": str(tmp_path / "local")})
    assert local.exit_code == 0, local.output
    assert answers(tmp_path / "dask") == answers(tmp_path / "local")


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


@pytest.mark.parametrize("address", ["local:0", "local:x", "8786", "host:8786"])
def test_bad_addresses_are_usage_errors(address: str) -> None:
    with pytest.raises(UsageError):
        check_address(address)


def test_good_addresses_pass() -> None:
    assert check_address("local:2") == "local:2"
    assert check_address("tcp://10.0.0.1:8786") == "tcp://10.0.0.1:8786"
    assert cluster_module.RETRIES >= 1
