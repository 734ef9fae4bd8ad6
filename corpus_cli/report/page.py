"""The report as one HTML page: every script, style and datum inline, no request made.

A Content-Security-Policy in the page forbids every fetch, so a chart that tried to load
anything would fail visibly instead of reaching the network.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

CSP = ("default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; "
       "style-src 'unsafe-inline'; img-src data: blob:; font-src data:")

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header,section{max-width:1100px;margin:0 auto;padding:0 24px}
header{padding-top:18px}h1{margin:0 0 4px}h2{border-bottom:2px solid #ddd;margin-top:34px}
nav a{margin-right:14px}.note{color:#555;font-size:14px}.warn{color:#8a4b00}
.figures{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0 14px;padding:0}
.figures div{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 14px}
.figures dt{font-size:12px;color:#666}.figures dd{margin:0;font-size:20px;font-weight:600}
.box{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:10px;margin-bottom:14px}
.chart{width:100%}
.vega-bindings{margin-top:6px}.vega-bind{display:inline-block;margin-right:18px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
th,td{border-bottom:1px solid #e5e5e5;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.n{text-align:right}
.kwic li{margin:3px 0}.kwic .left{color:#555}.kwic mark{background:#ffe28a;font-weight:600}
.kwic .right{color:#555}.doc{font-size:12px;color:#777;display:block}
.concordance section{border-top:1px solid #e5e5e5}.concordance h3{margin:10px 0 4px}
#errors{color:#b00}
.detail{background:#fff;border-left:4px solid #1f77b4;padding:8px 12px;font-size:14px}
"""

# Draws every chart; records views and failures for whoever inspects the page.
RUNNER = """
(function () {
  var report = window.corpusReport = {views: {}, errors: [], done: false};
  var specs = JSON.parse(document.getElementById('corpus-specs').textContent);
  var drawn = Object.keys(specs).map(function (name) {
    var options = {renderer: 'canvas', actions: false};
    return vegaEmbed('#chart-' + name, specs[name], options).then(function (result) {
      report.views[name] = result.view;
      var detail = document.getElementById('detail-' + name);
      if (detail) result.view.addEventListener('click', function (event, item) {
        if (item && item.datum && item.datum.sentence !== undefined) show(detail, item.datum);
      });
    }).catch(function (error) {
      report.errors.push(name + ': ' + error);
      document.getElementById('errors').textContent += name + ': ' + error + '\\n';
      throw error;
    });
  });
  function show(detail, d) {
    var rows = [['date', d.date], ['type', d.type + ' (' + d.status + ')'],
                ['participants', d.who], ['actors', d.by], ['targets', d.to],
                ['places', d.where], ['sources', d.told_by],
                ['evidence', d.sentence]];
    detail.textContent = '';
    rows.forEach(function (row) {
      if (!row[1]) return;
      var line = document.createElement('div'), name = document.createElement('b');
      name.textContent = row[0] + ': ';
      line.appendChild(name);
      line.appendChild(document.createTextNode(row[1]));
      detail.appendChild(line);
    });
  }
  Promise.allSettled(drawn).then(function () { report.done = true; });
})();
"""


def _script_json(value: Any) -> str:
    """JSON safe inside a <script> element."""
    return (json.dumps(value, ensure_ascii=False)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _inline_script(code: str) -> str:
    return "<script>" + code.replace("</script", "<\\/script") + "</script>"


def render(data: Mapping[str, Any], specs: Mapping[str, Mapping[str, Any]], script: str,
           title: str = "Corpus report") -> str:
    """The whole page: `data` from api.report_data, `specs` from charts.specs, `script` the
    bundled chart libraries."""
    parts = [
        "<!doctype html>", '<html lang="fr"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
        _header(data, title), _glance(data, specs), _timeline(data, specs),
        _mentions(data, specs), _network(data, specs), _entities(data),
        '<section><pre id="errors"></pre></section>',
        _inline_script(script),
        f'<script type="application/json" id="corpus-specs">{_script_json(specs)}</script>',
        _inline_script(RUNNER), "</body></html>",
    ]
    return "\n".join(parts)


def _chart(name: str, specs: Mapping[str, Any], empty: str) -> str:
    if name not in specs:
        return f'<p class="note">{escape(empty)}</p>'
    return (f'<div class="box"><div class="chart" id="chart-{name}" role="img" '
            f'aria-label="{name}"></div></div>')


def _header(data: Mapping[str, Any], title: str) -> str:
    glance = data["glance"]
    span = f"{glance['first_date']} to {glance['last_date']}" if glance["first_date"] else ""
    return (f"<header><h1>{escape(title)}</h1><p class='note'>{glance['unique_documents']:,}"
            f" documents {escape(span)}. Built by <code>corpus report</code> from the same "
            "answers as <code>corpus stats</code>, <code>timeline</code> and "
            "<code>entities</code>.</p><nav><a href='#glance'>At a glance</a>"
            "<a href='#timeline'>Timeline</a><a href='#mentions'>Mentions over time</a>"
            "<a href='#network'>Network</a><a href='#entities'>Top entities</a></nav></header>")


def _figure(name: str, value: Any) -> str:
    return f"<div><dt>{escape(name)}</dt><dd>{escape(str(value))}</dd></div>"


def _glance(data: Mapping[str, Any], specs: Mapping[str, Any]) -> str:
    glance = data["glance"]
    undated = ", ".join(glance["undated_documents"])
    more = " …" if glance["undated"] > len(glance["undated_documents"]) else ""
    figures = "".join([
        _figure("documents", f"{glance['documents']:,}"),
        _figure("exact duplicates", f"{glance['duplicates']:,}"),
        _figure("words", f"{glance['words']:,}"),
        _figure("boilerplate removed", f"{glance['removed_share']:.1%}"),
        _figure("undated documents", f"{glance['undated']:,}"),
        _figure("first date", glance["first_date"] or "–"),
        _figure("last date", glance["last_date"] or "–"),
    ])
    note = (f"<p class='note'>Undated: {escape(undated)}{more}</p>" if undated else "")
    languages = glance.get("languages") or {}
    if languages:
        note += ("<p class='note'>Languages: " + escape(", ".join(
            f"{language} {count:,}" for language, count in languages.items())) + "</p>")
    return ("<section id='glance'><h2>The corpus at a glance</h2>"
            f"<dl class='figures'>{figures}</dl>{note}"
            + _chart("documents_by_month", specs, "No dated document.")
            + _chart("documents_by_source", specs, "No document.") + "</section>")


def _timeline(data: Mapping[str, Any], specs: Mapping[str, Any]) -> str:
    part = data["timeline"]
    note = (f"{part['dated']:,} of the {part['total']:,} events have a date on the axis; the "
            "others (durations, undated) are in <code>corpus timeline --include-undated</code>. "
            "Hover a mark for its evidence, participants, actors, targets and sources; click it "
            "to keep them below the chart.")
    sampled = ""
    if part.get("focus"):
        low, high = part["focus"]
        note += (f" The axis opens on {escape(low)} to {escape(high)}, where 98% of the drawn "
                 "events lie; scroll out to see the few far older or later dates.")
    if part["sampled"]:
        sampled = (f"<p class='note warn'>Large corpus: {part['shown']:,} of {part['dated']:,}"
                   f" dated events are drawn (the limit is {data['limits']['timeline']:,}): "
                   "those told by the most sources, then with the most participants.</p>")
    return ("<section id='timeline'><h2>Timeline</h2>"
            f"<p class='note'>{note}</p>{sampled}"
            + _chart("timeline", specs, "No dated event.")
            + "<div class='detail' id='detail-timeline'>Click a mark to keep its evidence, "
            "participants and sources here.</div></section>")


def _mentions(data: Mapping[str, Any], specs: Mapping[str, Any]) -> str:
    names = ", ".join(data["mentions"]["entities"])
    return ("<section id='mentions'><h2>Mentions over time</h2>"
            f"<p class='note'>The {data['limits']['series']} most cited people and places, and "
            f"those asked with <code>--entity</code>: {escape(names)}. Click a name in the "
            "legend to pick it out.</p>"
            + _chart("mentions", specs, "No mention in a dated document.") + "</section>")


def _network(data: Mapping[str, Any], specs: Mapping[str, Any]) -> str:
    part = data["network"]
    note = (f"{len(part['nodes'])} of {part['total_nodes']:,} people and places, with the "
            f"{len(part['edges'])} heaviest of {part['total_edges']:,} links: two are linked "
            "when one sentence names both; the wider the line, the more such sentences.")
    return ("<section id='network'><h2>Co-occurrence network</h2>"
            f"<p class='note'>{escape(note)}</p>"
            + _chart("network", specs, "No two people or places named in one sentence.")
            + "</section>")


def _joined(values: Sequence[str] | None) -> str:
    return escape("; ".join(values or []))


def _entities(data: Mapping[str, Any]) -> str:
    cards = data["entities"]
    rows = "".join(
        f"<tr><td><a href='#{card['anchor']}'>{escape(card['name'])}</a></td>"
        f"<td>{card['label']}</td><td class='n'>{card['mentions']:,}</td>"
        f"<td class='n'>{card['documents']:,}</td><td>{_joined(card['aliases'])}</td>"
        f"<td>{_joined(card['roles'])}</td>"
        f"<td>{escape(card['first_seen'] or '')} – {escape(card['last_seen'] or '')}</td></tr>"
        for card in cards)
    table = ("<table><thead><tr><th>name</th><th>label</th><th>mentions</th><th>documents</th>"
             "<th>aliases</th><th>roles</th><th>seen</th></tr></thead>"
             f"<tbody>{rows}</tbody></table>")
    lines = "".join(_concordance(card) for card in cards)
    return ("<section id='entities'><h2>Top entities</h2>"
            f"<p class='note'>The {len(cards)} most mentioned entities; each name leads to its "
            "concordance lines (its first mention in each document, up to "
            f"{data['limits']['concordance']}).</p>{table}"
            f"<div class='concordance'>{lines}</div></section>")


def _concordance(card: Mapping[str, Any]) -> str:
    items = []
    for line in card["concordance"]:
        about = escape(" · ".join(str(part) for part in (line["document"], line.get("title"),
                                                          line.get("date")) if part))
        if "match" in line:
            text = (f"<span class='left'>…{escape(line['left'])}</span><mark>"
                    f"{escape(line['match'])}</mark><span class='right'>"
                    f"{escape(line['right'])}…</span>")
        else:
            text = "<span class='note'>(text not available)</span>"
        items.append(f"<li><span class='doc'>{about}</span>{text}</li>")
    return (f"<section id='{card['anchor']}'><h3>{escape(card['name'])} "
            f"<small>({card['label']}, {card['mentions']:,} mentions)</small></h3>"
            f"<ol class='kwic'>{''.join(items)}</ol><a href='#entities'>↑ table</a></section>")
