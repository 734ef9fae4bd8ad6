"""Rendering: --output checked up front, CSV/TSV shape, tables that fit a terminal."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from corpus_cli.cli import app
from corpus_cli.cli.render import fit

runner = CliRunner()


@pytest.fixture(autouse=True)
def store_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CORPUS_CACHE_DIR", str(tmp_path / "store"))


def invoke(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture
def no_analysis(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("analysed before --output was checked")

    monkeypatch.setattr("corpus_cli.api.analyse", refuse)


@pytest.mark.parametrize("name", ["missing/out.json", "out.tsvx", "."])
def test_a_bad_output_is_a_usage_error_before_any_analysis(tmp_path, no_analysis, name):
    result = invoke("stats", "-o", str(tmp_path / name))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stderr
    assert "error" in result.stderr.lower()


def test_an_output_naming_an_input_is_refused_and_the_input_kept(tmp_path, no_analysis):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "Le président a visité Lyon."}) + "\n")
    before = feed.read_bytes()
    result = invoke("stats", str(feed), "-o", str(feed), "--format", "jsonl")
    assert result.exit_code == 2 and "inputs" in result.stderr
    assert invoke("clean", str(tmp_path), "-o", str(feed)).exit_code == 2
    assert feed.read_bytes() == before


def test_csv_header_is_the_same_with_and_without_rows_and_lines_end_in_lf():
    full = invoke("dates", "--format", "csv").stdout
    empty = invoke("entities", "--format", "csv", "--min-mentions", "100000").stdout
    assert "\r" not in full
    some = invoke("entities", "--format", "csv").stdout
    assert empty.splitlines() == some.splitlines()[:1]
    rows = list(csv.DictReader(io.StringIO(some)))
    assert isinstance(json.loads(rows[0]["aliases"]), list)  # list cells are JSON


def test_tsv_exists_as_a_format_and_an_extension(tmp_path):
    result = invoke("stats", "--by", "document", "-f", "tsv")
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert len(rows) == 5 and int(rows[0]["words"]) > 0
    target = tmp_path / "docs.tsv"
    assert invoke("stats", "--by", "document", "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").split("\n")[0].split("\t")[0] == "document"


def test_long_cells_are_cut_at_a_word_with_an_ellipsis():
    text = "mot " * 100
    cut = fit(text, 10)
    assert len(cut) <= 30 and cut.endswith("…") and not cut.endswith(" …")
    assert fit("court", 10) == "court"


def test_a_long_cell_takes_a_few_lines_on_a_narrow_terminal() -> None:
    from io import StringIO

    from rich.console import Console

    from corpus_cli.cli.render import Column, make_table

    sentence = " ".join(["Une phrase longue qui raconte un événement daté"] * 12)
    columns = [Column("date"), Column("type"), Column("who", max_width=30),
               Column("sentence", "evidence", max_width=70)]
    rows = [{"date": "2019-03-14", "type": "consult", "who": "Jeanne Martin", "sentence": sentence}]
    out = StringIO()
    Console(file=out, width=80).print(make_table(rows, columns, width=80))
    body = [line for line in out.getvalue().splitlines() if line.startswith("│")]
    assert 1 <= len(body) <= 5
    assert all(len(line) <= 80 for line in out.getvalue().splitlines())
    assert "…" in out.getvalue()
