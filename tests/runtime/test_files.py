"""Both passes read elsewhere (as on Dask workers) give what reading here gives."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from corpus_cli.documents.read import Document, Input, expand, read_input
from corpus_cli.errors import InputError
from corpus_cli.runtime import files
from corpus_cli.runtime.files import (
    count_file,
    first_pass,
    input_files,
    prepare_file,
    second_pass,
    settle,
)
from corpus_cli.runtime.prepare import prepare

FOOTER = "© Les Nouvelles du Soir 2021. Tous droits réservés. Reproduction interdite."
TEXTS = [
    "Le maire de la ville a inauguré samedi la nouvelle médiathèque du quartier nord.",
    "Le conseil régional a voté jeudi un budget en hausse pour les lycées.",
    "La préfète a reçu mardi les représentants des agriculteurs en colère.",
    "Les syndicats ont appelé à une grève nationale le 12 octobre prochain.",
]


def folder(tmp_path: Path) -> Path:
    """Text files sharing a footer, one of them twice under two names, and JSON Lines with
    a bad line."""
    top = tmp_path / "in"
    top.mkdir()
    for number, text in enumerate(TEXTS):
        (top / f"{number}.txt").write_text(f"{text}\n\n{FOOTER}\n", encoding="utf-8")
    (top / "9_same.txt").write_text(f"{TEXTS[0]}\n\n{FOOTER}\n", encoding="utf-8")
    lines = [json.dumps({"id": "d1", "text": f"{TEXTS[1]} Il a été adopté.\n\n{FOOTER}"}),
             "{broken"]
    (top / "dispatches.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return top


class Elsewhere:
    """Runs a file's reading as a worker would, and records the files read here instead."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.away = False
        self.read_here: list[str] = []
        monkeypatch.setattr(files, "read_input", self.recorded)

    def recorded(self, item: Input, *args: Any) -> Iterator[Document]:
        if not self.away:
            self.read_here.append(item.id)
        return read_input(item, *args)

    def mapper(self, function: Callable[[Input], Any]) -> Callable[[list[Input]], Iterator[Any]]:
        def each(items: list[Input]) -> Iterator[Any]:
            for item in items:
                self.away = True
                result = function(item)
                self.away = False
                yield result
        return each


def run(top: Path, elsewhere: Elsewhere | None) -> tuple[int, frozenset[str], list[str], list]:
    found = input_files(expand([str(top)]), None, None, "model", False, None)
    errors: list[InputError] = []
    total, repeated = first_pass(found, [], True, errors.append, elsewhere and elsewhere.mapper(
        partial(count_file, count=True)))
    settle(found, repeated)
    made = partial(prepare_file, model="model", repeated=repeated, keep_boilerplate=False,
                   default_date=None)
    prepared = list(second_pass(found, [], partial(prepare, model="model", repeated=repeated),
                                elsewhere and elsewhere.mapper(made)))
    return total, repeated, [str(error) for error in errors], [
        (item.record, item.text) for item in prepared]


def test_both_passes_read_elsewhere_give_the_records_and_errors_of_a_reading_here(
        tmp_path, monkeypatch):
    top = folder(tmp_path)
    here = run(top, None)
    assert here[1], "the footer must be a repeated block for this test to mean something"
    elsewhere = Elsewhere(monkeypatch)
    assert run(top, elsewhere) == here
    # Only the file whose text an earlier file has was read here again, in pass 1.
    assert elsewhere.read_here == ["9_same.txt"]
    assert [record.id for record, _ in here[3]] == [
        "0.txt", "1.txt", "2.txt", "3.txt", "9_same.txt", "d1"]


def test_a_file_read_elsewhere_sends_its_errors_as_plain_values(tmp_path):
    top = folder(tmp_path)
    read = count_file(expand([str(top / "dispatches.jsonl")])[0], count=True)
    assert read.documents == 1
    assert [error[1:] for error in read.errors] == [(read.errors[0][1], 2)]
    assert all(isinstance(part, str | int) for part in read.errors[0])


def test_a_relative_path_is_opened_from_the_base_and_keeps_its_name(tmp_path, monkeypatch:
                                                                    pytest.MonkeyPatch):
    top = folder(tmp_path)
    monkeypatch.chdir(top)
    item = expand(["0.txt"])[0]
    monkeypatch.chdir(tmp_path)  # a worker's own folder is not the client's
    assert count_file(item, count=True).errors[0][1].startswith("cannot read")
    [(given, prepared)] = prepare_file(item, "model", frozenset(), False, None, base=top)
    assert given == "0.txt" and prepared.record.path == "0.txt"
    assert prepared.text is not None and prepared.text.startswith(TEXTS[0])
