"""The README shows the product's real output on the seeds: its first two tables are printed
again here, at the width they were taken at, and must match line for line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_cli.cli import app
from tests.conftest import SEEDS

README = Path(__file__).resolve().parent.parent / "README.md"
# The terminal width the README's tables were printed at.
WIDTH = "110"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    """One store for both tables: the seeds are analysed once."""
    return tmp_path_factory.mktemp("store")


def text_block(number: int) -> list[str]:
    """The README's `number`-th ```text block, without the note a terminal adds under a table
    cut to fit ("… 2 columns left out"), which a pipe does not print."""
    lines = README.read_text("utf-8").splitlines()
    starts = [n for n, line in enumerate(lines) if line == "```text"]
    first = starts[number] + 1
    last = lines.index("```", first)
    return [line.rstrip() for line in lines[first:last] if not line.startswith("…")]


@pytest.mark.parametrize(("number", "args"), [
    (0, ["timeline", str(SEEDS), "--format", "table", "-n", "0"]),
    (1, ["entities", str(SEEDS), "--label", "PER", "--format", "table", "-n", "0"]),
])
def test_the_readme_shows_what_the_product_prints_on_the_seeds(number, args, store_dir):
    result = CliRunner().invoke(app, args, env={"COLUMNS": WIDTH,
                                                "CORPUS_CACHE_DIR": str(store_dir)})
    assert result.exit_code == 0
    assert [line.rstrip() for line in result.stdout.splitlines()] == text_block(number)
