"""Co-occurrence ties and the files networkx writes, read back by the tools they are for."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus_cli.aggregate.network import (
    Unit,
    column_edge_rows,
    cooccurrences,
    edge_rows,
    edge_table,
    graph,
    named_edge_rows,
    tie_columns,
    units,
    used_entities,
    write,
)
from corpus_cli.errors import UsageError

FOUND = [["per:a", 0, 1, 0, "A"], ["loc:b", 2, 3, 0, "B"], ["org:c", 4, 5, 1, "C"],
         ["per:a", 6, 7, 1, "A"]]
NODES = [{"id": "per:a", "name": "A", "label": "PER", "mentions": 2, "documents": 1},
         {"id": "loc:b", "name": "Bé", "label": "LOC", "mentions": 1, "documents": 1},
         {"id": "org:c", "name": "C", "label": "ORG", "mentions": 1, "documents": 1}]


def edges(unit: Unit, min_weight: int = 1):
    found = [(o[0], o[3]) for o in FOUND]
    weights, shared = cooccurrences([("d1", units(found, unit)), ("d2", units(found, unit))])
    return edge_rows(weights, shared, {n["id"]: n["name"] for n in NODES}, min_weight)


def test_ties_named_by_position_as_by_a_mapping():
    found = [(o[0], o[3]) for o in FOUND]
    ties = tie_columns(*cooccurrences([("d1", units(found, Unit.document))]))
    names = {n["id"]: n["name"] for n in NODES if n["id"] != "org:c"}
    assert named_edge_rows(ties, [names.get(k) for k in ties["entities"]], 1) == \
        column_edge_rows(ties, names, 1)
    assert {e["target_name"] for e in column_edge_rows(ties, names, 1)} >= {"org:c"}


def test_sentence_and_document_units():
    by_sentence = {(e["source"], e["target"]): e["weight"] for e in edges(Unit.sentence)}
    assert by_sentence == {("loc:b", "per:a"): 2, ("org:c", "per:a"): 2}
    assert len(edges(Unit.document)) == 3
    assert all(e["documents"] == 2 for e in edges(Unit.document))
    assert edges(Unit.sentence, min_weight=3) == []


@pytest.mark.parametrize("suffix", [".gexf", ".graphml"])
def test_gexf_and_graphml_read_back_with_networkx(tmp_path, suffix):
    found = edges(Unit.sentence)
    path = tmp_path / f"g{suffix}"
    write(graph(NODES, found), path, found)
    back = nx.read_gexf(path) if suffix == ".gexf" else nx.read_graphml(path)
    assert set(back.nodes) == {"per:a", "loc:b", "org:c"}
    assert back.nodes["loc:b"]["name"] == "Bé" and back.nodes["loc:b"]["label"] == "LOC"
    assert int(back.edges["per:a", "loc:b"]["weight"]) == 2


def test_csv_edges_and_node_link_json_read_back(tmp_path):
    found = edges(Unit.sentence)
    write(graph(NODES, found), tmp_path / "e.csv", found)
    with (tmp_path / "e.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert {(r["source"], r["target"], r["weight"]) for r in rows} == {
        ("loc:b", "per:a", "2"), ("org:c", "per:a", "2")}
    write(graph(NODES, found), tmp_path / "g.json", found)
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    back = nx.node_link_graph(data, edges="links")
    assert back.number_of_edges() == 2 and back.nodes["per:a"]["mentions"] == 2


def test_an_unknown_extension_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError):
        write(graph(NODES, []), tmp_path / "g.txt", [])


@given(st.lists(st.lists(st.sampled_from(["per:a", "loc:b", "org:c", "per:d"]), max_size=4),
                max_size=6),
       st.integers(1, 3), st.none() | st.sets(st.sampled_from(["per:a", "org:c", "per:x"])))
def test_the_edge_table_holds_the_edges_kept(units_of_d1, min_weight, wanted):
    ties = tie_columns(*cooccurrences([("d1", [set(u) for u in units_of_d1]),
                                       ("d2", [set(u) for u in units_of_d1[:2]])]))
    ids = ties["entities"]
    names = [key.upper() for key in ids]
    table = edge_table(ties, ids, names, min_weight, wanted)
    every = column_edge_rows(ties, dict(zip(ids, names, strict=True)), min_weight)
    kept = [e for e in every
            if wanted is None or e["source"] in wanted or e["target"] in wanted]
    assert list(table) == kept
    assert used_entities(table) == {e["source"] for e in kept} | {e["target"] for e in kept}
