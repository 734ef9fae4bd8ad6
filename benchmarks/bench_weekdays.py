"""Weekday/date contradictions in the dates layer's output on real news (OrangeSum).

Run by hand (a few seconds for 2,000 articles):

    python benchmarks/bench_weekdays.py [--articles 2000] [--show 20]

Each of the first N articles of ../shared/data/orangesum_fr_news.jsonl.gz (title, heading and
text) goes through `find_expressions` and `resolve` with the article's date as the reference
(no parse: the nearest reading; the weekday must decide the year whatever the tense). A row
contradicts itself when its text names a weekday next to a day number ("mercredi 25 avril",
"jeudi 15", "du lundi 3 au ...") and the day it was placed on falls on another weekday. Rows the
dates layer marks itself (`rule` ends in "+weekday_mismatch": no year within one of the
publication date agrees, so the text itself is wrong) are counted apart: the target is 0
unmarked contradictions.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus_cli.dates.grammar.find import find_expressions  # noqa: E402
from corpus_cli.dates.grammar.resolve import resolve  # noqa: E402
from corpus_cli.dates.grammar.words import key, lexicon_section  # noqa: E402

ORANGESUM = ROOT.parent / "shared" / "data" / "orangesum_fr_news.jsonl.gz"
WEEKDAYS = {name: int(number) for name, number in lexicon_section("weekdays").items()}
NAMED_DAY = re.compile(r"(?P<wd>[^\W\d_]+)[^\S\n]{1,3}(?:le[^\S\n]{1,3})?(?P<d>\d{1,2})(?!\d)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--show", type=int, default=20)
    options = parser.parse_args()
    rows = named = 0
    unmarked: list[str] = []
    marked: list[str] = []
    with gzip.open(ORANGESUM, "rt", encoding="utf-8") as lines:
        for line in itertools.islice(lines, options.articles):
            article = json.loads(line)
            text = "\n\n".join(article.get(f) or "" for f in ("title", "heading", "text"))
            for expression in find_expressions(text):
                fields = resolve(expression, article["date"])
                if not fields.get("start_date"):
                    continue
                rows += 1
                for weekday, day in named_days(expression.text):
                    placed = placed_day(fields, day)
                    if placed is None:
                        continue
                    named += 1
                    if placed.isoweekday() != weekday:
                        note = (f"  {article['date']}  {expression.text!r} -> {fields['value']}"
                                f" ({placed:%A})")
                        rule = fields.get("rule") or ""
                        (marked if rule.endswith("+weekday_mismatch") else unmarked).append(note)
    print(f"OrangeSum, first {options.articles} articles: {rows} dated rows, {named} days named "
          f"with their weekday")
    print(f"  contradictions unmarked: {len(unmarked)}")
    print(f"  contradictions marked by the dates layer (the text's own): {len(marked)}")
    for title, notes in (("unmarked", unmarked), ("marked", marked)):
        if notes and options.show:
            print(f"{title}:")
            print("\n".join(notes[:options.show]))


def named_days(text: str) -> list[tuple[int, int]]:
    """(ISO weekday, day of the month) for each weekday written before a day number."""
    found = []
    for match in NAMED_DAY.finditer(text):
        weekday = WEEKDAYS.get(key(match.group("wd")))
        if weekday is not None:
            found.append((weekday, int(match.group("d"))))
    return found


def placed_day(fields: dict, day: int) -> date | None:
    """The day of the row's interval that has this day of the month (a range holds two)."""
    first, last = date.fromisoformat(fields["start_date"]), date.fromisoformat(fields["end_date"])
    for candidate in (first, last):
        if candidate.day == day:
            return candidate
    return None


if __name__ == "__main__":
    main()
