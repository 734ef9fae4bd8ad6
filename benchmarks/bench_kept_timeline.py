"""Time `corpus timeline` served from a kept timeline, the code of two checkouts interleaved.

    python benchmarks/bench_kept_timeline.py --source STORE --checkouts OLD NEW [--runs 3]

Takes the largest timeline kept in STORE (any version's: only its entries are used, so a
store whose analyses another ANALYSIS_VERSION wrote will do), keeps it in a scratch store per
checkout as that checkout keeps a timeline (`keep`), then, in fresh processes, writes it to a
file as `corpus timeline -f FORMAT` writes an unfiltered timeline (json, jsonl, csv) and checks
the two checkouts' outputs byte for byte. Wall and CPU seconds and peak memory are of the
serving process alone (no command-line start-up: time `corpus --help` for that).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

# Runs inside a checkout (PYTHONPATH): keeps or serves the timeline of a scratch corpus.
SERVE = r'''
import sys, zlib
from pathlib import Path
from corpus_cli import api
from corpus_cli.api import core
from corpus_cli.output import Format, write_csv, write_json, write_jsonl
from corpus_cli.runtime.packing import loads
from corpus_cli.runtime.pipeline import KEPT_STATES, Corpus
from corpus_cli.runtime.store import Store

mode, folder, source = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
corpus = Corpus(_records=[], errors=[], store=Store(folder), run="bench")
try:  # a checkout before the store's Zstandard wrote zlib only
    from corpus_cli.runtime.codec import decompress
except ImportError:
    decompress = zlib.decompress
if mode == "keep":
    merged = loads(decompress(Path(source).read_bytes()))
    if hasattr(core, "_keep_timeline"):
        core._keep_timeline(corpus, "", merged)
    else:
        corpus.keep(core._TIMELINE, merged, KEPT_STATES)
    raise SystemExit(0)
fmt = Format(mode)
cut = getattr(api, "timeline_output", None)
written = cut(corpus, None, None, fmt, None) if cut is not None else None
if written is not None:
    from corpus_cli.output import write_bytes
    write_bytes(written, sys.stdout)
else:
    rows = api.timeline(corpus)
    if fmt is Format.json:
        write_json(list(rows), sys.stdout)
    elif fmt is Format.jsonl:
        write_jsonl(rows, sys.stdout)
    else:
        write_csv(rows, list(rows[0].keys()), sys.stdout)
'''


def largest_timeline(store: Path) -> bytes:
    uri = f"{store.resolve().as_uri()}/store.sqlite3?mode=ro"
    with sqlite3.connect(uri, uri=True) as connection:
        row = connection.execute("SELECT data FROM results WHERE kind LIKE 'timeline:%' "
                                 "ORDER BY length(data) DESC LIMIT 1").fetchone()
    if row is None:
        raise SystemExit(f"{store}: no kept timeline")
    return bytes(row[0])


def run(checkout: str, argv: list[str], output: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds and peak memory (MB) of one fresh process."""
    env = {**os.environ, "PYTHONPATH": checkout}
    started = time.perf_counter()
    with output.open("wb") as stream:
        process = subprocess.Popen([sys.executable, "-c", SERVE, *argv], stdout=stream,
                                   env=env, cwd=checkout)
        _, status, usage = os.wait4(process.pid, 0)
    if status:
        raise SystemExit(f"{checkout}: {argv} failed")
    return (time.perf_counter() - started, usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss // 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--checkouts", nargs=2, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--formats", nargs="+", default=["json", "jsonl", "csv"])
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-kept-timeline-"))
    from corpus_cli.runtime.codec import decompress

    # zlib, which every checkout compared reads (a store now keeps it as Zstandard)
    source = work / "timeline.zlib"
    source.write_bytes(zlib.compress(decompress(largest_timeline(args.source)), 6))
    print(f"timeline: {len(zlib.decompress(source.read_bytes())):,} bytes of JSON")
    print("| checkout | step | wall (s) | CPU (s) | peak (MB) | output |")
    print("|---|---|---:|---:|---:|---|")
    for number, checkout in enumerate(args.checkouts):
        wall, cpu, peak = run(checkout, ["keep", str(work / str(number)), str(source)],
                              work / "keep.out")
        size = sqlite3.connect(work / str(number) / "store.sqlite3").execute(
            "SELECT sum(length(data)) FROM results").fetchone()[0]
        print(f"| {checkout} | keep | {wall:.2f} | {cpu:.2f} | {peak} | {size:,} B kept |")
    for fmt in args.formats:
        times: dict[int, list[tuple[float, float, int]]] = {0: [], 1: []}
        for _ in range(args.runs):
            for number, checkout in enumerate(args.checkouts):
                times[number].append(run(checkout, [fmt, str(work / str(number)), ""],
                                         work / f"{number}.{fmt}"))
        same = (work / f"0.{fmt}").read_bytes() == (work / f"1.{fmt}").read_bytes()
        for number, checkout in enumerate(args.checkouts):
            walls, cpus, peaks = zip(*times[number], strict=True)
            print(f"| {checkout} | -f {fmt} | {min(walls):.2f}–{max(walls):.2f} | "
                  f"{min(cpus):.2f}–{max(cpus):.2f} | {max(peaks)} | "
                  f"{(work / f'{number}.{fmt}').stat().st_size:,} B, "
                  f"{'same' if same else 'DIFFERENT'} |")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
