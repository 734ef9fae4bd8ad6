"""The frequency list from stored lemma counts."""

from __future__ import annotations

from corpus_cli.aggregate.vocab import Pos, frequency_list

DOCUMENTS = [{"content": {"port": 3, "Otan": 2, "ouvrir": 1}, "other": {"le": 5}},
             {"content": {"port": 1, "OTAN": 1}, "other": {"le": 2, "de": 1}}]


def test_proper_nouns_count_once_whatever_their_case():
    rows = frequency_list(DOCUMENTS, Pos.proper)
    assert rows == [{"lemma": "Otan", "frequency": 3, "documents": 2,
                     "per_10k": round(10_000 * 3 / 16, 2), "kind": "proper"}]


def test_pos_filters_and_order():
    assert [r["lemma"] for r in frequency_list(DOCUMENTS, Pos.content)] == [
        "port", "Otan", "ouvrir"]
    assert [r["lemma"] for r in frequency_list(DOCUMENTS, Pos.common)] == ["port", "ouvrir"]
    assert [r["lemma"] for r in frequency_list(DOCUMENTS, Pos.other)] == ["le", "de"]
    assert len(frequency_list(DOCUMENTS, Pos.all, min_frequency=3)) == 3
