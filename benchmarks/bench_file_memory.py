"""A run that adds a few articles to N remembered ones: its time before the parse.

Run by hand, from the project folder:

    python benchmarks/bench_file_memory.py [--size 5000] [--added 10] [--profile]

Writes the first N OrangeSum articles and the next `added` as two JSON Lines files in a
temporary folder, then runs `load_corpus` in this process with the parse stubbed (every
document gets empty rows): what is timed is reading, cleaning, the store and file memories.
  cold        [big]: both passes over the N articles; big's memory is kept
  remembered  [big, added]: big remembered, only the added file read (the issue 16 case)
  before      [big, added] on a copy of the cold store with file memories ignored: what the
              same run cost before them (every article read and cleaned again)
Prints wall and CPU seconds per step, with the documents read and cleaned; with --profile,
the top of a cProfile of the remembered step.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import itertools
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "orangesum_fr_news.jsonl.gz"


def write_inputs(folder: Path, size: int, added: int) -> tuple[str, str]:
    """The first `size` articles and the next `added`, as two JSON Lines files."""
    big, small = folder / "big.jsonl", folder / "added.jsonl"
    with gzip.open(DATA, "rt", encoding="utf-8") as lines, \
            big.open("w", encoding="utf-8") as head, small.open("w", encoding="utf-8") as tail:
        for number, line in enumerate(itertools.islice(lines, size + added)):
            (head if number < size else tail).write(line)
    return str(big), str(small)


def stub_parse() -> None:
    """Every document analysed at once into empty rows (the parse is not what is measured)."""
    from corpus_cli.runtime import workers

    def analyse(work: list[Any], *args: Any, **kwargs: Any) -> Any:
        for key, text, _ in work:
            words = len(text.split())
            yield key, {"counts": {"tokens": words, "words": words, "sentences": 1,
                                   "mentions": {}, "dates": 0, "events": 0},
                        "lemmas": {"content": {}, "other": {}},
                        "mentions": [], "dates": [], "events": []}

    workers.analyse = analyse  # type: ignore[assignment]


def counted_calls() -> dict[str, int]:
    """Count the documents cleaned and the files read from now on."""
    from corpus_cli.documents import cleaning
    from corpus_cli.documents import read as reading

    calls = {"cleaned": 0, "files read": 0}
    clean, read_input = cleaning.clean, reading._read_input

    def cleaned(*args: Any, **kwargs: Any) -> Any:
        calls["cleaned"] += 1
        return clean(*args, **kwargs)

    def read(*args: Any, **kwargs: Any) -> Any:
        calls["files read"] += 1
        return read_input(*args, **kwargs)

    cleaning.clean = cleaned  # type: ignore[assignment]
    reading._read_input = read  # type: ignore[assignment]
    return calls


def timed(name: str, step: Callable[[], int], calls: dict[str, int]) -> None:
    """Run a step and print its wall and CPU time and what it read."""
    before = dict(calls)
    started, cpu = time.perf_counter(), time.process_time()
    documents = step()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    done = {key: calls[key] - before[key] for key in calls}
    print(f"| {name} | {documents} | {wall:.2f} s | {cpu:.2f} s | {done['files read']} | "
          f"{done['cleaned']} |", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--added", type=int, default=10)
    parser.add_argument("--profile", action="store_true")
    options = parser.parse_args()
    from corpus_cli.runtime.pipeline import Settings, load_corpus
    from corpus_cli.runtime.store import Store

    stub_parse()
    calls = counted_calls()
    with tempfile.TemporaryDirectory(prefix="bench-file-memory-") as folder:
        big, added = write_inputs(Path(folder), options.size, options.added)
        stores = Path(folder) / "one", Path(folder) / "two"

        def run(paths: list[str], store: Path) -> int:
            with load_corpus(paths, Settings(store_dir=store, jobs=1)) as corpus:
                return len(corpus.records)

        print("| step | documents | wall | CPU | file reads | documents cleaned |")
        print("|---|---:|---:|---:|---:|---:|")
        timed("cold: [big]", lambda: run([big], stores[0]), calls)
        shutil.copytree(stores[0], stores[1])
        if options.profile:
            profile = cProfile.Profile()
            profile.enable()
        timed("remembered: [big, added]", lambda: run([big, added], stores[0]), calls)
        if options.profile:
            profile.disable()
        original = Store.file_memories
        Store.file_memories = lambda self, keys: {}  # type: ignore[method-assign]
        timed("before: [big, added], memories ignored", lambda: run([big, added], stores[1]),
              calls)
        Store.file_memories = original  # type: ignore[method-assign]
        size = (stores[0] / "store.sqlite3").stat().st_size
        with Store(stores[0]) as store:
            row = store.connection.execute(
                "SELECT length(data) FROM files ORDER BY length(data) DESC LIMIT 1").fetchone()
        print(f"\nstore: {size / 1e6:.1f} MB; largest file memory {row[0] / 1e6:.2f} MB")
        if options.profile:
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
