"""Positions for the co-occurrence network: a small deterministic force-directed layout.

Vega-Lite draws marks at given positions but lays out no graph, so the positions are
computed here (Fruchterman–Reingold, nodes started on a circle: the same data always gives
the same picture). Forty nodes take a few milliseconds.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

ITERATIONS = 200
# Pull towards the centre, so that unlinked nodes do not drift to the edges.
GRAVITY = 0.6


def force_layout(names: Sequence[str], edges: Sequence[tuple[str, str, float]],
                 iterations: int = ITERATIONS) -> dict[str, tuple[float, float]]:
    """Positions in [0, 1] x [0, 1] for `names`; heavier edges pull harder."""
    count = len(names)
    if count == 0:
        return {}
    if count == 1:
        return {names[0]: (0.5, 0.5)}
    position = {name: [math.cos(2 * math.pi * i / count), math.sin(2 * math.pi * i / count)]
                for i, name in enumerate(names)}
    k = 2.0 / math.sqrt(count)
    heaviest = max((w for _, _, w in edges), default=1.0) or 1.0
    temperature = 0.2
    for _ in range(iterations):
        shift = {name: [0.0, 0.0] for name in names}
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                dx, dy, d = _delta(position[a], position[b])
                force = k * k / d
                _push(shift, a, b, dx / d * force, dy / d * force)
        for a, b, weight in edges:
            dx, dy, d = _delta(position[a], position[b])
            force = d * d / k * (0.5 + weight / heaviest)
            _push(shift, a, b, -dx / d * force, -dy / d * force)
        for name in names:  # gravity: a node with few links stays near the others
            shift[name][0] -= GRAVITY * position[name][0]
            shift[name][1] -= GRAVITY * position[name][1]
            sx, sy = shift[name]
            length = math.hypot(sx, sy) or 1.0
            step = min(length, temperature)
            position[name][0] += sx / length * step
            position[name][1] += sy / length * step
        temperature = max(temperature * 0.98, 0.002)
    return _normalised(position)


def _delta(a: Sequence[float], b: Sequence[float]) -> tuple[float, float, float]:
    dx, dy = a[0] - b[0], a[1] - b[1]
    return dx, dy, max(math.hypot(dx, dy), 1e-3)


def _push(shift: dict[str, list[float]], a: str, b: str, fx: float, fy: float) -> None:
    shift[a][0] += fx
    shift[a][1] += fy
    shift[b][0] -= fx
    shift[b][1] -= fy


def _normalised(position: Mapping[str, Sequence[float]]) -> dict[str, tuple[float, float]]:
    xs = [p[0] for p in position.values()]
    ys = [p[1] for p in position.values()]
    width = (max(xs) - min(xs)) or 1.0
    height = (max(ys) - min(ys)) or 1.0
    return {name: ((p[0] - min(xs)) / width, (p[1] - min(ys)) / height)
            for name, p in position.items()}


def placed(network: Mapping[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The network's nodes and edges with positions (`x`, `y`; edges also `x2`, `y2`)."""
    names = [node["name"] for node in network["nodes"]]
    edges = [(e["source"], e["target"], float(e["weight"])) for e in network["edges"]]
    where = force_layout(names, edges)
    nodes = [{**node, "x": where[node["name"]][0], "y": where[node["name"]][1]}
             for node in network["nodes"]]
    lines = [{**edge, "pair": f"{edge['source']} – {edge['target']}",
              "x": where[edge["source"]][0], "y": where[edge["source"]][1],
              "x2": where[edge["target"]][0], "y2": where[edge["target"]][1]}
             for edge in network["edges"]]
    return nodes, lines
