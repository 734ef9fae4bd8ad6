"""The seed report, built once per test session through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner


@pytest.fixture(scope="session")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles' report (its figures in `figures/` and its store in `store/` beside
    it)."""
    folder = tmp_path_factory.mktemp("report")
    with pytest.MonkeyPatch.context() as monkey:
        monkey.setenv("CORPUS_CACHE_DIR", str(folder / "store"))
        from corpus_cli.cli import app

        result = CliRunner().invoke(app, ["report", "-o", str(folder / "report.html"),
                                          "--figures", str(folder / "figures")])
    assert result.exit_code == 0, result.output
    return folder / "report.html"
