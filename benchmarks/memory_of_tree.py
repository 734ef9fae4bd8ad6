"""Peak memory of a command and every process it starts (a `--jobs 1` run's workers come from
multiprocessing's forkserver, which `/usr/bin/time` does not see).

Run by hand, from the project folder with its virtualenv active:

    python benchmarks/memory_of_tree.py OUT.txt env CORPUS_CACHE_DIR=STORE \
        corpus analyse first_33948.jsonl --jobs 1 -f json

Samples /proc every 0.5 s: the PSS and RSS of the command's process tree (bench_scale's
`_tree`), summed (bench_scale's `--steps memory` gives the PSS alone, of `corpus analyse`).
Writes each new peak to OUT.txt as it happens (seconds since the start, PSS and RSS in KB),
and the peaks, exit code and wall time to OUT.txt.max.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import _tree


def memory(pid: int) -> tuple[int, int]:
    """(PSS, RSS) of one process in KB; (0, 0) once it is gone."""
    pss = rss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
                elif line.startswith("Rss:"):
                    rss = int(line.split()[1])
    except OSError:
        pass
    return pss, rss


def main() -> None:
    out, command = sys.argv[1], sys.argv[2:]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    started, peak_pss, peak_rss = time.time(), 0, 0
    with open(out, "w") as log:
        while process.poll() is None:
            sizes = [memory(pid) for pid in _tree(process.pid)]
            pss, rss = sum(p for p, _ in sizes), sum(r for _, r in sizes)
            if pss > peak_pss or rss > peak_rss:
                peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
                log.write(f"{time.time() - started:.0f}s pss={pss} rss={rss}\n")
                log.flush()
            time.sleep(0.5)
    with open(out + ".max", "w") as summary:
        summary.write(f"peak_pss_kb={peak_pss} peak_rss_kb={peak_rss} "
                      f"rc={process.returncode} wall={time.time() - started:.0f}s\n")


if __name__ == "__main__":
    main()
