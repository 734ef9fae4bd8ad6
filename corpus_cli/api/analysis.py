"""The analysis commands' answers: mentions, trends, concordance, network, keywords,
the frequency list and near-duplicates."""


from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus_cli.aggregate import entities as entity_layer
from corpus_cli.aggregate import keyness as keyness_layer
from corpus_cli.aggregate import kwic as kwic_layer
from corpus_cli.aggregate import mentions as mentions_layer
from corpus_cli.aggregate import neardup as neardup_layer
from corpus_cli.aggregate import network as network_layer
from corpus_cli.aggregate import scope as scope_layer
from corpus_cli.aggregate import trends as trends_layer
from corpus_cli.aggregate import vocab as vocab_layer
from corpus_cli.aggregate.aliases import Aliases
from corpus_cli.aggregate.ids import EntitySummary
from corpus_cli.aggregate.keyness import Group as KeywordGroup
from corpus_cli.aggregate.kwic import Mode as KwicMode
from corpus_cli.aggregate.kwic import Order as KwicOrder
from corpus_cli.aggregate.neardup import DEFAULT_THRESHOLD
from corpus_cli.aggregate.network import Unit
from corpus_cli.aggregate.scope import Described, Listed
from corpus_cli.aggregate.trends import Period
from corpus_cli.aggregate.vocab import Pos
from corpus_cli.errors import UsageError
from corpus_cli.rows import Columns
from corpus_cli.runtime.pipeline import (
    Corpus,
    Settings,
)

from .core import EntityQuery, _aliases_key, _Entities, _entity_table

__all__: list[str] = []
# --- analysis commands: mentions, trends, kwic, network (issue 17) -----------------------------
# Each reads two kept answers: the entity table (with ids) and every mention given to its
# entity (`_occurrences`), computed once per set of documents and alias file.

__all__ += [
    "KwicMode", "KwicOrder", "KwicQuery", "NetworkQuery", "Period", "Scope", "TrendQuery", "Unit",
    "kwic", "mention_rows", "mention_table", "network", "network_table", "resolve_entities",
    "trend_chart", "trends", "write_network",
]
# Followed by the part (mentions_layer.PARTS), a colon and the alias file's key. (Named
# anew when what a part holds changes: a store keeps the parts of the former layout.)
_OCCURRENCES = "occurrences-named:"
_EVENT_TIES = "event-ties:"
# Followed by the unit, the labels, --once and the alias file's key: the ties and their names.
_NETWORK = "network-named:"
# Followed by the part's number (aggregate.kwic.INDEX_PARTS): the word index of the texts.
_WORDS = "kwic-words:"
# The entity table's fields the analysis answers read, kept by columns (id first).
_ENTITY_SUMMARY = "entity-summary:"
_SUMMARY = ("id", "name", "label", "mentions", "documents")
# The unique documents' id, date and source, kept by columns, and their analysis keys apart
# (kwic alone reads them): the answers list documents from these, never decoding the run's
# records (0.35 s at 33,958 articles).
_DOCUMENTS = "document-columns"
_KEYS = "document-keys"


@dataclass
class Scope(scope_layer.Scope):
    """Which documents and entities an answer covers: --entity (ids, names or aliases),
    --document, --source, --from/--to (publication dates)."""

    entities: Sequence[str] = ()
    once: bool = False  # count each group of near-duplicates once (see `duplicates`)

    @property
    def everything(self) -> bool:
        return super().everything and not self.entities

    @property
    def all_documents(self) -> bool:
        """Every document is in scope (--entity may still pick answers among them)."""
        return super().everything


def _entity_rows_by_id(corpus: Corpus, aliases: Aliases | None,
                       entities: _Entities | None = None) -> EntitySummary:
    """id -> name, label, mentions and documents of every entity, in the table's order.

    Kept by columns beside the entity table: the analysis answers read these fields only,
    and the whole table (aliases, variants, dates) is five times larger to load.
    `entities`: the consolidation already made by the caller, if any (it is not repeated)."""
    def compute() -> dict[str, list[Any]]:
        table = _entity_table(corpus, entities or _Entities(corpus, aliases), False)
        return {name: [row[name] for row in table] for name in _SUMMARY}

    kind = _ENTITY_SUMMARY + _aliases_key(aliases)
    # Read once per process: the filter and the answer both ask for it.
    found: EntitySummary = corpus.memo(kind, lambda: EntitySummary(corpus.cached(kind, compute)))
    return found


def resolve_entities(corpus: Corpus, names: Sequence[str],
                     aliases: Aliases | None = None) -> list[str]:
    """The ids of the entities the user names (id, name or alias); UsageError for an unknown."""
    summary = _entity_rows_by_id(corpus, aliases)
    table: list[dict[str, Any]] | None = None
    found = []
    for name in names:
        if name in summary:
            # An id names one entity, and no warning is due: the first row named so, by id or
            # by name, is the one the whole table would give (aliases are looked at after).
            key = entity_layer.fold(name)
            found.append(next(k for k, row in summary.items()
                              if k == name or entity_layer.fold(row["name"]) == key))
            continue
        if table is None:
            table = _entity_table(corpus, _Entities(corpus, aliases), False)
        row = entity_layer.find_entity_row(table, name)
        if row is None:
            raise UsageError(f"no entity named {name!r} in this corpus (see `corpus entities`)")
        found.append(str(row["id"]))
    return list(dict.fromkeys(found))


def _occurrences(corpus: Corpus, aliases: Aliases | None,
                 entities: _Entities | None = None) -> mentions_layer.Occurrences:
    """Every mention given to its entity (kept by columns, each read when first asked for).

    `entities`: the consolidation already made by the caller, if any (it is not repeated)."""
    computed: dict[str, Any] = {}

    def compute() -> dict[str, Any]:
        if not computed:
            consolidated = entities or _Entities(corpus, aliases)
            index = entity_layer.key_index(consolidated())
            documents = ((record.id, rows["mentions"])
                         for record, rows in corpus.analyses(tables=("mentions",)))
            computed.update(mentions_layer.columns(mentions_layer.occurrences(
                documents, entity_layer.MentionKeys(aliases), index),
                _entity_rows_by_id(corpus, aliases, consolidated)))
        return computed

    def part(name: str) -> Any:
        found = corpus.cached_only(_occurrence_kind(name, aliases))
        if found is not None:
            return found
        # One part missing (never kept, or let go): all are made again and the missing ones
        # kept, so that the parts read together always come from one computation.
        for other in mentions_layer.PARTS:
            value = corpus.cached(_occurrence_kind(other, aliases),
                                  functools.partial(lambda p: compute()[p], other))
            if other == name:
                found = value
        return found

    return mentions_layer.Occurrences(part)


def _occurrence_kind(part: str, aliases: Aliases | None) -> str:
    return f"{_OCCURRENCES}{part}:{_aliases_key(aliases)}"


def _scoped(corpus: Corpus, scope: Scope | None) -> list[Listed]:
    """The unique documents in `scope`, in the corpus's order."""
    scope = scope or Scope()
    left_out = neardup_layer.dropped(duplicates(corpus)) if scope.once else set()
    listed = _listed(corpus)
    if scope.all_documents and not left_out:
        return listed
    return [document for document in listed
            if scope.keeps(document) and document.id not in left_out]


def _listed(corpus: Corpus) -> list[Listed]:
    """Every unique document (id, date, source), in the corpus's order, from kept columns."""
    def compute() -> dict[str, list[Any]]:
        unique = list(corpus.unique())
        return {"id": [r.id for r in unique], "date": [r.date for r in unique],
                "source": [r.source for r in unique]}

    def listed() -> list[Listed]:
        columns = corpus.cached(_DOCUMENTS, compute)
        return list(map(Listed, columns["id"], columns["date"], columns["source"]))

    found: list[Listed] = corpus.memo(_DOCUMENTS, listed)
    return found


def _analysis_keys(corpus: Corpus) -> dict[str, str]:
    """document id -> its analysis key, for every unique document (kept)."""
    keys: list[str] = corpus.cached(_KEYS, lambda: [r.key for r in corpus.unique()])
    return dict(zip((document.id for document in _listed(corpus)), keys, strict=True))


def mention_rows(corpus: Corpus, scope: Scope | None = None, labels: Sequence[str] = (),
                 aliases: Aliases | None = None) -> list[dict[str, Any]]:
    """The rows of `corpus mentions`: each mention with its document, date and entity id."""
    return list(mention_table(corpus, scope, labels, aliases))


def mention_table(corpus: Corpus, scope: Scope | None = None, labels: Sequence[str] = (),
                  aliases: Aliases | None = None) -> Columns:
    """`mention_rows` held by columns (a Sequence of the same rows, each made when read):
    what the command writes, with no dict per row."""
    scope = scope or Scope()
    EntityQuery(labels=labels)  # checks the labels
    wanted = set(resolve_entities(corpus, scope.entities, aliases)) if scope.entities else None
    return mentions_layer.mention_table(
        _occurrences(corpus, aliases), ((r.id, r.date) for r in _scoped(corpus, scope)),
        wanted, {label.upper() for label in labels})


@dataclass
class TrendQuery:
    """What `corpus trends` asks: the period, and the entities (`scope.entities`, else the
    `top` most mentioned in the scope, of `labels`)."""

    by: Period = Period.month
    top: int = 5
    labels: Sequence[str] = ()
    scope: Scope = field(default_factory=Scope)


def trends(corpus: Corpus, query: TrendQuery | None = None,
           aliases: Aliases | None = None) -> list[dict[str, Any]]:
    """Long-form rows: period, entity, name, mentions, documents."""
    query = query or TrendQuery()
    EntityQuery(labels=query.labels)
    found = _occurrences(corpus, aliases)
    entities = _entity_rows_by_id(corpus, aliases)
    labels = {label.upper() for label in query.labels}
    records = _scoped(corpus, query.scope)
    # Counted by entity number (the kept column), named by id once counted.
    numbers = found.numbers()
    counted = ((r.date, numbers[span.start:span.stop])
               for r, span in ((r, found.span(r.id)) for r in records))
    if labels:
        kept = {n for n, kind in enumerate(entities.lookup("label", found.entities))
                if kind in labels}
        counted = ((date, [n for n in these if n in kept]) for date, these in counted)
    counts, documents = trends_layer.tally(counted, query.by)
    ids = found.entities
    if query.scope.entities:
        chosen = resolve_entities(corpus, query.scope.entities, aliases)
    else:
        chosen = [ids[n] for n in trends_layer.top(counts, query.top, ids.__getitem__)]
    # Only the entities shown are named: the tallies hold a hundred thousand.
    number = {key: n for n, key in enumerate(ids)}
    shown = [number[key] for key in chosen if key in number]
    names = {key: entities[key]["name"] for key in chosen if key in entities}
    return trends_layer.trend_rows(trends_layer.named(counts, ids, shown),
                                   trends_layer.named(documents, ids, shown), chosen, names)


def trend_chart(rows: Sequence[dict[str, Any]], by: Period, width: int
                ) -> list[dict[str, Any]]:
    """One row per entity for a terminal: name, total mentions, first and last period, and a
    sparkline of at most `width` characters over every period (gaps included)."""
    periods = trends_layer.all_periods(rows, by)
    series = trends_layer.series(rows, periods)
    names = {row["entity"]: row["name"] for row in rows}
    return [{"entity": entity, "name": names[entity], "mentions": sum(values),
             "from": periods[0], "to": periods[-1],
             "trend": trends_layer.sparkline(values, width)}
            for entity, values in series.items()]


@dataclass
class KwicQuery:
    """What `corpus kwic` asks."""

    query: str
    mode: KwicMode = KwicMode.word
    width: int = 40
    sort: KwicOrder = KwicOrder.date
    scope: Scope = field(default_factory=Scope)


def kwic(corpus: Corpus, query: KwicQuery, paths: Sequence[str] = (),
         settings: Settings | None = None, aliases: Aliases | None = None
         ) -> list[dict[str, Any]]:
    """Concordance rows: document, date, left, match, right, start, end (offsets into the
    original file). The cleaned texts are read from the store (an analysis stored without
    its text has it read again from `paths` and cleaned as the analysis did); no model is
    loaded."""
    records: dict[str, Described] = {record.id: record for record in _scoped(corpus, query.scope)}
    spans: dict[str, list[tuple[int, int]]] | None = None
    if query.mode is KwicMode.entity:
        names = [query.query] if query.query else []
        ids = set(resolve_entities(corpus, [*names, *query.scope.entities], aliases))
        found = _occurrences(corpus, aliases)
        start, end = found.column("start"), found.column("end")
        spans = {}
        for i in found.positions(ids):
            document = found.document_at(i)
            if document in records:
                spans.setdefault(document, []).append((start[i], end[i]))
        records = {key: record for key, record in records.items() if key in spans}
    elif query.scope.entities:  # a word in the documents that mention these entities
        records = _mentioning(corpus, records, query.scope.entities, aliases)
    if query.mode is KwicMode.lemma:
        records = _holding_lemma(corpus, records, query.query)
    word = kwic_layer.index_key(query.query, query.mode) if spans is None else None
    if word is not None and records:
        holding = _holding_word(corpus, word, paths, settings)
        records = {key: record for key, record in records.items() if key in holding}
    finder = kwic_layer.Finder(query.query, query.mode) if spans is None else None
    rows: list[dict[str, Any]] = []
    if not records:
        return rows
    for document_id, text in _stored_texts(corpus, records, paths, settings):
        where = finder.spans(text) if finder else spans[document_id]  # type: ignore[index]
        rows += kwic_layer.lines(document_id, records[document_id].date, text, where,
                                 query.width)
    return kwic_layer.ordered(rows, query.sort)


def _stored_texts(corpus: Corpus, records: Mapping[str, Described], paths: Sequence[str],
                  settings: Settings | None) -> Iterator[tuple[str, str]]:
    """(document id, cleaned text) of `records`, from the store where it holds the text.

    Only the texts are read (Store.texts), never the rows beside them; an analysis that
    left the store is made again by Corpus.analyses."""
    keys = _analysis_keys(corpus)
    wanted = list(records)
    missing: list[str] = []
    for begin in range(0, len(wanted), _TEXT_BATCH):
        chunk = wanted[begin:begin + _TEXT_BATCH]
        texts = corpus.store.texts([keys[document] for document in chunk])
        lost = {document for document in chunk if keys[document] not in texts}
        if lost:
            texts.update((record.key, rows.get("text")) for record, rows
                         in corpus.analyses(tables=("text",), only=lost))
        for document in chunk:
            text = texts[keys[document]]
            if text is None:
                missing.append(document)
            else:
                yield document, text
    if missing:
        yield from _masked_texts(paths, settings, set(missing))


# Texts read from the store at a time.
_TEXT_BATCH = 256


def _masked_texts(paths: Sequence[str], settings: Settings | None, wanted: set[str]
                  ) -> Iterator[tuple[str, str]]:
    """(document id, masked text) of the `wanted` documents of `paths`, cleaned as the
    analysis cleaned them (page furniture learnt over all of `paths`), without reading
    metadata (whose date rules an answer from the store must not load)."""
    from corpus_cli.documents.cleaning import clean, repeated_fingerprints
    from corpus_cli.documents.read import default_corpus, expand, read_documents

    inputs = expand(list(paths) or [str(default_corpus())])
    if any(item.stdin for item in inputs):
        raise UsageError("kwic reads the texts again: give files, not standard input")
    keep = settings.keep_boilerplate if settings else False
    repeated = (frozenset() if keep else
                repeated_fingerprints(d.text for d in read_documents(inputs, lambda e: None)))
    for document in read_documents(inputs, lambda error: None):
        if document.id in wanted:
            yield document.id, clean(document.text, repeated, keep).text


def _mentioning(corpus: Corpus, records: dict[str, Described], entities: Sequence[str],
                aliases: Aliases | None) -> dict[str, Described]:
    """The records that mention one of `entities` (ids, names or aliases)."""
    ids = set(resolve_entities(corpus, entities, aliases))
    holding = set(_occurrences(corpus, aliases).holding(ids))
    return {key: record for key, record in records.items() if key in holding}


def _holding_word(corpus: Corpus, word: str, paths: Sequence[str],
                  settings: Settings | None) -> set[str]:
    """The ids of the documents whose text holds `word` (a folded word of the word index),
    read from the one part of the kept index that holds it (the index is made from every
    text when a part is missing)."""
    listed = _listed(corpus)
    part = kwic_layer.index_part(word)
    found: dict[str, list[int]] | None = corpus.cached_only(f"{_WORDS}{part}")
    if found is None:
        number = {document.id: n for n, document in enumerate(listed)}
        everything = {document.id: document for document in listed}
        index = kwic_layer.word_index(
            (number[document], text)
            for document, text in _stored_texts(corpus, everything, paths, settings))
        for other, words in enumerate(index):
            kept = corpus.cached(f"{_WORDS}{other}", functools.partial(lambda w: w, words))
            if other == part:
                found = kept
    assert found is not None
    return {listed[n].id for n in found.get(word, ())}


def _holding_lemma(corpus: Corpus, records: dict[str, Described], lemma: str
                   ) -> dict[str, Described]:
    """The records whose stored lemma counts hold `lemma` (any case)."""
    wanted = {lemma, lemma.lower()}
    kept: dict[str, Described] = {}
    for record, rows in corpus.analyses(tables=("lemmas",)):
        if record.id in records:
            counts = rows.get("lemmas") or {}
            if any(w in part for part in counts.values() for w in wanted):
                kept[record.id] = record
    return kept


@dataclass
class NetworkQuery:
    """What `corpus network` asks."""

    unit: Unit = Unit.sentence
    labels: Sequence[str] = ()
    min_weight: int = 1
    scope: Scope = field(default_factory=Scope)


def network(corpus: Corpus, query: NetworkQuery | None = None,
            aliases: Aliases | None = None) -> dict[str, list[dict[str, Any]]]:
    """`{"nodes": [...], "edges": [...]}`: entities (id, name, label, mentions, documents)
    and their ties (source, target, names, weight, documents), strongest first.

    With `scope.entities`, only ties that involve one of them are kept."""
    found = network_table(corpus, query, aliases)
    return {"nodes": list(found["nodes"]), "edges": list(found["edges"])}


def network_table(corpus: Corpus, query: NetworkQuery | None = None,
                  aliases: Aliases | None = None, nodes: bool = True
                  ) -> dict[str, Sequence[dict[str, Any]]]:
    """`network` with its edges held by columns (a Sequence of the same rows, each made when
    read): what the command writes, with no dict per tie. Without `nodes`, the edges alone
    (the entity table is then read only if the ties are not kept)."""
    query = query or NetworkQuery()
    EntityQuery(labels=query.labels)
    labels = {label.upper() for label in query.labels}

    def compute() -> dict[str, list[Any]]:
        entities = _entity_rows_by_id(corpus, aliases)
        ties = network_layer.tie_columns(*network_layer.cooccurrences(
            _units(corpus, query, labels, entities, aliases)))
        # Each entity's name kept with its id (the id stands for a name it has not).
        ids = ties["entities"]
        ties["names"] = [key if name is None else name for key, name
                         in zip(ids, entities.lookup("name", ids, default=None), strict=True)]
        return ties

    if query.scope.all_documents:  # ties over every document, kept
        kind = (f"{_NETWORK}{query.unit.value}:{','.join(sorted(labels))}:{query.scope.once}:"
                f"{_aliases_key(aliases)}")
        ties = corpus.cached(kind, compute)
    else:
        ties = compute()
    ids = ties["entities"]
    wanted = (set(resolve_entities(corpus, query.scope.entities, aliases))
              if query.scope.entities else None)
    edges = network_layer.edge_table(ties, ids, ties["names"], query.min_weight, wanted)
    if not nodes:
        return {"edges": edges}
    # Every tie kept: each of its entities is used.
    used = (set(ids) if len(edges) == len(ties["source"])
            else network_layer.used_entities(edges))
    return {"nodes": _entity_rows_by_id(corpus, aliases).table(used), "edges": edges}


def _units(corpus: Corpus, query: NetworkQuery, labels: set[str], entities: EntitySummary,
           aliases: Aliases | None) -> Iterator[tuple[str, list[set[str]]]]:
    """(document id, the sets of entity ids it ties) of the documents in scope."""
    records = _scoped(corpus, query.scope)
    if query.unit is Unit.event:
        ties = _event_ties(corpus, aliases)
        documents = ((r.id, [set(t) for t in ties.get(r.id, ())]) for r in records)
    else:
        found = _occurrences(corpus, aliases)
        ids = found.column("entity")
        sentence = found.column("sentence") if query.unit is Unit.sentence else ids
        documents = ((r.id, network_layer.units(
            [(ids[i], sentence[i]) for i in found.span(r.id)], query.unit)) for r in records)
    if labels:
        documents = ((d, [{e for e in unit if entities[e]["label"] in labels} for unit in sets])
                     for d, sets in documents)
    return documents


def _event_ties(corpus: Corpus, aliases: Aliases | None) -> dict[str, list[list[str]]]:
    """document id -> the entity ids of each of its events (participants and places), kept."""
    def compute() -> dict[str, list[list[str]]]:
        index = entity_layer.mention_index(_Entities(corpus, aliases)(), by="id")
        ties: dict[str, list[list[str]]] = {}
        for record, rows in corpus.analyses(tables=("events",)):
            ties[record.id] = [
                sorted({index[(record.id, name)]
                        for name in (*event.get("participants", ()), *event.get("places", ()))
                        if (record.id, name) in index})
                for event in rows["events"]]
        return ties

    found: dict[str, list[list[str]]] = corpus.cached(_EVENT_TIES + _aliases_key(aliases),
                                                      compute)
    return found


def write_network(found: Mapping[str, Sequence[dict[str, Any]]], path: str | Path) -> None:
    """Write a `network` answer as GEXF, GraphML, CSV edges or node-link JSON (by extension)."""
    path = Path(path)
    network_layer.write(network_layer.graph(found["nodes"], found["edges"]), path,
                        found["edges"])


# --- keywords and the frequency list ------------------------------------------------------------

__all__ += ["KeywordGroup", "KeywordQuery", "Pos", "keywords", "vocabulary"]


@dataclass
class KeywordQuery:
    """What `corpus keywords` asks: groups (`by`), keywords per group, floors, the scope.

    By entity, a group is the documents that mention the entity (`scope.entities`, else the
    `top_entities` most mentioned), against the documents that do not."""

    by: KeywordGroup = KeywordGroup.month
    top: int = 10
    min_frequency: int = 3
    top_entities: int = 5
    scope: Scope = field(default_factory=Scope)


def keywords(corpus: Corpus, query: KeywordQuery | None = None,
             aliases: Aliases | None = None) -> list[dict[str, Any]]:
    """Rows group, lemma, frequency, rest, g2, log_ratio: each group's content lemmas most
    over-used against the rest of the documents in scope, strongest first."""
    query = query or KeywordQuery()
    if not query.scope.everything or query.by is KeywordGroup.document:
        return _keywords(corpus, query, aliases)
    # Kept whole over every document: measuring each lemma of each group against the rest
    # is most of the work (4 s for the months of 33,958 articles).
    kind = (f"keywords:{query.by.value}:{query.top}:{query.min_frequency}:"
            f"{query.top_entities}:{query.scope.once}:{_aliases_key(aliases)}")
    rows: list[dict[str, Any]] = corpus.cached(kind, lambda: _keywords(corpus, query, aliases))
    return rows


def _keywords(corpus: Corpus, query: KeywordQuery, aliases: Aliases | None
              ) -> list[dict[str, Any]]:
    records: dict[str, Described] = {record.id: record for record in _scoped(corpus, query.scope)}
    if query.scope.entities and query.by is not KeywordGroup.entity:
        records = _mentioning(corpus, records, query.scope.entities, aliases)
    groups_of = _keyword_groups(corpus, query, records, aliases)

    def compute() -> dict[str, Counter[str]]:
        return keyness_layer.grouped(
            (groups_of(record), rows["lemmas"]["content"])
            for record, rows in corpus.analyses(tables=("lemmas",)) if record.id in records)

    if query.scope.everything and query.by in (KeywordGroup.month, KeywordGroup.source):
        kept = corpus.cached(f"keyness:{query.by.value}:{query.scope.once}", compute)
        grouped = {group: Counter(counts) for group, counts in kept.items()}
    elif query.scope.everything and query.by is KeywordGroup.entity:
        # The groups hang on the entities (the most mentioned, the alias file).
        kept = corpus.cached(f"keyness:entity:{query.top_entities}:{query.scope.once}:"
                             f"{_aliases_key(aliases)}", compute)
        grouped = {group: Counter(counts) for group, counts in kept.items()}
    else:
        grouped = compute()
    if query.by is KeywordGroup.entity:
        names = _entity_rows_by_id(corpus, aliases)
        rest = _all_lemmas(corpus, records,
                           str(query.scope.once) if query.scope.everything else None)
        found = []
        for group, counts in grouped.items():
            pair = {group: counts, "rest": rest - counts}
            found += [{**row, "name": names[group]["name"]}
                      for row in keyness_layer.keywords(pair, query.top, query.min_frequency)
                      if row["group"] == group]
        return found
    return keyness_layer.keywords(grouped, query.top, query.min_frequency)


def _all_lemmas(corpus: Corpus, records: dict[str, Described], kept: str | None) -> Counter[str]:
    """The content lemmas of `records` counted together; kept under `kept` (what the records
    are besides the corpus: --once) when given."""
    def compute() -> Counter[str]:
        total: Counter[str] = Counter()
        for record, rows in corpus.analyses(tables=("lemmas",)):
            if record.id in records:
                total.update(rows["lemmas"]["content"])
        return total

    if kept is None:
        return compute()
    return Counter(corpus.cached(f"lemmas:{kept}", compute))


def _keyword_groups(corpus: Corpus, query: KeywordQuery, records: dict[str, Described],
                    aliases: Aliases | None) -> Callable[[Described], list[str]]:
    """The groups a document belongs to under `query.by`."""
    if query.by is KeywordGroup.month:
        return lambda record: [record.date[:7]] if record.date else ["undated"]
    if query.by is KeywordGroup.source:
        return lambda record: [record.source or "unknown"]
    if query.by is KeywordGroup.document:
        return lambda record: [record.id]
    found = _occurrences(corpus, aliases)
    ids = found.column("entity")
    if query.scope.entities:
        chosen = set(resolve_entities(corpus, query.scope.entities, aliases))
    else:
        mentions: Counter[str] = Counter(
            ids[i] for document in records for i in found.span(document))
        chosen = {entity for entity, _ in mentions.most_common(query.top_entities)}
    return lambda record: sorted({ids[i] for i in found.span(record.id) if ids[i] in chosen})


def vocabulary(corpus: Corpus, pos: Pos = Pos.content, min_frequency: int = 1,
               scope: Scope | None = None) -> list[dict[str, Any]]:
    """The rows of `corpus vocab`: lemma, frequency, documents, per_10k, kind."""
    scope = scope or Scope()

    def compute() -> list[dict[str, Any]]:
        # The documents in scope are found only when the list is made: a kept list is read
        # without decoding the records.
        records: dict[str, Described] = {record.id: record for record in _scoped(corpus, scope)}
        if scope.entities:  # the documents that mention them
            records = _mentioning(corpus, records, scope.entities, None)
        return vocab_layer.frequency_list(
            (rows["lemmas"] for record, rows in corpus.analyses(tables=("lemmas",))
             if record.id in records), pos, min_frequency)

    if scope.everything:
        kind = f"vocab:{pos.value}:{min_frequency}:{scope.once}"
        kept: list[dict[str, Any]] = corpus.cached(kind, compute)
        return kept
    return compute()


# --- near-duplicates ------------------------------------------------------------------------------

__all__ += ["DEFAULT_THRESHOLD", "duplicates"]


def duplicates(corpus: Corpus, threshold: float = DEFAULT_THRESHOLD) -> list[dict[str, Any]]:
    """The rows of `corpus duplicates`: group, document, date, source, title, similarity,
    kept, size, for every group of near-duplicate documents (kept per threshold)."""
    if not 0 < threshold <= 1:
        raise UsageError(f"--threshold must be above 0 and at most 1, not {threshold}")

    def compute() -> list[dict[str, Any]]:
        found = neardup_layer.groups(
            ((record.id, rows["lemmas"]) for record, rows in corpus.analyses(tables=("lemmas",))),
            threshold)
        return neardup_layer.duplicate_rows(
            found, {r.id: {"date": r.date, "source": r.source, "title": r.title}
                    for r in corpus.unique()})

    rows: list[dict[str, Any]] = corpus.cached(f"duplicates:{threshold}", compute)
    return rows
