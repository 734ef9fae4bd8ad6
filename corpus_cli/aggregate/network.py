"""Entities that appear together: weighted co-occurrence edges and the graph networkx writes.

Units are sentences, documents or events: two entities are tied once per unit they share, so
an edge's weight counts the units. The graph's nodes carry id, name, label, mentions and
documents; `write` picks GEXF, GraphML, CSV (edges) or node-link JSON by the file's extension.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus_cli.errors import UsageError
from corpus_cli.rows import Coded, Columns

if TYPE_CHECKING:
    import networkx as nx


class Unit(StrEnum):
    """What two entities must share to be tied."""

    sentence = "sentence"
    document = "document"
    event = "event"


FORMATS = (".gexf", ".graphml", ".csv", ".json")
EDGE_FIELDS = ("source", "target", "source_name", "target_name", "weight", "documents")


def units(found: Sequence[tuple[str, Any]], unit: Unit) -> list[set[str]]:
    """The sets of entity ids one document's occurrences, (entity id, sentence) each, give
    per sentence or whole."""
    if unit is Unit.document:
        return [{entity for entity, _ in found}]
    by_sentence: dict[Any, set[str]] = {}
    for entity, sentence in found:
        by_sentence.setdefault(sentence, set()).add(entity)
    return list(by_sentence.values())


def cooccurrences(documents: Iterable[tuple[str, Iterable[set[str]]]]
                  ) -> tuple[Counter[tuple[str, str]], dict[tuple[str, str], set[str]]]:
    """(units shared, documents shared) per pair of entity ids (a < b)."""
    weights: Counter[tuple[str, str]] = Counter()
    shared: dict[tuple[str, str], set[str]] = {}
    for document, sets in documents:
        for members in sets:
            for pair in combinations(sorted(members), 2):
                weights[pair] += 1
                shared.setdefault(pair, set()).add(document)
    return weights, shared


def edge_rows(weights: Counter[tuple[str, str]], shared: Mapping[tuple[str, str], set[str]],
              names: Mapping[str, str], min_weight: int) -> list[dict[str, Any]]:
    """Edges of at least `min_weight`, strongest first."""
    return column_edge_rows(tie_columns(weights, shared), names, min_weight)


def tie_columns(weights: Counter[tuple[str, str]], shared: Mapping[tuple[str, str], set[str]]
                ) -> dict[str, list[Any]]:
    """The ties as the store keeps them, strongest first (the edges' order): "entities" (ids,
    each once), and per tie "source" and "target" (numbers into them), "weight" and
    "documents" (how many documents share it)."""
    ordered = sorted(((pair, w, len(shared[pair])) for pair, w in weights.items()),
                     key=lambda item: (-item[1], -item[2], item[0]))
    ids: dict[str, int] = {}
    columns: dict[str, list[Any]] = {"source": [], "target": [], "weight": [], "documents": []}
    for (a, b), w, d in ordered:
        columns["source"].append(ids.setdefault(a, len(ids)))
        columns["target"].append(ids.setdefault(b, len(ids)))
        columns["weight"].append(w)
        columns["documents"].append(d)
    columns["entities"] = list(ids)
    return columns


def column_edge_rows(columns: Mapping[str, Sequence[Any]], names: Mapping[str, str],
                     min_weight: int) -> list[dict[str, Any]]:
    """Edges of at least `min_weight` from `tie_columns`, strongest first."""
    ids = columns["entities"]
    return _edges(columns, ids, [names.get(key, key) for key in ids], min_weight)


def named_edge_rows(columns: Mapping[str, Sequence[Any]], names: Sequence[str | None],
                    min_weight: int) -> list[dict[str, Any]]:
    """`column_edge_rows` with the name of each of the ties' entities (`names[i]` for
    `columns["entities"][i]`, None where it has none: its id stands for it)."""
    ids = columns["entities"]
    return _edges(columns, ids, [key if name is None else name
                                 for key, name in zip(ids, names, strict=True)], min_weight)


def _edges(columns: Mapping[str, Sequence[Any]], ids: Sequence[str], names: Sequence[str],
           min_weight: int) -> list[dict[str, Any]]:
    return list(edge_table(columns, ids, names, min_weight))


def edge_table(columns: Mapping[str, Sequence[Any]], ids: Sequence[str], names: Sequence[str],
               min_weight: int, wanted: set[str] | None = None) -> Columns:
    """The ties of `tie_columns` of at least `min_weight` (and, with `wanted`, those of one
    of these entity ids) as rows of EDGE_FIELDS by columns, strongest first: each entity's id
    and name (`ids[n]`, `names[n]`) held once, so that no row is made (half a million ties
    at 33,958 articles)."""
    sources, targets = columns["source"], columns["target"]
    table = Columns(EDGE_FIELDS, [Coded(ids, sources), Coded(ids, targets),
                                  Coded(names, sources), Coded(names, targets),
                                  columns["weight"], columns["documents"]])
    weights = columns["weight"]
    if wanted is None and (not weights or min(weights) >= min_weight):
        return table
    chosen = {n for n, key in enumerate(ids) if key in wanted} if wanted is not None else None
    return table.take([i for i, (a, b, w) in enumerate(zip(sources, targets, weights,
                                                            strict=True))
                       if w >= min_weight and (chosen is None or a in chosen or b in chosen)])


def used_entities(edges: Columns) -> set[str]:
    """The ids of the entities an `edge_table` ties."""
    used: set[str] = set()
    for name in ("source", "target"):
        column = edges.columns[EDGE_FIELDS.index(name)]
        assert isinstance(column, Coded)
        used.update(column.values[n] for n in set(column.codes))
    return used


def graph(nodes: Sequence[Mapping[str, Any]], edges: Sequence[Mapping[str, Any]]) -> nx.Graph:
    """An undirected graph of the nodes that have an edge; attributes are plain scalars."""
    import networkx as nx

    g = nx.Graph()
    used = {e["source"] for e in edges} | {e["target"] for e in edges}
    for node in nodes:
        if node["id"] in used:
            g.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    for edge in edges:
        g.add_edge(edge["source"], edge["target"], weight=edge["weight"],
                   documents=edge["documents"])
    return g


def write(g: nx.Graph, path: Path, edges: Sequence[Mapping[str, Any]]) -> None:
    """Write the graph in the format `path`'s extension names."""
    import networkx as nx

    suffix = path.suffix.lower()
    if suffix == ".gexf":
        nx.write_gexf(g, path)
    elif suffix == ".graphml":
        nx.write_graphml(g, path)
    elif suffix == ".json":
        data = nx.node_link_data(g, edges="links")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    elif suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.DictWriter(stream, EDGE_FIELDS)
            writer.writeheader()
            writer.writerows({k: e[k] for k in EDGE_FIELDS} for e in edges)
    else:
        raise UsageError(f"cannot tell the network format of {path.name}: "
                         f"use one of {', '.join(FORMATS)}")
