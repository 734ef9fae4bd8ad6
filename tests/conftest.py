"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# In CI the property tests draw the same examples every run (a new random failure there would
# block a landing that did not cause it) and have no deadline on a shared machine; a developer's
# run keeps exploring.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    """The French pipeline, loaded once for the whole session."""
    from corpus_cli.nlp import model as nlp_module

    return nlp_module.load()


@pytest.fixture(scope="session")
def parse(nlp):
    """Parse a text you wrote into a spaCy Doc."""
    return nlp


@pytest.fixture(scope="session")
def seed_mentions(nlp) -> list[tuple[str, dict]]:
    """(document text, mention row with its `document`) for every seed article."""
    from corpus_cli.extract.mentions import extract_mentions

    found = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found += [(text, {**m, "document": path.name}) for m in extract_mentions(nlp(text))]
    return found
