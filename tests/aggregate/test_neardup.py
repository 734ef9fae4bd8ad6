"""Near-duplicates by MinHash/LSH over stored lemma counts, on counts written here."""

from __future__ import annotations

from corpus_cli.aggregate.neardup import dropped, duplicate_rows, groups


def lemmas(words: int, offset: int = 0) -> dict[str, dict[str, int]]:
    return {"content": {f"mot{i + offset}": 1 + i % 3 for i in range(words)}, "other": {"le": 9}}


def test_a_copy_with_a_sentence_dropped_is_found_and_an_other_article_is_not():
    article = lemmas(120)
    shorter = {"content": dict(list(article["content"].items())[:-6]), "other": {"le": 8}}
    other = lemmas(120, offset=1000)
    found = groups([("a", article), ("b", shorter), ("c", other), ("d", lemmas(120))], 0.8)
    assert len(found) == 1
    assert [d for d, _ in found[0]] == ["a", "b", "d"]
    assert found[0][0] == ("a", 1.0) and found[0][1][1] >= 0.8


def test_rows_keep_the_earliest_document_of_each_group():
    found = [[("a", 1.0), ("b", 0.9)]]
    records = {"a": {"date": "2020-02-01"}, "b": {"date": "2020-01-01"}}
    rows = duplicate_rows(found, records)
    assert [(r["document"], r["kept"]) for r in rows] == [("a", False), ("b", True)]
    assert dropped(rows) == {"a"}


def test_short_documents_are_not_grouped():
    assert groups([("a", lemmas(5)), ("b", lemmas(5))], 0.5) == []
