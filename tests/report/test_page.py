"""The HTML page: self-contained, escaped, and saying when a part was cut."""

from __future__ import annotations

from corpus_cli.report import page

from .test_charts import DATA as CHART_DATA

DATA = {
    **CHART_DATA,
    "limits": {"timeline": 1, "series": 6, "concordance": 5},
    "glance": {**CHART_DATA["glance"], "documents": 2, "unique_documents": 2, "duplicates": 0,
               "words": 10, "removed_share": 0.1, "first_date": "2020-01", "last_date": "2020-01",
               "undated": 0, "undated_documents": [], "languages": {"fr": 2}},
    "timeline": {**CHART_DATA["timeline"], "total": 3, "dated": 2, "shown": 1, "sampled": True},
    "network": {**CHART_DATA["network"], "total_nodes": 2, "total_edges": 1},
    "entities": [{"name": "<P>", "label": "PER", "mentions": 3, "documents": 1, "aliases": [],
                  "roles": ["maire"], "first_seen": "2020", "last_seen": "2020",
                  "anchor": "entity-p", "concordance": [
                      {"document": "a.txt", "title": None, "date": "2020", "left": "avant ",
                       "match": "<P>", "right": " après"}]}],
}


def test_the_page_inlines_everything_and_escapes_text() -> None:
    html = page.render(DATA, {"network": {"mark": "point"}}, "window.x = '</script>';")
    assert "<script src" not in html and "<link" not in html
    assert "<\\/script>" in html  # the inlined script cannot close its element
    assert "&lt;P&gt;" in html and "<P>" not in html
    assert "href='#entity-p'" in html and "id='entity-p'" in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "Languages: fr 2" in html


def test_the_page_says_when_the_timeline_was_sampled() -> None:
    html = page.render(DATA, {}, "")
    assert "1 of 2 dated events are drawn" in html
    assert "No dated event." in html  # no timeline spec given: a note instead of a chart
