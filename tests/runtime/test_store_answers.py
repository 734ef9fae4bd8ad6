"""Answers served from what the store keeps: the cleaned text for kwic."""

from __future__ import annotations

from corpus_cli import api
from corpus_cli.runtime.pipeline import Settings, load_corpus

BODY = ("Le maire de la ville, Paul Girard, a rencontré mardi à Nantes la ministre Anne Roche.\n\n"
        "Le maire a dit que les travaux de l'école avaient duré deux ans.")


def test_kwic_reads_the_cleaned_text_from_the_store_not_the_inputs(tmp_path, nlp, monkeypatch):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    settings = Settings(store_dir=tmp_path / "store")
    with load_corpus([str(tmp_path)], settings) as corpus:
        expected = api.kwic(corpus, api.KwicQuery("maire"), [str(tmp_path)], settings)

    def no_reading(*args, **kwargs):
        raise AssertionError("the inputs were read again")

    monkeypatch.setattr("corpus_cli.api.analysis._masked_texts", no_reading)
    with load_corpus([str(tmp_path)], settings) as corpus:
        rows = api.kwic(corpus, api.KwicQuery("maire"), [str(tmp_path)], settings)
    assert rows == expected and len(rows) == 2
    assert {BODY[r["start"]:r["end"]] for r in rows} == {"maire"}
