"""The command line, through Typer's CliRunner and once through the installed entry point."""

from __future__ import annotations

import csv
import importlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_cli.cli import app
from tests.conftest import SEEDS

runner = CliRunner()


@pytest.fixture(autouse=True)
def store_dir(tmp_path, monkeypatch):
    directory = tmp_path / "store"
    monkeypatch.setenv("CORPUS_CACHE_DIR", str(directory))
    return directory


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def commands() -> list[list[str]]:
    import typer

    def walk(command, prefix: list[str]) -> list[list[str]]:
        if hasattr(command, "commands"):
            return [path for name, sub in command.commands.items()
                    for path in walk(sub, [*prefix, name])]
        return [prefix]

    return walk(typer.main.get_command(app), [])


def test_every_command_has_help_text_with_an_example():
    assert ["stats"] in commands() and ["cache", "info"] in commands()
    for command in commands():
        result = invoke(*command, "--help")
        assert result.exit_code == 0, command
        assert "Example" in result.output, command


def test_help_does_not_import_spacy():
    code = ("import sys\nfrom corpus_cli.cli import app\n"
            "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
            "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip().endswith("NO-SPACY")


def _modules_after(*argv: str) -> tuple[str, list[str]]:
    """What `corpus ARGV` prints, and the command modules it imported (in a fresh process)."""
    code = ("import sys\nfrom corpus_cli.cli import main\n"
            f"sys.argv = ['corpus', *{list(argv)!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.endswith('_command')), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    return result.stdout, json.loads(result.stderr.strip().splitlines()[-1].replace("'", '"'))


def test_a_command_builds_only_itself_and_help_lists_them_all():
    output, imported = _modules_after("stats", "--help")
    assert imported == ["corpus_cli.cli.stats_command"] and "Example" in output
    output, imported = _modules_after("--help")
    assert len(imported) == 16 and "timeline" in output and "kwic" in output
    _, imported = _modules_after("--help", "stats")  # the root's help: every command
    assert len(imported) == 16
    _, imported = _modules_after("stast")  # a typo: every command, to say which exist
    assert len(imported) == 16


def test_stats_json_has_corpus_and_documents_on_the_seeds():
    result = invoke("stats", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"corpus", "documents"}
    assert data["corpus"]["documents"] == 5
    assert data["corpus"]["words"] > 2000
    assert {"document", "path", "title", "date", "source", "words", "sentences",
            "entities"} <= set(data["documents"][0])


def test_default_format_when_piped_is_jsonl_and_by_document_gives_one_row_each():
    result = invoke("stats", "--by", "document")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 5 and all("words" in row for row in rows)


def test_csv_and_output_file(tmp_path):
    result = invoke("stats", "--by", "document", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 5 and int(rows[0]["words"]) > 0
    target = tmp_path / "docs.json"
    result = invoke("stats", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["corpus"]["documents"] == 5


def test_limit_applies_to_rows():
    result = invoke("stats", "--by", "document", "--limit", "2")
    assert len(result.stdout.splitlines()) == 2


def test_second_run_is_served_from_the_store():
    first = json.loads(invoke("stats", "--format", "json").stdout)["corpus"]
    second = json.loads(invoke("stats", "--format", "json").stdout)["corpus"]
    assert (first["analysed"], first["from_store"]) == (5, 0)
    assert (second["analysed"], second["from_store"]) == (0, 5)
    assert {k: v for k, v in first.items() if k not in ("analysed", "from_store")} == {
        k: v for k, v in second.items() if k not in ("analysed", "from_store")}


def test_changed_text_is_a_miss(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "c")
    invoke("stats", str(tmp_path / "c"))
    path = tmp_path / "c" / sorted(os.listdir(tmp_path / "c"))[0]
    path.write_text(path.read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n", encoding="utf-8")
    corpus = json.loads(invoke("stats", str(tmp_path / "c"), "--format", "json").stdout)["corpus"]
    assert (corpus["analysed"], corpus["from_store"]) == (1, 4)


def test_no_cache_writes_nothing(store_dir):
    invoke("stats", "--no-cache", "--format", "json")
    assert not (store_dir / "store.sqlite3").exists()


def test_missing_path_is_a_usage_error_with_one_line():
    result = invoke("stats", "/no/such/place")
    assert result.exit_code == 2
    assert result.stderr.strip() == "corpus: error: /no/such/place: no such file or directory"


def test_empty_directory_is_a_usage_error(tmp_path):
    result = invoke("stats", str(tmp_path))
    assert result.exit_code == 2 and "no document found" in result.stderr


def test_partial_failure_exits_3_and_processes_the_rest(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "good.txt").write_text("Le ministre est arrivé à Lyon.", encoding="utf-8")
    for _ in range(2):  # the second answer comes from the store and says the same
        result = invoke("stats", str(tmp_path), "--format", "json")
        assert result.exit_code == 3
        assert json.loads(result.stdout)["corpus"]["documents"] == 1
        assert "bad.txt" in result.stderr and "Traceback" not in result.stderr


def test_stdin_jsonl():
    feed = json.dumps({"id": "x", "text": "Le président a visité Lyon.", "date": "2020-05"})
    data = json.loads(invoke("stats", "-", "--format", "json", input=feed).stdout)
    assert data["documents"][0]["document"] == "x"
    assert data["documents"][0]["date"] == "2020-05"


def test_date_option_sets_missing_dates_and_is_validated(tmp_path):
    (tmp_path / "a.txt").write_text("Un texte sans date aucune.", encoding="utf-8")
    data = json.loads(invoke("stats", str(tmp_path), "--date", "2020-03", "--format",
                             "json").stdout)
    assert (data["documents"][0]["date"], data["documents"][0]["date_source"]) == (
        "2020-03", "option")
    assert invoke("stats", "--date", "mars").exit_code == 2


def test_cache_info_and_clear(store_dir):
    invoke("stats")
    info = json.loads(invoke("cache", "info", "--format", "json").stdout)
    assert info["analyses"] == 5
    assert invoke("cache", "clear").exit_code == 0
    assert json.loads(invoke("cache", "info", "--format", "json").stdout)["analyses"] == 0


@pytest.mark.slow
def test_installed_entry_point_pipes_into_head_quietly_and_store_answers_without_spacy(store_dir):
    beside = Path(sys.executable).parent / "corpus"
    corpus = str(beside) if beside.exists() else shutil.which("corpus")
    assert corpus, "the corpus entry point is not installed"
    env = dict(os.environ, CORPUS_CACHE_DIR=str(store_dir))
    piped = subprocess.run(f'"{corpus}" stats --by document --format jsonl | head -1',
                           shell=True, capture_output=True, text=True, env=env, check=True,
                           stdin=subprocess.DEVNULL)
    assert json.loads(piped.stdout)["document"]
    assert piped.stderr == ""
    code = ("import sys\nfrom corpus_cli.cli import app\n"
            "try:\n    app(['stats', '--format', 'json'])\nexcept SystemExit:\n    pass\n"
            "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY', file=sys.stderr)")
    served = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, check=True, stdin=subprocess.DEVNULL)
    assert json.loads(served.stdout)["corpus"]["from_store"] == 5
    assert served.stderr.strip().endswith("NO-SPACY")


def test_unchanged_inputs_are_answered_without_reading_them(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Le président a visité Lyon jeudi.", encoding="utf-8")
    first = json.loads(invoke("stats", str(tmp_path), "--format", "json").stdout)

    def fail(*args, **kwargs):
        raise AssertionError("the inputs were read again")

    monkeypatch.setattr("corpus_cli.runtime.pipeline.read_documents", fail)
    second = json.loads(invoke("stats", str(tmp_path), "--format", "json").stdout)
    assert second["documents"] == first["documents"]


ARTICLES = Path(__file__).parent.parent / "data" / "articles"


def rows_of(result) -> list[dict]:
    assert result.exit_code in (0, 3), result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_entities_merge_a_surname_and_keep_namesakes_apart():
    rows = {row["name"]: row for row in rows_of(invoke("entities", str(ARTICLES)))}
    assert "Moreau" in rows["Jean Moreau"]["aliases"]
    assert "Claire Moreau" in rows and "Moreau" not in rows
    assert rows["Jean Moreau"]["label"] == "PER" and rows["Jean Moreau"]["documents"] == 3
    assert (rows["Jean Moreau"]["first_seen"], rows["Jean Moreau"]["last_seen"]) == (
        "2019-03-15", "2019-04-03")
    assert "ministre des Affaires étrangères" in rows["Jean Moreau"]["roles"]


def test_no_entity_comes_from_the_page_furniture():
    names = " ".join(row["name"] for row in rows_of(invoke("entities", str(ARTICLES))))
    for furniture in ("Courrier du Lac", "Facebook", "Twitter", "Accueil"):
        assert furniture not in names
    kept = " ".join(row["name"] for row in rows_of(
        invoke("entities", str(ARTICLES), "--keep-boilerplate")))
    assert "Facebook" in kept or "Courrier du Lac" in kept


def test_entities_label_filter_sort_min_mentions_and_explain():
    rows = rows_of(invoke("entities", str(ARTICLES), "--label", "LOC", "--sort", "name"))
    assert rows and {row["label"] for row in rows} == {"LOC"}
    assert [row["name"] for row in rows] == sorted(row["name"] for row in rows)
    rows = rows_of(invoke("entities", str(ARTICLES), "--min-mentions", "3"))
    assert rows and all(row["mentions"] >= 3 for row in rows)
    explained = rows_of(invoke("entities", str(ARTICLES), "--explain", "-l", "per"))
    moreau = next(row for row in explained if row["name"] == "Jean Moreau")
    assert {"form": "Moreau", "count": 1, "reasons": ["resolved_in_document"]} in moreau[
        "variants"]
    assert invoke("entities", "--label", "PERSON").exit_code == 2


def test_alias_file_merges_and_a_bad_one_is_a_usage_error(tmp_path):
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[merge]\n"Hans Weber" = ["Jean Moreau"]\n', encoding="utf-8")
    names = [row["name"] for row in rows_of(
        invoke("entities", str(ARTICLES), "--aliases", str(aliases)))]
    assert "Hans Weber" in names and "Jean Moreau" not in names
    aliases.write_text("[merge\n", encoding="utf-8")
    result = invoke("entities", str(ARTICLES), "--aliases", str(aliases))
    assert result.exit_code == 2 and "not valid TOML" in result.stderr
    assert "Traceback" not in result.stderr


def test_timeline_merges_one_meeting_told_twice_and_orders_by_date():
    rows = rows_of(invoke("timeline", str(ARTICLES)))
    dates = [row["start_date"] for row in rows]
    assert dates == sorted(dates)
    meetings = [row for row in rows if row["type"] == "consult"]
    first = next(row for row in meetings if row["date"] == "2019-03-14")
    assert first["sources"] == ["lac_2019_03_15_rencontre.txt", "lac_2019_03_16_accord.txt"]
    assert {"Jean Moreau", "Hans Weber"} <= set(first["participants"])
    assert "Genève" in first["places"]
    # The second meeting of the same men, another day, is another entry.
    assert any(row["date"] == "2019-04-02" for row in meetings)
    assert {"date", "granularity", "mod", "start_date", "end_date", "type", "cameo", "status",
            "trigger", "participants", "places", "document", "sources", "sentence",
            "date_text", "date_anchor"} <= set(first)


def test_timeline_filters():
    rows = rows_of(invoke("timeline", str(ARTICLES), "--entity", "Claire Moreau"))
    assert rows and all("Claire Moreau" in row["participants"] for row in rows)
    rows = rows_of(invoke("timeline", str(ARTICLES), "--from", "2019-04", "--type", "consult"))
    assert rows and all(row["type"] == "consult" and row["end_date"] >= "2019-04-01"
                        for row in rows)
    undated = rows_of(invoke("timeline", str(ARTICLES), "--include-undated"))
    assert len(undated) > len(rows_of(invoke("timeline", str(ARTICLES))))
    assert undated[-1]["date"] is None
    result = invoke("timeline", str(ARTICLES), "--entity", "Personne Inconnue")
    assert result.exit_code == 2 and "no entity named" in result.stderr
    assert invoke("timeline", str(ARTICLES), "--from", "hier").exit_code == 2


def test_timeline_min_confidence():
    every = rows_of(invoke("timeline", str(ARTICLES)))
    assert every and all(0.0 <= row["confidence"] <= 1.0 for row in every)
    middle = sorted(row["confidence"] for row in every)[len(every) // 2]
    sure = rows_of(invoke("timeline", str(ARTICLES), "--min-confidence", str(middle)))
    assert 0 < len(sure) < len(every) and all(row["confidence"] >= middle for row in sure)
    assert invoke("timeline", str(ARTICLES), "--min-confidence", "2").exit_code == 2


def test_timeline_table_groups_by_year():
    result = invoke("timeline", str(ARTICLES), "--format", "table")
    assert result.exit_code == 0
    assert "2019" in result.stdout and "consult" in result.stdout


def test_clean_removes_furniture_and_explain_gives_offsets_into_the_file():
    [row] = rows_of(invoke("clean", str(ARTICLES / "lac_2019_03_15_rencontre.txt")))
    assert "Tous droits réservés" not in row["text"] and "Suivez-nous" not in row["text"]
    assert "Hans Weber" in row["text"]
    assert (row["date"], row["date_source"]) == ("2019-03-15", "byline")
    blocks = rows_of(invoke("clean", str(ARTICLES), "--explain"))
    original = (ARTICLES / "lac_2019_03_15_rencontre.txt").read_text(encoding="utf-8")
    mine = [b for b in blocks if b["document"] == "lac_2019_03_15_rencontre.txt"]
    assert any("Tous droits réservés" in b["text"] for b in mine)
    assert all(original[b["start"]:b["end"]] == b["text"] for b in mine)
    assert {b["kind"] for b in mine} == {"boilerplate", "metadata"}
    table = invoke("clean", str(ARTICLES), "--explain", "--format", "table")
    assert table.exit_code == 0 and "boilerplate" in table.stdout


def test_clean_reports_a_bad_file_and_goes_on(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    shutil.copy(ARTICLES / "lac_2019_04_03_visite.txt", tmp_path)
    result = invoke("clean", str(tmp_path))
    assert result.exit_code == 3 and "bad.txt" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_analyse_keeps_corpus_answers_so_later_questions_only_read(monkeypatch, tmp_path):
    assert invoke("analyse", str(ARTICLES)).exit_code == 0
    expected = rows_of(invoke("entities", str(ARTICLES)))
    timeline = rows_of(invoke("timeline", str(ARTICLES)))

    def fail(*args, **kwargs):
        raise AssertionError("consolidated again")

    monkeypatch.setattr("corpus_cli.api.core.consolidate_kept", fail)
    monkeypatch.setattr("corpus_cli.aggregate.events.merge", fail)
    assert rows_of(invoke("entities", str(ARTICLES))) == expected
    assert rows_of(invoke("timeline", str(ARTICLES))) == timeline
    # Other documents, or another alias file, are another question.
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[ignore]\nnames = ["Genève"]\n', encoding="utf-8")
    for args in (["--aliases", str(aliases)], [str(ARTICLES / "lac_2019_04_03_visite.txt")]):
        result = invoke("entities", *([str(ARTICLES)] if args[0] == "--aliases" else []), *args)
        assert "consolidated again" in result.stderr  # the one guard's internal error line


@pytest.mark.parametrize("args", [["-f", "json"], ["-f", "jsonl"], ["-f", "json", "-n", "2"],
                                  ["-f", "jsonl", "--include-undated"]])
def test_timeline_cut_from_the_kept_bytes_is_what_the_rows_write(monkeypatch, args):
    assert invoke("analyse", str(ARTICLES)).exit_code == 0
    with monkeypatch.context() as patched:
        patched.setattr("corpus_cli.api.timeline_output", lambda *a, **k: None)
        from_rows = invoke("timeline", str(ARTICLES), *args)

    def no_rows(*args, **kwargs):
        raise AssertionError("the kept timeline was decoded")

    monkeypatch.setattr("corpus_cli.api.timeline", no_rows)
    cut = invoke("timeline", str(ARTICLES), *args)
    assert cut.exit_code == 0 and from_rows.exit_code == 0
    assert cut.stdout_bytes == from_rows.stdout_bytes and len(cut.stdout_bytes) > 100


def test_timeline_help_lists_every_event_type():
    from corpus_cli.rows import EVENT_TYPES as TYPES

    text = " ".join(invoke("timeline", "--help").output.split())
    assert all(kind in text for kind in TYPES)


def test_two_jobs_give_the_same_answers_as_one(tmp_path, monkeypatch):
    one = rows_of(invoke("timeline", str(ARTICLES), "--no-cache"))
    monkeypatch.setattr("corpus_cli.runtime.workers.PARALLEL_SHARE", 1)  # a share per document
    two = rows_of(invoke("timeline", str(ARTICLES), "--no-cache", "--jobs", "2"))
    assert two == one and one


def _corpus_with_a_faulty_text(monkeypatch, tmp_path, module, name: str, error: Exception):
    """An article and a text on which `module.name` (a layer's rules) raises `error`."""
    shutil.copy(ARTICLES / "lac_2019_04_03_visite.txt", tmp_path)
    (tmp_path / "faulty.txt").write_text(
        "Le maire de Quimperlé a inauguré mardi 2 avril 2019 la nouvelle médiathèque.\n",
        encoding="utf-8")
    extract = getattr(module, name)

    def failing(doc, *args, **kwargs):
        if "Quimperlé" in doc.text:
            raise error
        return extract(doc, *args, **kwargs)

    monkeypatch.setattr(module, name, failing)


@pytest.mark.parametrize(("layer", "name", "error", "said"), [
    ("events", "extract_events", IndexError("list index out of range"),
     "internal error in the analysis (IndexError: list index out of range); its events are"),
    ("dates", "extract_dates", ValueError("no such day"),
     "(ValueError: no such day); its dates and events are left out"),
])
def test_a_fault_of_a_layer_s_rules_on_one_document_is_named_and_the_rest_goes_on(
        monkeypatch, tmp_path, layer, name, error, said):
    module = importlib.import_module(f"corpus_cli.extract.{layer}")
    _corpus_with_a_faulty_text(monkeypatch, tmp_path, module, name, error)
    result = invoke("timeline", str(tmp_path), "--jobs", "1", "--format", "jsonl")
    assert result.exit_code == 3
    [line] = [line for line in result.stderr.splitlines() if "faulty.txt" in line]
    assert said in line
    assert rows_of(result)  # the other article's events
    assert all(row["document"] != "faulty.txt" for row in rows_of(result))
    entities = invoke("entities", str(tmp_path), "--jobs", "1", "--format", "jsonl")
    assert any(row["name"] == "Quimperlé" for row in rows_of(entities))  # its mentions kept
    assert "faulty.txt" in entities.stderr  # said again when the analysis is taken from the store
