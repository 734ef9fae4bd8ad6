"""Answers served from what the store keeps: the cleaned text for kwic."""

from __future__ import annotations

from corpus_cli import api
from corpus_cli.runtime.pipeline import Corpus, Settings, load_corpus
from corpus_cli.runtime.store import ROW_TABLES

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


ARTICLES = (
    "Le maire de Nantes, Paul Girard, a rencontré mardi 3 mars 2020 la ministre Anne Roche.",
    "Anne Roche a visité l'école de Nantes le 5 mars 2020 avec Paul Girard.",
    "Girard a annoncé jeudi 12 mars 2020 à Paris un plan pour les hôpitaux de la région.",
    "La ministre Anne Roche a rencontré Paul Girard le 3 mars 2020 à Nantes pour l'école.",
)


def _answers(folder, store) -> tuple[list, list]:
    with load_corpus([str(folder)], Settings(store_dir=store)) as corpus:
        api.prepare(corpus)
        return (api.entity_rows(corpus, api.EntityQuery(explain=True)),
                api.timeline(corpus, api.TimelineQuery(include_undated=True)))


def test_a_grown_corpus_collects_only_its_new_documents_and_answers_as_from_scratch(
        tmp_path, nlp, monkeypatch):
    from corpus_cli.aggregate import entities as entity_layer

    folder = tmp_path / "articles"
    folder.mkdir()
    for number, text in enumerate(ARTICLES[:3]):
        (folder / f"a{number}.txt").write_text(text, encoding="utf-8")
    _answers(folder, tmp_path / "store")
    (folder / "a3.txt").write_text(ARTICLES[3], encoding="utf-8")
    collected: list[set[str]] = []
    original = entity_layer.collect

    def spy(mentions, aliases=None):
        rows = list(mentions)
        collected.append({row["document"] for row in rows})
        return original(rows, aliases)

    monkeypatch.setattr(entity_layer, "collect", spy)
    events_read: list[set[str] | None] = []
    analyses = Corpus.analyses

    def reading(self, tables=ROW_TABLES, only=None):
        if "events" in tables:
            events_read.append(only)
        return analyses(self, tables, only)

    monkeypatch.setattr(Corpus, "analyses", reading)
    grown = _answers(folder, tmp_path / "store")
    assert [documents for documents in collected if documents] == [{"a3.txt"}]
    # The timeline read the events of the new article only (its names are those of before).
    assert events_read == [{"a3.txt"}]
    monkeypatch.setattr(entity_layer, "collect", original)
    monkeypatch.setattr(Corpus, "analyses", analyses)
    assert grown == _answers(folder, tmp_path / "fresh")
    assert any(len(entry["sources"]) > 1 for entry in grown[1])  # the new article merged in


def test_kept_answers_of_a_replayed_run_decode_none_of_its_records(tmp_path, nlp, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    for number, text in enumerate(ARTICLES):
        (folder / f"a{number}.txt").write_text(text, encoding="utf-8")
    settings = Settings(store_dir=tmp_path / "store")
    with load_corpus([str(folder)], settings) as corpus:
        api.prepare(corpus)
        expected = (api.stats(corpus, documents=False)["corpus"], api.entity_rows(corpus),
                    api.timeline(corpus))

    def no_decoding(data):
        raise AssertionError("the run's records were decoded")

    monkeypatch.setattr("corpus_cli.runtime.pipeline.run_columns", no_decoding)
    with load_corpus([str(folder)], settings) as corpus:
        found = (api.stats(corpus, documents=False)["corpus"], api.entity_rows(corpus),
                 api.timeline(corpus))
    assert found[1:] == expected[1:]
    assert found[0] == {**expected[0], "analysed": 0, "from_store": len(ARTICLES)}
