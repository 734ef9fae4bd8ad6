"""A judged events sample carried over to the code of today, without judging again.

    python benchmarks/bench_events_carry.py benchmarks/events_sample_v4.jsonl [...]

The samples of bench_events.py judge entries of the code that drew them. Once the rules change,
some entries are gone and some changed. This script runs today's events layer on the sample's
articles (as bench_events.py does) and sorts every judged entry:
- kept: today's layer gives an entry at the same place (document, trigger offset) with the
  same date value and the same actors; its judgements still hold;
- dropped: no entry at that place any more;
- changed: an entry at that place with another date or other actors (not judged);
- retyped: an entry at that place whose type changed, with the type's judgement and note (a
  type judged wrong that changed is likely mended; one judged right that changed is lost).
It prints the sample's figures as judged, then over the kept entries, and what the dropped
entries had been judged. New entries (at places the sample never drew) are not counted: this is
no fresh sample, only a way to see whether a change removed right or wrong entries.

    python benchmarks/bench_events_carry.py --lead benchmarks/events_sample_v45.jsonl

reads each article with its heading as the first paragraph, as `corpus` reads an OrangeSum
record (documents/read.py `with_lead`), where the samples were drawn on the text alone; the
entries are matched at their offsets in the text, the heading's own entries left out.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_events

from corpus_cli.documents.read import with_lead

if TYPE_CHECKING:
    from spacy.tokens import Doc


def judged_rows(path: Path) -> list[dict[str, Any]]:
    return [row for row in (json.loads(line) for line in path.read_text("utf-8").splitlines()
                            if line.strip()) if "document" in row]


def drawn_with_lead(rows: list[dict[str, Any]]) -> bool:
    """The sample was drawn with its headings read as the first paragraph
    (bench_events.py --lead): its rows say so, and their offsets are into that text."""
    return all(row.get("lead") for row in rows)


def text_of(item: dict[str, Any], lead: bool) -> str:
    """The article's text as the samples were drawn on it, or, with `lead`, as `corpus` reads
    it: its heading as the first paragraph (documents/read.py `with_lead`)."""
    return with_lead(item.get("heading"), item["text"]) if lead else item["text"]


def events_of(ids: set[int], lead: bool = False
              ) -> Iterator[tuple[dict[str, Any], Doc, list[dict], dict]]:
    """(article, parsed chunk, its date rows, event row) for today's events of articles `ids`."""
    items = [item for item in bench_events.articles(10**9) if int(item["id"]) in ids]
    extract_dates = bench_events.date_extractor()
    texts = [text_of(a, lead) for a in items]
    for item, chunks in zip(items, bench_events.nlp.parse(texts), strict=True):
        for _, doc in chunks:
            dates = extract_dates(doc, item.get("date"))
            mentions = bench_events.entities.extract_mentions(doc)
            for row in bench_events.extract(doc, mentions, dates, item.get("date")):
                yield item, doc, dates, row


def today(ids: set[int], lead: bool = False, sample_lead: bool = False
          ) -> dict[tuple[int, int], dict[str, Any]]:
    """Today's entries of the articles `ids`, by (document, trigger offset in the text the
    samples were drawn on: with `lead`, entries of the heading itself are left out, unless the
    sample was drawn with its heading too, `sample_lead`)."""
    by_place: dict[tuple[int, int], dict[str, Any]] = {}
    lead = lead or sample_lead
    for item, _, dates, row in events_of(ids, lead):
        shift = 0 if sample_lead else len(text_of(item, lead)) - len(item["text"])
        if row["start"] < shift:
            continue
        date = dates[row["date"]] if row["date"] is not None else {}
        by_place[(int(item["id"]), row["start"] - shift)] = {**row,
                                                              "date_value": date.get("value")}
    return by_place


def figures(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "no entry"
    n = len(rows)
    both = sum(1 for r in rows if r["date_ok"] and r["actor_ok"])
    wrong = sum(1 for r in rows if r.get("date_value") and r.get("date_judgement") == "wrong")
    typed = sum(1 for r in rows if r["type_ok"])
    return (f"{n} entries: date and actor {both / n:.0%}, dated wrongly {wrong / n:.0%}, "
            f"type {typed / n:.0%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", type=Path, nargs="+")
    parser.add_argument("--lead", action="store_true",
                        help="read each article's heading as its first paragraph, as corpus does")
    args = parser.parse_args()
    for path in args.samples:
        rows = [r for r in judged_rows(path)
                if all(r.get(k) is not None for k in ("type_ok", "date_ok", "actor_ok"))]
        # a sample drawn with its headings (bench_events.py --lead) is carried so
        now = today({int(r["document"]) for r in rows}, args.lead,
                    drawn_with_lead(rows))
        kept, dropped, changed = [], [], []
        for row in rows:
            found = now.get((int(row["document"]), row["start"]))
            if found is None:
                dropped.append(row)
            elif (found["date_value"] == row.get("date_value")
                  and found["actors"] == row["actors"]):
                kept.append(row)
            else:
                changed.append(row)
        print(f"{path.name}")
        print(f"  as judged: {figures(rows)}")
        print(f"  kept:      {figures(kept)}")
        print(f"  changed (not judged): {len(changed)}")
        print(f"  dropped:   {len(dropped)}; of them dated wrongly "
              f"{sum(1 for r in dropped if r.get('date_judgement') == 'wrong')}, "
              f"right date and actor {sum(1 for r in dropped if r['date_ok'] and r['actor_ok'])}")
        for row in dropped:
            print(f"    dropped {row['trigger']}: {row.get('date_value')} {row['actors']}  (judged "
                  f"date {row.get('date_judgement')}, actor {row['actor_ok']})")
        for row in changed:
            found = now[(int(row["document"]), row["start"])]
            print(f"    changed {row['trigger']}: {row.get('date_value')} {row['actors']} -> "
                  f"{found['date_value']} {found['actors']}  (judged date "
                  f"{row.get('date_judgement')}, actor {row['actor_ok']})")
        placed = [(row, now.get((int(row["document"]), row["start"]))) for row in rows]
        retyped = [(row, found) for row, found in placed
                   if found is not None and found["type"] != row["type"]]
        print(f"  retyped:   {len(retyped)}; judged type right before "
              f"{sum(1 for row, _ in retyped if row['type_ok'])}")
        for row, found in retyped:
            print(f"    retyped {row['trigger']}: {row['type']} -> {found['type']}  (judged type "
                  f"{row['type_ok']}: {(row.get('note') or '')[:90]})")


if __name__ == "__main__":
    main()
