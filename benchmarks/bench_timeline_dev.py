"""Recall of the timeline on the hand-annotated dev set, against the one-entry-per-dated-sentence
baseline.

Run by hand from the project folder (about 20 s, most of it parsing):

    PYTHONPATH=. python benchmarks/bench_timeline_dev.py [--misses] [--extras]

It analyses benchmarks/events_dev/articles.jsonl with the product (no store, so nothing stale is
read: corpus_cli.api.analyse, then api.timeline with undated entries included, as
`corpus timeline PATH --format jsonl --no-cache --include-undated` would print them) and
scores it against benchmarks/events_dev/gold.jsonl (see events_dev/RULES.md).

A gold event is found when one timeline entry has
- the same document (an entry's `sources`),
- a compatible date: the entry's interval inside the gold interval (the same value at the
  gold's precision: 2019-03-14 for gold 2019-03) or containing it (2019-03 for gold 2019-03-14),
- at least one actor in common: the gold actors (actors and targets for consult and fight,
  where RULES.md calls the split arbitrary) against the entry's `actors`, compared by
  normalised tokens (no case, no accents, no articles or titles; a surname is enough), an
  entry's entity by every name the corpus writes it as ("Grande-Bretagne" is "Royaume-Uni").
  Gold actors that are descriptions, not names ("l'homme"), are left out of actor scoring as
  RULES.md asks: when a gold event has no named actor (nor, for passives, named target), the
  date is enough. The "strict" lines keep the first version of the scorer, which asked an
  event with a described actor for its named target instead.
Optional gold events count neither way. `extra` counts dated entries that match no gold event
(a precision-ish figure: RULES.md leaves publication-day reporting verbs out of the gold, so not
every extra is wrong). The type is reported apart (entry type equal to the gold type, or to one
the note calls "acceptable").

The baseline is one entry per sentence holding a resolved date (the first such date row of the
sentence), with every named mention of that sentence as actor: computed from the same date and
mention rows the product stores.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date as Day
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus_cli import api  # noqa: E402
from corpus_cli.aggregate import timeline  # noqa: E402
from corpus_cli.dates.calendar import PartialDate  # noqa: E402
from corpus_cli.runtime.pipeline import Settings  # noqa: E402

DEV = ROOT / "benchmarks" / "events_dev"
_STOP = frozenset({"le", "la", "l", "les", "de", "du", "des", "d", "m", "mme", "president",
                   "ministre", "premier", "et", "en", "a", "au", "aux"})
_UNION_TYPES = frozenset({"consult", "fight"})
_ACCEPTABLE = re.compile(r"'(\w+)' acceptable")


def tokens(name: str) -> set[str]:
    """Lower-case, accent-free word tokens of a name, articles and titles left out."""
    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return {t for t in re.findall(r"[a-z0-9]+", flat) if t not in _STOP and len(t) > 1}


# Words that open a description, capitalised only at a sentence's start ("L'homme", "Trois
# motards casqués"): no name.
_OPENING_WORDS = frozenset({"l", "le", "la", "les", "un", "une", "des", "ce", "cet", "cette",
                            "ces", "son", "sa", "ses", "leur", "leurs", "deux", "trois",
                            "quatre", "cinq", "plusieurs", "certains", "certaines", "quelques"})


def named(names: Iterable[str]) -> list[str]:
    """The names among gold actors: a capital letter somewhere but on a description's opening
    word ("l'homme", "L'homme" and "Trois motards" are descriptions, "Le Parisien" a name)."""
    return [n for n in names if _is_name(n)]


def _is_name(text: str) -> bool:
    words = re.findall(r"\w+", text)
    if not words:
        return False
    first = words[0]
    return any(c.isupper() for word in words[1:] for c in word) or (
        first[:1].isupper() and first.lower() not in _OPENING_WORDS)


def interval(value: str | None) -> tuple[Day, Day] | None:
    if not value:
        return None
    try:
        parsed = PartialDate.from_iso(value)
    except ValueError:
        return None
    return parsed.start, parsed.end


def date_ok(entry: tuple[Day, Day] | None, gold: tuple[Day, Day] | None) -> bool:
    if entry is None or gold is None:
        return False
    inside = gold[0] <= entry[0] and entry[1] <= gold[1]
    containing = entry[0] <= gold[0] and gold[1] <= entry[1]
    return inside or containing


def actors_ok(system: Iterable[str], gold: Mapping[str, Any], *, strict: bool = False) -> bool:
    """One gold actor among the entry's. Descriptive gold actors ("l'homme") are left out of
    actor scoring (RULES.md §4): the date is enough. Named targets stand in only when the gold
    has no actor at all (a passive with no agent), or for consult and fight. `strict` is the
    first version of this scorer, which also asked a described actor's event for its named
    target ("a déclaré cet homme" matched only an entry naming the man's victim as actor)."""
    actors = gold.get("actors") or ()
    wanted = named(actors)
    if gold["type"] in _UNION_TYPES or (not wanted and (strict or not actors)):
        wanted = named([*actors, *(gold.get("targets") or ())])
    if not wanted:
        return True  # nobody named: the date is enough (RULES.md, §4)
    found = set().union(*(tokens(n) for n in system)) if system else set()
    return any(tokens(n) & found for n in wanted)


def type_ok(entry_type: str, gold: Mapping[str, Any]) -> bool:
    return entry_type == gold["type"] or entry_type in _ACCEPTABLE.findall(gold.get("note") or "")


def load_gold(folder: Path = DEV) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (folder / "gold.jsonl").read_text("utf-8").splitlines()
            if line.strip()]


def product(path: Path, tables: tuple[str, ...] = ()
            ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], float,
                       dict[str, dict[str, Any]]]:
    """Timeline entries (undated included), the baseline entries, the seconds it took, and
    the stored rows of `tables` by document (none unless asked)."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(use_store=False, store_dir=Path(scratch))
        corpus = api.analyse([str(path)], settings)
        try:
            entries = api.timeline(corpus, timeline.Query(include_undated=True))
            baseline = baseline_entries(corpus, texts_of(path))
            written_as = {str(row["name"]): [str(a) for a in row.get("aliases") or ()]
                          for row in api.entity_rows(corpus)}
            for entry in (*entries, *baseline):
                for field in ("actors", "participants"):
                    entry[f"{field}_as_written"] = [alias for name in entry.get(field) or ()
                                                    for alias in written_as.get(name, ())]
            rows = ({record.id: found for record, found in corpus.analyses(tables=tables)}
                    if tables else {})
        finally:
            corpus.close()
    return entries, baseline, time.perf_counter() - started, rows


def texts_of(path: Path) -> dict[str, str]:
    """Each article's text by id, from a JSON Lines file of articles."""
    return {str(json.loads(line)["id"]): json.loads(line)["text"]
            for line in path.read_text("utf-8").splitlines() if line.strip()}


def baseline_entries(corpus: Any, texts: Mapping[str, str]) -> list[dict[str, Any]]:
    """One entry per sentence holding a resolved date, with the sentence's named mentions."""
    found = []
    for record, rows in corpus.analyses(tables=("dates", "mentions")):
        text = texts.get(record.id, "")
        seen: set[str] = set()
        for row in rows["dates"]:
            if row.get("kind") != "date" or row.get("start_date") is None:
                continue
            if row["sentence"] in seen:
                continue
            seen.add(row["sentence"])
            low, high = _bounds(text, row)
            names = {m.get("resolved") or m.get("name") or m["text"] for m in rows["mentions"]
                     if low <= m["start"] < high}
            found.append({"sources": [record.id], "start_date": row["start_date"],
                          "end_date": row["end_date"], "actors": sorted(names),
                          "participants": sorted(names), "type": "other",
                          "sentence": row["sentence"]})
    return found


def _bounds(text: str, row: Mapping[str, Any]) -> tuple[int, int]:
    """The offsets of the date row's sentence in the text (rows keep the sentence's words with
    whitespace collapsed, not its bounds): the occurrence that holds the date."""
    sentence = row["sentence"]
    position = text.find(sentence)
    while position >= 0:
        if position <= row["start"] < position + len(sentence):
            return position, position + len(sentence)
        position = text.find(sentence, position + 1)
    return row["start"] - len(sentence), row["start"] + len(sentence)


def score(entries: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]],
          actor_field: str = "actors", *, strict: bool = False) -> dict[str, Any]:
    by_doc: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for entry in entries:
        for source in entry.get("sources") or [entry.get("document")]:
            by_doc[str(source)].append(entry)
    required = [g for g in gold if not g.get("optional")]
    found, typed, used = 0, 0, set()
    misses = []
    for event in gold:
        span = interval(event["date"])
        hits = [e for e in by_doc[str(event["doc"])]
                if date_ok(interval_of(e), span)
                and actors_ok(_with_aliases(e, actor_field), event, strict=strict)]
        used.update(id(e) for e in hits)
        if event.get("optional"):
            continue
        if hits:
            found += 1
            typed += any(type_ok(str(e.get("type")), event) for e in hits)
        else:
            misses.append(event)
    dated = [e for e in entries if interval_of(e) is not None]
    extras = [e for e in dated if id(e) not in used]
    return {"required": len(required), "found": found, "recall": found / len(required),
            "type_right_among_found": typed / max(found, 1), "entries_dated": len(dated),
            "extra": len(extras), "misses": misses, "extras": extras}


def _with_aliases(entry: Mapping[str, Any], field: str) -> list[str]:
    """The entry's names in `field` (else its participants) and the other names their entities
    are written as in the corpus ("Grande-Bretagne" is also "Royaume-Uni")."""
    if not entry.get(field):
        field = "participants"
    return [*(entry.get(field) or ()), *(entry.get(f"{field}_as_written") or ())]


def interval_of(entry: Mapping[str, Any]) -> tuple[Day, Day] | None:
    try:
        return (Day.fromisoformat(str(entry["start_date"])),
                Day.fromisoformat(str(entry.get("end_date") or entry["start_date"])))
    except (KeyError, TypeError, ValueError):
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the gold events missed")
    parser.add_argument("--extras", action="store_true", help="print unmatched entries")
    parser.add_argument("--dev", type=Path, default=DEV,
                        help="the annotated set: a folder with articles.jsonl and gold.jsonl "
                             "(benchmarks/events_dev2 and events_dev3 are held-out sets)")
    parser.add_argument("--min-confidence", type=float, default=0.0,
                        help="score only entries of at least this confidence "
                             "(`corpus timeline --min-confidence`)")
    options = parser.parse_args()
    gold = load_gold(options.dev)
    entries, baseline, seconds, _ = product(options.dev / "articles.jsonl")
    entries = [entry for entry in entries
               if float(entry.get("confidence") or 0.0) >= options.min_confidence]
    product_score = score(entries, gold)
    strict = score(entries, gold, strict=True)
    lenient = score(entries, gold, actor_field="participants")
    baseline_score = score(baseline, gold)
    baseline_strict = score(baseline, gold, strict=True)
    print(f"dev set: {len({g['doc'] for g in gold})} articles, {product_score['required']} "
          f"required gold events ({seconds:.1f} s)")
    for name, result in (("timeline (actors)", product_score),
                         ("timeline (actors, strict)", strict),
                         ("timeline (participants)", lenient),
                         ("baseline (dated sentences)", baseline_score),
                         ("baseline (strict)", baseline_strict)):
        print(f"  {name:27} recall {result['found']}/{result['required']} = "
              f"{result['recall']:.2f}; dated entries {result['entries_dated']}, "
              f"extra {result['extra']}; type right among found "
              f"{result['type_right_among_found']:.2f}")
    if options.misses:
        for event in product_score["misses"]:
            print(f"- MISS {event['doc']} {event['date']} {event['type']} {event['actors']}: "
                  f"{event['evidence'][:150]}")
    if options.extras:
        for entry in product_score["extras"]:
            print(f"- EXTRA {entry.get('document')} {entry.get('date')} {entry.get('type')} "
                  f"{entry.get('actors')}: {str(entry.get('sentence'))[:150]}")


if __name__ == "__main__":
    main()
