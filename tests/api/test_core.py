"""The timeline as kept: the answers cut from its bytes are those written from its rows, and
what is kept beside it never describes another timeline."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus_cli import api
from corpus_cli.aggregate.timeline import Query, select
from corpus_cli.api import core
from corpus_cli.output import Format, indented_bytes, write_json, write_jsonl
from corpus_cli.runtime.pipeline import KEPT_STATES, Corpus
from corpus_cli.runtime.store import Store

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
DAYS = st.dates().map(lambda day: day.isoformat())


@st.composite
def entries(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Timeline entries as the merge orders them: the dated ones first."""
    def entry(day: str | None) -> dict[str, Any]:
        return {"date": day, "start_date": day, "end_date": day, "type": draw(TEXT),
                "participants": draw(st.lists(TEXT, max_size=3)), "quote": draw(
                    st.none() | TEXT), "sources": draw(st.lists(TEXT, min_size=1, max_size=2)),
                "sentence": draw(TEXT), "n": draw(st.integers(-5, 5))}
    dated = sorted(draw(st.lists(DAYS, max_size=5)))
    return [entry(day) for day in dated] + [entry(None) for _ in range(draw(st.integers(0, 3)))]


def _corpus(tmp_path: Path, run: str = "run") -> Corpus:
    return Corpus(_records=[], errors=[], store=Store(tmp_path / "store"), run=run)


def _written(rows: list[dict[str, Any]], format: Format) -> bytes:
    stream = io.StringIO()
    (write_json if format is Format.json else write_jsonl)(rows, stream)  # as emit_rows
    return stream.getvalue().encode()


def _cut(corpus: Corpus, query: Query, format: Format, limit: int | None = None
         ) -> bytes | None:
    found = api.timeline_output(corpus, query, None, format, limit)
    return None if found is None else b"".join(bytes(chunk) for chunk in found)


QUERIES = [Query(), Query(include_undated=True)]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries(), st.sampled_from([None, 0, 1, 2, 100]))
def test_an_unfiltered_answer_cut_from_the_kept_bytes_is_the_one_written_from_the_rows(
        tmp_path_factory, merged, limit):
    with _corpus(tmp_path_factory.mktemp("cut")) as corpus:
        core._keep_timeline(corpus, "", merged)
        for query in QUERIES:
            rows = select(merged, query)
            assert api.timeline(corpus, query) == rows
            for format in (Format.json, Format.jsonl):
                expected = _written(rows[:limit] if limit else rows, format)
                assert _cut(corpus, query, format, limit) == expected


def test_a_filtered_query_or_another_format_is_made_from_the_rows(tmp_path):
    merged = [{"date": "2020", "start_date": "2020-01-01", "type": "visit"}]
    with _corpus(tmp_path) as corpus:
        core._keep_timeline(corpus, "", merged)
        assert _cut(corpus, Query(types=["consult"]), Format.json) is None
        assert _cut(corpus, Query(start="2019"), Format.jsonl) is None
        assert _cut(corpus, Query(), Format.csv) is None
        assert _cut(corpus, Query(), Format.json) == _written(merged, Format.json)


def test_a_timeline_kept_again_otherwise_under_the_same_documents_is_never_cut(tmp_path):
    first = [{"date": "2020", "start_date": "2020-01-01", "type": "visit"}]
    other = [{"date": "2021", "start_date": "2021-01-01", "type": "vote"}]
    with _corpus(tmp_path) as corpus:
        core._keep_timeline(corpus, "", first)
        # Another version of corpus keeps its own text (compact, nothing beside it).
        corpus.keep(core._TIMELINE, other, KEPT_STATES)
        assert _cut(corpus, Query(), Format.json) is None
        assert api.timeline(corpus) == other
        # Read once, it is kept again with its shape.
        assert _cut(corpus, Query(), Format.json) == _written(other, Format.json)
    with _corpus(tmp_path, run="other documents") as corpus:
        assert _cut(corpus, Query(), Format.json) is None


def test_lines_written_otherwise_by_the_two_encoders_are_made_from_the_rows(tmp_path):
    merged = [{"date": "2020", "start_date": "2020-01-01", "score": 1e-07}]
    with _corpus(tmp_path) as corpus:
        assert not core._keep_timeline(corpus, "", merged)["lines"]
        assert _cut(corpus, Query(), Format.jsonl) is None
        assert _cut(corpus, Query(), Format.json) == _written(merged, Format.json)


def test_a_dated_entry_after_an_undated_one_is_not_cut_from_the_first_ones(tmp_path):
    merged = [{"date": None, "start_date": None}, {"date": "2020", "start_date": "2020-01-01"}]
    with _corpus(tmp_path) as corpus:
        core._keep_timeline(corpus, "", merged)
        assert _cut(corpus, Query(), Format.json) is None
        assert api.timeline(corpus) == merged[1:]
        assert _cut(corpus, Query(include_undated=True), Format.json) == _written(
            merged, Format.json)


@pytest.mark.parametrize("merged", [[{}], [{"a": 1}, {}]])
def test_empty_entries_are_never_cut_nor_kept_again(tmp_path, monkeypatch, merged):
    with _corpus(tmp_path) as corpus:
        assert core._keep_timeline(corpus, "", merged).keys() == {"checksum"}
        monkeypatch.setattr(core, "_keep_timeline", None)  # its shape says so: never again
        assert _cut(corpus, Query(include_undated=True), Format.json) is None
        assert api.timeline(corpus, Query(include_undated=True)) == merged


_ARTICLES = (
    "Le maire de Quimperlé, Hervé Kerbrat, a rencontré mardi 3 mars 2020 la préfète Odile Vasseur.",
    "Odile Vasseur a visité le port de Quimperlé le 5 mars 2020 avec Hervé Kerbrat.",
    "Kerbrat a présenté jeudi 12 mars 2020 à Lorient un plan pour les écoles de la commune.",
)


def test_entities_after_a_grown_timeline_are_read_not_consolidated_again(tmp_path, nlp,
                                                                            monkeypatch):
    """The timeline of a grown corpus consolidates its entities and keeps their table."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for number, text in enumerate(_ARTICLES[:2]):
        (folder / f"a{number}.txt").write_text(text, encoding="utf-8")
    settings = api.Settings(store_dir=tmp_path / "store")
    with api.analyse([str(folder)], settings) as corpus:
        api.timeline(corpus)
    (folder / "a2.txt").write_text(_ARTICLES[2], encoding="utf-8")
    with api.analyse([str(folder)], settings) as corpus:
        api.timeline(corpus)
    with api.analyse([str(folder)], api.Settings(use_store=False)) as corpus:
        expected = api.entity_rows(corpus, api.EntityQuery(explain=True))

    def consolidating(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("consolidated again")

    monkeypatch.setattr(core, "consolidate_kept", consolidating)
    with api.analyse([str(folder)], settings) as corpus:
        assert api.entity_rows(corpus, api.EntityQuery(explain=True)) == expected
        assert api.entity_rows(corpus) == [
            {k: v for k, v in row.items() if k not in ("variants", "labels", "ambiguous_with")}
            for row in expected]
    assert any(row["name"] == "Hervé Kerbrat" and row["mentions"] == 3 for row in expected)


def test_the_timeline_lets_the_entities_go_and_prepare_consolidates_once(tmp_path, nlp,
                                                                          monkeypatch):
    """The entities are most of the timeline step's memory: it keeps only their names by
    mention, and `prepare` asks for the occurrences before it."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a0.txt").write_text(_ARTICLES[0], encoding="utf-8")
    made: list[int] = []
    original = core.consolidate_kept
    monkeypatch.setattr(core, "consolidate_kept",
                        lambda *args, **kwargs: made.append(1) or original(*args, **kwargs))
    with api.analyse([str(folder)], api.Settings(store_dir=tmp_path / "store")) as corpus:
        api.prepare(corpus)
        entities = core._Entities(corpus, None)
        entities()
        core._timeline_parts(corpus, entities, "")
        assert entities._found is None
    assert made == [1, 1]  # prepare's, then the one asked for here


def test_forms_kept_under_other_corpus_rules_are_collected_again(tmp_path, nlp, monkeypatch):
    """A corpus-level rule may change how mentions are collected; the documents a kept state
    counts are keyed by their analyses, which such a rule leaves alone."""
    from corpus_cli.aggregate import entities as entity_layer

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a0.txt").write_text(_ARTICLES[0], encoding="utf-8")
    settings = api.Settings(store_dir=tmp_path / "store")
    with api.analyse([str(folder)], settings) as corpus:
        api.entity_rows(corpus)
    collected: list[set[str]] = []
    original = entity_layer.collect

    def spy(mentions: Any, aliases: Any = None) -> Any:
        rows = list(mentions)
        collected.append({row["document"] for row in rows})
        return original(rows, aliases)

    monkeypatch.setattr(entity_layer, "collect", spy)
    monkeypatch.setattr(core, "corpus_rules_digest", lambda: "other rules")
    with api.analyse([str(folder)], settings) as corpus:
        core._Entities(corpus, None)()
    assert [documents for documents in collected if documents] == [{"a0.txt"}]


_VALUE = st.recursive(st.none() | st.booleans() | st.integers(-2**63, 2**64 - 1) | TEXT
                      | st.floats(allow_nan=False, allow_infinity=False)
                      | st.sampled_from([1e-07, 1e-4, 1e16, 2.5, 0.62, 0.0, -0.0]),
                      lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(TEXT, inner, max_size=3), max_leaves=6)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.dictionaries(TEXT, _VALUE, min_size=1, max_size=4), max_size=4))
def test_lines_are_said_to_agree_exactly_when_written_alike(merged):
    """The check that the kept timeline's JSON Lines can be cut, decided from the values' types
    where it can be, says what comparing every line says (floats are compared)."""
    indented = indented_bytes(merged)
    assert indented is not None
    assert core._lines_agree(merged, indented) == core._lines_compared(merged, indented)


def test_a_grown_corpus_reads_the_blocks_kept_with_its_forms_and_only_those(
        tmp_path, nlp, monkeypatch):
    """The blocks are kept apart from the forms, after them: a growth reads those kept with
    the very documents its forms count, and merges every block when a run stopped between
    the two writes (the blocks kept are then those of fewer documents)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    settings = api.Settings(store_dir=tmp_path / "store")
    given: list[bool] = []
    original, keep = core.consolidate_kept, Corpus.keep_streamed

    def spy(forms: Any, changed: Any, kept: Any, *args: Any) -> Any:
        given.append(kept is not None)
        return original(forms, changed, kept, *args)

    def stopped(self: Corpus, kind: str, *args: Any) -> None:
        if kind.startswith("blocks:"):
            raise KeyboardInterrupt
        keep(self, kind, *args)

    def grown() -> list[dict[str, Any]]:
        with api.analyse([str(folder)], settings) as corpus:
            return api.entity_rows(corpus, api.EntityQuery(explain=True))

    monkeypatch.setattr(core, "consolidate_kept", spy)
    for number, text in enumerate(_ARTICLES[:2]):
        (folder / f"a{number}.txt").write_text(text, encoding="utf-8")
        grown()
    (folder / "a2.txt").write_text(_ARTICLES[2], encoding="utf-8")
    monkeypatch.setattr(Corpus, "keep_streamed", stopped)
    with pytest.raises(KeyboardInterrupt):
        grown()
    monkeypatch.setattr(Corpus, "keep_streamed", keep)
    found = grown()
    assert given == [False, True, True, False]  # the last: forms of 3 documents, blocks of 2
    monkeypatch.setattr(core, "consolidate_kept", original)
    with api.analyse([str(folder)], api.Settings(use_store=False)) as corpus:
        assert found == api.entity_rows(corpus, api.EntityQuery(explain=True))


def test_a_grown_timeline_reads_the_rows_of_the_parts_it_merges_again_and_only_those(
        tmp_path, nlp, monkeypatch):
    """Each part's rows are kept apart from the parts' state, by digest: a growth reads those
    of the parts it forms again, writes those of its new parts, and forgets the others; a part
    whose rows left the store makes every part formed again, never another timeline."""
    folder = tmp_path / "articles"
    folder.mkdir()
    settings = api.Settings(store_dir=tmp_path / "store")
    asked: list[list[str]] = []
    original = Store.pieces
    monkeypatch.setattr(core, "_PIECE_CHARACTERS", 0)  # every part's rows kept apart

    def spy(self: Store, kind: str, digests: list[str]) -> dict[str, str]:
        asked.append(sorted(digests))
        return original(self, kind, digests)

    monkeypatch.setattr(Store, "pieces", spy)

    def grown(name: str, text: str) -> dict[str, Any]:
        (folder / name).write_text(text, encoding="utf-8")
        with api.analyse([str(folder)], settings) as corpus:
            found = api.timeline(corpus, Query(include_undated=True))
            kept = core._kept_parts(corpus, "")
            assert kept is not None
            texts = original(corpus.store, core._parts_kind(""),
                             [part[0] for part in kept["parts"]])
        with api.analyse([str(folder)], api.Settings(use_store=False)) as corpus:
            assert found == api.timeline(corpus, Query(include_undated=True))
        assert all(part[2] is None for part in kept["parts"])
        assert sorted(texts) == sorted(part[0] for part in kept["parts"])
        return kept

    first = grown("a0.txt", _ARTICLES[0])
    assert asked == []
    second = grown("a1.txt", _ARTICLES[1])
    before = {part[0] for part in first["parts"]}
    formed = before - {part[0] for part in second["parts"]}
    # one read, of kept parts only: those formed again (some may come out the same)
    assert len(asked) == 1 and formed <= set(asked[0]) <= before
    with Store(tmp_path / "store") as store:
        store.connection.execute("DELETE FROM pieces")
    asked.clear()
    grown("a1.txt", _ARTICLES[2])  # its parts formed again, their rows lost: all formed again
    assert len(asked) == 1


def test_small_parts_keep_their_rows_in_the_state(tmp_path, nlp, monkeypatch):
    """Only parts of _PIECE_CHARACTERS or more keep their rows apart."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for number, text in enumerate(_ARTICLES):
        (folder / f"a{number}.txt").write_text(text, encoding="utf-8")

    def kept_parts(store: str) -> tuple[list[list[Any]], dict[str, str]]:
        with api.analyse([str(folder)], api.Settings(store_dir=tmp_path / store)) as corpus:
            api.timeline(corpus)
            kept = core._kept_parts(corpus, "")
            assert kept is not None
            return kept["parts"], corpus.store.pieces(core._parts_kind(""),
                                                      [part[0] for part in kept["parts"]])

    monkeypatch.setattr(core, "_PIECE_CHARACTERS", 10**9)
    lengths = sorted(len(part[2]) for part in kept_parts("all")[0])
    assert lengths[0] < lengths[-1]
    monkeypatch.setattr(core, "_PIECE_CHARACTERS", lengths[-1])
    parts, apart = kept_parts("some")
    for part in parts:
        if isinstance(part[2], str):
            assert len(part[2]) < lengths[-1] and part[0] not in apart
        else:
            assert len(apart[part[0]]) == lengths[-1]
    assert sum(part[2] is None for part in parts) == lengths.count(lengths[-1])


def test_a_grown_timeline_checks_the_lines_of_its_new_entries_only(tmp_path, nlp, monkeypatch):
    """The entries kept from the last timeline, whose lines were found to agree, are not
    checked again; the shape is the one a run from scratch keeps."""
    folder = tmp_path / "articles"
    folder.mkdir()
    settings = api.Settings(store_dir=tmp_path / "store")
    (folder / "a0.txt").write_text(_ARTICLES[0] + " " + _ARTICLES[1], encoding="utf-8")
    with api.analyse([str(folder)], settings) as corpus:
        before = api.timeline(corpus, Query(include_undated=True))
    (folder / "a1.txt").write_text(_ARTICLES[2], encoding="utf-8")
    checked: list[dict[str, Any]] = []
    original = core._plain_json
    monkeypatch.setattr(core, "_plain_json", lambda value: checked.append(value) or original(
        value))
    with api.analyse([str(folder)], settings) as corpus:
        after = api.timeline(corpus, Query(include_undated=True))
        shape = corpus.cached_only(core._SHAPE)
    entries = [value for value in checked if isinstance(value, dict) and "sources" in value]
    assert before and entries == [entry for entry in after if entry not in before]
    monkeypatch.setattr(core, "_plain_json", original)
    with api.analyse([str(folder)], api.Settings(store_dir=tmp_path / "fresh")) as corpus:
        assert api.timeline(corpus, Query(include_undated=True)) == after
        assert {**corpus.cached_only(core._SHAPE), "checksum": 0} == {**shape, "checksum": 0}


# The two articles tell one story (the CFDT, Force ouvrière): the bare "Vernier" of the second
# is the Paul Vernier the first names once (aggregate/guesses.py).
_ROLE_ARTICLES = (
    "Le Premier ministre Paul Vernier a reçu mardi 3 mars 2020 la CFDT et Force ouvrière à "
    "Matignon.",
    "M. Vernier défend sa réforme devant la CFDT et Force ouvrière. Le Premier ministre "
    "présentera jeudi 12 mars 2020 le texte aux maires à Lorient.",
)


def test_a_role_described_in_one_article_is_its_holder_named_so_in_another(tmp_path, nlp):
    """"Le Premier ministre" of the second article is Paul Vernier, whom the first article
    names with that role; the same answer when the corpus grew to it."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a1.txt").write_text(_ROLE_ARTICLES[1], encoding="utf-8")
    settings = api.Settings(store_dir=tmp_path / "store")
    with api.analyse([str(folder)], settings) as corpus:
        alone = api.timeline(corpus)
    (folder / "a0.txt").write_text(_ROLE_ARTICLES[0], encoding="utf-8")
    with api.analyse([str(folder)], settings) as corpus:
        grown = api.timeline(corpus)
    with api.analyse([str(folder)], api.Settings(use_store=False)) as corpus:
        assert api.timeline(corpus) == grown
    presented = next(row for row in grown if row["sources"] == ["a1.txt"])
    assert presented["actors"] == ["Paul Vernier"]
    assert all("Paul Vernier" not in row["actors"] for row in alone)
