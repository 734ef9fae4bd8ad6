"""Fuzz the text layers that need no model: exceptions and the slowest calls.

    python benchmarks/bench_fuzz.py [--inputs 10000] [--seed 0]

Each input goes through the JSON Lines reader, cleaning, metadata, and the date layer's
find_expressions + resolve (against an ordinary and three extreme reference dates). Inputs mix
random French-looking text, random bytes decoded leniently, random JSON Lines lines and the
adversarial inputs of issue 15 ("trois " x 4000, "1, 2, 3, " x 2000, dates x 2000, a 400 KB
line without punctuation, 200 KB of nested brackets). Printed: inputs tried, exceptions (with
the first few), calls over LIMIT seconds and the five slowest. A call's time is the CPU time
of this process (time.process_time), so that other work on a shared machine does not count;
its wall time is printed beside it. The parse of long texts: benchmarks/bench_long_text.py.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORDS = ("le", "la", "mars", "lundi", "2016", "trois", "il", "y", "a", "deux", "ans", "depuis",
         "Paris", "ministre", "a", "rencontré", "hier", "demain", "le 3", "fin", "début",
         "semaine", "prochaine", "dernière", "1er", "janvier", "à", "10h30", "«", "»", ".", ",",
         "\n", "\n\n", "Publié le", "Mis à jour", "VIDÉO.", "?", "!", "©", "|", "–", "20",
         "siècle", "années", "quatre-vingt", "mille", "\ud800", "\x00", "\t", "é", "ꝏ", "🙂")
ADVERSARIAL = {
    "trois x4000": "trois " * 4000,
    "1, 2, 3 x2000": "1, 2, 3, " * 2000,
    "400 KB line": "mot " * 100_000,
    "dates x2000": "le 3 mars 2016, " * 2000,
    "deep JSON": '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}",
}
REFERENCES = ("2016-12-15", "1000-01-01", "2999-12-31", None)


def random_input(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.6:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 60)))
    if kind < 0.8:
        return bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 300))).decode(
            "utf-8", "replace")
    return json.dumps({"text": " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 30))),
                       "date": rng.choice(["0001-01-01", "9999-12-31", "2016-02-30", "x", 3]),
                       "title": rng.choice([None, "\ud800", "T"])}, ensure_ascii=True)


def layers(text: str) -> None:
    """Every model-free layer on one input."""
    from corpus_cli.dates.grammar import find_expressions, resolve
    from corpus_cli.documents.cleaning import clean
    from corpus_cli.documents.metadata import describe
    from corpus_cli.documents.read import parse_jsonl

    for document in parse_jsonl([text], "fuzz.jsonl", lambda error: None):
        document.text.encode("utf-8")
    cleaned = clean(text, frozenset())
    describe(text, cleaned, "2016-12-15-fuzz.txt")
    for expression in find_expressions(text):
        for reference in REFERENCES:
            resolve(expression, reference)


LIMIT = 0.5  # seconds of CPU a call may take


def fuzz(count: int, seed: int) -> int:
    rng = random.Random(seed)
    inputs = list(ADVERSARIAL.items())
    inputs += [(f"random {n}", random_input(rng)) for n in range(count - len(inputs))]
    failures: list[tuple[str, str]] = []
    times: list[tuple[float, float, str]] = []  # (CPU seconds, wall seconds, input)
    started = time.perf_counter()
    for name, text in inputs:
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            layers(text)
        except Exception:
            failures.append((name, traceback.format_exc(limit=3)))
        times.append((time.process_time() - cpu, time.perf_counter() - wall, name))
    total = time.perf_counter() - started
    times.sort(reverse=True)
    print(f"inputs tried: {len(inputs)} in {total:.1f} s")
    print(f"exceptions: {len(failures)}")
    for name, trace in failures[:5]:
        print(f"--- {name}\n{trace}")
    print(f"calls over {LIMIT} s of CPU: {sum(1 for cpu, _, _ in times if cpu > LIMIT)}")
    for cpu, wall, name in times[:5]:
        print(f"  {cpu:.3f} s CPU ({wall:.3f} s wall): {name}")
    return 1 if failures or times[0][0] > LIMIT else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args()
    import logging

    logging.disable(logging.WARNING)  # the reader's warnings about fuzzed lines are expected
    status = fuzz(options.inputs, options.seed)
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
