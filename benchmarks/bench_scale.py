"""Speed and memory at corpus scale: throughput, --jobs scaling, peak memory, store answers.

Run by hand, from the project folder with its virtualenv active (`. .venv/bin/activate`):

    python benchmarks/bench_scale.py --quick          # 500 and 5,000 articles, ~25 min
    python benchmarks/bench_scale.py                  # and all 33,958 articles, ~2 h
    python benchmarks/bench_scale.py --steps answers,incremental --sizes 33958 --keep

Steps (`--steps`, comma-separated; default all), on heads of
../shared/data/orangesum_fr_news.jsonl.gz written as JSON Lines under --work:
  throughput   `corpus analyse` --jobs 1 on a cold store against bare `nlp.pipe` (same model,
               components and batch size, same texts) in the same run, each in a fresh
               process, model load included in both: words per second and their ratio.
  scaling      the same `corpus analyse` with --jobs 2 against --jobs 1.
  memory       peak memory of all `corpus` processes (the process and its workers, PSS
               summed, sampled every 0.2 s from /proc) while analysing each size on a cold
               store at --jobs 1; the store of each size is kept for the next steps.
  answers      on each analysed size: `corpus stats`, `entities`, `timeline` (first answer,
               which consolidates and keeps the result, then the median of 3 later answers)
               and `corpus --help`, each in a fresh process, and whether spaCy was imported;
               plus the consolidation and merge alone (in this process) to show the curve.
  incremental  10 articles from beyond the largest head added to it: how many are analysed.
Prints a Markdown table per step; --json writes all figures to a file as well.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "orangesum_fr_news.jsonl.gz"
STEPS = ("throughput", "scaling", "memory", "answers", "incremental")
CORPUS = [sys.executable, "-m", "corpus_cli"]

BARE_PIPE = """
import json, sys, time
started = time.perf_counter()
from corpus_cli.nlp import model as nlp
model = nlp.load()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
loaded = time.perf_counter()
for doc in model.pipe(texts, batch_size=nlp.BATCH_SIZE):
    pass
print(json.dumps({"load": loaded - started, "parse": time.perf_counter() - loaded}))
"""

SPACY_PROBE = """
import sys
from corpus_cli.cli import app
try:
    app(sys.argv[1:])
except SystemExit:
    pass
print("SPACY" if "spacy" in sys.modules else "NO-SPACY", file=sys.stderr)
"""


def write_heads(sizes: list[int], work: Path, data: Path) -> dict[int, Path]:
    """The first N articles of the corpus as JSON Lines, one file per size, and for each size
    the 10 articles that follow it (for the incremental step)."""
    work.mkdir(parents=True, exist_ok=True)
    paths = {size: work / f"head_{size}.jsonl" for size in sizes}
    if all(p.exists() and _extra(p).exists() for p in paths.values()):
        return paths
    with gzip.open(data, "rt", encoding="utf-8") as stream:
        lines = [line for _, line in zip(range(max(sizes) + 10), stream, strict=False)]
    for size, path in paths.items():
        path.write_text("".join(lines[:size]), encoding="utf-8")
        _extra(path).write_text("".join(lines[size:size + 10]), encoding="utf-8")
    return paths


def _extra(head: Path) -> Path:
    return head.with_name(head.stem + "_next_10.jsonl")


class Peak:
    """Peak of the summed memory of a process and its descendants, from /proc: proportional
    set size (PSS: a page shared by forked workers counts once in all), RSS if unavailable."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, sum(_rss(p) for p in _tree(self.pid)))
            self._stop.wait(0.2)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def _tree(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry.name))
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, ()))
    return found


def _rss(pid: int) -> int:
    for name, field in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
                if line.startswith(field):
                    return int(line.split()[1]) * 1024
        except OSError:
            continue
    return 0


def run(args: list[str], store: Path, measure: bool = False) -> dict[str, Any]:
    """Run a command with the store at `store`; wall time, peak memory, stdout, stderr."""
    env = dict(os.environ, CORPUS_CACHE_DIR=str(store))
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                               text=True, cwd=ROOT)
    peak = Peak(process.pid) if measure else None
    out, err = process.communicate()
    wall = time.perf_counter() - started
    if process.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(args)} failed ({process.returncode}): {err[-2000:]}")
    return {"wall": wall, "peak": peak.stop() if peak else None, "stdout": out, "stderr": err}


def analyse(path: Path, store: Path, jobs: int, measure: bool = False) -> dict[str, Any]:
    result = run([*CORPUS, "analyse", str(path), "--jobs", str(jobs), "--format", "json"],
                 store, measure)
    result.update(json.loads(result["stdout"]))
    words = json.loads(run([*CORPUS, "stats", str(path), "--format", "json"], store)["stdout"])
    result["words"] = words["corpus"]["words"]
    return result


def fresh(store: Path) -> Path:
    shutil.rmtree(store, ignore_errors=True)
    return store


def step_throughput(head: Path, work: Path, figures: dict[str, Any]) -> None:
    bare = json.loads(subprocess.run([sys.executable, "-c", BARE_PIPE, str(head)], check=True,
                                     capture_output=True, text=True, cwd=ROOT).stdout)
    product = analyse(head, fresh(work / "store-throughput"), jobs=1)
    bare_wall = bare["load"] + bare["parse"]
    figures["throughput"] = {
        "documents": product["documents"], "words": product["words"],
        "bare_seconds": round(bare_wall, 1), "corpus_seconds": round(product["wall"], 1),
        "bare_words_per_second": round(product["words"] / bare_wall),
        "corpus_words_per_second": round(product["words"] / product["wall"]),
        "ratio": round(bare_wall / product["wall"], 3),
    }
    t = figures["throughput"]
    print(f"\n### Throughput ({t['documents']:,} articles, {t['words']:,} words, --jobs 1)\n")
    print("| | seconds | words/s |\n|---|---:|---:|")
    print(f"| bare `nlp.pipe` | {t['bare_seconds']} | {t['bare_words_per_second']:,} |")
    print(f"| `corpus analyse` | {t['corpus_seconds']} | {t['corpus_words_per_second']:,} |")
    print(f"| ratio corpus / bare | | {t['ratio']} |")


def step_scaling(head: Path, work: Path, figures: dict[str, Any]) -> None:
    one = figures.get("throughput", {}).get("corpus_seconds")
    if one is None:
        one = analyse(head, fresh(work / "store-scaling-1"), jobs=1)["wall"]
    two = analyse(head, fresh(work / "store-scaling-2"), jobs=2, measure=True)
    figures["scaling"] = {"jobs_1_seconds": round(one, 1), "jobs_2_seconds": round(two["wall"], 1),
                          "speedup": round(one / two["wall"], 2),
                          "jobs_2_peak_mb": round(two["peak"] / 2**20)}
    s = figures["scaling"]
    print(f"\n### --jobs 2 against --jobs 1 ({head.name})\n")
    print("| jobs 1 s | jobs 2 s | speed-up | peak MB, jobs 2 (all processes, PSS) |")
    print("|---:|---:|---:|---:|")
    print(f"| {s['jobs_1_seconds']} | {s['jobs_2_seconds']} | {s['speedup']}x | "
          f"{s['jobs_2_peak_mb']} |")


def step_memory(heads: dict[int, Path], work: Path, figures: dict[str, Any]) -> None:
    rows = []
    for size, head in sorted(heads.items()):
        result = analyse(head, fresh(work / f"store-{size}"), jobs=1, measure=True)
        rows.append({"documents": size, "words": result["words"],
                     "seconds": round(result["wall"], 1),
                     "words_per_second": round(result["words"] / result["wall"]),
                     "peak_mb": round(result["peak"] / 2**20)})
        print(f"  analysed {size:,} articles in {result['wall']:.0f} s", file=sys.stderr)
    figures["memory"] = rows
    print("\n### Peak memory while analysing (--jobs 1, cold store)\n")
    print("| articles | words | seconds | words/s | peak memory MB (PSS) |")
    print("|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['documents']:,} | {r['words']:,} | {r['seconds']} | "
              f"{r['words_per_second']:,} | {r['peak_mb']} |")


def _timed(args: list[str], store: Path, runs: int) -> tuple[float, bool]:
    walls, spacy = [], False
    for _ in range(runs):
        result = run([sys.executable, "-c", SPACY_PROBE, *args], store)
        walls.append(result["wall"])
        spacy = spacy or "NO-SPACY" not in result["stderr"]
    return statistics.median(walls), spacy


def consolidation_seconds(head: Path, store: Path) -> dict[str, float]:
    """Consolidation and merge alone, in this process, from the store's rows."""
    os.environ["CORPUS_CACHE_DIR"] = str(store)
    from corpus_cli.api.core import _Entities, _merged_timeline
    from corpus_cli.runtime.pipeline import load_corpus

    with load_corpus([str(head)]) as corpus:
        started = time.perf_counter()
        entities = _Entities(corpus, None)
        entities()
        entities_done = time.perf_counter()
        _merged_timeline(corpus, entities)
        merged = time.perf_counter()
    return {"entities": entities_done - started, "timeline": merged - entities_done}


def step_answers(heads: dict[int, Path], work: Path, figures: dict[str, Any]) -> None:
    rows = []
    for size, head in sorted(heads.items()):
        store = work / f"store-{size}"
        if not store.exists():
            print(f"  no analysed store for {size}: run the memory step first", file=sys.stderr)
            continue
        row: dict[str, Any] = {"documents": size}
        curve = consolidation_seconds(head, store)
        row["consolidate_seconds"] = round(curve["entities"], 2)
        row["merge_seconds"] = round(curve["timeline"], 2)
        for command in ("stats", "entities", "timeline"):
            args = [command, str(head), "--format", "jsonl"]
            first, _ = _timed(args, store, 1)
            later, spacy = _timed(args, store, 3)
            row[f"{command}_first"] = round(first, 2)
            row[command] = round(later, 2)
            row[f"{command}_imports_spacy"] = spacy
        row["help"], row["help_imports_spacy"] = _timed(["--help"], store, 5)
        row["help"] = round(row["help"], 2)
        rows.append(row)
    figures["answers"] = rows
    print("\n### Answers from the store (seconds, fresh process; first answer, then median of 3)\n")
    print("| articles | stats | entities (first) | timeline (first) | --help | spaCy imported | "
          "consolidate | merge |\n|---:|---:|---:|---:|---:|---|---:|---:|")
    for r in rows:
        imported = any(r[k] for k in r if k.endswith("imports_spacy"))
        print(f"| {r['documents']:,} | {r['stats']} | {r['entities']} ({r['entities_first']}) | "
              f"{r['timeline']} ({r['timeline_first']}) | {r['help']} | "
              f"{'yes' if imported else 'no'} | {r['consolidate_seconds']} | "
              f"{r['merge_seconds']} |")


def step_incremental(heads: dict[int, Path], work: Path, figures: dict[str, Any]) -> None:
    """On the largest analysed head that the corpus has 10 more articles beyond."""
    candidates = [s for s in sorted(heads) if _extra(heads[s]).stat().st_size > 0
                  and (work / f"store-{s}").exists()]
    if not candidates:
        print("  no analysed head with 10 articles after it: run the memory step first",
              file=sys.stderr)
        return
    size = candidates[-1]
    store = work / f"store-{size}"
    extra = _extra(heads[size])
    result = run([*CORPUS, "analyse", str(heads[size]), str(extra), "--format", "json"], store)
    data = json.loads(result["stdout"])
    figures["incremental"] = {"documents": data["documents"], "analysed": data["analysed"],
                              "from_store": data["from_store"],
                              "seconds": round(result["wall"], 1)}
    i = figures["incremental"]
    print(f"\n### Incremental: {size:,} analysed articles plus 10 new ones\n")
    print("| documents | analysed | from the store | seconds |\n|---:|---:|---:|---:|")
    print(f"| {i['documents']:,} | {i['analysed']} | {i['from_store']:,} | {i['seconds']} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--work", type=Path, default=Path("/tmp/corpus-bench-scale"))
    parser.add_argument("--sizes", default="500,5000,33958")
    parser.add_argument("--quick", action="store_true", help="sizes 500 and 5000 only")
    parser.add_argument("--throughput-size", type=int, default=1000)
    parser.add_argument("--steps", default=",".join(STEPS))
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    options = parser.parse_args()
    sizes = [500, 5000] if options.quick else [int(s) for s in options.sizes.split(",")]
    steps = options.steps.split(",")
    unknown = set(steps) - set(STEPS)
    if unknown:
        parser.error(f"unknown steps {sorted(unknown)}; steps: {', '.join(STEPS)}")
    heads = write_heads(sorted({*sizes, options.throughput_size}), options.work, options.data)
    small = heads[options.throughput_size]
    figures: dict[str, Any] = {"machine": f"{os.cpu_count()} cores, {os.uname().machine}",
                               "python": sys.version.split()[0]}
    sized = {size: heads[size] for size in sizes}
    if "throughput" in steps:
        step_throughput(small, options.work, figures)
    if "scaling" in steps:
        step_scaling(small, options.work, figures)
    if "memory" in steps:
        step_memory(sized, options.work, figures)
    if "answers" in steps:
        step_answers(sized, options.work, figures)
    if "incremental" in steps:
        step_incremental(sized, options.work, figures)
    if options.json:
        options.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
