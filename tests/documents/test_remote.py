"""Inputs at fsspec URLs: listed as a folder or pattern is, read as a path is."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from corpus_cli.documents.read import Input, expand, read_documents
from corpus_cli.documents.remote import is_url, listed, version
from corpus_cli.errors import UsageError

pytest.importorskip("fsspec")


def tree(top: Path) -> Path:
    (top / "b").mkdir(parents=True)
    (top / "a.txt").write_text("Le maire a parlé lundi.", encoding="utf-8")
    (top / "b" / "c.html").write_text("<html><body><p>La préfète a signé mardi.</p>"
                                      "</body></html>", encoding="utf-8")
    (top / "notes.pdf").write_bytes(b"%PDF")
    (top / ".hidden.txt").write_text("caché", encoding="utf-8")
    with gzip.open(top / "d.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(json.dumps({"id": "x1", "text": "Le conseil a voté jeudi."}) + "\n")
    return top


@pytest.mark.parametrize(("argument", "expected"), [
    ("s3://bucket/articles/", True), ("file:///tmp/a.txt", True),
    ("git+https://host/repo", True), ("articles/", False), ("C:\\articles", False),
    ("notes: a://", False),
])
def test_a_url_is_told_from_a_path(argument: str, expected: bool) -> None:
    assert is_url(argument) is expected


def test_a_folder_url_lists_its_readable_files_with_ids_as_for_a_path(tmp_path: Path) -> None:
    top = tree(tmp_path / "in")
    from_url = expand([top.as_uri()])
    assert [item.id for item in from_url] == ["a.txt", "b/c.html", "d.jsonl.gz"]
    assert [item.id for item in from_url] == [item.id for item in expand([str(top)])]
    assert all(item.url and item.url.startswith("file://") and item.path is None
               for item in from_url)


def test_a_url_is_read_as_its_path_is(tmp_path: Path) -> None:
    top = tree(tmp_path / "in")

    def read(inputs: list[Input]) -> list[tuple[str, str]]:
        return [(d.id, d.text) for d in read_documents(inputs)]

    assert read(expand([top.as_uri()])) == read(expand([str(top)]))
    assert read(expand([(top / "d.jsonl.gz").as_uri()])) == [("x1", "Le conseil a voté jeudi.")]


def test_a_pattern_url_lists_the_files_it_matches(tmp_path: Path) -> None:
    top = tree(tmp_path / "in")
    assert [given for _, given in listed(f"{top.as_uri()}/*.txt", (".txt",))] == ["a.txt"]


@pytest.mark.parametrize("argument", ["file:///no/such/place", "nosuchprotocol://x/y"])
def test_a_url_that_names_nothing_readable_is_a_usage_error(argument: str) -> None:
    with pytest.raises(UsageError, match=argument.split(":")[0]):
        expand([argument])


def test_a_url_s_version_changes_with_its_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("un", encoding="utf-8")
    before = version(path.as_uri())
    path.write_text("deux", encoding="utf-8")
    os.utime(path, (1, 1))
    assert before is not None and version(path.as_uri()) not in (None, before)
