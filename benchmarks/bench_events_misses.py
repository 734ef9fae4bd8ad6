"""Why the timeline misses the gold events of the dev set: one cause per missed event.

Run by hand from the project folder (about 15 s, most of it parsing):

    PYTHONPATH=. python benchmarks/bench_events_misses.py [--dev benchmarks/events_dev] [-v]

For every required gold event the timeline misses (scored as bench_timeline_dev.py does), it
reads the rows the product stored for that article (dates, events before the corpus merge) and
names the first cause that holds, in this order:
- no date row of the evidence resolves to a compatible date: `no date words (narrative)` (the
  gold dates the event from the story), `no date row for the date words`, `date words not
  resolved` (a row covers them but has no interval: "la veille du G7"), `date resolved
  wrongly` (another day or year);
- `date refused`: such a row exists, but no event row of the document took it;
- `date taken, actor wrong`: an event row took a compatible date but names no gold actor
  (its actors are printed: empty, a description, or another name);
- `merged away`: an event row with that date and a gold actor exists, but no timeline entry
  kept both (the corpus merge joined it to another date or lost the actor).
It says too whether the baseline (one entry per dated sentence) finds the event. Use it on the
dev set only: the held-out set's misses are not to be read (its figure is the measure).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_timeline_dev as dev


def _span(text: str, evidence: str) -> tuple[int, int]:
    start = text.find(evidence)
    return (start, start + len(evidence)) if start >= 0 else (-1, -1)


def cause(event: Mapping[str, Any], rows: Mapping[str, Any], text: str) -> tuple[str, str]:
    """The first cause that holds for a missed event, and a detail to read."""
    low, high = _span(text, event["evidence"])
    gold = dev.interval(event["date"])
    dates = rows["dates"]
    inside = [n for n, d in enumerate(dates) if low <= d["start"] < high]
    right = [n for n in inside if dates[n].get("start_date") is not None
             and dev.date_ok(dev.interval_of(dates[n]), gold)]
    shown = ", ".join(f"{dates[n]['text']}={dates[n].get('value')}" for n in inside)
    events_in = [e for e in rows["events"] if low <= e["start"] < high]
    if not right:
        taken = [f"{e['trigger']}:{e.get('date_text')}" for e in events_in]
        return _no_date(event, [dates[n] for n in inside], low), f"dates [{shown}] events {taken}"
    texts = {dates[n]["text"] for n in right}
    taking = [e for e in rows["events"] if e.get("date") in right
              or (e.get("date") is None and low <= e["start"] < high
                  and e.get("date_text") in texts and e.get("date_anchor") == "context")]
    if not taking:
        here = [f"{e['trigger']}({e['type']}):{e.get('date_text')}:{e.get('actors')}"
                for e in events_in]
        return "date refused", f"right [{', '.join(dates[n]['text'] for n in right)}] " \
                               f"events here {here}"
    good = [e for e in taking if dev.actors_ok(e.get("actors") or e.get("participants") or (),
                                               event)]
    if not good:
        detail = [f"{e['trigger']}({e['type']}) actors={e.get('actors')} "
                  f"targets={e.get('targets')}" for e in taking]
        return "date taken, actor wrong", str(detail)
    return "merged away", str([f"{e['trigger']}:{e.get('actors')}" for e in good])


def _no_date(event: Mapping[str, Any], dates: list[Mapping[str, Any]], low: int) -> str:
    """Why no date row of the evidence gives the gold date: the gold's date words are none
    (a narrative date), none of the rows covers them, or the row covering them is unresolved
    or resolved to another date."""
    words = str(event.get("date_text") or "")
    if not words or words.startswith("("):
        return "no date words (narrative)"
    at = event["evidence"].find(words)
    if at < 0:
        return "no date row for the date words"
    start, end = low + at, low + at + len(words)
    covering = [d for d in dates if d["start"] < end and start < d["end"]]
    if not covering:
        return "no date row for the date words"
    if all(d.get("start_date") is None for d in covering):
        return "date words not resolved"
    return "date resolved wrongly"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=dev.DEV)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    options = parser.parse_args()
    gold = dev.load_gold(options.dev)
    entries, baseline, _, rows = dev.product(options.dev / "articles.jsonl",
                                             ("text", "dates", "events"))
    missed = dev.score(entries, gold)["misses"]
    base_missed = {id(e) for e in dev.score(baseline, gold)["misses"]}
    causes: Counter[tuple[str, bool]] = Counter()
    for event in missed:
        found_by_baseline = id(event) not in base_missed
        stored = rows[str(event["doc"])]
        name, detail = cause(event, stored, stored["text"])
        causes[name, found_by_baseline] += 1
        if options.verbose:
            print(f"- [{name}{'; baseline finds it' if found_by_baseline else ''}] "
                  f"{event['doc']} {event['date']} {event['type']} {event['actors']}\n"
                  f"    {event['evidence'][:160]}\n    {detail[:400]}")
    print(f"{len(missed)} required gold events missed by the timeline")
    print("| cause | baseline finds it | baseline misses it |\n|---|---|---|")
    for name in ("no date words (narrative)", "no date row for the date words",
                 "date words not resolved", "date resolved wrongly", "date refused",
                 "date taken, actor wrong", "merged away"):
        print(f"| {name} | {causes[name, True]} | {causes[name, False]} |")


if __name__ == "__main__":
    main()
