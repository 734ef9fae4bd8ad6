"""The analysis store at scale: size and answer times, without parsing the corpus again.

Run by hand, from the project folder (a store analysed by an earlier version is the input):

    python benchmarks/bench_store.py --old /work/bigstore/store.sqlite3 [--size N]

Steps (`--steps`, comma-separated; default all):
  load         copy the old store (schema 5: one JSON text per row, keyed by document key)
               with SQLite's backup API (a reader: the old store may be in use), write the first
               N articles of the corpus as JSON Lines (N: what the old store holds), clean them
               as `corpus` does (no model) for each document's key and cleaned text, and write
               the analyses the old store holds under those keys into a new store, text added.
  answers      `corpus analyse HEAD` (nothing to parse: the corpus-level answers are computed
               from scratch and kept), then `stats`, `entities`, `timeline` in fresh processes
               (median of 3, output piped), and the size of each store per article.
  incremental  the 10 articles after the head added: reading, cleaning and parsing the run,
               then the timeline and entities from the kept states, in one fresh process;
               then `corpus timeline` on the grown corpus in a fresh process.
  duckdb       the same rows as typed DuckDB tables (option b of issue 16): file size, and the
               time to read every mention row into Python, against the new store.
  curve        consolidation and merge from scratch in this process, from the new store.
  cluster      `corpus analyse --cluster local:2` against `local:1`, 300 articles, cold stores.
Prints a Markdown table per step; --json writes the figures to a file as well.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "orangesum_fr_news.jsonl.gz"
STEPS = ("load", "answers", "incremental", "duckdb", "curve", "cluster")
CORPUS = [sys.executable, "-m", "corpus_cli"]
OLD_TABLES = ("mentions", "dates", "events")

GROWN = """
import json, sys, time
clock = time.perf_counter
started, cpu_started = clock(), time.process_time()
from corpus_cli import api
corpus = api.analyse(sys.argv[1:], api.Settings(jobs=1))
read, cpu_read = clock(), time.process_time()
timeline = api.timeline(corpus)
answered, cpu_answered = clock(), time.process_time()
entities = api.entity_rows(corpus)
done = clock()
print(json.dumps({"read_and_parse": read - started, "read_and_parse_cpu": cpu_read - cpu_started,
                  "timeline": answered - read, "timeline_cpu": cpu_answered - cpu_read,
                  "entities": done - answered, "analysed": corpus.analysed,
                  "documents": len(corpus.records), "entries": len(timeline),
                  "entity_rows": len(entities)}))
"""

READ_DUCKDB = """
import sys, time
started = time.perf_counter()
import duckdb
imported = time.perf_counter()
connection = duckdb.connect(sys.argv[1], read_only=True)
connection.execute("SET enable_progress_bar = false")
rows = connection.execute("SELECT * FROM mentions").fetchall()
print(imported - started, time.perf_counter() - imported, len(rows))
"""

READ_STORE = """
import sys, time
started = time.perf_counter()
from corpus_cli import api
corpus = api.analyse([sys.argv[1]])
opened = time.perf_counter()
count = sum(len(rows["mentions"]) for _, rows in corpus.analyses(tables=("mentions",)))
print(opened - started, time.perf_counter() - opened, count)
"""


def copy_store(source: Path, target: Path) -> None:
    """A consistent copy of a store that another process may be writing (backup API)."""
    target.unlink(missing_ok=True)
    with closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as origin, \
            closing(sqlite3.connect(target)) as copy:
        origin.backup(copy)


def write_head(size: int, work: Path, data: Path) -> tuple[Path, Path]:
    """The first `size` articles as JSON Lines, and the 10 after them."""
    head, extra = work / f"head_{size}.jsonl", work / f"head_{size}_next_10.jsonl"
    with gzip.open(data, "rt", encoding="utf-8") as stream:
        lines = [line for _, line in zip(range(size + 10), stream, strict=False)]
    head.write_text("".join(lines[:size]), encoding="utf-8")
    extra.write_text("".join(lines[size:]), encoding="utf-8")
    return head, extra


def old_analyses(old: sqlite3.Connection, keys: list[str]) -> dict[str, dict[str, Any]]:
    """The analyses of `keys` in a schema-5 store, as `Store.save` takes them."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for key, counts, lemmas in old.execute(
                f"SELECT key, counts, lemmas FROM analyses WHERE key IN ({marks})", chunk):
            found[key] = {"counts": json.loads(counts), "lemmas": json.loads(lemmas),
                          **{table: [] for table in OLD_TABLES}}
        for table in OLD_TABLES:
            for key, data in old.execute(f"SELECT key, data FROM {table} WHERE key IN "
                                         f"({marks}) ORDER BY key, seq", chunk):
                found[key][table].append(json.loads(data))
    return found


def step_load(old_copy: Path, head: Path, store: Path, figures: dict[str, Any]) -> None:
    """Write the old store's analyses of the head's documents into a new store."""
    from corpus_cli.runtime.keys import model_id
    from corpus_cli.runtime.pipeline import Settings, _two_passes, expand
    from corpus_cli.runtime.prepare import prepare
    from corpus_cli.runtime.store import Store

    started = time.perf_counter()
    settings, model = Settings(), model_id()
    _, repeated, second_pass = _two_passes(expand([str(head)]), settings, lambda error: None)
    texts = {}
    for document in second_pass():
        item = prepare(document, model, repeated)
        texts.setdefault(item.record.key, item.text)
    cleaned = time.perf_counter()
    written = 0
    keys = list(texts)
    with closing(sqlite3.connect(old_copy)) as old, Store(store) as new:
        for start in range(0, len(keys), 1000):
            found = old_analyses(old, keys[start:start + 1000])
            written += new.save((key, model, {**rows, "text": texts[key]})
                                for key, rows in found.items())
    figures["load"] = {"documents": len(keys), "found_in_old_store": written,
                       "clean_seconds": round(cleaned - started, 1),
                       "write_seconds": round(time.perf_counter() - cleaned, 1)}
    print(f"  loaded {written:,} of {len(keys):,} analyses", file=sys.stderr)


def run(args: list[str], store: Path) -> dict[str, Any]:
    """Run a command with the store at `store`: wall time, CPU time (user and system, which
    a machine shared with other work inflates less than the wall time), stdout, stderr."""
    env = dict(os.environ, CORPUS_CACHE_DIR=str(store), PYTHONPATH=str(ROOT))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT,
                            stdin=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(args)} failed ({result.returncode}): {result.stderr[-2000:]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return {"wall": wall, "cpu": cpu, "stdout": result.stdout, "stderr": result.stderr}


def _size(store: Path) -> int:
    return sum(path.stat().st_size for path in store.glob("store.sqlite3*"))


def step_answers(head: Path, store: Path, old_copy: Path, figures: dict[str, Any]) -> None:
    loaded = _size(store)
    first = run([*CORPUS, "analyse", str(head), "--format", "json"], store)
    summary = json.loads(first["stdout"])
    row: dict[str, Any] = {"documents": summary["documents"], "parsed": summary["analysed"],
                           "analyse_seconds": round(first["wall"], 1),
                           "analyse_cpu_seconds": round(first["cpu"], 1)}
    with closing(sqlite3.connect(old_copy)) as old:
        old_count = old.execute("SELECT count(*) FROM analyses").fetchone()[0]
    row["old_bytes_per_article"] = round(old_copy.stat().st_size / old_count)
    row["new_bytes_per_article_rows"] = round(loaded / summary["documents"])
    row["new_bytes_per_article"] = round(_size(store) / summary["documents"])
    probe = ("import sys\nfrom corpus_cli.cli import main\ntry:\n    main()\nexcept SystemExit:\n"
             "    pass\nprint('SPACY' if 'spacy' in sys.modules else 'NO-SPACY', file=sys.stderr)")
    for command in ("stats", "entities", "timeline"):
        walls, cpus, spacy = [], [], False
        for _ in range(3):
            result = run([sys.executable, "-c", probe, command, str(head), "--format", "jsonl"],
                         store)
            walls.append(result["wall"])
            cpus.append(result["cpu"])
            spacy = spacy or "NO-SPACY" not in result["stderr"]
        row[command] = round(statistics.median(walls), 2)
        row[f"{command}_cpu"] = round(statistics.median(cpus), 2)
        row[f"{command}_imports_spacy"] = spacy
    figures["answers"] = row
    print(f"\n### The store and its answers ({row['documents']:,} articles)\n")
    print("| figure | value |\n|---|---:|")
    for name, value in row.items():
        print(f"| {name} | {value} |")


def step_incremental(head: Path, extra: Path, store: Path, figures: dict[str, Any]) -> None:
    grown = json.loads(run([sys.executable, "-c", GROWN, str(head), str(extra)],
                           store)["stdout"])
    again = run([*CORPUS, "timeline", str(head), str(extra), "--format", "jsonl"], store)
    grown = {k: round(v, 2) if isinstance(v, float) else v for k, v in grown.items()}
    grown["timeline_again"] = round(again["wall"], 2)
    grown["timeline_again_cpu"] = round(again["cpu"], 2)
    figures["incremental"] = grown
    print("\n### 10 articles added (seconds)\n")
    print("| figure | value |\n|---|---:|")
    for name, value in grown.items():
        print(f"| {name} | {value} |")


def step_duckdb(head: Path, store: Path, work: Path, figures: dict[str, Any]) -> None:
    """Typed DuckDB tables of the same rows: size, and reading every mention into Python."""
    import duckdb

    os.environ["CORPUS_CACHE_DIR"] = str(store)
    from corpus_cli import api

    target = work / "rows.duckdb"
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as folder, api.analyse([str(head)]) as corpus:
        files = {table: open(Path(folder) / f"{table}.jsonl", "w", encoding="utf-8")  # noqa: SIM115
                 for table in ("documents", "lemmas", *OLD_TABLES)}
        for record, rows in corpus.analyses(tables=("lemmas", "text", *OLD_TABLES)):
            files["documents"].write(json.dumps({"document": record.id, "key": record.key,
                                                 "text": rows.get("text", "")},
                                                ensure_ascii=False) + "\n")
            for part, counts in rows["lemmas"].items():
                for lemma, count in counts.items():
                    files["lemmas"].write(json.dumps({"key": record.key, "part": part,
                                                      "lemma": lemma, "n": count},
                                                     ensure_ascii=False) + "\n")
            for table in OLD_TABLES:
                for row in rows[table]:
                    files[table].write(json.dumps({"key": record.key, **row},
                                                  ensure_ascii=False) + "\n")
        for stream in files.values():
            stream.close()
        with closing(duckdb.connect(str(target))) as connection:
            for table in files:
                path = Path(folder) / f"{table}.jsonl"
                connection.execute(f"CREATE TABLE {table} AS SELECT * FROM "
                                   f"read_json_auto('{path}', sample_size=-1)")
            connection.execute("CHECKPOINT")
    documents = len(corpus.records)
    read_duck = run([sys.executable, "-c", READ_DUCKDB, str(target)], store)["stdout"].split()
    read_store = run([sys.executable, "-c", READ_STORE, str(head)], store)["stdout"].split()
    figures["duckdb"] = {
        "duckdb_bytes_per_article": round(target.stat().st_size / documents),
        "duckdb_import_seconds": round(float(read_duck[0]), 2),
        "duckdb_read_mentions_seconds": round(float(read_duck[1]), 2),
        "store_open_seconds": round(float(read_store[0]), 2),
        "store_read_mentions_seconds": round(float(read_store[1]), 2),
        "mentions": int(read_store[2]),
    }
    print("\n### DuckDB typed tables against the store (same rows)\n")
    print("| figure | value |\n|---|---:|")
    for name, value in figures["duckdb"].items():
        print(f"| {name} | {value} |")


def step_curve(head: Path, store: Path, figures: dict[str, Any]) -> None:
    """From scratch, in this process: consolidation, then the merge, from the store's rows."""
    os.environ["CORPUS_CACHE_DIR"] = str(store)
    from corpus_cli.aggregate import entities, timeline
    from corpus_cli.api import core

    with core.analyse([str(head)]) as corpus:
        started = time.perf_counter()
        found = entities.consolidate(core._Entities(corpus, None)._mentions(),
                                     {r.id: {"date": r.date} for r in corpus.unique()})
        consolidated = time.perf_counter()
        documents = ((record.id, rows["events"], rows["dates"])
                     for record, rows in corpus.analyses(tables=("dates", "events")))
        timeline.build(documents, entities.mention_index(found))
        merged = time.perf_counter()
    figures["curve"] = {"documents": len(corpus.records),
                        "consolidate_seconds": round(consolidated - started, 1),
                        "merge_seconds": round(merged - consolidated, 1)}
    print("\n### From scratch, in one process (seconds)\n")
    print("| figure | value |\n|---|---:|")
    for name, value in figures["curve"].items():
        print(f"| {name} | {value} |")


def step_cluster(work: Path, data: Path, figures: dict[str, Any], size: int = 300) -> None:
    """`corpus analyse --cluster local:1` against `local:2` on a cold store (the parse only
    differs), with the load average of the machine, which other work may share."""
    (work / "cluster").mkdir(exist_ok=True)
    head, _ = write_head(size, work / "cluster", data)
    walls = {}
    for workers in (1, 2):
        store = work / "cluster" / f"store-{workers}"
        for path in store.glob("store.sqlite3*"):
            path.unlink()
        walls[workers] = run([*CORPUS, "analyse", str(head), "--cluster", f"local:{workers}",
                              "--format", "json"], store)["wall"]
    figures["cluster"] = {"articles": size, "one_worker_seconds": round(walls[1], 1),
                          "two_workers_seconds": round(walls[2], 1),
                          "speedup": round(walls[1] / walls[2], 2),
                          "load_average": os.getloadavg()[0], "cores": os.cpu_count()}
    print("\n### LocalCluster: 2 workers against 1\n")
    print("| figure | value |\n|---|---:|")
    for name, value in figures["cluster"].items():
        print(f"| {name} | {value} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, default=Path("/work/bigstore/store.sqlite3"))
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--work", type=Path, default=Path("/tmp/corpus-bench-store"))
    parser.add_argument("--size", type=int, help="articles (default: what the old store holds)")
    parser.add_argument("--steps", default=",".join(STEPS))
    parser.add_argument("--json", type=Path)
    options = parser.parse_args()
    steps = options.steps.split(",")
    work = options.work
    work.mkdir(parents=True, exist_ok=True)
    old_copy, store = work / "old.sqlite3", work / "store"
    if "load" in steps:
        copy_store(options.old, old_copy)
    with closing(sqlite3.connect(old_copy)) as old:
        size = options.size or old.execute("SELECT count(*) FROM analyses").fetchone()[0]
    head, extra = write_head(size, work, options.data)
    figures: dict[str, Any] = {"machine": f"{os.cpu_count()} cores", "articles": size}
    # A yardstick of how busy the machine is: `corpus --help` takes 0.22 s on it when idle.
    yardstick = run([*CORPUS, "--help"], store)
    figures["help_seconds"] = round(yardstick["wall"], 2)
    figures["help_cpu_seconds"] = round(yardstick["cpu"], 2)
    figures["load_average"] = round(os.getloadavg()[0], 1)
    print(f"  yardstick: `corpus --help` {figures['help_seconds']} s ({figures['help_cpu_seconds']}"
          f" s CPU), load average {figures['load_average']}", file=sys.stderr)
    if "load" in steps:
        for path in store.glob("store.sqlite3*"):
            path.unlink()
        step_load(old_copy, head, store, figures)
    if "answers" in steps:
        step_answers(head, store, old_copy, figures)
    if "duckdb" in steps:
        step_duckdb(head, store, work, figures)
    if "curve" in steps:
        step_curve(head, store, figures)
    if "incremental" in steps:
        step_incremental(head, extra, store, figures)
    if "cluster" in steps:
        step_cluster(work, options.data, figures)
    if options.json:
        options.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
