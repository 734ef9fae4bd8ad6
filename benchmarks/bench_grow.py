"""Adding a few articles to a large analysed corpus: the timeline and entities after the parse.

Run by hand, from the project folder:

    python benchmarks/bench_grow.py --store ANSWERED_STORE_DIR --base BASE.jsonl --new NEW.jsonl
        --work SCRATCH_DIR [--profile FILE | --steps] [--runs N] [--check]

ANSWERED_STORE_DIR holds the analyses of BASE and NEW's documents or of BASE alone, and the
answers of BASE (`corpus timeline BASE` run once with it). Each run copies it into SCRATCH_DIR
(so every run starts from "BASE answered, NEW not yet added") and, in a fresh process, analyses
BASE and NEW (only NEW's documents are parsed when the store lacks them) and asks the timeline,
then, in another fresh process, the entities of the same corpus. Prints, per run, the CPU
seconds of each step (process time, the parse excluded) and the peak memory of each process.
`--profile FILE`: the timeline step runs under cProfile, its profile written to FILE (read it
with pstats); its CPU figure is then the profiler's, not the code's. `--check`: then the same
two steps on a copy of the grown store without its kept answers (every corpus-level answer
from scratch), whose answers must be those of the grown corpus (digests of their rows).
`--steps`: the timeline step's functions are wrapped so that each adds up the process time
spent inside it, printed as "steps" (a step that calls another includes it: the entity table
kept includes consolidation); cProfile inflates Python-heavy steps several times more than
those in C, this gives their real shares.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs in a fresh process with the checkout on PYTHONPATH: one step, its figures as JSON.
STEP = r'''
import cProfile, functools, hashlib, json, resource, sys, time
from corpus_cli import api
from corpus_cli.aggregate import blocks_kept, entities, timeline
from corpus_cli.api import core
from corpus_cli.runtime import pipeline
step, profile, steps, paths = sys.argv[1], sys.argv[2], sys.argv[3] == "steps", sys.argv[4:]
spent = {}
def wrap(owner, name, label):
    function = getattr(owner, name)
    @functools.wraps(function)
    def timed(*args, **kwargs):
        began = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] = round(spent.get(label, 0.0) + time.process_time() - began, 3)
    setattr(owner, name, timed)
for owner, name, label in (
        (core._Entities, "_consolidated", "entities (state read, added to, merged, written)"),
        (pipeline.Corpus, "kept_state", "kept state read (in the entities)"),
        (entities.Forms, "from_rows", "kept forms made (in the entities)"),
        (core, "consolidate_kept", "consolidation by block (in the entities)"),
        (blocks_kept, "_grown", "blocks grown, touched ones found (in consolidation)"),
        (blocks_kept, "merged", "touched blocks merged (in consolidation)"),
        (blocks_kept.id_layer, "named", "ordering and naming (in consolidation)"),
        (pipeline.Corpus, "keep_state", "kept state written (in the entities)"),
        (core, "_keep_entity_table", "entity table kept (consolidation included)"),
        (entities, "mention_index", "names by mention"),
        (core, "_kept_parts", "kept parts read"),
        (timeline, "update", "merge of the touched parts"),
        (timeline, "_part", "parts formed again and merged (in the merge)"),
        (timeline, "_state", "timeline ordered (in the merge)"),
        (pipeline.Corpus, "keep_streamed", "parts written"),
        (core, "_keep_timeline", "timeline written"),
        (core, "_lines_agree", "its JSON Lines checked (in the timeline written)")) * steps:
    wrap(owner, name, label)
began = time.process_time()
corpus = api.analyse(paths, api.Settings(jobs=1))
parsed = time.process_time()
profiler = cProfile.Profile() if profile else None
if profiler is not None:
    profiler.enable()
if step == "timeline":
    answer = api.timeline(corpus)
else:
    answer = api.entity_rows(corpus)
if profiler is not None:
    profiler.disable()
    profiler.dump_stats(profile)
done = time.process_time()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
digest = hashlib.sha256(json.dumps(answer, ensure_ascii=False, default=str).encode(
    "utf-8", "surrogatepass")).hexdigest()[:16]
print(json.dumps({"step": step, "analysed": corpus.analysed, "documents": len(corpus.records),
                  "rows": len(answer), "read_and_parse_cpu": round(parsed - began, 2),
                  "answer_cpu": round(done - parsed, 2),
                  "max_rss_mb": peak, "digest": digest, **({"steps": spent} if spent else {})}))
corpus.close()
'''


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="the answered store's folder")
    parser.add_argument("--base", required=True, help="the analysed corpus's input")
    parser.add_argument("--new", required=True, help="the articles added")
    parser.add_argument("--work", type=Path, required=True, help="scratch folder (replaced)")
    parser.add_argument("--profile", help="write the timeline step's cProfile here")
    parser.add_argument("--steps", action="store_true",
                        help="print the CPU seconds of the grown timeline's steps")
    parser.add_argument("--runs", type=_positive, default=1, metavar="N",
                        help="growth runs, each on a fresh copy of the store (at least 1)")
    parser.add_argument("--check", action="store_true", help="compare with a run from scratch")
    options = parser.parse_args()
    scratch = options.work / "store"
    for run in range(options.runs):
        if scratch.exists():
            shutil.rmtree(scratch)
        shutil.copytree(options.store, scratch)
        grown = _steps(options, scratch, f"run {run + 1}", options.profile or "", options.steps)
    if options.check:
        fresh = options.work / "fresh"
        if fresh.exists():
            shutil.rmtree(fresh)
        shutil.copytree(scratch, fresh)
        with closing(sqlite3.connect(fresh / "store.sqlite3")) as connection:
            connection.execute("DELETE FROM results")
            if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'pieces'").fetchone():
                connection.execute("DELETE FROM pieces")  # the timeline parts' rows
            connection.commit()
        same = _steps(options, fresh, "from scratch", "", False) == grown
        print(json.dumps({"grown answers identical to those from scratch": same}), flush=True)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    return int(text)


def _steps(options: argparse.Namespace, store: Path, name: str, profile: str,
           timed: bool) -> list[str]:
    """Run the timeline then the entities step on `store`; their answers' digests. `timed`:
    the timeline's steps timed (`--steps`)."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "CORPUS_CACHE_DIR": str(store)}
    digests = []
    for step, profiled, steps in (("timeline", profile, "steps" * timed), ("entities", "", "")):
        out = subprocess.run(
            [sys.executable, "-c", STEP, step, profiled, steps, options.base, options.new],
            env=environment, capture_output=True, text=True, check=True).stdout
        figures = json.loads(out.splitlines()[-1])
        digests.append(figures["digest"])
        print(json.dumps({"run": name, **figures}), flush=True)
    return digests


if __name__ == "__main__":
    main()
