"""`corpus report`: build time, file size and page open time, for Vega-Lite and Plotly.

Run by hand with the project's virtualenv active (Chromium and Playwright installed):

    python benchmarks/bench_report.py [--corpus FILE_OR_DIR ...] [--store DIR] [--plotly]
        [--runs 3] [--markdown]

Each corpus (the seeds, then each --corpus, analysed beforehand with `corpus analyse` into
the same store, e.g. the first 5,000 lines of OrangeSum) is timed in fresh processes:
  build (first)  `corpus report PATH -o FILE` the first time after `corpus analyse PATH`
                 (run here, a no-op when the store has it): the report's mention figures
                 are computed and kept in the store (the chart script is already cached)
  build (again)  the same command again: every answer read from the store
  size           the HTML file
  open           Chromium (headless, Playwright): from navigation to every chart drawn
  figures        `--figures DIR` too: each chart as SVG and PNG, no browser
With --plotly, the same report data is drawn with Plotly (plotly.js inlined, one chart per
part, the network as scatter traces) to compare file size, build time and open time; static
figures with Plotly need kaleido and a browser, so they are not timed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CHROMIUM = os.environ.get("CORPUS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def run(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([PYTHON, "-m", "corpus_cli", *args], env=env, check=True,
                   capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def open_time(html: Path, ready: str) -> float:
    """Seconds from navigation to `ready` being true, in a fresh headless Chromium."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=FLAGS,
            viewport={"width": 1280, "height": 900})
        page = context.new_page()
        started = time.perf_counter()
        page.goto(html.resolve().as_uri())
        page.wait_for_function(ready, timeout=120_000)
        took = time.perf_counter() - started
        context.close()
    return took


def prepare(paths: list[str], env: dict[str, str]) -> None:
    """The analyses and corpus-level answers in the store, the chart script in its cache."""
    run(["analyse", *paths, "--format", "json"], env)
    code = ("from corpus_cli import api\nfrom corpus_cli.report.bundle import javascript\n"
            "javascript(api.store_directory())")
    subprocess.run([PYTHON, "-c", code], env=env, check=True, cwd=ROOT)


def bench_vega(paths: list[str], env: dict[str, str], folder: Path, runs: int) -> dict:
    html = folder / "report.html"
    prepare(paths, env)
    first = run(["report", *paths, "-o", str(html)], env)
    again = [run(["report", *paths, "-o", str(html)], env) for _ in range(runs)]
    figures = run(["report", *paths, "-o", str(html), "--figures", str(folder / "fig")], env)
    opened = [open_time(html, "window.corpusReport && window.corpusReport.done")
              for _ in range(runs)]
    return {"library": "Vega-Lite (vl-convert)", "build_first": first,
            "build_again": statistics.median(again), "figures": figures,
            "bytes": html.stat().st_size, "open": statistics.median(opened)}




def plotly_page(data: dict) -> str:
    """The same parts drawn with Plotly, plotly.js inlined once."""
    import plotly.graph_objects as go
    import plotly.io as pio

    from corpus_cli.report.layout import placed

    glance, marks = data["glance"], data["timeline"]["marks"]
    figures = [
        go.Figure(go.Bar(x=[r["month"] for r in glance["by_month"]],
                         y=[r["documents"] for r in glance["by_month"]])),
        go.Figure(go.Bar(y=[r["source"] for r in glance["by_source"]],
                         x=[r["documents"] for r in glance["by_source"]], orientation="h")),
    ]
    timeline = go.Figure()
    for kind in data["timeline"]["types"]:
        chosen = [m for m in marks if m["type"] == kind]
        timeline.add_trace(go.Scatter(
            x=[m["start"] for m in chosen], y=[kind] * len(chosen), mode="markers", name=kind,
            text=[m["sentence"] for m in chosen]))
    figures.append(timeline)
    lines = go.Figure()
    for name in data["mentions"]["entities"]:
        rows = [r for r in data["mentions"]["rows"] if r["entity"] == name]
        lines.add_trace(go.Scatter(x=[r["month"] for r in rows], y=[r["mentions"] for r in rows],
                                   name=name))
    figures.append(lines)
    nodes, edges = placed(data["network"])
    network = go.Figure()
    for edge in edges:
        network.add_trace(go.Scatter(x=[edge["x"], edge["x2"]], y=[edge["y"], edge["y2"]],
                                     mode="lines", line={"width": 1 + edge["weight"] / 2},
                                     showlegend=False))
    network.add_trace(go.Scatter(x=[n["x"] for n in nodes], y=[n["y"] for n in nodes],
                                 text=[n["name"] for n in nodes], mode="markers+text"))
    figures.append(network)
    divs = [pio.to_html(fig, full_html=False, include_plotlyjs=(i == 0))
            for i, fig in enumerate(figures)]
    return "<!doctype html><html><head><meta charset='utf-8'></head><body>" + "".join(
        divs) + "</body></html>"


def bench_plotly(paths: list[str], env: dict[str, str], folder: Path, runs: int) -> dict:
    """Build time measured in-process from the same report data (store answers only)."""
    code = (
        "import sys, time, json\n"
        "started = time.perf_counter()\n"
        "from corpus_cli import api\n"
        "sys.path.insert(0, {!r})\n"
        "from bench_report import plotly_page\n"
        "with api.analyse({!r}) as corpus:\n"
        "    data = api.report_data(corpus)\n"
        "open({!r}, 'w').write(plotly_page(data))\n"
        "print(time.perf_counter() - started)\n"
    ).format(str(ROOT / "benchmarks"), paths, str(folder / "plotly.html"))
    builds = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([PYTHON, "-c", code], env=env, check=True, capture_output=True, cwd=ROOT)
        builds.append(time.perf_counter() - started)
    html = folder / "plotly.html"
    ready = ("document.querySelectorAll('.plotly-graph-div .main-svg').length >= "
             "document.querySelectorAll('.plotly-graph-div').length && "
             "document.querySelectorAll('.plotly-graph-div').length > 0")
    opened = [open_time(html, ready) for _ in range(runs)]
    return {"library": "Plotly (plotly.js inline)", "build_first": None,
            "build_again": statistics.median(builds), "figures": None,
            "bytes": html.stat().st_size, "open": statistics.median(opened)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", action="append", default=[],
                        help="an analysed corpus (file or folder); repeatable")
    parser.add_argument("--store", help="CORPUS_CACHE_DIR holding the analyses")
    parser.add_argument("--plotly", action="store_true", help="also time the Plotly variant")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--markdown", action="store_true")
    options = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if options.store:
        env["CORPUS_CACHE_DIR"] = options.store
    results = []
    for paths in [[], *([c] for c in options.corpus)]:
        name = Path(paths[0]).name if paths else "seeds"
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            rows = [bench_vega(paths, env, folder, options.runs)]
            if options.plotly:
                rows.append(bench_plotly(paths, env, folder, options.runs))
        for row in rows:
            results.append({"corpus": name, **row})
            print(json.dumps(results[-1]), file=sys.stderr)
    if options.markdown:
        print("| corpus | library | build, first | build, again | with figures | size | open |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for r in results:
            def seconds(value: float | None) -> str:
                return "–" if value is None else f"{value:.1f} s"
            print(f"| {r['corpus']} | {r['library']} | {seconds(r['build_first'])} | "
                  f"{seconds(r['build_again'])} | {seconds(r['figures'])} | "
                  f"{r['bytes'] / 1e6:.2f} MB | {r['open']:.2f} s |")
    else:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
