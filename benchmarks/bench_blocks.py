"""Consolidation by block (aggregate/blocks.py) on the kept forms of a large corpus.

Run by hand, from the project folder, on a copy of a store that holds a corpus's kept forms
(`corpus entities` or `corpus timeline` run once on it; the store is read, never written):

    python benchmarks/bench_blocks.py --store STORE_DIR [--changed 300 1000]

Prints, in CPU seconds (process time, cyclic collection paused as the api does): the blocks
made from scratch, their count and the largest, what the three whole-corpus rules cost, the
whole run (`entities.consolidate_forms`) and the run by block, whether the two give the same
entities (digest of their explained rows), then, for a number of forms drawn at random as if
a growth had changed them, the blocks that hold them merged again and the ordering and naming
over all entities that a growth would still do in full.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus_cli.aggregate import blocks as block_layer
from corpus_cli.aggregate import entities as entity_layer
from corpus_cli.aggregate import ids as id_layer
from corpus_cli.aggregate.aliases import Aliases
from corpus_cli.aggregate.whole import Whole
from corpus_cli.runtime.store import Store


def _timed(what: str, make: Callable[[], Any]) -> Any:
    start = time.process_time()
    made = make()
    print(f"{what}: {time.process_time() - start:.2f} s", flush=True)
    return made


def _digest(entities: list[entity_layer.Entity]) -> str:
    rows = [entity.to_row(explain=True) for entity in entities]
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--changed", type=int, nargs="*", default=[300, 1000])
    options = parser.parse_args()
    store = Store(options.store)
    kind, = store.connection.execute(  # the forms kept last
        "SELECT kind FROM results WHERE kind LIKE 'forms:%' ORDER BY used DESC LIMIT 1"
    ).fetchone()
    state = store.results_of(kind, 1)[0]["state"]
    forms = entity_layer.Forms.from_rows(state)
    gc.disable()
    table = {key: forms.forms[key] for key in sorted(forms.forms)}
    print(f"{len(table)} forms")
    found = _timed("blocks from scratch", lambda: block_layer.blocks(table))
    sizes = sorted((len(block) for block in found), reverse=True)
    print(f"{len(found)} blocks, largest {sizes[:5]}, {sizes.count(1)} of one form")
    whole = _timed("the whole-corpus rules (Whole.of)", lambda: Whole.of(table))
    by_block = _digest(_timed("by block, blocks included",
                              lambda: block_layer.consolidate_by_block(forms)))
    entities = _timed("whole run", lambda: entity_layer.consolidate_forms(forms))
    print("identical" if _digest(entities) == by_block else "DIFFERENT")
    block_of = {key: number for number, block in enumerate(found) for key in block}
    draw = random.Random(1)
    for count in options.changed:
        touched = {block_of[key] for key in draw.sample(sorted(table), count)}
        size = sum(len(found[number]) for number in touched)
        _timed(f"{count} forms changed: {len(touched)} blocks, {size} forms merged again",
               lambda touched=touched: [entity_layer.merged(
                   {key: table[key] for key in found[number]}, Aliases(), {}, whole)
                   for number in touched])
    _timed("ordering and naming over all entities (ids.named)", lambda: id_layer.named(entities))


if __name__ == "__main__":
    main()
