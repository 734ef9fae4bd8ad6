"""The types of timeline entries on OrangeSum: how many are "other", with which lemmas.

Run by hand from the project folder (parsing costs about a minute per 300 articles on one core;
with --cache the parses are kept and a second run after a lexicon change takes seconds):

    PYTHONPATH=. python benchmarks/bench_event_types.py --ids 20000 33958 --articles 1000 \
        --seed 5 --cache /tmp/types_cache --lemmas 80 --out /tmp/types_before.json
    PYTHONPATH=. python benchmarks/bench_event_types.py --ids 5000 19999 --articles 200 \
        --seed 8 --exclude /tmp/types_before.json --sample 60 \
        --sample-out benchmarks/events_types_sample.jsonl

It draws `--articles` OrangeSum articles at random (`--seed`) with ids in `--ids LOW HIGH` and a
title or heading in the tool's domain (bench_events.DOMAIN), leaving out the dev set, every
article of a judged sample (benchmarks/events_sample*.jsonl, events_types_sample*.jsonl) and
the articles of the reports given with `--exclude` (so that the articles the lexicon was chosen
on are not those it is judged on). It runs the events layer as bench_events.py does and keeps
the timeline entries (events with a resolved start date). It prints
- the share of entries typed "other", and the count of each type;
- with `--lemmas N`: the N commonest (lemma, part of speech) of the "other" entries, each with
  its count, the number of articles it comes from and one sentence;
- with `--predicates N`: the N commonest predicate lemmas of all entries with their type, and
  the commonest verb lemmas of the articles' clauses (any verb heading a clause: root,
  complement or conjoined clause), with the type the lexicons give them: the frequency list
  the type lexicon's additions were chosen from.
`--out` writes the counts and the article ids as JSON (for `--exclude`); `--sample K
--sample-out FILE` writes K entries drawn by a seeded hash of their place (as bench_events.py
does) to judge by reading: a type_ok and a note to fill, the first line left for the rules.
`--compare FILE` reads the entries of an earlier `--out` report run on the same articles and
prints the entries whose type changed. `--same-as FILE` runs on the articles of an earlier
`--out` report: a draw's articles change once a judged sample holds some of its range.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_events

ROOT = bench_events.ROOT
# The dependency relations of a verb that heads a clause of its own.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "conj", "advcl", "acl:relcl", "parataxis",
                         "csubj", "acl"})


def seen_ids(exclude: list[Path]) -> set[int]:
    """The dev set's articles, every judged sample's, and those of earlier reports."""
    seen = {int(json.loads(line)["id"]) for line in (ROOT / "benchmarks" / "events_dev"
            / "articles.jsonl").read_text("utf-8").splitlines() if line.strip()}
    for path in [*(ROOT / "benchmarks").glob("events_sample*.jsonl"),
                 *(ROOT / "benchmarks").glob("events_types_sample*.jsonl")]:
        seen |= {int(row["document"]) for row in (json.loads(line) for line in
                 path.read_text("utf-8").splitlines() if line.strip()) if "document" in row}
    for path in exclude:
        seen |= set(json.loads(path.read_text("utf-8"))["articles"])
    return seen


def draw(low: int, high: int, limit: int, seed: int, exclude: list[Path]) -> list[dict[str, Any]]:
    seen = seen_ids(exclude)
    pool = []
    for item in bench_events.articles(10**9):
        if low <= int(item["id"]) <= high and int(item["id"]) not in seen and \
                bench_events.DOMAIN.search(f"{item.get('title', '')} "
                                           f"{item.get('heading', '')}".lower()):
            pool.append(item)
    return sorted(random.Random(seed).sample(pool, min(limit, len(pool))),
                  key=lambda item: int(item["id"]))


def parsed(items: list[dict[str, Any]], cache: Path | None) -> list[list[Any]]:
    """Each article's Docs, from the cache folder when it holds them (a DocBin per article)."""
    from spacy.tokens import DocBin

    from corpus_cli.nlp import model

    result: list[list[Any] | None] = [None] * len(items)
    todo = []
    nlp = model.load()
    for n, item in enumerate(items):
        path = cache / f"{item['id']}.spacy" if cache is not None else None
        if path is not None and path.exists():
            result[n] = list(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab))
        else:
            todo.append(n)
    for n, chunks in zip(todo, model.parse([items[n]["text"] for n in todo]), strict=True):
        docs = [doc for _, doc in chunks]
        if cache is not None:
            cache.mkdir(parents=True, exist_ok=True)
            (cache / f"{items[n]['id']}.spacy").write_bytes(
                DocBin(store_user_data=True, docs=docs).to_bytes())
        result[n] = docs
    return result  # type: ignore[return-value]


def run(items: list[dict[str, Any]], cache: Path | None) -> tuple[list[dict[str, Any]],
                                                                   Counter, dict]:
    """The timeline entries of the articles, and the clause verbs' lemma counts."""
    from corpus_cli.extract.events.kinds import type_of

    extract_dates = bench_events.date_extractor()
    entries: list[dict[str, Any]] = []
    verbs: Counter = Counter()
    verb_docs: dict[str, set[int]] = defaultdict(set)
    for item, docs in zip(items, parsed(items, cache), strict=True):
        for doc in docs:
            for token in doc:
                if token.pos_ == "VERB" and token.dep_ in CLAUSE_DEPS:
                    verbs[token.lemma_.lower()] += 1
                    verb_docs[token.lemma_.lower()].add(int(item["id"]))
            dates = extract_dates(doc, item.get("date"))
            mentions = bench_events.entities.extract_mentions(doc)
            for row in bench_events.extract(doc, mentions, dates, item.get("date")):
                date = dates[row["date"]] if row["date"] is not None else {}
                if not date.get("start_date"):
                    continue
                token = next((t for t in doc if t.idx == row["start"]), None)
                entries.append({"document": int(item["id"]), "reference": item.get("date"),
                                **{k: row.get(k) for k in bench_events.SAMPLE_FIELDS
                                   if k in row},
                                "lemma": row["lemma"], "pos": token.pos_ if token else None,
                                "basis": row.get("basis"), "date_value": date.get("value")})
    types = {lemma: type_of(lemma, "VERB")[0] for lemma in verbs}
    return entries, verbs, {"verb_docs": {k: len(v) for k, v in verb_docs.items()},
                            "verb_types": types}


def report(entries: list[dict[str, Any]], verbs: Counter, extra: dict, options: Any) -> None:
    n = max(len(entries), 1)
    other = [e for e in entries if e["type"] == "other"]
    print(f"timeline entries {len(entries)}; other {len(other)} = {len(other) / n:.0%}")
    print("by type: " + ", ".join(f"{k} {v}" for k, v in
                                  Counter(e["type"] for e in entries).most_common()))
    print("by basis: " + ", ".join(f"{k} {v} (other {sum(1 for e in other if e['basis'] == k)})"
                                   for k, v in Counter(e["basis"] for e in entries).most_common()))
    if options.lemmas:
        counts = Counter((e["lemma"], e["pos"]) for e in other)
        docs: dict[tuple[str, str], set[int]] = defaultdict(set)
        example: dict[tuple[str, str], str] = {}
        for e in other:
            docs[(e["lemma"], e["pos"])].add(e["document"])
            example.setdefault((e["lemma"], e["pos"]), e["sentence"])
        print(f"\nlemmas of the 'other' entries ({len(counts)} distinct):")
        for key, count in counts.most_common(options.lemmas):
            print(f"  {count:3} ({len(docs[key])} art.) {key[0]} {key[1]}: "
                  f"{example[key][:150]!r}")
    if options.predicates:
        counts = Counter((e["lemma"], e["type"]) for e in entries)
        print("\npredicate lemmas of all entries:")
        for (lemma, kind), count in counts.most_common(options.predicates):
            print(f"  {count:3} {lemma} {kind}")
        print("\nclause verbs of the articles (count, articles, type):")
        for lemma, count in verbs.most_common(options.predicates):
            print(f"  {count:4} {extra['verb_docs'][lemma]:4} {lemma} {extra['verb_types'][lemma]}")


def write_sample(entries: list[dict[str, Any]], size: int, seed: int, path: Path) -> None:
    def place(row: dict[str, Any]) -> str:
        return hashlib.sha256(f"{seed}:{row['document']}:{row['start']}".encode()).hexdigest()

    sample = sorted(entries, key=place)[:size]
    sample.sort(key=lambda row: (row["document"], row["start"]))
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"rules": "(to write)"}, ensure_ascii=False) + "\n")
        for row in sample:
            line = {k: row.get(k) for k in (*bench_events.SAMPLE_FIELDS, "lemma", "basis")}
            line.update({"type_ok": None, "note": None})
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"sample of {len(sample)} written to {path} (seed {seed})")


def compare(entries: list[dict[str, Any]], path: Path) -> None:
    rows = json.loads(path.read_text("utf-8"))["entries"]
    before = {(e["document"], e["start"]): e for e in rows}
    now = {(e["document"], e["start"]): e for e in entries}
    changed = [(before[k], now[k]) for k in sorted(before.keys() & now.keys())
               if before[k]["type"] != now[k]["type"]]
    print(f"\n{len(changed)} entries changed type; {len(before.keys() - now.keys())} gone, "
          f"{len(now.keys() - before.keys())} new")
    for old, new in changed:
        print(f"  {old['type']} -> {new['type']} [{new['lemma']}] {new['document']}: "
              f"{new['sentence'][:160]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ids", type=int, nargs=2, default=(20000, 10**9), metavar=("LOW", "HIGH"))
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="an earlier --out report whose articles are left out")
    parser.add_argument("--same-as", type=Path, default=None,
                        help="an earlier --out report: its articles, whatever was judged since "
                             "(a judged sample's articles leave later draws)")
    parser.add_argument("--cache", type=Path, default=None, help="a folder for the parses")
    parser.add_argument("--lemmas", type=int, default=0)
    parser.add_argument("--predicates", type=int, default=0)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--sample-out", type=Path, default=None)
    parser.add_argument("--compare", type=Path, default=None)
    options = parser.parse_args()
    if options.same_as:
        wanted = set(json.loads(options.same_as.read_text("utf-8"))["articles"])
        items = [item for item in bench_events.articles(10**9) if int(item["id"]) in wanted]
    else:
        items = draw(*options.ids, options.articles, options.seed, options.exclude)
    entries, verbs, extra = run(items, options.cache)
    print(f"articles {len(items)} (ids {options.ids[0]}-{options.ids[1]}, seed {options.seed})")
    report(entries, verbs, extra, options)
    if options.compare:
        compare(entries, options.compare)
    if options.out:
        options.out.write_text(json.dumps({"articles": [int(i["id"]) for i in items],
                                           "entries": entries,
                                           "verbs": dict(verbs.most_common())},
                                          ensure_ascii=False), "utf-8")
    if options.sample and options.sample_out:
        write_sample(entries, options.sample, options.seed, options.sample_out)


if __name__ == "__main__":
    main()
