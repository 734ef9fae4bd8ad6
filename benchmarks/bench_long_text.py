"""Time and peak memory of `corpus stats FILE` on long texts, to see that both grow linearly.

    python benchmarks/bench_long_text.py [--lines 50 100 200 400] [--articles 250 500 1000]

Inputs (sizes in KB of UTF-8 text): one line of "mot " repeated, without sentence punctuation
or line break (the worst case for sentence length), and one article made of OrangeSum
articles (../shared/data) joined by blank lines until the size is reached. Each input is
analysed by the command line in its own process, cold (`--no-cache`), under
`/usr/bin/time -v`: wall time, peak resident memory (the largest of the process and its
children), and the sentences and tokens the parse found. The last column, seconds per
100 KB, stays flat when the time is linear in the size.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "orangesum_fr_news.jsonl.gz"


def unpunctuated_line(kb: int) -> str:
    return "mot " * (kb * 1000 // 4)


def article(kb: int) -> str:
    """OrangeSum articles joined by blank lines, cut at the last paragraph under `kb` KB."""
    size, parts = 0, []
    with gzip.open(DATA, "rt", encoding="utf-8") as source:
        for line in source:
            text = json.loads(line)["text"].strip()
            size += len(text.encode("utf-8")) + 2
            if size > kb * 1000:
                break
            parts.append(text)
    return "\n\n".join(parts) + "\n"


def measure(text: str, directory: Path) -> dict[str, float | int]:
    """One cold `corpus stats` on `text` under /usr/bin/time -v."""
    path = directory / "input.txt"
    path.write_text(text, encoding="utf-8")
    env = {**os.environ, "CORPUS_CACHE_DIR": str(directory / "store")}
    command = ["/usr/bin/time", "-v", sys.executable, "-m", "corpus_cli", "stats", str(path),
               "--no-cache", "--format", "json", "--date", "2016-12-15"]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT,
                          check=False)
    if done.returncode:
        raise SystemExit(f"corpus stats failed ({done.returncode}):\n{done.stderr[-3000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", done.stderr)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    assert wall and peak, done.stderr[-2000:]
    hours, minutes, seconds = (float(group or 0) for group in wall.groups())
    corpus = json.loads(done.stdout)["corpus"]
    return {"kb": round(len(text.encode("utf-8")) / 1000),
            "seconds": round(hours * 3600 + minutes * 60 + seconds, 1),
            "peak_mb": int(peak.group(1)) // 1024,
            "sentences": corpus.get("sentences", 0), "tokens": corpus.get("tokens", 0)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, nargs="*", default=[50, 100, 200, 400],
                        help="sizes in KB of the unpunctuated line")
    parser.add_argument("--articles", type=int, nargs="*", default=[250, 500, 1000],
                        help="sizes in KB of the article")
    options = parser.parse_args()
    inputs = [(f"line {kb} KB", unpunctuated_line(kb)) for kb in options.lines]
    inputs += [(f"article {kb} KB", article(kb)) for kb in options.articles]
    print(f"{'input':<18} {'KB':>5} {'seconds':>8} {'peak MB':>8} {'sentences':>9} "
          f"{'tokens':>7} {'s/100KB':>8}")
    for name, text in inputs:
        with tempfile.TemporaryDirectory() as scratch:
            row = measure(text, Path(scratch))
        per = 100 * float(row["seconds"]) / max(1, int(row["kb"]))
        print(f"{name:<18} {row['kb']:>5} {row['seconds']:>8} {row['peak_mb']:>8} "
              f"{row['sentences']:>9} {row['tokens']:>7} {per:>8.1f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
