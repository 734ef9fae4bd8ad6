"""The seed report, built once per test session through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner


@pytest.fixture(scope="session")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles' report (and its figures in `figures/` beside it)."""
    folder = tmp_path_factory.mktemp("report")
    store = folder / "store"
    monkey = pytest.MonkeyPatch()
    monkey.setenv("CORPUS_CACHE_DIR", str(store))
    try:
        from corpus_cli.cli import app

        result = CliRunner().invoke(app, ["report", "-o", str(folder / "report.html"),
                                          "--figures", str(folder / "figures")])
    finally:
        monkey.undo()
    assert result.exit_code == 0, result.output
    return folder / "report.html"
