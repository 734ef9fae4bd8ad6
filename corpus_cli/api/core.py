"""The façade's core: open a corpus, its figures, entities, timeline, dates, store."""


from __future__ import annotations

import gc
import hashlib
import json
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from corpus_cli.aggregate import entities as entity_layer
from corpus_cli.aggregate import stats as stats_layer
from corpus_cli.aggregate import timeline as timeline_layer
from corpus_cli.aggregate.aliases import Aliases, load_aliases
from corpus_cli.aggregate.blocks_kept import consolidate_kept
from corpus_cli.aggregate.role_holders import RoleHolders, WithRoles
from corpus_cli.aggregate.timeline import Query as TimelineQuery
from corpus_cli.aggregate.timeline import date_label, year_of
from corpus_cli.dates.iso import iso_value as iso_date
from corpus_cli.errors import InputError, UsageError
from corpus_cli.output import Format, indented_bytes, json_lines_of_array, objects_end
from corpus_cli.output import dumps as output_dumps
from corpus_cli.rows import EVENT_TYPES, LABELS, EntitySort
from corpus_cli.runtime import codec
from corpus_cli.runtime.keys import corpus_rules_digest
from corpus_cli.runtime.packing import FAST, dumps, loads, no_collection
from corpus_cli.runtime.pipeline import (
    KEPT_STATES,
    Corpus,
    Progress,
    Settings,
    clean_documents,
    load_corpus,
)
from corpus_cli.runtime.prepare import known_metadata
from corpus_cli.runtime.sqlite_file import default_directory
from corpus_cli.runtime.store import Store

__all__ = [
    "EVENT_TYPES", "LABELS", "Aliases", "Corpus", "EntityQuery", "EntitySort", "Progress",
    "Settings", "TimelineQuery", "analyse", "cleaned_rows", "clear_store", "cluster_address",
    "date_label", "date_rows", "entity_rows", "export", "iso_date", "load_aliases", "prepare",
    "stats", "store_directory", "store_info", "timeline", "timeline_output", "year_of",
]

DATE_FIELDS = ("text", "start", "end", "kind", "value", "granularity", "mod", "start_date",
               "end_date", "anchor", "tense", "attached_to", "sentence", "rule")
_EXPLAIN_FIELDS = ("variants", "labels", "ambiguous_with")
# Kinds of the corpus-level answers kept in the store (followed by the alias file's key).
_PLAIN, _EXPLAINED, _TIMELINE = "entities:", "entities-explanations:", "timeline:"
# Beside the kept timeline: what an answer cut from it needs (`_shape`).
_SHAPE = "timeline-shape:"
# The parts the timeline was merged from, with their rows (timeline.update).
_PARTS = "timeline-parts:"
_VOCABULARY = "vocabulary"
_STATS = "stats"
# What consolidation adds up, kept per set of documents (followed by the alias file's key).
_FORMS = "forms:"
# The blocks those forms were consolidated by, with their entities (blocks_kept).
_BLOCKS = "blocks:"


def analyse(paths: Sequence[str] = (), settings: Settings | None = None,
            progress: Progress | None = None,
            on_error: Callable[[InputError], None] | None = None) -> Corpus:
    """Read and analyse a corpus (the seed articles when `paths` is empty). Close it when done.

    `on_error` receives each input that cannot be read; the others are analysed.
    """
    return load_corpus(paths, settings, progress=progress, on_error=on_error)


def stats(corpus: Corpus, documents: bool = True) -> dict[str, Any]:
    """`{"corpus": figures, "documents": one row per document}` (see aggregate/stats.py)."""
    def figures() -> dict[str, Any]:
        unique = list(corpus.unique())
        vocabulary = corpus.cached(_VOCABULARY, lambda: stats_layer.vocabulary_figures(
            unique, (rows["lemmas"] for _, rows in corpus.analyses(tables=("lemmas",)))))
        summary: dict[str, Any] = stats_layer.compute(corpus.records, vocabulary,
                                                      stats_layer.Run(), False)["corpus"]
        return summary

    # Kept whole: a replayed run answers without decoding its records. What the run did
    # (inputs failed, documents analysed or read) is this run's own.
    summary = dict(corpus.cached(_STATS, figures))
    summary.update(failed_inputs=len(corpus.errors), analysed=corpus.analysed,
                   from_store=corpus.reused)
    rows = [stats_layer.document_row(r) for r in corpus.records] if documents else []
    return {"corpus": summary, "documents": rows}


def date_rows(corpus: Corpus) -> list[dict[str, Any]]:
    """Every temporal expression of the corpus, one row each, in document order."""
    return [
        {"document": record.id, **{key: row.get(key) for key in DATE_FIELDS}}
        for record, rows in corpus.analyses(tables=("dates",))
        for row in rows["dates"]
    ]


class _Entities:
    """The corpus's entities, consolidated at most once however many answers need them.

    The forms that consolidation adds up are kept in the store with the documents they count
    (`Corpus.kept_state`), and beside them the blocks they were consolidated by with their
    entities (`blocks_kept`): a corpus that grows collects only its new documents' mentions,
    and merges again only the blocks its new and changed forms fall in."""

    def __init__(self, corpus: Corpus, aliases: Aliases | None) -> None:
        self.corpus, self.aliases = corpus, aliases
        self._found: list[entity_layer.Entity] | None = None

    def __call__(self) -> list[entity_layer.Entity]:
        if self._found is None:
            with no_collection():
                self._found = self._consolidated()
        return self._found

    def release(self) -> None:
        """Let the entities go (made again if asked for after): the timeline needs only their
        names by mention, and their memory is most of its step's peak on a large corpus."""
        self._found = None

    def _consolidated(self) -> list[entity_layer.Entity]:
        documents = {record.id: {"date": record.date} for record in self.corpus.unique()}
        # The rules in the kind: the documents a state counts are keyed by their analyses,
        # which a corpus-level rule (attribution, collection) does not change.
        kind = f"{_aliases_key(self.aliases)}:{corpus_rules_digest()}"
        base, new = self.corpus.kept_state(_FORMS + kind)
        forms = entity_layer.Forms.from_rows(base) if base is not None else entity_layer.Forms()
        changed: set[str] = set()
        if new:
            collected = entity_layer.collect(self._mentions(new), self.aliases)
            changed = set(collected.forms)
            forms.add(collected)  # copied: a corpus's first forms would be held twice
            del collected
            # written before consolidation: its peak of memory is not this step's
            self.corpus.keep_state(_FORMS + kind, forms.rows())
        counted = {(record.id, record.key) for record in self.corpus.unique()
                   if record.id not in new}
        kept = self._kept_blocks(_BLOCKS + kind, counted)
        del counted  # not held through consolidation, the step's peak of memory
        found = consolidate_kept(forms, changed, kept, documents, self.aliases)
        del kept
        if new or not found.unchanged:  # new documents with no new form: their list changed
            listed = [[record.id, record.key] for record in self.corpus.unique()]
            # streamed: the blocks' entities are written at consolidation's peak of memory
            self.corpus.keep_streamed(_BLOCKS + kind, {"documents": listed, **found.state},
                                      KEPT_STATES)
        return found.entities

    def _kept_blocks(self, kind: str, counted: set[tuple[str, str]]) -> dict[str, Any] | None:
        """The blocks kept with the forms of `counted` documents, the latest first; None when
        none is kept (written after its forms: a run may have stopped in between)."""
        return next((kept for kept in self.corpus.store.each_result_of(kind, KEPT_STATES)
                     if isinstance(kept, dict) and {(str(item[0]), str(item[1]))
                                                    for item in kept.get("documents", ())}
                     == counted), None)

    def _mentions(self, only: set[str] | None = None) -> Iterator[dict[str, Any]]:
        for record, rows in self.corpus.analyses(tables=("mentions",), only=only):
            for row in rows["mentions"]:
                yield {**row, "document": record.id}


def _aliases_key(aliases: Aliases | None) -> str:
    """What the alias file changes in a corpus-level answer, for its key in the store."""
    if aliases is None:
        return ""
    return hashlib.sha256(json.dumps(asdict(aliases), sort_keys=True).encode()).hexdigest()


def _entity_table(corpus: Corpus, entities: _Entities, explain: bool) -> list[dict[str, Any]]:
    """Every entity as a row, most cited first, with the explanation fields if `explain`.

    Kept in the store in two parts, the plain rows and the explanation fields of each (row
    for row), so that asking again about the same documents does not consolidate again and
    the plain answer reads no explanation.
    """
    key = _aliases_key(entities.aliases)
    plain: list[dict[str, Any]] | None = corpus.cached_only(_PLAIN + key)
    explanations: list[list[Any]] | None = corpus.cached_only(_EXPLAINED + key) if (
        explain or plain is None) else None
    if plain is None or (explain and explanations is None):
        made = _table_parts(entities)
        explanations = corpus.cached(_EXPLAINED + key, lambda: made[0])
        plain = corpus.cached(_PLAIN + key, lambda: made[1])
        del made
    if not explain:
        return plain
    assert explanations is not None
    return [{**row, **dict(zip(_EXPLAIN_FIELDS, extra, strict=True))}
            for row, extra in zip(plain, explanations, strict=True)]


def _table_parts(entities: _Entities) -> tuple[list[list[Any]], list[dict[str, Any]]]:
    """The entity table's explanation fields and plain rows, as `_entity_table` keeps them."""
    rows = [e.to_row(explain=True) for e in entities()]
    # Each row's explanation fields taken out of it (after the others: the plain row keeps
    # its order), not a plain copy made of every row.
    return [[row.pop(k) for k in _EXPLAIN_FIELDS] for row in rows], rows


def _keep_entity_table(corpus: Corpus, entities: _Entities) -> None:
    """Keep the entity table as `_entity_table` does, unless kept: the timeline of a grown
    corpus consolidates its entities, and `corpus entities` then reads them instead of
    consolidating again (37 s at 33,958 articles). Written only, never read back."""
    key = _aliases_key(entities.aliases)
    store, fingerprint = corpus.store, corpus.kept_key()
    if all(store.result_data(kind + key, fingerprint) is not None
           for kind in (_PLAIN, _EXPLAINED)):
        return
    explanations, plain = _table_parts(entities)
    store.save_result(_EXPLAINED + key, fingerprint, explanations, quick=True)
    store.save_result(_PLAIN + key, fingerprint, plain, quick=True)


@dataclass
class EntityQuery:
    """What `corpus entities` asks: labels, a floor on mentions, an order, the explanation."""

    labels: Sequence[str] = ()
    min_mentions: int = 1
    sort: EntitySort = EntitySort.mentions
    explain: bool = False

    def __post_init__(self) -> None:
        unknown = sorted({label.upper() for label in self.labels} - set(LABELS))
        if unknown:
            raise UsageError(f"unknown label {', '.join(unknown)} (labels: {', '.join(LABELS)})")


def entity_rows(corpus: Corpus, query: EntityQuery | None = None,
                aliases: Aliases | None = None) -> list[dict[str, Any]]:
    """The rows of `corpus entities`."""
    query = query or EntityQuery()
    table = _entity_table(corpus, _Entities(corpus, aliases), query.explain)
    return select_entities(table, query)


def select_entities(rows: Sequence[dict[str, Any]], query: EntityQuery) -> list[dict[str, Any]]:
    """Entity rows filtered by label and mentions, in the order asked; explanation on demand."""
    labels = {label.upper() for label in query.labels}
    kept = [row for row in rows
            if (not labels or row["label"] in labels) and row["mentions"] >= query.min_mentions]
    if query.sort is EntitySort.documents:
        kept.sort(key=lambda r: (-r["documents"], -r["mentions"], r["name"]))
    elif query.sort is EntitySort.name:
        kept.sort(key=lambda r: (entity_layer.fold(r["name"]), r["name"]))
    if query.explain or not any(field in row for row in kept[:1] for field in _EXPLAIN_FIELDS):
        return kept
    return [{k: v for k, v in row.items() if k not in _EXPLAIN_FIELDS} for row in kept]


def timeline(corpus: Corpus, query: TimelineQuery | None = None,
             aliases: Aliases | None = None) -> list[dict[str, Any]]:
    """The rows of `corpus timeline`: merged events in time order, filtered by `query`."""
    query = query or TimelineQuery()
    entities = _Entities(corpus, aliases)
    wanted: list[str] = []
    if query.entity is not None:
        entity = entity_layer.find_entity_row(_entity_table(corpus, entities, False),
                                              query.entity)
        if entity is None:
            raise UsageError(f"no entity named {query.entity!r} in this corpus "
                             "(see `corpus entities`)")
        wanted = [entity["name"]]
    found, shape = _merged_timeline(corpus, entities)
    count = _leading(shape, query)
    if count is not None:  # what select keeps, known without testing every entry
        return found[:count]
    return timeline_layer.select(found, query, wanted)


def timeline_output(corpus: Corpus, query: TimelineQuery | None = None,
                    aliases: Aliases | None = None, format: Format = Format.json,
                    limit: int | None = None) -> Iterator[bytes | memoryview] | None:
    """The bytes `corpus timeline` writes in `format` (json or jsonl) for its first `limit`
    rows (all: None or 0), read from the kept timeline without decoding it, when the query
    asks for every entry (or every dated one); None when they must be made from the rows
    (`timeline`): another query or format, no timeline kept yet, or kept by another version.

    The timeline is kept as `write_json` indents it (`_keep_timeline`), with its shape: how
    many entries are dated (they come first) and whether its JSON Lines can be cut from it.
    """
    query = query or TimelineQuery()
    if format not in (Format.json, Format.jsonl) or not query.unfiltered:
        return None
    key = _aliases_key(aliases)
    # The shape first (a few bytes): the timeline is read only if an answer can be cut.
    shape: dict[str, Any] | None = corpus.cached_only(_SHAPE + key)
    count = _leading(shape, query)
    if shape is None or count is None or (format is Format.jsonl and not shape.get("lines")):
        return None
    kept = _kept_timeline(corpus, key)
    if kept is None or kept[1] != shape:  # the shape describes another text
        return None
    if limit:
        count = min(count, limit)
    return _written(kept[0], count, format)


def _written(payload: bytes, count: int, format: Format) -> Iterator[bytes | memoryview]:
    """The first `count` entries of a kept timeline (`_keep_timeline`) in `format`."""
    start = len(FAST)
    if count == 0:
        if format is Format.json:
            yield b"[]\n"
        return
    end = objects_end(payload, start, count)
    if format is Format.json:
        yield memoryview(payload)[start:end]
        yield b"\n]\n"
        return
    yield from json_lines_of_array(payload, start + 2, end)


def _leading(shape: dict[str, Any] | None, query: TimelineQuery) -> int | None:
    """How many of the first entries of a kept timeline `query` selects, if it selects
    those only (see `_shape`)."""
    if shape is None or not query.unfiltered:
        return None
    count = shape.get("entries" if query.include_undated else "dated")
    return count if isinstance(count, int) else None


def _merged_timeline(corpus: Corpus, entities: _Entities
                     ) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """Every event of the corpus merged across documents, named by consolidated entity, and
    its shape (`_shape`) when known.

    Kept beside the parts it was merged from (`timeline.update`): a corpus that changed reads
    only its new documents and those whose entity names changed, and merges again only the
    parts they touch; the last timeline gives the other parts' entries."""
    key = _aliases_key(entities.aliases)
    kept = _kept_timeline(corpus, key)
    if kept is not None:
        found: list[dict[str, Any]] = loads(kept[0])
        shape = kept[1]
        if shape is None:  # kept before shapes were (or kept again by such a version): once
            shape = _keep_timeline(corpus, key, found)
        return found, shape
    with no_collection():
        found, shape = _timeline_parts(corpus, entities, key)
    # As packing.loads does for a large kept value: its objects are left out of the
    # collections that follow (filtering 140,739 entries: 3.2 s with them, 0.3 s without).
    gc.freeze()
    return found, shape


def _kept_timeline(corpus: Corpus, key: str) -> tuple[bytes, dict[str, Any] | None] | None:
    """The kept timeline (its JSON text, marked as packing.dumps marks it) and its shape,
    if the shape was kept with this very text (another version of corpus may have kept the
    timeline again, otherwise written, under the same documents and rules)."""
    data = corpus.store.result_data(_TIMELINE + key, corpus.kept_key())
    if data is None:
        return None
    try:
        payload = codec.decompress(data)
    except ValueError:
        return None
    shape: dict[str, Any] | None = corpus.cached_only(_SHAPE + key)
    if shape is not None and shape.get("checksum") != zlib.crc32(data):
        shape = None
    return payload, shape


def _keep_timeline(corpus: Corpus, key: str, merged: list[dict[str, Any]],
                   agreed: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """Keep the timeline as `write_json` indents it (the whole answer's bytes, so that an
    unfiltered answer is written as kept, never decoded), with its shape; return the shape.

    Read back by `loads` as any kept value: the indentation makes it 5% larger compressed.
    The text is compressed after its mark, never copied behind it (76 MB at 33,948 articles,
    at the corpus-level step's peak of memory), quickly (`codec`): it is written again
    whenever the corpus grows, and read back as fast. `agreed`: entries whose JSON Lines
    are known to be cut alike (`_lines_agree`: those of a timeline kept before), left unchecked.
    """
    indented = indented_bytes(merged)
    if indented is None:
        data = codec.compress(dumps(merged), quick=True)
    else:
        compressor = codec.compressor(quick=True)
        data = compressor.compress(FAST) + compressor.compress(indented) + compressor.flush()
    shape = _shape(merged, indented, zlib.crc32(data), agreed)
    corpus.keep_data(_TIMELINE + key, data, KEPT_STATES, beside={_SHAPE + key: shape})
    return shape


def _shape(merged: list[dict[str, Any]], indented: bytes | None, checksum: int,
           agreed: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """What an answer cut from the kept timeline needs, and the checksum of the kept data
    it describes: its number of entries, how many of the first ones are dated (None if some
    dated entry comes after an undated one), whether its JSON Lines are those `write_jsonl`
    writes (`_lines_agree`). The checksum alone when nothing can be cut from it: not written
    by `write_json` (`indented` None: its text otherwise written), or an entry that is not an
    object or is empty."""
    if indented is None or not all(type(entry) is dict and entry for entry in merged):
        return {"checksum": checksum}
    if agreed:  # a line agrees or not whatever its neighbours: the others are checked
        known = {id(entry) for entry in agreed}
        lines = all(_plain_json(entry) for entry in merged if id(entry) not in known) or (
            _lines_agree(merged, indented))
    else:
        lines = _lines_agree(merged, indented)
    return {"checksum": checksum, "entries": len(merged),
            "dated": timeline_layer.leading(merged, TimelineQuery()), "lines": lines}


def _lines_agree(merged: list[dict[str, Any]], indented: bytes) -> bool:
    """Whether the JSON Lines cut from the kept timeline's text are, byte for byte, those
    `write_jsonl` writes for its entries (so they are, unless a value is written otherwise by
    orjson and by the standard library: a float in exponent form).

    True without comparing when every value is a string, an integer, a boolean, None, a float
    of `_PLAIN_FLOATS`, or a list or a string-keyed object of such (the two encoders write
    each alike: checked on every code point; a timeline holds nothing else); else compared
    piece by piece (2.3 s of the grown timeline's 33,958 articles)."""
    if not merged or all(_plain_json(entry) for entry in merged):
        return True
    return _lines_compared(merged, indented)


# Values orjson and the standard library write alike (an integer beyond 64 bits never
# reaches the comparison: orjson refuses it, and no text is cut then).
_PLAIN_SCALARS = frozenset({str, int, bool, type(None)})
# Floats (an entry's confidence) that orjson and the standard library write alike: checked
# on 200,000 values between the bounds, and outside them "1e-05" / "0.00001" differ.
_PLAIN_FLOATS = (1e-4, 1e15)


def _plain_json(value: Any) -> bool:
    """Whether `value` holds only what both encoders write alike (see `_lines_agree`)."""
    kind = type(value)
    if kind in _PLAIN_SCALARS:
        return True
    if kind is float:  # both write the shortest digits, and no exponent in this range
        return value == 0.0 or _PLAIN_FLOATS[0] <= abs(value) < _PLAIN_FLOATS[1]
    if kind is list:
        for item in value:  # noqa: SIM110 (a loop, no generator: millions of values)
            if type(item) is not str and not _plain_json(item):
                return False
        return True
    if kind is dict:
        for key, item in value.items():
            if type(key) is not str or (type(item) is not str and not _plain_json(item)):
                return False
        return True
    return False


def _lines_compared(merged: list[dict[str, Any]], indented: bytes) -> bool:
    """`_lines_agree`, by writing each entry's line as `write_jsonl` does."""
    done = 0
    for piece in json_lines_of_array(indented, 2, len(indented) - 2):
        count = piece.count(b"\n")
        expected = "".join([output_dumps(row) + "\n" for row in merged[done:done + count]])
        if piece != expected.encode("utf-8", "surrogatepass"):
            return False
        done += count
    return done == len(merged)


def _timeline_parts(corpus: Corpus, entities: _Entities, key: str
                    ) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """The timeline made from the last kept parts (`_kept_parts`), kept with its new parts.

    Its parts are written piece by piece and let go before the timeline is written, and the
    timeline is returned as made (plain JSON values), not read back: a large corpus's entries,
    their JSON and the parts' do not fit beside each other in the memory the step is given; nor
    do the entities beside the parts: they are let go once their names by mention are known."""
    _keep_entity_table(corpus, entities)  # first: consolidation's peak, alone
    table = entities()
    # a role an event describes ("le Premier ministre") is the person of its document who
    # holds it in the corpus
    names = WithRoles(entity_layer.mention_index(table), RoleHolders(table))
    del table
    entities.release()
    kept = _kept_parts(corpus, key)
    documents = [(record.id, record.key) for record in corpus.unique()]

    def load(wanted: set[str]) -> Iterator[tuple[str, Any, Any]]:
        for record, rows in corpus.analyses(tables=("dates", "events"), only=wanted):
            yield record.id, rows["events"], rows["dates"]

    try:
        state = timeline_layer.update(documents, load, names, kept, _pieces(corpus, key))
    except _Lost:  # a kept part's rows left the store: every part formed again
        state = timeline_layer.update(documents, load, names)
    # The last timeline's entries kept in this one (the same objects) need no check of
    # their lines when that timeline's were found to agree.
    agreed = kept["timeline"] if kept is not None and _lines_kept(corpus, key, kept) else []
    del kept, names  # before the parts and the timeline are written: memory's peak
    merged: list[dict[str, Any]] = state.pop("timeline")
    # A large part's rows kept apart, by its digest: only the new parts' are written, and a
    # growth reads only those of the parts it forms again. A small part's stay in the state
    # (most parts: a row apart costs its key and its page's room, and compresses alone).
    apart = [part for part in state["parts"]
             if isinstance(part[2], str) and len(part[2]) >= _PIECE_CHARACTERS]
    corpus.store.save_pieces(_parts_kind(key), {part[0]: part[2] for part in apart})
    for part in apart:
        part[2] = None
    del apart
    corpus.keep_streamed(_parts_kind(key), {**state, "rules": corpus_rules_digest(),
                                            "corpus": corpus.kept_key()}, KEPT_STATES)
    corpus.store.keep_pieces(_parts_kind(key), [part[0] for part in state["parts"]
                                                if part[2] is None])
    del state
    shape = _keep_timeline(corpus, key, merged, agreed)
    return merged, shape


# The rows of a part this long (JSON text) or longer are kept apart from the parts' state.
_PIECE_CHARACTERS = 512


class _Lost(Exception):
    """Rows of a kept part are no longer in the store."""


def _pieces(corpus: Corpus, key: str) -> Callable[[list[str]], dict[str, str]]:
    """The rows of kept parts by their digests, as `timeline.update` asks for them."""
    def found(digests: list[str]) -> dict[str, str]:
        texts = corpus.store.pieces(_parts_kind(key), digests)
        if not texts.keys() >= set(digests):
            raise _Lost
        return texts

    return found


def _parts_kind(key: str) -> str:
    """What the timeline's parts are kept under: with the rules they were made by, so parts
    of other rules (300 MB read at 33,958 articles, the step's peak of memory) are never read
    only to be refused."""
    return f"{_PARTS}{key}:{corpus_rules_digest()}"


def _kept_parts(corpus: Corpus, key: str) -> dict[str, Any] | None:
    """The parts kept last with their timeline, if they are of these rules and their timeline
    is still kept (with the checksum of its data, "checksum")."""
    kept: dict[str, Any] | None = corpus.latest(_parts_kind(key))
    if kept is None or kept.get("rules") != corpus_rules_digest():
        return None
    data = corpus.store.result_data(_TIMELINE + key, str(kept.get("corpus")))
    if data is None:
        return None
    try:
        entries = loads(codec.decompress(data))
    except ValueError:
        return None
    return {**kept, "timeline": entries, "checksum": zlib.crc32(data)}


def _lines_kept(corpus: Corpus, key: str, kept: Mapping[str, Any]) -> bool:
    """Whether the kept timeline of `kept` (`_kept_parts`) had its JSON Lines agree."""
    shape = corpus.store.result(_SHAPE + key, str(kept.get("corpus")))
    return (isinstance(shape, dict) and shape.get("checksum") == kept.get("checksum")
            and shape.get("lines") is True)


def prepare(corpus: Corpus, aliases: Aliases | None = None) -> None:
    """Compute and keep the corpus-level answers, so that later questions only read them."""
    stats(corpus, documents=False)
    entities = _Entities(corpus, aliases)
    _entity_table(corpus, entities, True)
    from .analysis import _occurrences  # the analysis answers build on this module

    _occurrences(corpus, aliases, entities)  # what mentions, trends, network, kwic read
    _merged_timeline(corpus, entities)  # last: it lets the entities go (`_timeline_parts`)


def cleaned_rows(paths: Sequence[str] = (), settings: Settings | None = None,
                 on_error: Callable[[InputError], None] | None = None
                 ) -> Iterator[dict[str, Any]]:
    """What `corpus clean` shows: each document's kept text, metadata and removed blocks.

    `blocks` lists every block that was removed (boilerplate) or read as metadata, with
    offsets into the original text and the reason; no model is loaded.
    """
    default_date = settings.default_date if settings else None
    for document, cleaned, described in clean_documents(paths, settings, on_error):
        yield {
            "document": document.id,
            **known_metadata(document, described, default_date),
            "author": described.author,
            "updated": described.updated,
            "removed_share": round(cleaned.removed_share, 4),
            "text": cleaned.readable(),
            "original": document.text,
            "blocks": [
                {"start": b.start, "end": b.end, "kind": b.kind, "reason": b.reason,
                 "text": document.text[b.start:b.end]}
                for b in cleaned.blocks if b.kind != "content"
            ],
        }


def export(corpus: Corpus, directory: Path, aliases: Aliases | None = None) -> dict[str, int]:
    """Write the corpus's rows as Parquet files in `directory`, one table per kind
    (documents, counts, mentions with their entity, dates, events): rows written per table."""
    from corpus_cli.runtime.export import export as write_tables

    entities = _Entities(corpus, aliases)
    return write_tables(corpus, directory, entity_layer.mention_index(entities()))


def cluster_address(address: str) -> str:
    """A Dask scheduler's address or `local:N`, checked (see runtime/cluster.py)."""
    from corpus_cli.runtime.cluster import check_address

    return check_address(address)


def store_directory() -> Path:
    """Where the analysis store lives (`CORPUS_CACHE_DIR`, else the user's cache directory)."""
    return default_directory()


def store_info() -> dict[str, Any]:
    """Where the analysis store is and what it holds."""
    with Store() as store:
        return store.info()


def clear_store() -> tuple[int, Path]:
    """Delete every stored analysis: (analyses removed, the store's file)."""
    with Store() as store:
        return store.clear(), store.path


