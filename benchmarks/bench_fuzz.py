"""Fuzz the text layers that need no model, then time the parse of adversarial long inputs.

    python benchmarks/bench_fuzz.py [--inputs 10000] [--seed 0] [--parse]

Each input goes through the JSON Lines reader, cleaning, metadata, and the date layer's
find_expressions + resolve (against an ordinary and an extreme reference date). Inputs mix
random French-looking text, random bytes decoded leniently, random JSON Lines lines and the
adversarial inputs of issue 15 ("trois " x 4000, "1, 2, 3, " x 2000, a 400 KB line without
punctuation). Printed: inputs tried, exceptions (with the first few), the slowest call.

--parse also analyses a 400 KB unpunctuated line and a 1 MB article end to end (spaCy and
every extraction layer) and prints the time and the peak memory of each (ru_maxrss grows
only, so each is run in its own process).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def fuzz(count: int, seed: int) -> int:
    rng = random.Random(seed)
    inputs = list(ADVERSARIAL.items())
    inputs += [(f"random {n}", random_input(rng)) for n in range(count - len(inputs))]
    failures: list[tuple[str, str]] = []
    slowest = (0.0, "")
    started = time.perf_counter()
    for name, text in inputs:
        began = time.perf_counter()
        try:
            layers(text)
        except Exception:
            failures.append((name, traceback.format_exc(limit=3)))
        elapsed = time.perf_counter() - began
        if elapsed > slowest[0]:
            slowest = (elapsed, name)
    total = time.perf_counter() - started
    print(f"inputs tried: {len(inputs)} in {total:.1f} s")
    print(f"exceptions: {len(failures)}")
    for name, trace in failures[:5]:
        print(f"--- {name}\n{trace}")
    print(f"slowest call: {slowest[0]:.3f} s ({slowest[1]})")
    return 1 if failures else 0


PARSE_ONE = """
import json, resource, sys, time
from corpus_cli.runtime import workers
text = sys.argv[1] == "line" and "mot " * 100_000 or open(sys.argv[2], encoding="utf-8").read()
began = time.perf_counter()
[(key, rows)] = list(workers.analyse([("k", text, "2016-12-15")], 1))
print(json.dumps({"seconds": round(time.perf_counter() - began, 1), "chars": len(text),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                  "sentences": rows["counts"]["sentences"], "dates": len(rows["dates"])}))
"""


def parse_long() -> None:
    """The 400 KB line and a 1 MB article (the seeds repeated), each in its own process."""
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in paths)
    article = Path("/tmp/corpus-bench-fuzz-1mb.txt")
    article.write_text((seeds + "\n\n") * (1_000_000 // len(seeds) + 1), encoding="utf-8")
    for kind in ("line", "article"):
        done = subprocess.run([sys.executable, "-c", PARSE_ONE, kind, str(article)], cwd=ROOT,
                              capture_output=True, text=True, timeout=1800)
        print(f"{kind}: {done.stdout.strip() or done.stderr[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--parse", action="store_true", help="also parse long inputs")
    options = parser.parse_args()
    import logging

    logging.disable(logging.WARNING)  # the reader's warnings about fuzzed lines are expected
    status = fuzz(options.inputs, options.seed)
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    if options.parse:
        parse_long()
    return status


if __name__ == "__main__":
    raise SystemExit(main())
