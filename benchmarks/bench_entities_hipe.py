"""Score entity mentions against the gold of HIPE-2020 French dev: bare model versus product.

    python benchmarks/bench_entities_hipe.py [--data PATH] [--json]

Gold: PER, LOC and ORG spans of `../shared/data/hipe2020_fr_dev.jsonl` (PROD and TIME are not
scored; neither are the model's MISC mentions, which have no gold counterpart). Three systems:
- `bare`: the model's own spans (`doc.ents`);
- `product`: the spans of `entities.extract_mentions` (the name only: articles and titles cut);
- `product+title`: the same mentions with the title or role written just before the name put
  back ("M. Hagenbeck", "le maréchal Serrano" -> "maréchal Serrano"), because HIPE's PER spans
  include titles; this is the fair comparison for PER.
Exact: same start, end and label. Overlap: one-to-one matching of spans of the same label that
share at least one character. P, R, F1 per label and micro-averaged over the three labels.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus_cli.extract.mentions import extract_mentions  # noqa: E402
from corpus_cli.nlp import model as nlp  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "hipe2020_fr_dev.jsonl"
SCORED = ("PER", "LOC", "ORG")
Span = tuple[int, int, str]


def read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def gold_spans(record: dict[str, Any]) -> list[Span]:
    return [(start, end, label) for start, end, label in record["entities"] if label in SCORED]


def bare_spans(doc: Any) -> list[Span]:
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in SCORED]


def product_spans(rows: Iterable[dict[str, Any]], text: str, with_title: bool) -> list[Span]:
    spans = []
    for row in rows:
        if row["label"] not in SCORED:
            continue
        start = title_start(text, row) if with_title else row["start"]
        spans.append((start, row["end"], row["label"]))
    return spans


def title_start(text: str, row: dict[str, Any]) -> int:
    """Move the start of a name back over the titles and roles written right before it."""
    start = row["start"]
    roles = sorted(row["roles"], key=len, reverse=True)
    while True:
        found = next((m.start() for role in roles if (m := title_before(text, start, role))), None)
        if found is None:
            return start
        start = found


def title_before(text: str, start: int, role: str) -> re.Match[str] | None:
    """`role` written just before `start`, maybe with an article between ("M. le directeur")."""
    pattern = rf"(?i:{re.escape(role[:1])}){re.escape(role[1:])}\s*(?:(?:le|la|les|l')\s*)?,?\s*$"
    return re.compile(pattern).search(text, max(0, start - len(role) - 12), start)


def score(gold: Sequence[Sequence[Span]], predicted: Sequence[Sequence[Span]]) -> dict[str, Any]:
    """Exact and overlap P/R/F1 per label and micro-averaged, over aligned documents."""
    counts = {label: {"gold": 0, "pred": 0, "exact": 0, "overlap": 0} for label in SCORED}
    for gold_doc, pred_doc in zip(gold, predicted, strict=True):
        for label in SCORED:
            g = sorted(s for s in gold_doc if s[2] == label)
            p = sorted(s for s in pred_doc if s[2] == label)
            c = counts[label]
            c["gold"] += len(g)
            c["pred"] += len(p)
            c["exact"] += len(set(g) & set(p))
            c["overlap"] += overlap_matches(g, p)
    total = {
        key: sum(c[key] for c in counts.values()) for key in ("gold", "pred", "exact", "overlap")
    }
    result = {label: figures(c) for label, c in counts.items()}
    result["ALL"] = figures(total)
    return result


def overlap_matches(gold: list[Span], predicted: list[Span]) -> int:
    """One-to-one matches between spans that share a character (greedy, left to right)."""
    used: set[int] = set()
    matched = 0
    for start, end, _ in predicted:
        for i, (g_start, g_end, _) in enumerate(gold):
            if i not in used and start < g_end and g_start < end:
                used.add(i)
                matched += 1
                break
    return matched


def figures(c: dict[str, int]) -> dict[str, Any]:
    out: dict[str, Any] = {"gold": c["gold"], "pred": c["pred"]}
    for kind in ("exact", "overlap"):
        p = c[kind] / c["pred"] if c["pred"] else 0.0
        r = c[kind] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[kind] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}
    return out


def table(results: dict[str, dict[str, Any]]) -> str:
    lines = [
        f"{'system':<14} {'label':<5} {'gold':>5} {'pred':>5}   "
        f"{'exact P':>7} {'R':>5} {'F1':>5}   {'overlap P':>9} {'R':>5} {'F1':>5}"
    ]
    for system, by_label in results.items():
        for label, f in by_label.items():
            e, o = f["exact"], f["overlap"]
            lines.append(
                f"{system:<14} {label:<5} {f['gold']:>5} {f['pred']:>5}   "
                f"{e['p']:>7.3f} {e['r']:>5.3f} {e['f1']:>5.3f}   "
                f"{o['p']:>9.3f} {o['r']:>5.3f} {o['f1']:>5.3f}"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 1
    records = read(args.data)
    began = time.perf_counter()
    docs = list(nlp.load().pipe(r["text"] for r in records))
    parsed = time.perf_counter()
    mentions = [extract_mentions(doc) for doc in docs]
    cleaned = time.perf_counter()
    gold = [gold_spans(r) for r in records]
    results = {
        "bare": score(gold, [bare_spans(doc) for doc in docs]),
        "product": score(
            gold,
            [product_spans(m, r["text"], False) for m, r in zip(mentions, records, strict=True)],
        ),
        "product+title": score(
            gold,
            [product_spans(m, r["text"], True) for m, r in zip(mentions, records, strict=True)],
        ),
    }
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(table(results))
        chars = sum(len(r["text"]) for r in records)
        print(
            f"\n{len(records)} articles, {chars:,} characters; parse {parsed - began:.1f} s, "
            f"extract_mentions {cleaned - parsed:.2f} s",
            file=sys.stderr,
        )
    bare_f1 = results["bare"]["ALL"]["overlap"]["f1"]
    product_f1 = results["product+title"]["ALL"]["overlap"]["f1"]
    if product_f1 < bare_f1:
        print(f"overlap F1 worse than the bare model: {product_f1} < {bare_f1}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
