"""The dates layer against Duckling's French corpus, and its speed on real news.

Run by hand (a few seconds):

    python benchmarks/bench_dates.py [--articles 2000] [--show 15]

1. Every case of ../shared/data/duckling_fr_time.jsonl (Duckling/Time/FR/Corpus.hs, reference
   time 2013-02-12T04:30-02:00, a Tuesday) goes through `find_expressions` and `resolve` with
   the reference day 2013-02-12, twice: with no tense (what a clause without tense gets: the
   nearest date) and with a future clause (Duckling always resolves forward). A case agrees
   when our value equals Duckling's at Duckling's grain; an interval agrees when our first and
   last days are Duckling's `from` and `to` minus one day. Cases are grouped by Duckling's
   type and grain and by the family of the rule we applied. The cases where only the direction
   differs are listed: there Duckling's future is right for a calendar assistant, not
   necessarily for news narration (a bare "dimanche" in a past-tense sentence is last Sunday).
   Many Duckling cases are conversational (times of day, meals, holidays) and out of scope.
2. Milliseconds per article of `find_expressions` alone (no spaCy) over the first N articles
   of ../shared/data/orangesum_fr_news.jsonl.gz, streamed.
3. Milliseconds of `find_expressions` on texts built to make a regex backtrack.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus_cli.dates.calendar import PartialDate  # noqa: E402
from corpus_cli.dates.grammar.find import find_expressions  # noqa: E402
from corpus_cli.dates.grammar.resolve import resolve  # noqa: E402
from corpus_cli.dates.grammar.spec import Expression  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
DUCKLING = SHARED / "duckling_fr_time.jsonl"
ORANGESUM = SHARED / "orangesum_fr_news.jsonl.gz"
REFERENCE = "2013-02-12"  # Duckling's reference time, 2013-02-12T04:30-02:00, at day precision
FAMILIES = {
    "iso": "numeric", "numeric": "numeric", "textual": "textual", "english_order": "textual",
    "weekday_day": "textual", "month_year": "month", "month": "month", "year": "year",
    "coordination": "coordination/range", "range": "coordination/range", "decade": "year",
    "century": "year", "season": "season/quarter", "quarter": "season/quarter",
    "deictic": "deictic", "weekday": "weekday", "shift": "deictic", "relative": "relative",
    "time": "time of day", "duration": "duration/set/vague", "set": "duration/set/vague",
    "vague": "duration/set/vague",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--show", type=int, default=15, help="direction differences to list")
    options = parser.parse_args()
    duckling(options.show)
    speed(options.articles)
    pathological()


# --- Duckling ------------------------------------------------------------------------------

def main_expression(text: str) -> Expression | None:
    """The longest expression found in a case (Duckling cases hold one expression each)."""
    found = [e for e in find_expressions(text) if e.kind == "date"]
    return max(found, key=lambda e: e.end - e.start, default=None)


def expected(case: dict[str, Any]) -> tuple[str, str] | None:
    """What Duckling says, as (kind, value): ("value", "2013-02-17") or ("interval", "a/b")."""
    if case["type"] == "value":
        return "value", duckling_value(case)
    if case["type"] == "interval":
        first = case["from"][:10]
        last = day_before(case["to"])
        return ("interval", f"{first}/{last}") if first and last else None
    return None


def duckling_value(case: dict[str, Any]) -> str:
    grain, value = case["grain"], case["value"]
    if grain in ("Hour", "Minute", "Second"):
        return case["datetime"][:16]
    return value


def day_before(stamp: str) -> str | None:
    """Duckling's exclusive `to` as an inclusive last day; it writes "2013-02-00" for months."""
    year, month, day = (int(p) for p in stamp[:10].split("-"))
    try:
        return (date(year, max(month, 1), max(day, 1)) - timedelta(days=1)).isoformat()
    except ValueError:
        return None


def ours(expression: Expression, tense: str | None, grain: str) -> tuple[str, str | None]:
    fields = resolve(expression, REFERENCE, tense)
    value = fields["value"]
    if value and grain in ("Hour", "Minute", "Second") and "T" not in value and "/" not in value:
        value = f"{value}T??"
    interval = (f"{fields['start_date']}/{fields['end_date']}" if fields["start_date"] else None)
    return value or "-", interval


def agrees(case: dict[str, Any], expression: Expression | None, tense: str | None) -> bool:
    want = expected(case)
    if want is None or expression is None:
        return False
    value, interval = ours(expression, tense, case["grain"])
    kind, target = want
    if kind == "interval":
        return interval == target or value == target
    if case["grain"] == "Week" and value.startswith(target[:4]):
        return value == target or interval == week_interval(target)
    return value == target


def duckling_days(case: dict[str, Any]) -> tuple[str, str] | None:
    """The days Duckling's answer covers (first, last)."""
    want = expected(case)
    if want is None:
        return None
    kind, target = want
    if kind == "interval":
        first, last = target.split("/")
        return first, last
    try:
        covered = PartialDate.from_iso(target[:10] if "T" in target else target)
    except ValueError:
        return None
    return covered.start.isoformat(), covered.end.isoformat()


def consistent(case: dict[str, Any], expression: Expression | None, tense: str | None) -> bool:
    """Our interval and Duckling's are the same date at another precision: one contains the
    other ("dans deux mois": our 2013-04 holds Duckling's 2013-04-12)."""
    theirs = duckling_days(case)
    if theirs is None or expression is None:
        return False
    fields = resolve(expression, REFERENCE, tense)
    if not fields["start_date"]:
        return False
    ours_days = (fields["start_date"], fields["end_date"])
    return ((ours_days[0] <= theirs[0] and theirs[1] <= ours_days[1])
            or (theirs[0] <= ours_days[0] and ours_days[1] <= theirs[1]))


def week_interval(value: str) -> str | None:
    try:
        week = PartialDate.from_iso(value)
    except ValueError:
        return None
    return f"{week.start.isoformat()}/{week.end.isoformat()}"


def duckling(show: int) -> None:
    cases = [json.loads(line) for line in DUCKLING.read_text(encoding="utf-8").splitlines()]
    by_grain: dict[str, Counter[str]] = defaultdict(Counter)
    by_family: dict[str, Counter[str]] = defaultdict(Counter)
    direction_only: list[tuple[str, str, str]] = []
    for case in cases:
        expression = main_expression(case["text"])
        family = FAMILIES.get(expression.rule, expression.rule) if expression else "not found"
        nearest = agrees(case, expression, None)
        future = agrees(case, expression, "future")
        within = consistent(case, expression, None) or consistent(case, expression, "future")
        for table, key in ((by_grain, f"{case['type']} {case['grain']}"), (by_family, family)):
            table[key]["cases"] += 1
            table[key]["found"] += expression is not None
            table[key]["nearest"] += nearest
            table[key]["future"] += future
            table[key]["within"] += within
        if future and not nearest and expression is not None:
            got, _ = ours(expression, None, case["grain"])
            direction_only.append((case["text"], got, expected(case)[1]))  # type: ignore[index]
    print(f"Duckling French time corpus: {len(cases)} cases, reference {REFERENCE} (a Tuesday)")
    print("agreement with Duckling's value; 'nearest' = no tense (our default), "
          "'future' = a future clause (Duckling's bias); 'same date' = either reading names the\n"
          "same date at another precision (one interval contains the other)\n")
    for title, table in (("by Duckling type and grain", by_grain),
                         ("by the family of our rule", by_family)):
        print(f"{title:28} {'cases':>6} {'found':>6} {'nearest':>8} {'future':>8} "
              f"{'same date':>10}")
        for key, row in sorted(table.items(), key=lambda kv: -kv[1]["cases"]):
            print(table_line(key, row))
        total = Counter[str]()
        for row in table.values():
            total.update(row)
        print(table_line("all", total) + "\n")
    print(f"{len(direction_only)} cases agree only when read as future; news narration in a past "
          "clause reads them backwards (ours without tense, then Duckling):")
    for text, got, want in direction_only[:show]:
        print(f"  {text!r:34} nearest {got:22} Duckling {want}")


def table_line(key: str, row: Counter[str]) -> str:
    cases = row["cases"]
    return (f"  {key:26} {cases:6} {row['found']:6} {pct(row['nearest'], cases):>8} "
            f"{pct(row['future'], cases):>8} {pct(row['within'], cases):>10}")


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


# --- speed ---------------------------------------------------------------------------------

def articles(limit: int) -> Iterator[str]:
    with gzip.open(ORANGESUM, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= limit:
                return
            yield json.loads(line)["text"]


def speed(limit: int) -> None:
    texts = list(articles(limit))
    find_expressions("Le 15 décembre 2016.")  # compile the patterns outside the timing
    kinds: Counter[str] = Counter()
    began = time.perf_counter()
    for text in texts:
        kinds.update(e.kind for e in find_expressions(text))
    elapsed = time.perf_counter() - began
    characters = sum(len(t) for t in texts)
    print(f"\nfind_expressions on the first {len(texts)} OrangeSum articles "
          f"({characters / len(texts):.0f} characters on average): "
          f"{1000 * elapsed / len(texts):.2f} ms per article, "
          f"{sum(kinds.values()) / len(texts):.1f} expressions per article "
          f"({', '.join(f'{k} {v}' for k, v in kinds.most_common())})")


# Texts built to make a regex backtrack (runs of number words, list items, weekdays): each must
# take well under a second (tests/dates/test_find.py checks their answers, not their time).
PATHOLOGICAL = [("trois ", 4000), ("trois-", 4000), ("vingt et un ", 2000), ("3, ", 4000),
                ("mars, ", 4000), ("lundi, ", 4000), ("le 3 mars 2016, ", 1000)]


def pathological() -> None:
    print("\nfind_expressions on texts built to backtrack:")
    for unit, count in PATHOLOGICAL:
        began = time.perf_counter()
        found = find_expressions(unit * count)
        elapsed = time.perf_counter() - began
        print(f"  {unit!r:20} x {count:5}: {1000 * elapsed:7.1f} ms, {len(found)} expressions")


if __name__ == "__main__":
    main()
