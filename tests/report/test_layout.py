"""The network layout: inside the unit square, the same every time, linked nodes closer."""

from __future__ import annotations

import math

from corpus_cli.report.layout import force_layout, placed


def test_positions_are_normalised_and_deterministic() -> None:
    names = [f"n{i}" for i in range(8)]
    edges = [("n0", "n1", 5.0), ("n1", "n2", 1.0), ("n3", "n4", 2.0)]
    first = force_layout(names, edges)
    assert first == force_layout(names, edges)
    assert all(0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 for x, y in first.values())


def test_a_heavy_link_holds_its_nodes_closer_than_unlinked_ones() -> None:
    names = ["a", "b", "c", "d"]
    where = force_layout(names, [("a", "b", 10.0)])
    assert math.dist(where["a"], where["b"]) < math.dist(where["c"], where["d"])


def test_edges_get_both_ends() -> None:
    nodes, edges = placed({"nodes": [{"name": "a"}, {"name": "b"}],
                           "edges": [{"source": "a", "target": "b", "weight": 1}]})
    assert {"x", "y"} <= set(nodes[0])
    assert (edges[0]["x"], edges[0]["y"]) == (nodes[0]["x"], nodes[0]["y"])
    assert (edges[0]["x2"], edges[0]["y2"]) == (nodes[1]["x"], nodes[1]["y"])
    assert force_layout([], []) == {} and force_layout(["a"], []) == {"a": (0.5, 0.5)}
