"""`mentions`, `trends`, `kwic`, `network` through Typer's CliRunner, on the seed articles.

Assertions are on behaviour (offsets, formats, filters), never on who the seeds name.
"""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from typer.testing import CliRunner

from corpus_cli.cli import app
from tests.conftest import SEEDS

runner = CliRunner()


@pytest.fixture(scope="module", autouse=True)
def store(tmp_path_factory):
    directory = tmp_path_factory.mktemp("store")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CORPUS_CACHE_DIR", str(directory))
        assert runner.invoke(app, ["analyse", "--format", "json"]).exit_code == 0
        yield directory


def run(*args: str) -> list[dict]:
    result = runner.invoke(app, [*args, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def seed_text(document: str) -> str:
    return (SEEDS / document).read_text(encoding="utf-8")


def top_person() -> dict:
    return run("entities", "--label", "PER")[0]


def test_every_entity_has_a_unique_id_and_a_unique_name():
    rows = run("entities")
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["name"].casefold() for r in rows}) == len(rows)
    assert all(r["id"].split(":")[0] == r["label"].lower() for r in rows)


def test_mentions_point_at_their_text_in_the_file_and_filter_by_entity_id():
    person = top_person()
    rows = run("mentions", "--entity", person["id"])
    assert len(rows) == person["mentions"]
    assert {r["entity"] for r in rows} == {person["id"]}
    assert set(rows[0]) == {"document", "date", "entity", "name", "label", "text", "start",
                            "end", "sentence"}
    for row in rows:
        assert seed_text(row["document"])[row["start"]:row["end"]] == row["text"]
    by_alias = run("mentions", "--entity", person["aliases"][0]) if person["aliases"] else rows
    assert by_alias == rows


def test_filters_mean_the_same_on_every_command():
    rows = run("mentions")
    document = rows[0]["document"]
    only = run("mentions", "--document", document)
    assert only and {r["document"] for r in only} == {document}
    date = rows[0]["date"]
    assert {r["document"] for r in run("mentions", "--from", date, "--to", date)} >= {document}
    assert run("trends", "--from", "1990", "--to", "1990") == []
    assert run("network", "--document", "no-such-document", "--format", "jsonl") == []
    result = runner.invoke(app, ["mentions", "--entity", "nobody at all"])
    assert result.exit_code == 2 and "no entity" in result.output


def test_trends_long_form_and_a_chart_that_fits_80_columns():
    person = top_person()
    rows = run("trends", "--by", "year", "--entity", person["id"])
    assert rows and {r["entity"] for r in rows} == {person["id"]}
    assert sum(r["mentions"] for r in rows) == person["mentions"]
    assert set(rows[0]) == {"period", "entity", "name", "mentions", "documents"}
    chart = runner.invoke(app, ["trends", "--format", "table", "--by", "week"])
    assert chart.exit_code == 0
    assert max(len(line) for line in chart.stdout.splitlines()) <= 80


def test_kwic_offsets_point_at_the_match_in_the_original_file():
    rows = run("kwic", "le", "--width", "20")
    assert len(rows) > 20
    for row in rows:
        original = seed_text(row["document"])[row["start"]:row["end"]]
        assert original.casefold() == row["match"].casefold() == "le"
        assert len(row["left"]) <= 20 and len(row["right"]) <= 20


def test_kwic_of_an_entity_gives_every_mention_under_all_its_names():
    person = top_person()
    rows = run("kwic", "--entity", person["id"])
    assert len(rows) == person["mentions"]
    assert {r["match"] for r in rows} <= {person["name"], *person["aliases"]}
    for row in rows:
        assert seed_text(row["document"])[row["start"]:row["end"]] == row["match"]
    with_path = run("kwic", "--entity", person["id"], str(SEEDS))
    assert with_path == rows
    assert runner.invoke(app, ["kwic"]).exit_code == 2


def test_kwic_phrase_regex_lemma_and_sort():
    assert all(r["match"].casefold() == "de la" for r in run("kwic", "de la"))
    assert all(r["match"][:3].casefold() == "min" for r in run("kwic", r"\bmin\w+", "--regex"))
    lemma = run("kwic", "annoncer", "--lemma")
    assert all(r["match"].casefold().startswith("annon") for r in lemma)
    left = run("kwic", "le", "--sort", "left")
    keys = [r["left"].split()[-1].casefold() if r["left"].split() else "" for r in left]
    assert keys == sorted(keys)


@pytest.mark.parametrize("suffix", [".gexf", ".graphml", ".csv", ".json"])
def test_network_files_read_back(tmp_path, suffix):
    path = tmp_path / f"net{suffix}"
    result = runner.invoke(app, ["network", "--unit", "document", "-o", str(path)])
    assert result.exit_code == 0, result.output
    edges = run("network", "--unit", "document")
    if suffix == ".gexf":
        graph = nx.read_gexf(path)
    elif suffix == ".graphml":
        graph = nx.read_graphml(path)
    elif suffix == ".json":
        graph = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
    else:
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
        assert len(rows) == len(edges)
        assert int(rows[0]["weight"]) == edges[0]["weight"]
        return
    assert graph.number_of_edges() == len(edges)
    node = next(iter(graph.nodes(data=True)))[1]
    assert {"name", "label", "mentions", "documents"} <= set(node)


def test_network_units_labels_and_weights():
    sentence = run("network")
    document = run("network", "--unit", "document")
    assert sum(e["weight"] for e in document) <= sum(e["weight"] for e in sentence) + sum(
        e["weight"] for e in document)
    heavy = run("network", "--min-weight", "3")
    assert all(e["weight"] >= 3 for e in heavy)
    people = run("network", "--label", "PER", "--unit", "document")
    assert all(e["source"].startswith("per:") and e["target"].startswith("per:")
               for e in people)
    assert run("network", "--unit", "event")
    full = json.loads(runner.invoke(app, ["network", "--format", "json"]).stdout)
    assert set(full) == {"nodes", "edges"}


def test_timeline_accepts_an_entity_id():
    person = top_person()
    by_id = run("timeline", "--entity", person["id"])
    assert by_id == run("timeline", "--entity", person["name"])


def test_keywords_by_each_grouping():
    for by in ("month", "source", "document"):
        rows = run("keywords", "--by", by, "--min-frequency", "2")
        assert rows and all(r["g2"] >= 3.84 and r["log_ratio"] > 0 for r in rows), by
    person = top_person()
    rows = run("keywords", "--by", "entity", "--entity", person["id"], "--min-frequency", "1")
    assert {r["group"] for r in rows} <= {person["id"]}


def test_vocab_frequency_list_and_pos_filter():
    rows = run("vocab")
    assert rows == sorted(rows, key=lambda r: (-r["frequency"], r["lemma"]))
    proper = run("vocab", "--pos", "proper")
    assert proper and all(r["kind"] == "proper" and r["lemma"][0].isupper() for r in proper)
    assert len({r["lemma"].casefold() for r in proper}) == len(proper)
    person = top_person()
    mentioning = run("vocab", "--entity", person["id"])
    assert mentioning and sum(r["frequency"] for r in mentioning) < sum(
        r["frequency"] for r in rows) and mentioning[0]["documents"] <= person["documents"]
    bad = runner.invoke(app, ["vocab", "--pos", "verbs"])
    assert bad.exit_code == 2


def test_duplicates_find_a_copy_and_once_counts_it_once(tmp_path):
    sentences = [f"Le conseil municipal de Valbrune a voté le budget numéro {i} hier soir, "
                 f"après un débat long de {i} heures sur les écoles et les routes." for i in
                 range(12)]
    # one paragraph each: a block repeated whole across files would be page furniture
    (tmp_path / "a.txt").write_text("Paul Vasseur parle. " + " ".join(sentences),
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Paul Vasseur parle. " + " ".join(sentences[1:]),
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text("La pêche au thon reprend au large de Port-Ivel, où les "
                                    "marins attendaient depuis des semaines. " * 3,
                                    encoding="utf-8")
    rows = run("duplicates", str(tmp_path))
    assert {r["document"] for r in rows} == {"a.txt", "b.txt"}
    assert sum(r["kept"] for r in rows) == 1 and rows[0]["similarity"] == 1.0
    every = {r["document"] for r in run("mentions", str(tmp_path))}
    once = {r["document"] for r in run("mentions", str(tmp_path), "--once")}
    assert {"a.txt", "b.txt"} <= every and len(once & {"a.txt", "b.txt"}) == 1
    bad = runner.invoke(app, ["duplicates", str(tmp_path), "--threshold", "2"])
    assert bad.exit_code == 2
