"""Events per thousand words on OrangeSum, and a hand-checked sample of the extracted events.

Run by hand (about a minute for 300 articles on one core, most of it parsing):

    python benchmarks/bench_events.py [--articles 300] [--sample 50] [--seed 6]
    python benchmarks/bench_events.py --score
    python benchmarks/bench_events.py --fresh 13 --dated --sample 100 \
        --out benchmarks/events_sample_v3.jsonl      (a fresh sample of timeline entries)

(from the project folder, with its virtualenv active: `. .venv/bin/activate`).

The first form streams the first N articles of ../shared/data/orangesum_fr_news.jsonl.gz,
parses their `text` with corpus_cli.nlp.parse, builds mention rows with
corpus_cli.entities.extract_mentions (as the product does, corpus_cli/analysis.py) and date
rows with corpus_cli.dates.extract_dates when that module exists (reference: the article's
`date`; otherwise no dates, and it says so), runs events.extract_events, and prints events
per thousand words by type and status, with the share of triggers dropped as bare (no
participant, place or date). It writes a random sample (fixed seed, drawn by a hash of each
event's document and offset, so that the same events are drawn again after a rule change) to
benchmarks/events_sample.jsonl; judgements already in that file are kept for the events that
come out unchanged, and are empty for the others.

Each sample line has the event, its sentence and three judgements to fill by reading it:
  type_ok          the trigger denotes an event of that type in this sentence (a real event,
                   not a figure of speech: "affirmer son influence" is no statement)
  date_ok          the date is the event's date; with no date, true only if the sentence
                   gives no date for this event
  participants_ok  every participant listed takes part in the event and no named participant
                   of it in the sentence is missing (an empty list is right only if the
                   sentence names none)
  actor_ok         at least one listed actor (or, with no actor, participant) is one who
                   acts in the event (issue 13's "at least one right actor")
and `note`. `--score` reads the judged file and prints the precision of each and of all three.
`--bare N` prints N of the dropped bare triggers, to check by reading that they are not events
worth a timeline.
`--lead` reads each article as `corpus` reads an OrangeSum record, its `heading` as the first
paragraph (documents/read.py `with_lead`); samples up to events_sample_v62 were drawn on the
text alone, later ones with `--lead` (their rows say `lead: true`, offsets into that text).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib
import inspect
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus_cli.documents.read import with_lead  # noqa: E402
from corpus_cli.extract import events  # noqa: E402
from corpus_cli.extract import mentions as entities  # noqa: E402
from corpus_cli.nlp import model as nlp  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "orangesum_fr_news.jsonl.gz"
SAMPLE = ROOT / "benchmarks" / "events_sample.jsonl"
JUDGEMENTS = ("type_ok", "date_ok", "participants_ok", "actor_ok")
SAMPLE_FIELDS = ("document", "reference", "start", "trigger", "type", "cameo", "status",
                 "participants", "actors", "targets", "places", "date_text", "date_anchor",
                 "date_value", "sentence", "lead")


# The tool's domain, read on an article's title and heading (--domain): politics, diplomacy,
# justice, conflict. Ids 5000-19999 are left for it (the dev set and the judged sample).
DOMAIN = re.compile(r"diplomat|ambassad|sommet|ministre|gouvernement|président|élection|"
                    r"parlement|député|sénat|vote|procès|tribunal|juge|condamn|mis en examen|"
                    r"interpellé|arrêté|attentat|attaque|armée|militaire|frappe|combat|sanction")


# The ids left for the tool's domain (the dev sets and the judged samples).
IDS = (5000, 19999)


def fresh_articles(limit: int, seed: int, ids: tuple[int, int] = IDS,
                   exclude: tuple[Path, ...] = ()) -> list[dict[str, Any]]:
    """`limit` articles drawn at random (fixed seed) among those in the id range and the domain
    that neither a gold set (events_dev*), an earlier judged sample nor a list of `exclude`
    (bench_event_types.py's `--out`: articles whose entries were read) holds: unseen by the
    rules' authors."""
    seen = {int(json.loads(line)["id"]) for gold in (ROOT / "benchmarks").glob(
            "events_dev*/articles.jsonl") for line in gold.read_text("utf-8").splitlines()
            if line.strip()}
    for earlier in (ROOT / "benchmarks").glob("events_*sample*.jsonl"):
        seen |= {int(row["document"]) for row in (json.loads(line) for line in
                 earlier.read_text("utf-8").splitlines() if line.strip()) if "document" in row}
    for path in exclude:
        seen |= set(json.loads(path.read_text("utf-8"))["articles"])
    pool = [item for item in articles(10**9, domain=True, ids=ids) if int(item["id"]) not in seen]
    return sorted(random.Random(seed).sample(pool, min(limit, len(pool))),
                  key=lambda item: int(item["id"]))


def articles(limit: int, domain: bool = False,
             ids: tuple[int, int] = IDS) -> Iterator[dict[str, Any]]:
    """The first `limit` articles (with --domain: in the id range and the domain), streamed."""
    taken = 0
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        for line in lines:
            if taken >= limit:
                return
            item = json.loads(line)
            if domain and not (ids[0] <= int(item["id"]) <= ids[1] and DOMAIN.search(
                    f"{item.get('title', '')} {item.get('heading', '')}".lower())):
                continue
            taken += 1
            yield item


def date_extractor() -> Any:
    """corpus_cli.dates.extract_dates if the dates layer exists yet, else None."""
    try:
        module = importlib.import_module("corpus_cli.extract.dates")
    except ImportError:
        return None
    return getattr(module, "extract_dates", None)


def extract(doc: Any, mentions: list[dict[str, Any]], dates: list[dict[str, Any]],
            reference: str | None, **options: Any) -> list[dict[str, Any]]:
    """events.extract_events with the day of writing, as the product calls it, where the code
    run takes one (an older commit's does not)."""
    if "reference" in inspect.signature(events.extract_events).parameters:
        options["reference"] = reference
    return events.extract_events(doc, mentions, dates, **options)


def words(doc: Any) -> int:
    return sum(1 for t in doc if not t.is_space and not t.is_punct
               and any(c.isalnum() for c in t.text))


def run(limit: int, domain: bool = False, fresh: int | None = None, ids: tuple[int, int] = IDS,
        exclude: tuple[Path, ...] = (), lead: bool = False
        ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Today's events of the articles; with `lead`, each read as `corpus` reads an OrangeSum
    record, its heading as the first paragraph (documents/read.py `with_lead`): offsets are
    then into that text and each row says `lead: true`."""
    extract_dates = date_extractor()
    items = (fresh_articles(limit, fresh, ids, exclude) if fresh is not None
             else list(articles(limit, domain, ids)))
    texts = [with_lead(a.get("heading"), a["text"]) if lead else a["text"] for a in items]
    found: list[dict[str, Any]] = []
    bare: list[dict[str, Any]] = []
    total_words = 0
    seconds = cpu_seconds = 0.0
    for item, chunks in zip(items, nlp.parse(texts), strict=True):
        for _, doc in chunks:
            total_words += words(doc)
            dates = extract_dates(doc, item.get("date")) if extract_dates else []
            mentions = entities.extract_mentions(doc)
            started, cpu = time.perf_counter(), time.process_time()
            rows = extract(doc, mentions, dates, item.get("date"), keep_bare=True)
            seconds += time.perf_counter() - started
            cpu_seconds += time.process_time() - cpu
            for row in rows:
                if row.pop("bare", False):
                    bare.append({"document": item["id"], **row})
                    continue
                date = dates[row["date"]] if row["date"] is not None else {}
                found.append({"document": item["id"], "reference": item.get("date"), **row,
                              "date_value": date.get("value"),
                              "date_start": date.get("start_date"),
                              **({"lead": True} if lead else {})})
    stats = {"articles": len(items), "words": total_words, "events": len(found), "bare": bare,
             "dates_layer": extract_dates is not None,
             "ms_per_article": round(1000 * seconds / max(len(items), 1), 2),
             "cpu_ms_per_article": round(1000 * cpu_seconds / max(len(items), 1), 2)}
    return found, stats


def report(found: list[dict[str, Any]], stats: dict[str, Any]) -> None:
    per_k = 1000 / max(stats["words"], 1)
    layer = "corpus_cli.dates.extract_dates" if stats["dates_layer"] else "absent, no dates passed"
    print(f"articles {stats['articles']}, words {stats['words']}, dates layer: {layer}")
    bare = len(stats["bare"])
    print(f"events {stats['events']} = {stats['events'] * per_k:.2f} per 1000 words; "
          f"bare triggers dropped {bare} ({bare / max(bare + stats['events'], 1):.0%} of the "
          f"triggers that passed the other rules)")
    # CPU time is the figure to compare on a shared machine: wall time counts the waits.
    print(f"events layer alone: {stats['ms_per_article']} ms per article (wall), "
          f"{stats['cpu_ms_per_article']} ms CPU")
    for field in ("type", "status"):
        counts = Counter(row[field] for row in found)
        print(f"by {field}: " + ", ".join(f"{k} {v} ({v * per_k:.2f}/1000w)"
                                          for k, v in counts.most_common()))
    dated = sum(1 for row in found if row["date"] is not None)
    with_participants = sum(1 for row in found if row["participants"])
    with_places = sum(1 for row in found if row["places"])
    n = max(len(found), 1)
    print(f"with a date {dated / n:.0%}, with participants {with_participants / n:.0%}, "
          f"with a place {with_places / n:.0%}")


def show_bare(bare: list[dict[str, Any]], size: int, seed: int) -> None:
    """Print dropped bare triggers with their sentence, to judge the rule by reading them."""
    for row in random.Random(seed).sample(bare, min(size, len(bare))):
        print(f"- [{row['type']}] {row['trigger']!r} in {row['document']}: {row['sentence']}")


def write_sample(found: list[dict[str, Any]], size: int, seed: int, path: Path = SAMPLE) -> None:
    previous = {}
    header = None  # a first line holding the judging rules is kept
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if "document" not in row:
                header = line
                continue
            previous[_key(row)] = row
    # The events with the smallest seeded hash of their place in the corpus: a rule change
    # that leaves an event alone leaves it (and its judgement) in the sample.
    sample = sorted(found, key=lambda row: _draw(seed, row))[:size]
    with path.open("w", encoding="utf-8") as out:
        if header is not None:
            out.write(header + "\n")
        for row in sample:
            line = {k: row.get(k) for k in SAMPLE_FIELDS}
            old = previous.get(_key(line), {})
            line.update({k: old.get(k) for k in (*JUDGEMENTS, "note")})
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"sample of {len(sample)} written to {path} (seed {seed})")


def _draw(seed: int, row: dict[str, Any]) -> str:
    return hashlib.sha256(f"{seed}:{row['document']}:{row['start']}".encode()).hexdigest()


def _key(row: dict[str, Any]) -> tuple[Any, ...]:
    return (row["document"], row["trigger"], row["sentence"], row["type"],
            tuple(row["participants"]), row["date_text"])


def score(path: Path = SAMPLE) -> None:
    rows = [row for row in (json.loads(line) for line in
                            path.read_text(encoding="utf-8").splitlines() if line.strip())
            if "document" in row]  # a first line may hold the judging rules
    # participants_ok may be left unjudged (null, as in events_sample_v3): the rest still count
    judged = [r for r in rows if all(r.get(k) is not None for k in JUDGEMENTS
                                     if k != "participants_ok")]
    print(f"{len(judged)} of {len(rows)} sample events judged")
    if not judged:
        return
    for key in JUDGEMENTS:
        marked = [r for r in judged if r.get(key) is not None]
        right = sum(1 for r in marked if r[key])
        print(f"  {key:16} {right}/{len(marked)} = {right / max(len(marked), 1):.0%}")
    if all(r.get("participants_ok") is not None for r in judged):
        right = sum(1 for r in judged if all(r[k] for k in JUDGEMENTS))
        print(f"  {'all four':16} {right}/{len(judged)} = {right / len(judged):.0%}")
    right = sum(1 for r in judged if r["date_ok"] and r["actor_ok"])
    print(f"  {'date and actor':16} {right}/{len(judged)} = {right / len(judged):.0%}")
    # A judged sample with date_judgement counts "wrong" only (unjudgeable is not wrong).
    wrong = sum(1 for r in judged if r.get("date_value") and (
        r["date_judgement"] == "wrong" if "date_judgement" in r else not r["date_ok"]))
    print(f"  {'dated wrongly':16} {wrong}/{len(judged)} = {wrong / len(judged):.0%}")
    for type_, count in Counter(r["type"] for r in judged).most_common():
        ok = sum(1 for r in judged if r["type"] == type_ and r["type_ok"])
        print(f"    {type_:13} type right {ok}/{count}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--score", action="store_true", help="score the judged sample file")
    parser.add_argument("--domain", action="store_true",
                        help="articles in the id range (--ids) and the tool's domain only")
    parser.add_argument("--out", type=Path, default=SAMPLE, help="the sample file")
    parser.add_argument("--fresh", type=int, default=None, metavar="SEED",
                        help="draw the articles at random (this seed) in the id range and the "
                             "domain, leaving out the dev set and earlier judged samples")
    parser.add_argument("--ids", type=int, nargs=2, default=IDS, metavar=("LOW", "HIGH"),
                        help="the id range of --domain and --fresh (default 5000 19999)")
    parser.add_argument("--exclude", type=Path, nargs="*", default=(),
                        help="with --fresh: bench_event_types.py --out files whose articles "
                             "were read, left out too")
    parser.add_argument("--dated", action="store_true",
                        help="sample timeline entries only (events with a resolved date)")
    parser.add_argument("--bare", type=int, default=0, metavar="N",
                        help="also print N random dropped bare triggers to read")
    parser.add_argument("--lead", action="store_true",
                        help="read each article with its heading as the first paragraph, as "
                             "corpus reads an OrangeSum record (rows then say lead: true)")
    options = parser.parse_args()
    if options.score:
        score(options.out)
        return
    found, stats = run(options.articles, options.domain, options.fresh, tuple(options.ids),
                       tuple(options.exclude), options.lead)
    report(found, stats)
    if options.bare:
        show_bare(stats["bare"], options.bare, options.seed)
    if options.dated:
        found = [row for row in found if row.get("date_start")]  # what the timeline shows
    write_sample(found, options.sample, options.seed, options.out)


if __name__ == "__main__":
    main()
