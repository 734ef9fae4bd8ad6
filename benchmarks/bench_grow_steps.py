"""Where the grown timeline's time goes: CPU seconds of each step, without a profiler.

Run by hand, from the project folder:

    python benchmarks/bench_grow_steps.py --store ANSWERED_STORE_DIR --base BASE.jsonl
        --new NEW.jsonl --work SCRATCH_DIR

As `bench_grow.py` (read it first): the answered store is copied into SCRATCH_DIR, then one
fresh process analyses BASE and NEW (only NEW's documents are parsed) and asks the timeline,
its steps' functions wrapped so that each adds up the process time spent inside it (a step
that calls another includes it: "entity table kept" includes "consolidation"). Prints the
figures as JSON. cProfile shows where time goes inside a step, but inflates Python-heavy steps
several times more than those in C: this gives their real shares.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs in a fresh process with the checkout on PYTHONPATH.
STEP = r'''
import functools, json, sys, time
from corpus_cli import api
from corpus_cli.aggregate import entities, timeline
from corpus_cli.api import core
from corpus_cli.runtime import pipeline
spent = {}
def wrap(owner, name, label):
    function = getattr(owner, name)
    @functools.wraps(function)
    def timed(*args, **kwargs):
        began = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - began
    setattr(owner, name, timed)
for owner, name, label in (
        (core._Entities, "_forms", "kept forms read, added to, written"),
        (entities, "consolidate", "consolidation"),
        (core, "_keep_entity_table", "entity table kept (consolidation included)"),
        (entities, "mention_index", "names by mention"),
        (core, "_kept_parts", "kept parts read"),
        (timeline, "update", "merge of the touched parts"),
        (timeline, "_part", "  of which: parts formed again and merged"),
        (timeline, "_state", "  of which: the timeline ordered"),
        (pipeline.Corpus, "keep_streamed", "parts written"),
        (core, "_keep_timeline", "timeline written"),
        (core, "_lines_agree", "  of which: its JSON Lines checked")):
    wrap(owner, name, label)
began = time.process_time()
corpus = api.analyse(sys.argv[1:], api.Settings(jobs=1))
parsed = time.process_time()
answer = api.timeline(corpus)
done = time.process_time()
print(json.dumps({"analysed": corpus.analysed, "entries": len(answer),
                  "read_and_parse_cpu": round(parsed - began, 2),
                  "timeline_cpu": round(done - parsed, 2),
                  **{label: round(seconds, 2) for label, seconds in spent.items()}}, indent=1))
corpus.close()
'''


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="the answered store's folder")
    parser.add_argument("--base", required=True, help="the analysed corpus's input")
    parser.add_argument("--new", required=True, help="the articles added")
    parser.add_argument("--work", type=Path, required=True, help="scratch folder (replaced)")
    options = parser.parse_args()
    scratch = options.work / "store"
    if scratch.exists():
        shutil.rmtree(scratch)
    shutil.copytree(options.store, scratch)
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "CORPUS_CACHE_DIR": str(scratch)}
    subprocess.run([sys.executable, "-c", STEP, options.base, options.new], env=environment,
                   check=True)


if __name__ == "__main__":
    main()
