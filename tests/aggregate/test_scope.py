"""One meaning for --document, --source, --from/--to."""

from __future__ import annotations

import pytest

from corpus_cli.aggregate.scope import Scope
from corpus_cli.errors import UsageError
from corpus_cli.rows import Record


def record(id: str, date: str | None, source: str | None = None) -> Record:
    return Record(id=id, path=None, title=None, date=date, date_source=None, source=source,
                  url=None, chars=0, removed_chars=0, key=id, text_hash=id)


def test_period_overlaps_and_undated_documents_are_out():
    scope = Scope(start="2020-02", end="2020-03-10")
    assert scope.keeps(record("a", "2020-02-01"))
    assert scope.keeps(record("b", "2020"))  # a year overlaps the period
    assert not scope.keeps(record("c", "2020-03-11"))
    assert not scope.keeps(record("d", None))
    assert Scope().keeps(record("d", None))


def test_documents_and_sources():
    assert Scope(documents=["a"]).keeps(record("a", None))
    assert not Scope(documents=["a"]).keeps(record("b", None))
    assert Scope(sources=["Le Journal"]).keeps(record("a", None, "le journal"))
    assert not Scope(sources=["x"]).keeps(record("a", None, None))


def test_bad_bounds_are_usage_errors():
    with pytest.raises(UsageError):
        Scope(start="2020-13")
    with pytest.raises(UsageError):
        Scope(start="2021", end="2020")
