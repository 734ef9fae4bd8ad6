"""The store's compression (runtime/codec.py) on a store written before it, without parsing.

Run by hand, from the project folder:

    python benchmarks/bench_codec.py --store OLD_STORE_DIR --out NEW_STORE_DIR [--limit N]

Reads every analysis of the old store (schema 7, blobs compressed by zlib) with its cleaned
text, writes it into a new store as `corpus` writes analyses now (batches of 64 documents;
Zstandard, with the dictionary the new store trains on its first documents), and each kept
answer of the old store re-compressed as its kind is kept now (`quick` for the states
rewritten on every change). Prints the bytes per article before and after, by table and by
kind of kept answer, and the time to write and to read a document's blob. The new store
answers as the old one did (`corpus` reads both formats).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from collections import defaultdict
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Kept answers written `quick` (rewritten whenever the corpus changes): see api/core.py.
QUICK_KINDS = ("forms:", "timeline-parts:")
BATCH = 64


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="folder of the old store")
    parser.add_argument("--out", type=Path, required=True, help="folder of the new store")
    parser.add_argument("--limit", type=int, help="analyses to copy (default: all)")
    options = parser.parse_args()

    from corpus_cli.runtime import codec
    from corpus_cli.runtime.packing import loads
    from corpus_cli.runtime.store import STORE_FILE, Store

    old_path, new_path = options.store / STORE_FILE, options.out / STORE_FILE
    if new_path.exists():
        raise SystemExit(f"{new_path} exists: give an empty folder")
    uri = f"{old_path.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as old:
        keys = [row[0] for row in old.execute(
            "SELECT key FROM analyses ORDER BY rowid" + (f" LIMIT {options.limit}"
                                                        if options.limit else ""))]
        old_bytes = sum(old.execute(
            "SELECT length(data) + length(counts) FROM analyses WHERE key = ?", (key,)
        ).fetchone()[0] for key in keys)
        models = dict(old.execute("SELECT key, model FROM analyses"))
        kept = old.execute("SELECT kind, fingerprint, data FROM results").fetchall()
        runs = old.execute("SELECT fingerprint, used, head, data FROM runs").fetchall()
        files = old.execute("SELECT key, used, data FROM files").fetchall()
        hashes = old.execute("SELECT path, stamp, hash FROM hashes").fetchall()
    tables = ("text", "lemmas", "mentions", "dates", "events")
    written_seconds = 0.0
    with Store(options.store) as source, Store(options.out) as target:
        for start in range(0, len(keys), BATCH):
            batch = list(source.load(keys[start:start + BATCH], tables))
            began = time.process_time()
            target.save((key, models[key], analysis) for key, analysis in batch)
            written_seconds += time.process_time() - began
        sizes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for kind, fingerprint, data in kept:
            name = kind.split(":")[0] + ":" if ":" in kind else kind
            value = codec.decompress(data)
            sizes[name][0] += len(data)
            packed = codec.compress(value, quick=kind.startswith(QUICK_KINDS))
            sizes[name][1] += len(packed)
            target.save_compressed(kind, fingerprint, packed)
            loads(codec.decompress(packed))  # read back whole, as an answer does
        for table, rows in (("runs", runs), ("files", files)):
            for row in rows:
                before = row[-1]
                after = codec.compress(codec.decompress(before), quick=True)
                sizes[f"({table} table)"][0] += len(before)
                sizes[f"({table} table)"][1] += len(after)
                _copy_row(target, table, row, after)
        with target.connection:
            target.connection.executemany("INSERT OR REPLACE INTO hashes VALUES (?, ?, ?)",
                                          hashes)
    with closing(sqlite3.connect(new_path)) as new:
        new_bytes = new.execute(
            "SELECT sum(length(data) + length(counts)) FROM analyses").fetchone()[0]
        blobs = [row[0] for row in new.execute("SELECT data FROM analyses LIMIT 2000")]
    with Store(options.out) as target:
        began = time.process_time()
        for blob in blobs:
            codec.decompress(blob, target.dictionary)
        read_ms = (time.process_time() - began) / max(len(blobs), 1) * 1000
    count = len(keys)
    print(f"\n### The store's compression, {count:,} analyses\n")
    print("| figure | zlib (before) | Zstandard (now) |\n|---|---:|---:|")
    print(f"| analyses, bytes per article (blob and counts) | {old_bytes / count:,.0f} | "
          f"{new_bytes / count:,.0f} |")
    for name, (before, after) in sorted(sizes.items(), key=lambda item: -item[1][0]):
        print(f"| kept `{name}`, bytes per article | {before / count:,.0f} | "
              f"{after / count:,.0f} |")
    total_before = old_bytes + sum(before for before, _ in sizes.values())
    total_after = new_bytes + sum(after for _, after in sizes.values())
    print(f"| all of the above, bytes per article | {total_before / count:,.0f} | "
          f"{total_after / count:,.0f} |")
    print(f"| store files, bytes per article | {_files(options.store) / count:,.0f} | "
          f"{_files(options.out) / count:,.0f} |")
    print(f"\nWriting: {written_seconds / count * 1000:.2f} ms of CPU per document (packing "
          f"and compressing, dictionary training included); reading a blob: {read_ms:.3f} ms.")


def _copy_row(store: object, table: str, row: tuple, data: bytes) -> None:
    """A run or a file's memory, its data compressed anew, under the checksum it is read with."""
    import zlib

    from corpus_cli.runtime.values import checksum

    connection = store.connection  # type: ignore[attr-defined]
    with connection:
        if table == "runs":
            fingerprint, used, head, _ = row
            connection.execute("INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?)",
                               (fingerprint, used, head, data, checksum(head, data)))
        else:
            key, used, _ = row
            connection.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
                               (key, used, data, zlib.crc32(data)))


def _files(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.glob("store.sqlite3*"))


if __name__ == "__main__":
    main()
