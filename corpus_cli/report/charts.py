"""The report's charts as Vega-Lite specifications (plain dicts, data inline).

The same specification is embedded in the HTML page and converted to SVG/PNG for papers;
`width` is a number of pixels, or "container" in the page, which then fits its column.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .layout import placed

Spec = dict[str, Any]
Width = int | str

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
# One colour per label, the same in every chart.
LABEL_COLOURS = {"PER": "#d62728", "LOC": "#1f77b4"}
MAX_SOURCES = 20


def _base(title: str, width: Width, height: int) -> Spec:
    # The $schema is an identifier for tools; nothing fetches it.
    spec: Spec = {"$schema": SCHEMA, "title": title, "width": width, "height": height,
                  "config": {"font": "sans-serif", "view": {"stroke": None}}}
    if width == "container":  # the axes, legends and labels fit inside the column too
        spec["autosize"] = {"type": "fit-x", "contains": "padding"}
    return spec


def documents_by_month(data: Mapping[str, Any], width: Width = 800) -> Spec:
    """Bars: documents per month of their date."""
    return {**_base("Documents per month", width, 160),
            "data": {"values": data["glance"]["by_month"]},
            "mark": {"type": "bar", "tooltip": True},
            "encoding": {
                "x": {"field": "month", "type": "temporal", "timeUnit": "yearmonth",
                      "title": None, "scale": {"padding": 12}},
                "y": {"field": "documents", "type": "quantitative", "title": "documents",
                      "axis": {"tickMinStep": 1, "format": "d"}}}}


def documents_by_source(data: Mapping[str, Any], width: Width = 800) -> Spec:
    """Horizontal bars: documents per source, with the share of boilerplate removed."""
    rows = data["glance"]["by_source"][:MAX_SOURCES]
    values = [{**row, "removed": f"{row['removed_share']:.0%} removed"} for row in rows]
    bars = {"mark": {"type": "bar"},
            "encoding": {"tooltip": [{"field": "source"}, {"field": "documents"},
                                     {"field": "removed", "title": "boilerplate"}]}}
    text = {"mark": {"type": "text", "align": "left", "dx": 4, "color": "#444"},
            "encoding": {"text": {"field": "removed"}}}
    return {**_base("Documents per source (share of boilerplate removed)", width,
                    max(40, 22 * len(values))),
            "data": {"values": values},
            "encoding": {"y": {"field": "source", "type": "nominal", "sort": "-x",
                               "title": None},
                         "x": {"field": "documents", "type": "quantitative",
                               "axis": {"tickMinStep": 1, "format": "d"}}},
            "layer": [bars, text]}


def timeline(data: Mapping[str, Any], width: Width = 800) -> Spec:
    """The timeline on a time axis: a bar for a date that is a span (a month, a week, a
    year), a dot for a day; colour by type; filters by type and by entity in the page."""
    types = data["timeline"]["types"]
    window = data["timeline"].get("focus")
    values = [{**mark, "lane": i % 4, "who": "; ".join(mark["participants"]),
               "by": "; ".join(mark.get("actors") or []),
               "to": "; ".join(mark.get("targets") or []),
               "where": "; ".join(mark["places"]), "told_by": "; ".join(mark["sources"])}
              for i, mark in enumerate(data["timeline"]["marks"])]
    tooltip = [{"field": "date", "title": "date"}, {"field": "type"}, {"field": "status"},
               {"field": "who", "title": "participants"}, {"field": "by", "title": "actors"},
               {"field": "to", "title": "targets"}, {"field": "where", "title": "places"},
               {"field": "told_by", "title": "sources"}, {"field": "sentence", "title": "evidence"}]
    encoding = {
        "x": {"field": "start", "type": "temporal", "title": None,
              "axis": {"labelFlush": False, "labelOverlap": True, "tickCount": 12},
              **({"scale": {"domain": window}} if window else {})},
        "y": {"field": "type", "type": "nominal", "scale": {"domain": types}, "title": None},
        "yOffset": {"field": "lane", "type": "nominal"},
        "color": {"field": "type", "type": "nominal",
                  "scale": {"domain": types, "scheme": "tableau20"}, "legend": None},
        "tooltip": tooltip,
    }
    spans = {"params": [{"name": "zoom", "select": {"type": "interval", "encodings": ["x"]},
                         "bind": "scales"}],
             "transform": [{"filter": "datum.span"}],
             "mark": {"type": "bar", "opacity": 0.45, "cornerRadius": 2, "clip": True},
             "encoding": {**encoding, "x2": {"field": "end"}}}
    days = {"transform": [{"filter": "!datum.span"}],
            "mark": {"type": "point", "filled": True, "size": 60, "opacity": 0.9, "clip": True},
            "encoding": encoding}
    return {**_base("Dated events (bar: a month, week or year; dot: a day; scroll to zoom)", width,
                    max(120, 28 * len(types))),
            "params": [
                {"name": "type_filter", "value": "",
                 "bind": {"input": "select", "options": ["", *types],
                          "labels": ["all types", *types], "name": "Type "}},
                {"name": "entity_filter", "value": "",
                 "bind": {"input": "text", "placeholder": "a name", "name": "Entity "}},
            ],
            "data": {"values": values},
            "transform": [{"filter": "(type_filter == '' || datum.type == type_filter) && "
                                     "(entity_filter == '' || indexof(lower(datum.who + ';' + "
                                     "datum.by + ';' + datum.to + ';' + datum.where), "
                                     "lower(entity_filter)) >= 0)"}],
            "layer": [spans, days]}


def mentions(data: Mapping[str, Any], width: Width = 800) -> Spec:
    """Lines: mentions per month of the most cited people and places (click the legend)."""
    return {**_base("Mentions per month (documents dated that month)", width, 260),
            "data": {"values": data["mentions"]["rows"]},
            "params": [{"name": "pick", "select": {"type": "point", "fields": ["entity"]},
                        "bind": "legend"}],
            "mark": {"type": "line", "point": True, "tooltip": True},
            "encoding": {
                "x": {"field": "month", "type": "temporal", "timeUnit": "yearmonth",
                      "title": None},
                "y": {"field": "mentions", "type": "quantitative",
                      "axis": {"tickMinStep": 1, "format": "d"}},
                "color": {"field": "entity", "type": "nominal",
                          "sort": data["mentions"]["entities"],
                          "scale": {"scheme": "tableau20"}},
                "strokeDash": {"field": "label", "type": "nominal", "title": "label"},
                "opacity": {"condition": {"param": "pick", "value": 1}, "value": 0.15}}}


def network(data: Mapping[str, Any], width: Width = 800) -> Spec:
    """The co-occurrence network: people and places named in one sentence; a link's width
    is the number of such sentences, a circle's size the entity's mentions."""
    nodes, edges = placed(data["network"])
    x = {"field": "x", "type": "quantitative", "axis": None, "scale": {"domain": [-0.08, 1.08]}}
    y = {"field": "y", "type": "quantitative", "axis": None, "scale": {"domain": [-0.08, 1.08]}}
    colour = {"field": "label", "type": "nominal", "title": "label",
              "scale": {"domain": list(LABEL_COLOURS), "range": list(LABEL_COLOURS.values())}}
    return {**_base("Who and where, named in the same sentence", width, 520),
            "layer": [
                {"data": {"values": edges}, "mark": {"type": "rule", "color": "#888"},
                 "encoding": {"x": x, "y": y, "x2": {"field": "x2"}, "y2": {"field": "y2"},
                              "strokeWidth": {"field": "weight", "type": "quantitative",
                                              "scale": {"range": [0.5, 8]},
                                              "title": "sentences together"},
                              "opacity": {"value": 0.6},
                              "tooltip": [{"field": "pair", "title": "link"},
                                          {"field": "weight", "title": "sentences"}]}},
                {"data": {"values": nodes}, "mark": {"type": "circle", "opacity": 0.85},
                 "encoding": {"x": x, "y": y, "color": colour,
                              "size": {"field": "mentions", "type": "quantitative",
                                       "scale": {"range": [40, 900]}, "legend": None},
                              "tooltip": [{"field": "name"}, {"field": "label"},
                                          {"field": "mentions"},
                                          {"field": "links", "title": "sentences with others"}]}},
                {"data": {"values": nodes},
                 "mark": {"type": "text", "dy": -12, "fontSize": 11, "fontWeight": "bold",
                          "stroke": "white", "strokeWidth": 3, "strokeOpacity": 0.8},
                 "encoding": {"x": x, "y": y, "text": {"field": "name"}}},
                {"data": {"values": nodes},
                 "mark": {"type": "text", "dy": -12, "fontSize": 11, "fontWeight": "bold"},
                 "encoding": {"x": x, "y": y, "text": {"field": "name"}}},
            ]}


# The charts in page order: name (file name and HTML id) -> builder.
CHARTS: dict[str, Callable[[Mapping[str, Any], Width], Spec]] = {
    "documents_by_month": documents_by_month,
    "documents_by_source": documents_by_source,
    "timeline": timeline,
    "mentions": mentions,
    "network": network,
}


def specs(data: Mapping[str, Any], width: Width = 800) -> dict[str, Spec]:
    """Every chart that has something to draw (an empty part has no chart)."""
    present = {
        "documents_by_month": bool(data["glance"]["by_month"]),
        "documents_by_source": bool(data["glance"]["by_source"]),
        "timeline": bool(data["timeline"]["marks"]),
        "mentions": bool(data["mentions"]["rows"]),
        "network": bool(data["network"]["nodes"]),
    }
    return {name: build(data, width) for name, build in CHARTS.items() if present[name]}
