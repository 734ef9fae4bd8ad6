"""CPU time of the events layer alone per OrangeSum article (issue 13: at most 3 ms).

Run by hand from the project folder (a minute or two, nearly all of it parsing):

    PYTHONPATH=. python benchmarks/bench_events_cost.py [--articles 300] [--first 0]
        [--repeat 3] [--profile 25]

It parses N OrangeSum articles (../shared/data/orangesum_fr_news.jsonl.gz, from the `--first`
one on, the text as the dataset gives it, the article's `date` as reference), makes their
mention and date rows as the product does (extract/document.py), then times
`extract_events(doc, mentions, dates)` and the rows' confidence (`weigh`, where the code
timed has it) alone with `time.process_time` (CPU, not wall: the
machine is shared). Every repetition runs on fresh copies of the parsed docs, so the caches the
events layer keeps in `doc.user_data` start empty as in the product, where each doc is
extracted once. It prints the CPU milliseconds per article (mean over articles of the fastest
repetition, and the median and slowest article), and with `--profile K` the K functions of
the events layer with most cumulated time (cProfile over one repetition).
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import inspect
import json
import pstats
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus_cli.extract import events  # noqa: E402
from corpus_cli.extract.dates import extract_dates  # noqa: E402
from corpus_cli.extract.mentions import extract_mentions  # noqa: E402
from corpus_cli.nlp import model as nlp  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "orangesum_fr_news.jsonl.gz"

Prepared = tuple[bytes, str, str | None]


def articles(first: int, limit: int) -> Iterator[dict[str, Any]]:
    """`limit` articles from the `first`-th on, streamed."""
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= first + limit:
                return
            if number >= first:
                yield json.loads(line)


def prepared(first: int, limit: int) -> list[Prepared]:
    """Each parsed piece as (doc bytes, text, reference date), kept serialised so every
    repetition starts from an untouched doc."""
    items = list(articles(first, limit))
    found: list[Prepared] = []
    for item, chunks in zip(items, nlp.parse([a["text"] for a in items]), strict=True):
        found += [(doc.to_bytes(exclude=["user_data"]), doc.text, item.get("date"))
                  for _, doc in chunks]
    return found


Inputs = tuple[Any, list[dict[str, Any]], list[dict[str, Any]], str | None]


def fresh_inputs(pieces: list[Prepared]) -> list[Inputs]:
    """Each piece's doc rebuilt from its bytes with its mention and date rows made on it as the
    product makes them before the events (so the caches those layers leave are there too)."""
    from spacy.tokens import Doc

    vocab = nlp.load().vocab
    found = []
    for data, text, reference in pieces:
        doc = Doc(vocab).from_bytes(data)
        if nlp.text_of(doc) != text:  # built here, as the parse sets it, outside the timing
            raise SystemExit("a doc read back from its bytes lost its text")
        found.append((doc, extract_mentions(doc), extract_dates(doc, reference), reference))
    return found


def layer(doc: Any, mentions: list[dict[str, Any]], dates: list[dict[str, Any]],
          reference: str | None) -> None:
    """The events layer as extract/document.py runs it (an older commit has no `weigh`, nor
    the day of writing as an argument)."""
    options = ({"reference": reference}
               if "reference" in inspect.signature(events.extract_events).parameters else {})
    rows = events.extract_events(doc, mentions, dates, **options)
    weigh = getattr(events, "weigh", None)
    if weigh is not None:
        weigh(doc, rows, dates, reference)


def timed(pieces: list[Prepared]) -> list[float]:
    """CPU seconds of the events layer on each piece, on fresh docs."""
    spent = []
    for inputs in fresh_inputs(pieces):
        start = time.process_time()
        layer(*inputs)
        spent.append(time.process_time() - start)
    return spent


def profile(pieces: list[Prepared], top: int) -> None:
    inputs = fresh_inputs(pieces)
    profiler = cProfile.Profile()
    profiler.enable()
    for found in inputs:
        layer(*found)
    profiler.disable()
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(r"extract/events|extract/voice|nlp/", top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()
    started = time.process_time()
    pieces = prepared(args.first, args.articles)
    print(f"{args.articles} articles ({len(pieces)} parsed pieces) prepared in "
          f"{time.process_time() - started:.1f} s CPU")
    runs = [timed(pieces) for _ in range(args.repeat)]
    best = [min(spent) for spent in zip(*runs, strict=True)]
    totals = [sum(spent) for spent in runs]
    print(f"events layer: {1000 * min(totals) / args.articles:.2f} ms CPU per article "
          f"(fastest of {args.repeat} runs; runs {', '.join(f'{t:.2f}' for t in totals)} s); "
          f"per piece median {1000 * statistics.median(best):.2f} ms, slowest "
          f"{1000 * max(best):.1f} ms")
    if args.profile:
        profile(pieces, args.profile)


if __name__ == "__main__":
    main()
