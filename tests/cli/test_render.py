"""Rendering: --output checked up front, CSV/TSV shape, tables that fit a terminal."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from corpus_cli.cli import app
from corpus_cli.cli.render import TABLE_CELL_LINES, fit

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
    assert cut.count("\n") == 2 and cut.endswith("…") and not cut.endswith(" …")
    assert all(len(line) <= 10 for line in cut.splitlines())
    assert fit("court", 10) == "court"
    assert fit("diplomatic_cooperation", 12) == "diplomatic_\ncooperation"


def table_of(rows, columns, width: int) -> tuple[list[str], list[str]]:
    from io import StringIO

    from rich.console import Console

    from corpus_cli.cli.render import layout

    table, hidden = layout(rows, columns, width=width)
    out = StringIO()
    Console(file=out, width=width).print(table)
    return out.getvalue().splitlines(), hidden


def test_a_long_cell_takes_a_few_lines_on_a_narrow_terminal() -> None:
    from corpus_cli.cli.render import Column

    sentence = " ".join(["Une phrase longue qui raconte un événement daté"] * 12)
    columns = [Column("date"), Column("type"), Column("who", max_width=30),
               Column("sentence", "evidence", max_width=70)]
    rows = [{"date": "2019-03-14", "type": "consult", "who": "Jeanne Martin", "sentence": sentence}]
    lines, _ = table_of(rows, columns, 80)
    body = [line for line in lines if line.startswith("│")]
    assert 1 <= len(body) <= TABLE_CELL_LINES
    assert all(len(line) <= 80 for line in lines)
    assert "…" in "".join(lines)


def test_short_columns_stay_whole_and_text_columns_give_way():
    from corpus_cli.cli.render import Column

    columns = [Column("date"), Column("count", justify="right"), Column("label"),
               Column("names", max_width=40), Column("text", max_width=70)]
    rows = [{"date": f"2019-03-{day:02}", "count": 123456, "label": "international_meeting",
             "names": ["Anne Durand", "Paul Girard"],
             "text": "Le conseil municipal a voté le budget de la commune " * 4}
            for day in range(1, 11)]
    lines, hidden = table_of(rows, columns, 64)
    text = "\n".join(lines)
    assert not hidden and all(len(line) <= 64 for line in lines)
    assert all(f"2019-03-{day:02}" in text for day in range(1, 11))
    assert "123456" in text and "international_" in text and "meeting" in text
    assert ("Durand" in text and "budget…" in text.replace(" ", "").replace("│", "")) or "…" in text


def test_lists_are_capped_in_a_table():
    from corpus_cli.cli.render import Column

    rows = [{"names": ["Anne Durand", "Paul Girard", "Louise Roche", "Marc Petit", "Jean Roux"]}]
    lines, _ = table_of(rows, [Column("names", max_width=80)], 120)
    text = "\n".join(lines)
    assert "Louise Roche; … +2" in text and "Jean Roux" not in text


def test_columns_ranked_to_drop_are_left_out_first_so_the_text_keeps_room():
    from corpus_cli.cli.render import Column

    columns = [Column("date"), Column("kind", drop=2), Column("where", max_width=30, drop=1),
               Column("text", max_width=70)]
    rows = [{"date": "2019-03-14", "kind": "public_statement", "where": "Ville de Nulle-Part",
             "text": "Le conseil municipal a voté le budget de la commune " * 3}]
    lines, hidden = table_of(rows, columns, 50)
    assert hidden == ["where"] and "where" not in "\n".join(lines)
    lines, hidden = table_of(rows, columns, 36)
    assert hidden == ["kind", "where"] and "2019-03-14" in "\n".join(lines)
    wide, hidden = table_of(rows, columns, 160)
    assert hidden == [] and "Ville de Nulle-Part" in "\n".join(wide)


def test_a_cell_is_plain_text_never_markup():
    from corpus_cli.cli.render import Column

    rows = [{"text": "[Edito] une phrase [/] avec [bold]des crochets"}]
    lines, _ = table_of(rows, [Column("text", max_width=70)], 80)
    assert "[Edito] une phrase [/] avec [bold]des crochets" in "\n".join(lines)


def words_of(value) -> set[str]:
    """Every word a table may show of a value, and its pieces at underscores."""
    if isinstance(value, dict):
        return set().union(*(words_of(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(words_of(v) for v in value)) | {";"}
    found = set()
    for word in str(value).split():
        pieces = re.findall(r"[^_]*_|[^_]+", word)  # a word may wrap after an underscore
        found |= {word, word.rstrip(";")}
        found |= {"".join(pieces[a:b]) for a in range(len(pieces))
                  for b in range(a + 1, len(pieces) + 1)}
    return found


@pytest.mark.parametrize("command", ["timeline", "entities"])
def test_the_seed_tables_fit_80_columns_in_whole_words(command):
    from corpus_cli import api

    data = json.loads(invoke(command, "--format", "json").stdout)
    result = runner.invoke(app, [command, "--format", "table", "--limit", "0"],
                           env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert all(cell_len(line) <= 80 for line in lines)
    known = set().union(*(words_of(row) for row in data))
    known |= set().union(*(words_of(api.date_label(row)) for row in data)) if command == \
        "timeline" else set()
    known |= {api.year_of(row) for row in data} if command == "timeline" else set()
    shown = [word for line in lines[1:] for word in re.split(r"[\s│┃┏┓┗┛┡┩━─┼╇┳┠┨├┤└┘┴┬┌┐]+", line)
             if word]
    headers = set(" ".join(lines[:4]).split())
    for word in shown:  # a word is whole, or cut with an ellipsis: never broken over lines
        whole = word.rstrip(";") in known or word in headers
        assert whole or word.endswith("…") or word.startswith("+"), word
    body = [line for line in lines if line.startswith("│")]
    headings = {api.year_of(row) for row in data} if command == "timeline" else set()
    assert len(body) <= TABLE_CELL_LINES * (len(data) + len(headings))
    dates = {row.get("first_seen") or row.get("date") for row in data} - {None}
    iso = {d for d in dates if re.fullmatch(r"\d{4}-\d\d-\d\d", d)}
    assert all(d in result.stdout for d in iso)  # a date is never cut
    if "left out" in result.stderr:
        assert "--format json" in result.stderr


@pytest.mark.slow
def test_an_answer_written_as_data_imports_no_rich(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, CORPUS_CACHE_DIR=str(tmp_path / "store"))
    subprocess.run([sys.executable, "-m", "corpus_cli", "analyse", "--format", "json"],
                   env=env, capture_output=True, check=True, stdin=subprocess.DEVNULL)
    code = ("import sys\nsys.argv = ['corpus', 'trends', '--format', 'json']\n"
            "from corpus_cli.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'),"
            " file=sys.stderr)")
    served = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, check=True, stdin=subprocess.DEVNULL)
    assert json.loads(served.stdout)
    assert served.stderr.strip().splitlines()[-1] == "[]"
