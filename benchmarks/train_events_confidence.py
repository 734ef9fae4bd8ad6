"""Fit the timeline's confidence models to the judged samples, and measure them held out.

    PYTHONPATH=. python benchmarks/train_events_confidence.py --collect DATA.jsonl
    PYTHONPATH=. python benchmarks/train_events_confidence.py --fit DATA.jsonl [--write]
    PYTHONPATH=. python benchmarks/train_events_confidence.py --test SAMPLE.jsonl

`--collect` runs today's events layer on the articles of every judged sample
(benchmarks/events_sample_v*.jsonl) and keeps, for each judged entry found again at its
place, the row's measures (extract/events/confidence.py `features`) with the judgements that
still hold: the date's when today's row has the judged date, the actor's when it has the judged
actors. `--fit` fits two L2 logistic regressions (date right, an actor right) and reports them
held out one sample at a time (leave-one-sample-out): each sample is scored by models fitted
on the others. `--write` then fits on all and writes corpus_cli/data/events_confidence.json.
`--test` scores a judged sample by today's confidence (a sample no model was fitted on) and
prints what each threshold keeps.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_events_carry

from corpus_cli.extract.events import confidence

HERE = Path(__file__).resolve().parent
WEIGHTS = HERE.parent / "corpus_cli" / "data" / "events_confidence.json"
SAMPLES = sorted(HERE.glob("events_sample_v*.jsonl"),
                 key=lambda path: int(path.stem.rsplit("_v", 1)[1]))
THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
PENALTY = 3.0


def judged(path: Path) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [row for row in rows if "document" in row and row.get("date_ok") is not None
            and row.get("actor_ok") is not None]


def today(ids: set[int], lead: bool = False) -> dict[tuple[int, int], dict[str, Any]]:
    """Today's rows of the articles `ids` by (document, offset), each with its measures; with
    `lead`, of the articles read with their heading (a sample drawn with `--lead`)."""
    found: dict[tuple[int, int], dict[str, Any]] = {}
    for item, doc, dates, row in bench_events_carry.events_of(ids, lead):
        date = dates[row["date"]] if row["date"] is not None else {}
        found[(int(item["id"]), row["start"])] = {
            "date_value": date.get("value"), "actors": row["actors"],
            "features": confidence.features(doc, row, dates, item.get("date"))}
    return found


def collect(samples: Sequence[Path], out: Path) -> None:
    with out.open("w", encoding="utf-8") as sink:
        for path in samples:
            rows = judged(path)
            now = today({int(r["document"]) for r in rows},
                        bench_events_carry.drawn_with_lead(rows))
            kept = 0
            for row in rows:
                found = now.get((int(row["document"]), row["start"]))
                if found is None:
                    continue
                same_date = found["date_value"] == row.get("date_value")
                same_actors = found["actors"] == row["actors"]
                if not (same_date or same_actors):
                    continue
                kept += 1
                sink.write(json.dumps({
                    "sample": path.stem, "document": row["document"], "start": row["start"],
                    "features": found["features"],
                    "date_ok": row["date_ok"] if same_date else None,
                    "date_wrong": (row.get("date_judgement") == "wrong") if same_date else None,
                    "actor_ok": row["actor_ok"] if same_actors else None}) + "\n")
            print(f"{path.stem}: {len(rows)} judged, {kept} found again", file=sys.stderr)


def fit(x: np.ndarray, y: np.ndarray, penalty: float = PENALTY) -> np.ndarray:
    """L2 logistic regression by Newton's method (the bias, column 0, is not penalised)."""
    w = np.zeros(x.shape[1])
    ridge = np.full(x.shape[1], penalty)
    ridge[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + ridge * w
        hessian = (x.T * (p * (1 - p))) @ x + np.diag(ridge) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def matrix(rows: list[dict[str, Any]], names: list[str]) -> np.ndarray:
    return np.array([[row["features"].get(name, 0.0) for name in names] for row in rows])


def names_of(rows: list[dict[str, Any]]) -> list[str]:
    seen = sorted({name for row in rows for name in row["features"]} - {"bias"})
    return ["bias", *seen]


def models(rows: list[dict[str, Any]], names: list[str]) -> dict[str, np.ndarray]:
    fitted = {}
    for label in ("date", "actor"):
        usable = [r for r in rows if r[f"{label}_ok"] is not None
                  and (label == "actor" or r["features"].get("dated"))]
        y = np.array([float(r[f"{label}_ok"]) for r in usable])
        fitted[label] = fit(matrix(usable, names), y)
    return fitted


def predict(fitted: dict[str, np.ndarray], rows: list[dict[str, Any]],
            names: list[str]) -> np.ndarray:
    x = matrix(rows, names)
    date = 1.0 / (1.0 + np.exp(-np.clip(x @ fitted["date"], -30, 30)))
    date = np.where(x[:, names.index("dated")] > 0, date, 1.0) if "dated" in names else date
    actor = 1.0 / (1.0 + np.exp(-np.clip(x @ fitted["actor"], -30, 30)))
    return date * actor


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    positives = labels.sum()
    negatives = len(labels) - positives
    if not positives or not negatives:
        return float("nan")
    return float((ranks[labels].sum() - positives * (positives + 1) / 2)
                 / (positives * negatives))


def report(rows: list[dict[str, Any]], scores: np.ndarray) -> None:
    """What each threshold keeps, over rows with both judgements."""
    both = [i for i, r in enumerate(rows) if r["date_ok"] is not None
            and r["actor_ok"] is not None]
    right = np.array([bool(rows[i]["date_ok"] and rows[i]["actor_ok"]) for i in both])
    wrong = np.array([bool(rows[i]["date_wrong"]) for i in both])
    kept_scores = scores[both]
    print(f"entries with both judgements: {len(both)}; AUC (date and actor right) "
          f"{auc(kept_scores, right):.3f}")
    print("threshold  kept         right   dated wrongly")
    for threshold in THRESHOLDS:
        keep = kept_scores >= threshold
        n = int(keep.sum())
        if not n:
            continue
        print(f"{threshold:9.1f}  {n:4d} ({n / len(both):4.0%})  {right[keep].mean():5.0%}"
              f"   {wrong[keep].mean():5.0%}")


def cross_validate(rows: list[dict[str, Any]]) -> None:
    names = names_of(rows)
    scores = np.zeros(len(rows))
    for sample in sorted({r["sample"] for r in rows}):
        held = [i for i, r in enumerate(rows) if r["sample"] == sample]
        rest = [r for r in rows if r["sample"] != sample]
        scores[held] = predict(models(rest, names), [rows[i] for i in held], names)
    report(rows, scores)


def write(rows: list[dict[str, Any]]) -> None:
    names = names_of(rows)
    fitted = models(rows, names)
    data = {
        "how": ("Fitted by benchmarks/train_events_confidence.py (--collect, then --fit "
                f"--write): L2 logistic regressions (penalty {PENALTY}) on the entries of the "
                f"judged timeline samples benchmarks/{SAMPLES[0].stem}..{SAMPLES[-1].stem}.jsonl "
                "that today's rules "
                "still give; 'date' predicts that the entry's date is right, 'actor' that one "
                "of its actors performs the event."),
        "entries": {"date": sum(1 for r in rows if r["date_ok"] is not None),
                    "actor": sum(1 for r in rows if r["actor_ok"] is not None)},
        "models": {label: {name: round(float(w), 4) for name, w in zip(names, weights,
                                                                        strict=True)}
                   for label, weights in fitted.items()},
    }
    WEIGHTS.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
    for label, weights in fitted.items():
        print(label, " ".join(f"{n}={w:+.2f}" for n, w in zip(names, weights, strict=True)))


def test(path: Path) -> None:
    rows = judged(path)
    now = today({int(r["document"]) for r in rows}, bench_events_carry.drawn_with_lead(rows))
    scored, kept = [], []
    for row in rows:
        found = now.get((int(row["document"]), row["start"]))
        if found is None or found["date_value"] != row.get("date_value") or (
                found["actors"] != row["actors"]):
            continue
        kept.append({"date_ok": row["date_ok"], "actor_ok": row["actor_ok"],
                     "date_wrong": row.get("date_judgement") == "wrong"})
        scored.append(confidence.score(found["features"])["confidence"])
    print(f"{path.stem}: {len(kept)} of {len(rows)} entries given again by today's rules")
    report(kept, np.array(scored))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collect", type=Path)
    parser.add_argument("--fit", type=Path)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--test", type=Path)
    args = parser.parse_args()
    if args.collect:
        collect(SAMPLES, args.collect)
    if args.fit:
        rows = [json.loads(line) for line in args.fit.read_text("utf-8").splitlines()]
        cross_validate(rows)
        if args.write:
            write(rows)
    if args.test:
        test(args.test)


if __name__ == "__main__":
    main()
