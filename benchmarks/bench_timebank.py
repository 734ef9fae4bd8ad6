"""The dates layer against French TimeBank 1.1 (the half in ../shared/data), read by the product.

Run by hand (about half a minute: spaCy parses 54 short articles):

    python benchmarks/bench_timebank.py [--show 30] [--data PATH]

Every gold DATE timex whose value is a calendar date (1998, 1998-10, 1998-10-27: 83 in the dev
half; weeks, seasons without a year and durations are left out) is looked up among the `date`
rows that `extract_dates(doc, ref_date)` gives for its article: the row whose span overlaps the
gold span the most. Two figures:
- date part: our value, cut at a time of day ("T"), equals the gold value cut the same way
  (TimeBank tags "samedi 5 juin" DATE and "17 h" TIME apart, so a value with an attached time
  is compared by its date; TimeBank tags each end of a range on its own, so a range row is
  compared by the end the gold span lies in: its first end when the gold span starts in the first
  half of the row, else its last);
- strict: the values are equal as written.
A gold date with no overlapping row counts as wrong in both. Errors are listed with the article's
publication date, so a family of errors shows, not one case.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus_cli.extract.dates import extract_dates  # noqa: E402
from corpus_cli.nlp import model  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "fr_timebank_dev.jsonl"
CALENDAR = re.compile(r"\d{4}(?:-\d{2}){0,2}")  # a year, a month or a day


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", type=int, default=40, help="errors to list")
    options = parser.parse_args()
    documents = [json.loads(line) for line in options.data.open(encoding="utf-8")]
    nlp = model.load()
    total = date_part = strict = 0
    errors: list[str] = []
    for document in documents:
        rows = extract_dates(nlp(document["text"]), document["ref_date"])
        for start, end, kind, value, _ in document["timexes"]:
            if kind != "DATE" or not CALENDAR.fullmatch(value):
                continue
            total += 1
            row = best_overlap(rows, start, end)
            ours = end_of_range((row or {}).get("value") or "", row, start)
            strict += ours == value
            if day_part(ours) == day_part(value):
                date_part += 1
            else:
                text = document["text"][start:end]
                found = f"{row['text']!r} -> {ours or None} ({row['rule']}, {row['anchor']}, "\
                        f"{row['tense']})" if row else "not found"
                errors.append(f"  {document['ref_date']}  {text!r:32} gold {value:14} ours {found}")
    print(f"French TimeBank ({options.data.name}): {len(documents)} documents, {total} DATE "
          f"timexes with a calendar value")
    print(f"  date part  {date_part}/{total} = {date_part / max(total, 1):.3f}")
    print(f"  strict     {strict}/{total} = {strict / max(total, 1):.3f}")
    if errors and options.show:
        print(f"errors (date part), {len(errors)}:")
        print("\n".join(errors[:options.show]))


def best_overlap(rows: list[dict[str, Any]], start: int, end: int) -> dict[str, Any] | None:
    """The row whose span shares the most characters with [start, end), if any."""
    scored = [(min(end, row["end"]) - max(start, row["start"]), row) for row in rows]
    scored = [(overlap, row) for overlap, row in scored if overlap > 0]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def end_of_range(value: str, row: dict[str, Any] | None, start: int) -> str:
    """One end of a range value ("2002-04-03/2002-04-06"): the one the gold span starts at."""
    if row is None or "/" not in value:
        return value
    first, last = value.split("/", 1)
    return first if start - row["start"] < (row["end"] - row["start"]) / 2 else last


def day_part(value: str) -> str:
    """A value without its time of day: 2016-12-15T11:30 -> 2016-12-15."""
    return value.split("T", 1)[0]


if __name__ == "__main__":
    main()
