"""What a stored row and a kept answer depend on: the versions bumped by hand (versions.py) and
the data files.

Importing this module loads neither spaCy nor any extraction rule, so that an answer served from
the store can compute its keys.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import resources

from corpus_cli import MODEL_NAME

from .versions import ANALYSIS_VERSION, CORPUS_RULES_VERSION

# The packaged files the analysis reads: word lists, and the weights of events/confidence.py.
DATA_SUFFIXES = (".txt", ".json")


@functools.cache
def data_digest() -> str:
    """A hash of every packaged word list and of the confidence's weights: a changed list or
    weight is a changed rule."""
    digest = hashlib.sha256()
    folder = resources.files("corpus_cli").joinpath("data")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(DATA_SUFFIXES):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()


def model_id() -> str:
    """Name and version of the model, read from its package metadata without importing spaCy."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{MODEL_NAME}-{version(MODEL_NAME)}"
    except PackageNotFoundError:
        return f"{MODEL_NAME}-unknown"


# Hex digits of a document's key and text hash: 128 bits, as a content-addressed store needs
# (two of a billion documents share one with odds of 1 in 10^20), and half the bytes of a whole
# SHA-256 in the store, where every document's key is written five times (its analysis, the
# run, the file's memory, two kept states): 2 MB at 33,948 articles. The first 32 digits of the
# SHA-256 a store of schema 7 wrote, so that its analyses are kept (store.py).
KEY_DIGITS = 32


def analysis_key(text: str, reference: str | None, model: str) -> str:
    """What an analysis depends on, hashed: text, reference date, model, rules and data."""
    digest = hashlib.sha256()
    for part in (model, str(ANALYSIS_VERSION), data_digest(), reference or "", text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()[:KEY_DIGITS]


def text_hash(text: str) -> str:
    """The hash that tells identical texts (whitespace aside) apart from the others."""
    normal = " ".join(text.split()).encode("utf-8", "surrogatepass")
    return hashlib.sha256(normal).hexdigest()[:KEY_DIGITS]


@functools.cache
def corpus_rules_digest() -> str:
    """What every kept corpus-level answer depends on besides its documents."""
    parts = (str(ANALYSIS_VERSION), str(CORPUS_RULES_VERSION), data_digest())
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()
