"""The Vega-Lite specifications: one per part with data, each drawable with no browser."""

from __future__ import annotations

import pytest

from corpus_cli.report import charts

DATA = {
    "glance": {"by_month": [{"month": "2020-01", "documents": 2}],
               "by_source": [{"source": "Le Journal", "documents": 2, "removed_share": 0.1}]},
    "timeline": {"types": ["visit", "meeting"], "marks": [
        {"start": "2020-01-01", "end": "2020-02-01", "span": True, "precision": "month",
         "date": "janvier 2020", "type": "visit", "status": "occurred", "participants": ["P"],
         "places": ["L"], "sources": ["a.txt"], "sentence": "Texte."}]},
    "mentions": {"entities": ["P"], "rows": [
        {"entity": "P", "label": "PER", "month": "2020-01", "mentions": 3}]},
    "network": {"nodes": [{"name": "P", "label": "PER", "mentions": 3, "links": 1},
                          {"name": "L", "label": "LOC", "mentions": 1, "links": 1}],
                "edges": [{"source": "L", "target": "P", "weight": 1}]},
}


def test_every_part_with_data_has_a_chart_and_an_empty_one_has_none() -> None:
    assert list(charts.specs(DATA)) == list(charts.CHARTS)
    empty = {**DATA, "network": {"nodes": [], "edges": []}}
    assert "network" not in charts.specs(empty)


def test_the_timeline_filters_by_type_and_entity_and_draws_spans_as_bars() -> None:
    spec = charts.timeline(DATA)
    assert [p["name"] for p in spec["params"]] == ["type_filter", "entity_filter"]
    spans, days = spec["layer"]
    assert spans["mark"]["type"] == "bar" and "x2" in spans["encoding"]
    assert days["mark"]["type"] == "point"


@pytest.mark.parametrize("name", list(charts.CHARTS))
def test_each_chart_draws_to_svg_offline(name: str) -> None:
    vl_convert = pytest.importorskip("vl_convert")
    svg = vl_convert.vegalite_to_svg(charts.CHARTS[name](DATA, 400))
    assert svg.startswith("<svg") and "<path" in svg
