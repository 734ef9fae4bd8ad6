"""Time the analysis commands (issue 17) answering from the store on N OrangeSum articles.

Run by hand, from the project folder with its virtualenv active:

    python benchmarks/bench_analysis.py --n 1000 --work /tmp/bench-analysis

Writes the first N lines of ../shared/data/orangesum_fr_news.jsonl.gz to WORK/orangesum-N.jsonl,
runs `corpus analyse` on it (skipped when the store already holds it: only the run's replay is
timed then), then runs each command in a fresh process three times: the first answer computes
and keeps the corpus-level tables it needs, later ones only read. Prints a Markdown table of
the first and the median later wall time and the peak memory (max RSS) of each command.

    python benchmarks/bench_analysis.py --n 1000 --merges      # draw 200 merges to judge
    python benchmarks/bench_analysis.py --n 1000 --skip 1000 --merges   # from articles 1001-2000
    python benchmarks/bench_analysis.py --score [SAMPLE]       # score a judged sample
    python benchmarks/bench_analysis.py --n 1000 --skip 1000 --score SAMPLE --carry
                                                    # the sample carried to this code
        [--concordance DIR]       # also by the mentions joined (merges_sample_v16 on)

On a store that already holds a corpus's analyses, compare checkouts (the code before and
after a change), their runs interleaved, every answer checked byte for byte between them:

    python benchmarks/bench_analysis.py --corpus first.jsonl --store STORE \
        --checkouts /tmp/before . --runs 5 --format json [--only 'mentions|kwic']

Each command runs once first (it may keep what later runs read), then `--runs` times per
checkout; the best and median wall and CPU seconds and the peak memory are printed. A
command that runs longer than `--timeout` seconds is stopped: it is parsing (the store
does not hold these analyses for this checkout's rules), which a timing must never wait on.

`--merges` prints, as JSON Lines, 200 merges (a variant joined to an entity, from
`corpus entities --explain`) drawn with a fixed seed; benchmarks/merges_sample.jsonl holds
them with a judgement (right/wrong, a note when wrong) made by reading the articles
(`corpus kwic ID --entity`; from merges_sample_v16 on, from the files
benchmarks/merges_concordance.py writes: `judgement` is then whether the mentions the tool
joined mean the entity, `corpus_judgement` whether the form does over the corpus, the only
verdict before). `--score` counts the judgements. With `--carry`, the judgements
are carried to this code: the articles the sample was drawn from (`--n`, `--skip`) are
explained again, and a judgement is kept where its variant is still merged into an entity
that holds the judged entity's name (a name the shown name may have set apart, "X (ORG 2)",
is read without its mark); the merges now gone are listed, with where each variant went.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "orangesum_fr_news.jsonl.gz"
CORPUS = [sys.executable, "-m", "corpus_cli"]


def commands(entity: str) -> list[list[str]]:
    return [
        ["entities"],
        ["mentions"],
        ["mentions", "--entity", entity],
        ["trends", "--by", "month"],
        ["trends", "--by", "week", "--entity", entity],
        ["network", "--unit", "sentence"],
        ["network", "--unit", "document", "--label", "PER"],
        ["network", "--unit", "event"],
        ["kwic", "gouvernement", "--width", "30"],
        ["kwic", "--entity", entity],
        ["keywords", "--by", "month"],
        ["keywords", "--by", "entity"],
        ["vocab", "--pos", "proper"],
        ["duplicates"],
        ["mentions", "--once"],
    ]


def head(n: int, work: Path, skip: int = 0) -> Path:
    """The N articles after the first `skip` as a JSON Lines file."""
    path = work / (f"orangesum-{n}.jsonl" if not skip else f"orangesum-{skip + 1}-{skip + n}.jsonl")
    if not path.exists():
        with gzip.open(DATA, "rt", encoding="utf-8") as source, path.open("w") as target:
            for i, line in enumerate(source):
                if i >= skip + n:
                    break
                if i >= skip:
                    target.write(line)
    return path


def timed(args: list[str], env: dict[str, str], timeout: float | None = None,
          cwd: Path = ROOT, digest: bool = False) -> tuple[float, float, float, str]:
    """(wall seconds, CPU seconds, peak RSS in MB, stdout) of one fresh `corpus` process.

    CPU time is given beside wall time: on a shared machine the wall time waits for a core.
    A process (with its parse workers) still running after `timeout` seconds is stopped.
    `cwd`: the checkout whose code runs (`python -m` imports from the working directory).
    `digest`: stdout's SHA-256 in place of stdout, read from the file by parts (a process
    forked from this one counts this one's memory in its peak until it runs the command:
    this one stays small)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out, \
            tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        child = subprocess.Popen([*CORPUS, *args], env=env, stdout=out, stderr=err, cwd=cwd,
                                 start_new_session=True)
        deadline = None if timeout is None else started + timeout
        while True:  # polled (every 5 ms) only when there is a deadline
            pid, status, usage = os.wait4(child.pid, 0 if deadline is None else os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:  # type: ignore[operator]
                os.killpg(child.pid, signal.SIGTERM)
                os.wait4(child.pid, 0)
                raise SystemExit(f"{args}: stopped after {timeout} s (parsing?)")
            time.sleep(0.005)
        elapsed = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if child.returncode != 0:
            raise SystemExit(f"{args}: {err.read()[-2000:]}")
        found = hashlib.file_digest(out.buffer, "sha256").hexdigest() if digest else out.read()
        return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, found


SAMPLE = ROOT / "benchmarks" / "merges_sample.jsonl"


def merges(path: Path, env: dict[str, str], size: int = 200, seed: int = 17) -> list[dict]:
    """`size` merges drawn from the explained entity table, with a fixed seed."""
    import random

    found = [{"entity": row["id"], "name": row["name"], "label": row["label"],
              "variant": v["form"], "count": v["count"], "reasons": v["reasons"]}
             for row in explained(path, env) for v in row["variants"]
             if v["reasons"] and v["reasons"] != ["name"] and v["form"] != row["name"]]
    random.seed(seed)
    return random.sample(found, min(size, len(found)))


def score(sample: Path = SAMPLE) -> None:
    rows = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()
            if '"judgement"' in line]
    right = sum(row["judgement"] == "right" for row in rows)
    print(f"{right}/{len(rows)} merges right ({100 * right / len(rows):.1f}%)")
    if any("corpus_judgement" in row for row in rows):  # merges_sample_v16 on
        over = sum(row["corpus_judgement"] == "right" for row in rows)
        print(f"the form over the corpus: {over}/{len(rows)} right ({100 * over / len(rows):.1f}%)")
    minority = sum(bool(row.get("minority_namesake")) for row in rows)
    print(f"bare surnames given to a minority namesake: {minority}")
    for row in rows:
        if row["judgement"] != "right" or row.get("corpus_judgement", "right") != "right":
            verdicts = row["judgement"] + (f", over the corpus {row['corpus_judgement']}"
                                           if "corpus_judgement" in row else "")
            print(f"- {row['variant']} -> {row['name']} ({', '.join(row['reasons'])}; "
                  f"{verdicts}): {row.get('note', '')}")


def explained(path: Path, env: dict[str, str]) -> list[dict]:
    """The explained entity table of a corpus, as `corpus entities --explain` writes it."""
    out = timed(["entities", str(path), "--explain", "--format", "jsonl"], env)[3]
    return [json.loads(line) for line in out.splitlines()]


def _bare(name: str) -> str:
    """A shown name without the mark that set it apart from a namesake ("X (ORG 2)")."""
    return re.sub(r" \((?:PER|ORG|LOC|MISC)(?: \d+)?\)$| \(\d+\)$", "", name)


def carry(sample: Path, table: list[dict]) -> None:
    """Score the judgements of `sample` whose merge this code still makes (see the docstring)."""
    rows = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()
            if '"judgement"' in line]
    holders: dict[str, list[dict]] = {}
    for entity in table:
        for variant in entity["variants"]:
            if variant["reasons"] != ["name"] and variant["form"] != entity["name"]:
                holders.setdefault(variant["form"], []).append(entity)
    kept, gone = [], []
    for row in rows:
        name = _bare(row["name"])
        if any(name in {_bare(e["name"]), *(v["form"] for v in e["variants"])}
               for e in holders.get(row["variant"], ())):
            kept.append(row)
        else:
            gone.append(row)
    right = sum(row["judgement"] == "right" for row in kept)
    print(f"carried: {len(kept)} of {len(rows)} merges kept, {right} right "
          f"({100 * right / max(len(kept), 1):.1f}%); gone: {len(gone)}, "
          f"{sum(row['judgement'] != 'right' for row in gone)} of them wrong")
    if any("corpus_judgement" in row for row in kept):
        over = sum(row["corpus_judgement"] == "right" for row in kept)
        print(f"the form over the corpus: {over} right ({100 * over / max(len(kept), 1):.1f}%)")
    for row in kept:
        if row["judgement"] != "right":
            print(f"- kept wrong: {row['variant']} -> {row['name']}: {row.get('note', '')[:90]}")
    for row in gone:
        now = [e["name"] for e in holders.get(row["variant"], ())]
        print(f"- gone ({row['judgement']}): {row['variant']} -> {row['name']}; now in "
              f"{now or 'its own entity'}")


def carry_mentions(sample: Path, concordance: Path, mentions: list[dict]) -> None:
    """Score a sample judged by the mentions joined (merges_sample_v16 on) as this code joins
    them: merge N is kept where a mention of its variant, in a document of its concordance
    file's section A (merges_concordance.py), still joins an entity of the judged name."""
    rows = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()
            if '"judgement"' in line]
    joined: dict[tuple[str, str], set[str]] = {}
    for mention in mentions:
        key = (str(mention["document"]).rsplit(":", 1)[-1], mention["text"])
        joined.setdefault(key, set()).add(_bare(mention["name"]))
    kept = right = 0
    for number, row in enumerate(rows, 1):
        text = (concordance / f"merge_{number:03d}.txt").read_text(encoding="utf-8")
        documents = set(re.findall(r"^\[doc (\S+) ", text.split("\nB. ")[0], re.M))
        names = set().union(*(joined.get((d, row["variant"]), set()) for d in documents))
        if _bare(row["name"]) in names:
            kept += 1
            right += row["judgement"] == "right"
        else:
            print(f"- gone by its mentions ({row['judgement']}): {row['variant']} -> "
                  f"{row['name']}; now {sorted(names) or 'no mention'}")
    print(f"carried by the mentions joined: {kept} of {len(rows)} kept, {right} right "
          f"({100 * right / max(kept, 1):.1f}%)")


def arguments(command: list[str], path: str, fmt: str) -> list[str]:
    """A command line with the corpus's path and the format (kwic takes its QUERY first)."""
    where = 2 if command[0] == "kwic" and command[1] != "--entity" else 1
    return [*command[:where], path, *command[where:], "--format", fmt]


def compare(args: argparse.Namespace) -> None:
    """Time the commands with each checkout's code on an analysed store, runs interleaved,
    and check that every checkout writes the same answer."""
    checkouts = [Path(c).resolve() for c in args.checkouts]
    envs = [dict(os.environ, CORPUS_CACHE_DIR=str(args.store), PYTHONPATH=str(c))
            for c in checkouts]
    for env in envs:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    path = str(Path(args.corpus).resolve())
    entity = args.entity or json.loads(timed(
        ["entities", path, "--label", "PER", "--limit", "1", "--format", "jsonl"], envs[-1],
        args.timeout, checkouts[-1])[3])["id"]
    heads = " | ".join(f"{c.name}: best (median) s, CPU s, MB" for c in checkouts)
    print(f"| command (entity {entity}; `--format {args.format}`) | {heads} | same |")
    print("|---|" + "---:|" * len(checkouts) + "---|")
    for command in commands(entity):
        if args.only and not re.search(args.only, " ".join(command)):
            continue
        full = arguments(command, path, args.format)
        answers = [timed(full, env, args.timeout, checkout, digest=True)[3]  # the first run
                   for env, checkout in zip(envs, checkouts, strict=True)]  # may keep answers
        runs: list[list[tuple[float, float, float, str]]] = [[] for _ in envs]
        for _ in range(args.runs):
            for found, env, checkout in zip(runs, envs, checkouts, strict=True):
                found.append(timed(full, env, args.timeout, checkout, digest=True))
        same = all(r[3] == answers[0] for found in runs for r in found) and len(set(answers)) == 1
        cells = [f"{min(r[0] for r in found):.2f} ({statistics.median(r[0] for r in found):.2f}),"
                 f" {min(r[1] for r in found):.2f}, {max(r[2] for r in found):.0f}"
                 for found in runs]
        print(f"| `corpus {' '.join(command)}` | {' | '.join(cells)} | "
              f"{'yes' if same else '**no**'} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--skip", type=int, default=0, help="start after this many articles")
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-analysis"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--merges", action="store_true", help="draw the merges to judge")
    parser.add_argument("--score", nargs="?", const=SAMPLE, type=Path, metavar="SAMPLE",
                        help="score the judged merges (default benchmarks/merges_sample.jsonl)")
    parser.add_argument("--carry", action="store_true",
                        help="with --score: carry the judgements to this code (--n, --skip)")
    parser.add_argument("--concordance", type=Path,
                        help="with --carry: the sample's concordance files "
                             "(merges_concordance.py), to carry it by the mentions joined too")
    parser.add_argument("--corpus", help="an input the store holds the analyses of")
    parser.add_argument("--store", type=Path, help="the store (CORPUS_CACHE_DIR) holding them")
    parser.add_argument("--checkouts", nargs="+", default=[str(ROOT)],
                        help="the code to time (each a folder put on PYTHONPATH)")
    parser.add_argument("--format", default="jsonl", help="the answers' --format")
    parser.add_argument("--only", help="time the commands this regular expression finds")
    parser.add_argument("--entity", help="the entity of --entity (default: the first person)")
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    if args.score and not args.carry:
        score(args.score)
        return
    if args.corpus:
        compare(args)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    path = head(args.n, args.work, args.skip)
    env = dict(os.environ, CORPUS_CACHE_DIR=str(args.work / "store"),
               PYTHONPATH=str(ROOT))
    if args.score:
        carry(args.score, explained(path, env))
        if args.concordance:
            found = timed(["mentions", str(path), "--format", "jsonl"], env)[3]
            carry_mentions(args.score, args.concordance,
                           [json.loads(line) for line in found.splitlines()])
        return
    seconds, *_ = timed(["analyse", str(path), "--format", "json"], env)
    if args.merges:
        for row in merges(path, env):
            print(json.dumps(row, ensure_ascii=False))
        return
    print(f"`corpus analyse` on {args.n} articles: {seconds:.1f} s\n")
    first = timed(["entities", str(path), "--label", "PER", "--limit", "1"], env)[3]
    entity = json.loads(first)["id"]
    print(f"| command ({args.n} articles; entity {entity}) | first s (CPU) | later s (CPU) "
          "| rows | max RSS MB |")
    print("|---|---:|---:|---:|---:|")
    for command in commands(entity):
        # kwic takes its QUERY before the paths (none with --entity)
        where = 2 if command[0] == "kwic" and command[1] != "--entity" else 1
        full = [*command[:where], str(path), *command[where:], "--format", "jsonl"]
        runs = [timed(full, env) for _ in range(args.runs)]
        rows = len(runs[-1][3].splitlines())
        later = runs[1:] or runs
        wall = statistics.median(r[0] for r in later)
        cpu = statistics.median(r[1] for r in later)
        print(f"| `corpus {' '.join(command)}` | {runs[0][0]:.2f} ({runs[0][1]:.2f}) "
              f"| {wall:.2f} ({cpu:.2f}) | {rows} | {max(r[2] for r in runs):.0f} |",
              flush=True)


if __name__ == "__main__":
    main()
