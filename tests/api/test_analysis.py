"""The analysis answers read from what the store keeps (occurrences by columns, the entity
summary, kwic's word index, keyword groups) equal the answers made from scratch."""

from __future__ import annotations

import pytest

from corpus_cli import api
from corpus_cli.runtime.pipeline import Corpus, Settings, load_corpus
from corpus_cli.runtime.store import Store

ARTICLES = (
    "Le maire de Lorient, Yann Kervella, a reçu lundi 2 mars 2020 la préfète Inès Marchal.\n\n"
    "Kervella a promis un port plus propre. Le conseil municipal votera le budget.",
    "Inès Marchal a visité Lorient le 9 mars 2020 avec Yann Kervella et le conseil.",
    "Yann Kervella a annoncé jeudi 12 mars 2020 à Quimper un plan pour les ports bretons.",
    "La préfète Inès Marchal a rencontré Yann Kervella le 2 avril 2020 à Brest.",
    "Rien à signaler au CONSEIL de Vannes ce mardi 14 avril 2020, a dit Odile Penven.",
)


def _answers(corpus: Corpus, folder: str, settings: Settings) -> dict[str, object]:
    person = api.entity_rows(corpus, api.EntityQuery(labels=["PER"]))[0]["id"]
    one = api.Scope(entities=[person])
    return {
        "mentions": api.mention_rows(corpus),
        "mentions of one": api.mention_rows(corpus, one),
        "mentions once": api.mention_rows(corpus, api.Scope(once=True)),
        "trends": api.trends(corpus, api.TrendQuery()),
        "trends of one": api.trends(corpus, api.TrendQuery(by=api.Period.week, scope=one)),
        "network": [api.network(corpus, api.NetworkQuery(unit=unit)) for unit in api.Unit],
        "network of people": api.network(corpus, api.NetworkQuery(
            unit=api.Unit.document, labels=["PER"])),
        "kwic": [api.kwic(corpus, api.KwicQuery(query, mode), [folder], settings)
                 for query, mode in (("conseil", api.KwicMode.word),
                                     ("le conseil", api.KwicMode.phrase),
                                     ("préfète", api.KwicMode.word),
                                     ("port", api.KwicMode.lemma))],
        "kwic of one": api.kwic(corpus, api.KwicQuery(person, api.KwicMode.entity), [folder],
                                settings),
        "keywords": [api.keywords(corpus, api.KeywordQuery(by=by, min_frequency=1))
                     for by in api.KeywordGroup],
        "vocabulary": api.vocabulary(corpus, api.Pos.proper),
    }


@pytest.fixture(scope="module")
def folder(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("articles")
    for number, text in enumerate(ARTICLES):
        (folder / f"a{number}.txt").write_text(text, encoding="utf-8")
    return folder


def test_kept_answers_equal_answers_from_scratch(folder, tmp_path):
    scratch = Settings(use_store=False)
    with load_corpus([str(folder)], scratch) as corpus:
        expected = _answers(corpus, str(folder), scratch)
    settings = Settings(store_dir=tmp_path / "store")
    for _ in range(2):  # the first call keeps what the second reads
        with load_corpus([str(folder)], settings) as corpus:
            assert _answers(corpus, str(folder), settings) == expected
    assert expected["kwic"][0] and expected["kwic of one"] and expected["mentions once"]


def _kinds_read(monkeypatch) -> list[str]:
    """The kinds of kept answers asked for from now on, in order."""
    read: list[str] = []
    original = Corpus.cached_only

    def spy(self, kind):
        read.append(kind)
        return original(self, kind)

    monkeypatch.setattr(Corpus, "cached_only", spy)
    return read


def test_trends_read_the_entities_of_the_occurrences_not_their_texts(folder, tmp_path,
                                                                    monkeypatch):
    settings = Settings(store_dir=tmp_path / "store")
    with load_corpus([str(folder)], settings) as corpus:
        api.prepare(corpus)
    read = _kinds_read(monkeypatch)
    with load_corpus([str(folder)], settings) as corpus:
        api.trends(corpus, api.TrendQuery())
    parts = {kind.split(":")[1] for kind in read if kind.startswith("occurrences-named:")}
    assert parts == {"index", "entity"}


def test_kwic_reads_only_the_texts_that_hold_the_word(folder, tmp_path, monkeypatch):
    settings = Settings(store_dir=tmp_path / "store")
    with load_corpus([str(folder)], settings) as corpus:
        api.kwic(corpus, api.KwicQuery("conseil"), [str(folder)], settings)  # keeps the index
    asked: list[list[str]] = []
    original = Store.texts

    def spy(self, keys):
        asked.append(list(keys))
        return original(self, keys)

    monkeypatch.setattr(Store, "texts", spy)
    monkeypatch.setattr(Corpus, "analyses", None)  # no analysis is read whole
    with load_corpus([str(folder)], settings) as corpus:
        rows = api.kwic(corpus, api.KwicQuery("Conseil"), [str(folder)], settings)
        records = corpus.records
    holding = {r.id for r in records if "conseil" in ARTICLES[int(r.id[-5])].lower()}
    assert [set(keys) for keys in asked] == [{r.key for r in records if r.id in holding}]
    assert {r["document"] for r in rows} == holding


def test_an_answer_over_every_document_decodes_no_record(folder, tmp_path, monkeypatch):
    settings = Settings(store_dir=tmp_path / "store")
    with load_corpus([str(folder)], settings) as corpus:
        expected = (api.mention_rows(corpus), api.trends(corpus),
                    api.kwic(corpus, api.KwicQuery("conseil"), [str(folder)], settings))
    monkeypatch.setattr("corpus_cli.runtime.pipeline.run_columns", None)
    with load_corpus([str(folder)], settings) as corpus:
        assert (api.mention_rows(corpus), api.trends(corpus),
                api.kwic(corpus, api.KwicQuery("conseil"), [str(folder)], settings)
                ) == expected


def test_network_ties_over_every_document_are_counted_once_then_read(folder, tmp_path,
                                                                     monkeypatch):
    from corpus_cli.aggregate import network as network_layer

    settings = Settings(store_dir=tmp_path / "store")
    counted = []
    original = network_layer.cooccurrences

    def spy(documents):
        counted.append(1)
        return original(documents)

    monkeypatch.setattr(network_layer, "cooccurrences", spy)
    answers = []
    for _ in range(2):
        with load_corpus([str(folder)], settings) as corpus:
            answers.append(api.network(corpus, api.NetworkQuery(unit=api.Unit.document)))
    assert counted == [1] and answers[0] == answers[1] and answers[0]["edges"]


def test_edges_and_mentions_of_kept_answers_read_no_entity_table(folder, tmp_path,
                                                                 monkeypatch):
    settings = Settings(store_dir=tmp_path / "store")
    query = api.NetworkQuery(unit=api.Unit.document)
    with load_corpus([str(folder)], settings) as corpus:
        network = api.network(corpus, query)
        mentions = api.mention_rows(corpus)
    read = _kinds_read(monkeypatch)
    with load_corpus([str(folder)], settings) as corpus:
        edges = api.network_table(corpus, query, nodes=False)
        assert list(edges) == ["edges"] and list(edges["edges"]) == network["edges"]
        assert api.mention_rows(corpus) == mentions
    # Each entity's name and label are kept with the ties and the occurrences.
    assert read and not [kind for kind in read if kind.startswith(("entity-summary:",
                                                                    "entities:"))]
