"""Adding a few articles to a large analysed corpus: the timeline and entities after the parse.

Run by hand, from the project folder:

    python benchmarks/bench_grow.py --store ANSWERED_STORE_DIR --base BASE.jsonl --new NEW.jsonl
        --work SCRATCH_DIR [--profile FILE] [--runs N]

ANSWERED_STORE_DIR holds the analyses of BASE and NEW's documents or of BASE alone, and the
answers of BASE (`corpus timeline BASE` run once with it). Each run copies it into SCRATCH_DIR
(so every run starts from "BASE answered, NEW not yet added") and, in a fresh process, analyses
BASE and NEW (only NEW's documents are parsed when the store lacks them) and asks the timeline,
then, in another fresh process, the entities of the same corpus. Prints, per run, the CPU
seconds of each step (process time, the parse excluded) and the peak memory of each process.
`--profile FILE`: the timeline step runs under cProfile, its profile written to FILE (read it
with pstats); its CPU figure is then the profiler's, not the code's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs in a fresh process with the checkout on PYTHONPATH: one step, its figures as JSON.
STEP = r'''
import cProfile, json, resource, sys, time
from corpus_cli import api
step, profile, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
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
print(json.dumps({"step": step, "analysed": corpus.analysed, "documents": len(corpus.records),
                  "rows": len(answer), "read_and_parse_cpu": round(parsed - began, 2),
                  "answer_cpu": round(done - parsed, 2),
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
corpus.close()
'''


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="the answered store's folder")
    parser.add_argument("--base", required=True, help="the analysed corpus's input")
    parser.add_argument("--new", required=True, help="the articles added")
    parser.add_argument("--work", type=Path, required=True, help="scratch folder (replaced)")
    parser.add_argument("--profile", help="write the timeline step's cProfile here")
    parser.add_argument("--runs", type=int, default=1)
    options = parser.parse_args()
    for run in range(options.runs):
        scratch = options.work / "store"
        if scratch.exists():
            shutil.rmtree(scratch)
        shutil.copytree(options.store, scratch)
        environment = {**os.environ, "PYTHONPATH": str(ROOT), "CORPUS_CACHE_DIR": str(scratch)}
        for step, profile in (("timeline", options.profile or ""), ("entities", "")):
            out = subprocess.run(
                [sys.executable, "-c", STEP, step, profile, options.base, options.new],
                env=environment, capture_output=True, text=True, check=True).stdout
            print(json.dumps({"run": run + 1, **json.loads(out.splitlines()[-1])}), flush=True)


if __name__ == "__main__":
    main()
