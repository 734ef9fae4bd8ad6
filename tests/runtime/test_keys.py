"""The keys of stored analyses: every packaged file the analysis reads is in the data digest."""

from __future__ import annotations

from importlib import resources

from corpus_cli.runtime.keys import DATA_SUFFIXES


def test_the_data_digest_reads_every_packaged_file_of_the_analysis() -> None:
    folder = resources.files("corpus_cli").joinpath("data")
    names = {entry.name for entry in folder.iterdir() if entry.name.endswith(DATA_SUFFIXES)}
    assert "events_confidence.json" in names
    assert {entry.name for entry in folder.iterdir() if not entry.name.startswith(("_", "."))
            and entry.name != "__pycache__"} <= names
