"""The layers hold: import-linter's contracts, the type checker, and what a store answer loads."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

# Modules that parse or hold extraction rules: an answer read from the store needs none.
# Stands for the id of the most cited person of the seeds, read from `corpus entities`.
TOP_PERSON = "<most cited person>"
PARSING = ("spacy", "thinc", "corpus_cli.extract", "corpus_cli.nlp.", "corpus_cli.dates.grammar")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_import_contracts_are_kept() -> None:
    result = subprocess.run([_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_core_type_checks() -> None:
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.mark.slow
@pytest.mark.parametrize("command", [["stats"], ["entities"], ["timeline"],
                                     ["timeline", "--entity", TOP_PERSON],
                                     ["mentions"], ["trends"], ["network"],
                                     ["network", "--unit", "event"],
                                     ["kwic", "le"]])
def test_answers_from_the_store_load_no_parser_and_no_rule(tmp_path: Path,
                                                           command: list[str]) -> None:
    env = dict(os.environ, CORPUS_CACHE_DIR=str(tmp_path))
    subprocess.run([sys.executable, "-m", "corpus_cli", "analyse", "--format", "json"],
                   env=env, capture_output=True, check=True, stdin=subprocess.DEVNULL)
    if TOP_PERSON in command:
        people = subprocess.run([sys.executable, "-m", "corpus_cli", "entities", "--label", "PER",
                                 "--format", "json"], env=env, capture_output=True, text=True,
                                check=True, stdin=subprocess.DEVNULL)
        top = json.loads(people.stdout)[0]["id"]
        command = [top if part == TOP_PERSON else part for part in command]
    code = ("import sys\nfrom corpus_cli.cli import app\n"
            f"try:\n    app({[*command, '--format', 'json']!r})\nexcept SystemExit:\n    pass\n"
            "print(sorted(sys.modules), file=sys.stderr)")
    served = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, check=True, stdin=subprocess.DEVNULL)
    assert json.loads(served.stdout)
    loaded = eval(served.stderr.strip().splitlines()[-1])  # a list literal printed above
    assert [m for m in loaded if m.startswith(PARSING)] == []
