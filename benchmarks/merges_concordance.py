"""Write one concordance file per drawn merge, for the readers who judge a merges sample.

Run by hand after `bench_analysis.py --merges` drew the sample, with the store that holds
the analyses (no model is loaded):

    CORPUS_CACHE_DIR=WORK/store python benchmarks/merges_concordance.py DRAW.jsonl \
        WORK/orangesum-S-E.jsonl OUTDIR

Merge N (in the draw's order) gets OUTDIR/merge_NNN.txt with three sections:
A. the variant's mentions the tool joined to the entity, with document, date and context:
   what the tool did, one document at a time (the readers' `judgement`);
B. the entity's own name in the corpus (the first 6), which says who the entity is;
C. the variant's other occurrences in the corpus, outside the entity's mentions (the first
   10): with A, what the form means over the corpus (the readers' `corpus_judgement`, the
   only verdict of the samples before merges_sample_v16).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from corpus_cli import api

WIDTH = 110


def _line(row: dict[str, Any]) -> str:
    document = row["document"].rsplit(":", 1)[-1]
    return (f"[doc {document} {row['date']}] {row['left']}[[{row['match']}]]"
            f"{row['right']}").replace("\n", " ")


def _occurrences(corpus: Any, form: str) -> list[dict[str, Any]]:
    """Every occurrence of `form` as written (a word, or a phrase of several)."""
    mode = api.KwicMode.phrase if " " in form else api.KwicMode.word
    return [row for row in api.kwic(corpus, api.KwicQuery(form, mode=mode, width=WIDTH))
            if row["match"] == form]


def concordance(corpus: Any, number: int, merge: dict[str, Any]) -> str:
    """The text a reader judges merge `number` from."""
    mine = api.kwic(corpus, api.KwicQuery(merge["entity"], mode=api.KwicMode.entity,
                                          width=WIDTH))
    joined = [row for row in mine if row["match"] == merge["variant"]]
    named = [row for row in mine if row["match"] == merge["name"]]
    spans = [(row["document"], row["start"], row["end"]) for row in mine]
    others = [row for row in _occurrences(corpus, merge["variant"])
              if not any(document == row["document"] and start <= row["start"]
                         and row["end"] <= end for document, start, end in spans)]
    return "\n".join([
        f"MERGE {number}: variant {merge['variant']!r} joined to entity {merge['name']!r} "
        f"({merge['label']}), {len(joined)} joined mention(s)", "",
        f"A. The variant's mentions the tool joined to the entity ({len(joined)}):",
        *map(_line, joined[:15]), "",
        f"B. The entity's name {merge['name']!r} in the corpus ({len(named)}; first 6):",
        *map(_line, named[:6]), "",
        f"C. Other occurrences of {merge['variant']!r} in the corpus, NOT joined to this "
        f"entity (outside its mentions) ({len(others)}; first 10):",
        *map(_line, others[:10]), ""])


def main() -> None:
    draw, corpus_path, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    merges = [json.loads(line) for line in Path(draw).read_text(encoding="utf-8").splitlines()
              if line.strip()]
    with api.analyse([corpus_path]) as corpus:
        for number, merge in enumerate(merges, 1):
            (out / f"merge_{number:03d}.txt").write_text(
                concordance(corpus, number, merge), encoding="utf-8")
    print(f"{len(merges)} concordances in {out}")


if __name__ == "__main__":
    main()
