"""The session around every command: one guard, exit codes, standard input, honest messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from corpus_cli.cli import app
from corpus_cli.cli.session import printable
from tests.conftest import ROOT

runner = CliRunner()
ARTICLE = "Le président a visité Lyon jeudi avec la ministre Anne Roche."


@pytest.fixture(autouse=True)
def store_dir(tmp_path, monkeypatch):
    directory = tmp_path / "store"
    monkeypatch.setenv("CORPUS_CACHE_DIR", str(directory))
    return directory


def invoke(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def test_an_unexpected_error_is_one_line_with_a_hint_and_exit_1(monkeypatch):
    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr("corpus_cli.api.stats", broken)
    result = invoke("stats", "--format", "json")
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("corpus: error: internal error: KeyError")
    assert "--debug" in line
    debugged = invoke("stats", "--format", "json", "--debug")
    assert debugged.exit_code == 1 and "Traceback" in debugged.stderr


def test_piped_standard_input_is_read_without_a_dash():
    feed = json.dumps({"id": "piped", "text": ARTICLE})
    data = json.loads(invoke("stats", "--format", "json", input=feed).stdout)
    assert [d["document"] for d in data["documents"]] == ["piped"]


def test_empty_standard_input_means_the_seed_articles():
    data = json.loads(invoke("stats", "--format", "json", input="").stdout)
    assert data["corpus"]["documents"] == 5


def test_a_lone_surrogate_line_costs_nothing_to_the_others():
    feed = ('{"id": "bad", "text": "Le 3 mars \\ud800 Paris"}\n'
            + json.dumps({"id": "good", "text": ARTICLE}) + "\n")
    for command in (["stats", "--by", "document"], ["entities"], ["dates"], ["clean"]):
        result = invoke(*command, "-", "--format", "jsonl", input=feed)
        assert result.exit_code == 0, (command, result.stderr)
        assert "Traceback" not in result.stderr
        assert result.stdout.strip(), command


def test_extreme_dates_are_refused_with_a_clear_message():
    result = invoke("stats", "--date", "9999-12-31")
    assert result.exit_code == 2 and "9999-12-31" in result.stderr
    assert "Traceback" not in result.stderr
    assert invoke("stats", "--date", "2016-02-30").exit_code == 2
    feed = json.dumps({"id": "old", "text": "Hier, le président a visité Lyon. Demain aussi.",
                       "date": "0001-01-01"})
    result = invoke("dates", "-", "--format", "json", input=feed)
    assert result.exit_code == 0, result.stderr
    assert "0001-01-01" in result.stderr  # one warning: the date is not used
    assert "Overflow" not in result.stderr


def test_a_file_name_with_control_characters_is_escaped_on_stderr(tmp_path):
    (tmp_path / "bad\x1b[2J.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke("clean", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 3
    assert "\x1b" not in result.stderr and "bad\\x1b[2J.txt" in result.stderr


def test_printable_escapes_controls_and_keeps_accents():
    assert printable("Élysée «ok»") == "Élysée «ok»"
    assert printable("a\nb\rc\x07") == "a\\nb\\rc\\x07"


def test_a_non_utf8_file_name_is_analysed_and_printed(tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    result = invoke("stats", str(tmp_path), "--by", "document", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["document"] == "caf\ufffd.txt"


def test_a_fifo_named_explicitly_is_reported_as_such(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke("clean", str(tmp_path / "pipe.txt"), str(tmp_path / "a.txt"),
                    "--format", "jsonl")
    assert result.exit_code == 3
    assert "FIFO" in result.stderr and "no such file" not in result.stderr


def run_entry_point(shell_tail: str, store_dir) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, CORPUS_CACHE_DIR=str(store_dir), PYTHONPATH=str(ROOT))
    return subprocess.run(f'"{sys.executable}" -m corpus_cli clean --format jsonl {shell_tail}',
                          shell=True, capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, cwd=ROOT)


@pytest.mark.slow
def test_a_full_or_closed_stdout_is_one_line(store_dir):
    full = run_entry_point("> /dev/full", store_dir)
    assert full.returncode == 1
    assert full.stderr.strip().splitlines() == [
        "corpus: error: cannot write to standard output: No space left on device"]
    closed = run_entry_point(">&-", store_dir)
    assert closed.returncode == 1
    assert "standard output is closed" in closed.stderr and "Traceback" not in closed.stderr
