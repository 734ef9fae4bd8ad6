"""Every command's JSON output on the seeds and on OrangeSum articles, to compare two versions.

    python benchmarks/compare_outputs.py snapshot DIR [--articles 300]
    python benchmarks/compare_outputs.py diff DIR_BEFORE DIR_AFTER

`snapshot` writes the first N OrangeSum articles (../shared/data) as JSON Lines, then runs each
command with `--format json` twice (a cold run on a scratch store and a warm run from it) and
writes each answer to DIR. `diff` reports which answers differ. A refactoring must report none.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "orangesum_fr_news.jsonl.gz"

COMMANDS: list[list[str]] = [
    ["stats"],
    ["stats", "--by", "document"],
    ["entities"],
    ["entities", "--explain"],
    ["timeline"],
    ["timeline", "--include-undated"],
    ["dates"],
    ["clean"],
    ["clean", "--explain"],
]


def write_articles(path: Path, count: int) -> None:
    """The first `count` OrangeSum articles as one JSON Lines file."""
    with gzip.open(DATA, "rt", encoding="utf-8") as source, path.open("w") as out:
        for line in itertools.islice(source, count):
            out.write(line)


def run(command: list[str], inputs: list[str], store: Path, out: Path) -> None:
    """One command's JSON answer into `out` (stderr and exit code appended when it fails)."""
    env = {**os.environ, "CORPUS_CACHE_DIR": str(store)}
    done = subprocess.run(
        [sys.executable, "-m", "corpus_cli", *command, *inputs, "--format", "json"],
        capture_output=True, text=True, env=env, check=False,
    )
    failed = f"\nEXIT {done.returncode}\n{done.stderr}" if done.returncode else ""
    text = done.stdout + failed
    out.write_text(text, encoding="utf-8")


def snapshot(directory: Path, articles: int) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    # The input sits at a fixed path: `stats --by document` reports it.
    jsonl = Path(tempfile.gettempdir()) / "corpus-compare" / "orangesum.jsonl"
    jsonl.parent.mkdir(exist_ok=True)
    write_articles(jsonl, articles)
    with tempfile.TemporaryDirectory() as scratch:
        for corpus, inputs in (("seeds", []), ("orangesum", [str(jsonl)])):
            store = Path(scratch) / f"store-{corpus}"
            for attempt in ("cold", "warm"):
                for command in COMMANDS:
                    name = "_".join([corpus, attempt, *[c.strip("-") for c in command]])
                    run(command, inputs, store, directory / f"{name}.json")
                    print(name, file=sys.stderr)


def _comparable(path: Path) -> str | None:
    """An answer's text with the checkout's own location taken out of the seeds' paths."""
    if not path.exists():
        return None
    return re.sub(r'"path": "[^"]*/(seeds/[^"]+)"', r'"path": "\1"', path.read_text("utf-8"))


def diff(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.glob("*.json")} | {p.name for p in after.glob("*.json")})
    differing = [
        n for n in names
        if _comparable(before / n) is None or _comparable(before / n) != _comparable(after / n)
    ]
    for name in differing:
        print(f"differs: {name}")
    print(f"{len(names) - len(differing)} of {len(names)} answers identical")
    return 1 if differing else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="action", required=True)
    snap = sub.add_parser("snapshot")
    snap.add_argument("directory", type=Path)
    snap.add_argument("--articles", type=int, default=300)
    cmp_ = sub.add_parser("diff")
    cmp_.add_argument("before", type=Path)
    cmp_.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.action == "snapshot":
        snapshot(args.directory, args.articles)
    else:
        sys.exit(diff(args.before, args.after))


if __name__ == "__main__":
    main()
