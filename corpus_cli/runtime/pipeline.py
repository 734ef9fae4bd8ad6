"""From paths to analysed documents: read, clean, look up the store, parse what is new, save.

Documents are streamed: a first pass over the inputs learns the blocks that repeat across the
corpus (page furniture), the second cleans each document, and only the documents the store does
not hold are parsed, in batches, by one process or several.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from corpus_cli.documents import language
from corpus_cli.documents.read import (
    Document,
    Input,
    default_corpus,
    expand,
    input_size,
    read_documents,
)
from corpus_cli.errors import InputError, StoreError, UsageError
from corpus_cli.output import as_standard_json
from corpus_cli.rows import FAILED, Record

from . import codec, workers
from .files import (
    CountFiles,
    InputFile,
    PrepareFiles,
    count_file,
    first_pass,
    input_files,
    memories,
    prepare_file,
    second_pass,
    settle,
)
from .input_hashes import content_hashes, run_fingerprint
from .keys import corpus_rules_digest, model_id
from .packing import FAST, dumps, loads, no_collection
from .prepare import Prepared, cleaned, prepare
from .store import ROW_TABLES, Store
from .values import column_rows, run_columns

if TYPE_CHECKING:
    from corpus_cli.documents.cleaning import Cleaned
    from corpus_cli.documents.metadata import Metadata

log = logging.getLogger(__name__)

# Documents handed to the parser (and written to the store) at a time.
ANALYSIS_BATCH = 64
# --jobs 0 (the default) runs one process per core, at most this many (each holds the model,
# about 650 MB), for runs of at least this many documents.
MAX_AUTO_JOBS = 4
AUTO_PARALLEL_DOCUMENTS = 200
# Documents whose rows are read from the store at a time.
READ_BATCH = 256
# States that corpus-level answers build on (the forms of the entities) kept per kind: a
# corpus that grows finds the last one in the store and adds its new documents to it.
KEPT_STATES = 2
# After parsing this many documents, or any in a corpus this large, the model and the language
# identifier (70 MB) are let go before the corpus-level steps (the memory goes to
# consolidation: the model's 500 MB beside those of 33,958 articles took the step over 2 GB;
# reloading costs 2 s, nothing beside a large run).
RELEASE_AFTER = 500


@dataclass
class Settings:
    """Options shared by every command that reads a corpus."""

    keep_boilerplate: bool = False
    use_store: bool = True
    store_dir: Path | None = None
    jobs: int = 0  # 0: automatic (see resolved_jobs)
    default_date: str | None = None
    scheduler: str | None = None  # a Dask scheduler's address or local:N (see cluster.py)


class Progress(Protocol):
    def start(self, total: int) -> None: ...
    def advance(self, documents: int, words: int) -> None: ...
    def finish(self) -> None: ...


# A record as the store keeps it (its counts live beside its analysis), and the fields that
# corpus-level answers can depend on (not `meta`: JSON Lines extras no answer reads).
_FIELDS = tuple(f.name for f in fields(Record))
_STORED = tuple(name for name in _FIELDS if name != "counts")
_DESCRIBING = tuple(name for name in _STORED if name != "meta")


@dataclass
class Corpus:
    """The documents of one run, the inputs that failed, and the store holding their rows.

    Records carry metadata and counts only; the rows (mentions, dates, events, lemmas) are read
    from the store on demand, so a large corpus is never held in memory. Close it when done.
    """

    _records: list[Record]
    errors: list[InputError]
    store: Store
    analysed: int = 0
    reused: int = 0
    first_by_text: dict[str, str] = field(default_factory=dict, repr=False)
    run: str | None = None  # the inputs' fingerprint (run_fingerprint), when they have one
    # Parsed in worker processes replaced as they go, even with one job (workers.analyse).
    large_run: bool = False
    # The records of a replayed run, decoded when first asked for: an answer kept whole
    # (stats, entities, timeline) never decodes them.
    _pending: bytes | None = field(default=None, repr=False)

    @property
    def records(self) -> list[Record]:
        """The documents of the run, in order (duplicates included)."""
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._records.extend(_records_of(run_columns(pending)))
        return self._records
    _fingerprint: str | None = field(default=None, repr=False)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)
    _scratch: tempfile.TemporaryDirectory[str] | None = field(default=None, repr=False)
    # Analyses again the documents of the given keys and saves them (see `analyses`).
    _restore: Callable[[set[str]], dict[str, dict[str, Any]]] | None = field(
        default=None, repr=False)

    def unique(self) -> Iterator[Record]:
        """Records counted once: exact duplicates are skipped."""
        return (r for r in self.records if r.duplicate_of is None)

    def analyses(
        self, tables: Sequence[str] = ROW_TABLES, only: set[str] | None = None
    ) -> Iterator[tuple[Record, dict[str, Any]]]:
        """(record, rows) for each unique record (of the ids in `only`, if given); `tables`:
        "lemmas", "text" (the cleaned text) and any of ROW_TABLES."""
        unique = [r for r in self.unique() if only is None or r.id in only]
        for start in range(0, len(unique), READ_BATCH):
            chunk = unique[start:start + READ_BATCH]
            keys = list(dict.fromkeys(r.key for r in chunk))
            by_key = dict(self.store.load(keys, tables))
            missing = set(keys) - by_key.keys()
            if missing:
                by_key.update(self._recovered(missing, tables))
            for record in chunk:
                yield record, by_key[record.key]

    def _recovered(self, missing: set[str], tables: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The analyses that left the store during this run (`corpus cache clear` in another
        process, a store rebuilt or swapped for a scratch copy) or were found damaged when
        read, made again."""
        log.warning("%d analyses left the store during this run (damaged, or cleared by another "
                    "process?); analysing them again", len(missing))
        found = self._restore(missing) if self._restore is not None else {}
        if missing - found.keys():
            raise StoreError("analyses left the store during this run and could not be made "
                             "again; run the command again")
        wanted = {"counts", *tables}
        return {key: {part: rows for part, rows in found[key].items() if part in wanted}
                for key in missing}

    def fingerprint(self) -> str:
        """What a corpus-level answer depends on: the rules and every record (key, metadata),
        which the inputs' fingerprint stands for when the run has one (same inputs, options
        and rules: same records)."""
        digest = hashlib.sha256(corpus_rules_digest().encode())
        if self.run is not None:
            digest.update(f"run:{self.run}".encode())
            return digest.hexdigest()
        described = [[getattr(record, name) for name in _DESCRIBING] for record in self.records]
        digest.update(json.dumps([described, len(self.errors)], default=str,
                                 ensure_ascii=False).encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def cached(self, kind: str, compute: Callable[[], Any], keep: int | None = None) -> Any:
        """A corpus-level answer (entities, timeline, vocabulary) from the store when these
        very documents had it computed before, else computed now and kept (with `keep`,
        only the `keep` latest answers of that kind are).

        The value is returned as it reads back from JSON, so both paths give the same data.
        """
        found = self.cached_only(kind)
        if found is not None:
            log.info("%s answered from the store", kind)
            return found
        with no_collection():
            value = compute()
        payload = self.store.save_result(kind, self.kept_key(), value)
        if keep is not None:
            self.store.prune(kind, keep)
        return loads(payload)

    def memo(self, kind: str, load: Callable[[], Any]) -> Any:
        """What `load` gives, made once per corpus and process (a kept answer read again by
        several steps of one command)."""
        if kind not in self._memo:
            self._memo[kind] = load()
        return self._memo[kind]

    def cached_only(self, kind: str) -> Any | None:
        """The kept answer of that kind for these documents, or None; never computes."""
        return self.store.result(kind, self.kept_key())

    def kept_state(self, kind: str) -> tuple[Any | None, set[str]]:
        """A kept state of `kind` (what `keep_state` kept) that counts only documents of this
        corpus, the largest, and the ids of this corpus's documents it does not count: (None,
        all ids) when none fits. A document counts when its id and analysis key both match,
        so a changed document is never taken from an old state."""
        wanted = {(record.id, record.key) for record in self.unique()}
        best: tuple[Any, set[tuple[str, str]]] | None = None
        for kept in self.store.results_of(kind, KEPT_STATES):
            counted = {(str(item[0]), str(item[1])) for item in kept.get("documents", ())}
            if counted <= wanted and (best is None or len(counted) > len(best[1])):
                best = (kept.get("state"), counted)
        if best is None:
            return None, {record.id for record in self.unique()}
        return best[0], {document for document, _ in wanted - best[1]}

    def latest(self, kind: str) -> Any | None:
        """The answer of `kind` kept last, whatever its documents (for an answer that says
        itself what it was made of, as a timeline with its parts)."""
        found = self.store.results_of(kind, 1)
        return found[0] if found else None

    def keep_state(self, kind: str, state: Any) -> None:
        """Keep a state of `kind` for these documents (for `kept_state`), and only the
        KEPT_STATES latest."""
        listed = [[record.id, record.key] for record in self.unique()]
        self.store.save_result(kind, self.kept_key(), {"documents": listed, "state": state},
                               quick=True)  # rewritten whenever the corpus grows
        self.store.prune(kind, KEPT_STATES)

    def keep(self, kind: str, value: Any, keep: int, quick: bool = False) -> bytes:
        """Keep a value of `kind` for these documents (`cached_only` and `latest` read it),
        and only the `keep` latest of that kind; return the payload kept (`packing.loads`
        reads it). `quick`: a state rewritten whenever the corpus changes, written fast
        rather than small."""
        payload = self.store.save_result(kind, self.kept_key(), value, quick)
        self.store.prune(kind, keep)
        return payload

    def keep_data(self, kind: str, data: bytes, keep: int,
                  beside: Mapping[str, Any] | None = None) -> None:
        """`keep` of a value already written and compressed (`codec.compress` of a JSON text
        `loads` reads), with small values (`beside`: kind -> value) kept for the same documents in
        the same transaction, and only the `keep` latest of each kind."""
        extra = {name: codec.compress(dumps(value)) for name, value in (beside or {}).items()}
        self.store.save_compressed(kind, self.kept_key(), data, extra)
        for name in (kind, *extra):
            self.store.prune(name, keep)

    def keep_streamed(self, kind: str, value: Mapping[str, Any], keep: int) -> None:
        """`keep` of a large state rewritten whenever the corpus changes: written piece by
        piece (its JSON never whole in memory: 200 MB for the timeline's parts at 33,958
        articles) and fast rather than small (`codec`, quick)."""
        data = _streamed(value)
        if data is None:
            self.store.save_result(kind, self.kept_key(), value, quick=True)
        else:
            self.store.save_compressed(kind, self.kept_key(), data)
        self.store.prune(kind, keep)

    def kept_key(self) -> str:
        """What the answers kept for these documents are kept under (`fingerprint`)."""
        if self._fingerprint is None:
            self._fingerprint = self.fingerprint()
        return self._fingerprint

    def close(self) -> None:
        self.store.close()
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _streamed(value: Mapping[str, Any]) -> bytearray | None:
    """`value` as the store keeps it (packing.dumps, marked FAST), compressed piece by piece:
    its lists written a slice of items at a time, compressed a few MB at a time (not one call
    per item: 107,000 parts at 33,958 articles). None when orjson cannot write a piece (a lone
    surrogate): the value is then written whole, by the standard library."""
    import orjson

    option = as_standard_json(orjson)
    compressor = codec.compressor(quick=True)
    found = bytearray()  # one buffer: a list of pieces joined at the end was a second copy
    pending = bytearray(FAST + b"{")

    def add(piece: bytes | memoryview) -> None:
        if len(pending) + len(piece) >= _STREAM_PIECE:
            found.extend(compressor.compress(pending))
            pending.clear()
            if len(piece) >= _STREAM_PIECE:  # never copied: one part's rows are 30 MB
                found.extend(compressor.compress(piece))
                return
        pending.extend(piece)

    try:
        for number, (name, item) in enumerate(value.items()):
            add(b"," * bool(number) + orjson.dumps(name) + b":")
            if not isinstance(item, list):
                add(orjson.dumps(item, default=str, option=option))
                continue
            add(b"[")
            for at in range(0, len(item), _STREAM_ITEMS):  # items written a slice at a time
                add(b"," * bool(at))
                add(memoryview(orjson.dumps(item[at:at + _STREAM_ITEMS], default=str,
                                            option=option))[1:-1])
            add(b"]")
    except (orjson.JSONEncodeError, TypeError):
        return None
    pending.extend(b"}")
    found.extend(compressor.compress(pending))
    found.extend(compressor.flush())
    return found


# Bytes of a streamed value compressed at a time, and items of its lists written at a time
# (`_streamed`: a slice of a list is written as the list, its brackets cut off).
_STREAM_PIECE = 4 << 20
_STREAM_ITEMS = 1024


def load_corpus(
    paths: Sequence[str],
    settings: Settings | None = None,
    progress: Progress | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> Corpus:
    """Read, clean and analyse the documents at `paths` (the seeds when empty)."""
    settings = settings or Settings()
    corpus = _open_corpus(settings)
    try:
        unreadable: list[InputError] = []
        inputs = expand(list(paths) or [str(default_corpus())], unreadable.append)
        report = _reporter(corpus.errors, on_error)
        for error in unreadable:
            report(error)
        model = model_id()
        # A run with unreadable inputs is not remembered: what it reports is read anew.
        remember = settings.use_store and not unreadable
        contents = content_hashes(inputs, corpus.store) if settings.use_store else None
        run = run_fingerprint(inputs, settings, model, contents) if remember else None
        corpus.run = run
        if run is not None and _replay(corpus, run, on_error):
            corpus._restore = _restorer(corpus, inputs, settings, model)
            return corpus
        # Files are remembered one by one even when the run is not (an unreadable input
        # beside them, standard input): each file's memory depends on that file alone.
        files = input_files(inputs, contents, corpus.store if settings.use_store else None,
                            model, settings.keep_boilerplate, settings.default_date)
        passes = _build(corpus, inputs, files, settings, model, progress, on_error)
        corpus._restore = _restorer(corpus, inputs, settings, model, passes)
        if corpus.analysed >= RELEASE_AFTER or len(corpus.records) >= RELEASE_AFTER:
            workers.release()
            language.release()
        if not corpus.records:
            raise UsageError(_empty_message(paths, corpus.errors))
        if run is not None:
            corpus.store.save_run(run, [{**_record_row(r), "counts": r.counts}
                                        for r in corpus.records],
                                  [[e.path, e.problem, e.line] for e in corpus.errors])
        if settings.use_store:
            corpus.store.save_files(memories(files, passes[1]))
    except BaseException:
        corpus.close()
        raise
    return corpus


def _build(
    corpus: Corpus,
    inputs: list[Input],
    files: list[InputFile],
    settings: Settings,
    model: str,
    progress: Progress | None,
    on_error: Callable[[InputError], None] | None,
) -> _Passes:
    """Analyse the documents of `inputs` into `corpus`, taking what `files` remember instead
    of reading and cleaning them again where it holds; return the passes (to read again)."""
    report = _reporter(corpus.errors, on_error)
    stdin_documents = _read_stdin(inputs, report)
    count_files, prepare_files = _remote_reading(settings, model)
    total, repeated = first_pass(files, stdin_documents, not settings.keep_boilerplate, report,
                                 count_files)
    passes = total, repeated, lambda: _documents(inputs, stdin_documents, lambda error: None)
    if total == 0:
        return passes
    # Remembered documents are never parsed: the processes are chosen for the others.
    to_read = total - settle(files, repeated)
    settings = replace(settings, jobs=resolved_jobs(settings.jobs, to_read))
    corpus.large_run = to_read > workers.RECYCLE_DOCUMENTS
    if progress is not None:
        progress.start(total)
    try:
        prepared = second_pass(files, stdin_documents, lambda document: prepare(
            document, model, repeated, settings.keep_boilerplate, settings.default_date),
            None if prepare_files is None else prepare_files(repeated))
        # Parallel workers get bigger batches: each batch ends on a wait for its slowest share.
        size = ANALYSIS_BATCH * (1 if settings.jobs <= 1 else settings.jobs * 4)
        for batch in _batches(prepared, size):
            _analyse_batch(batch, corpus, settings, progress, model, report)
    finally:
        if progress is not None:
            progress.finish()
    return passes


def _remote_reading(settings: Settings, model: str
                    ) -> tuple[CountFiles | None, Callable[[frozenset[str]], PrepareFiles] | None]:
    """With a Dask cluster, the readers of both passes that run on its workers (the second
    made for the run's repeated blocks); else (None, None): this process reads."""
    if settings.scheduler is None:
        return None, None
    cluster = workers.cluster_at(settings.scheduler)
    base = Path.cwd()

    def count_files(items: list[Input]) -> Iterator[Any]:
        return cluster.ordered(count_file, items, [input_size(i, base) for i in items],
                               count=not settings.keep_boilerplate, base=base)

    def prepare_files(repeated: frozenset[str]) -> PrepareFiles:
        return lambda items: cluster.ordered(
            prepare_file, items, [input_size(i, base) for i in items], model=model,
            repeated=repeated, keep_boilerplate=settings.keep_boilerplate,
            default_date=settings.default_date, base=base)

    return count_files, prepare_files


def _restorer(corpus: Corpus, inputs: list[Input], settings: Settings, model: str,
              passes: _Passes | None = None
              ) -> Callable[[set[str]], dict[str, dict[str, Any]]]:
    """What makes the analyses of some keys again: reads the inputs again (the same cleaning,
    hence the same keys), analyses the documents of those keys and saves them."""
    def restore(keys: set[str]) -> dict[str, dict[str, Any]]:
        nonlocal passes
        if passes is None:
            passes = _two_passes(inputs, settings, lambda error: None)
        _, repeated, second_pass = passes
        work: dict[str, workers.Work] = {}
        for document in second_pass():
            item = prepare(document, model, repeated, settings.keep_boilerplate,
                           settings.default_date)
            if item.text is not None and item.record.key in keys and item.record.key not in work:
                work[item.record.key] = (item.record.key, item.text, item.record.date)
        jobs = resolved_jobs(settings.jobs, len(work))
        analysed = {key: {**rows, "text": work[key][1]}
                    for key, rows in workers.analyse(list(work.values()), jobs)}
        corpus.store.save((key, model, rows) for key, rows in analysed.items())
        corpus.analysed += len(analysed)
        return analysed

    return restore


def _reporter(errors: list[InputError], on_error: Callable[[InputError], None] | None
              ) -> Callable[[InputError], None]:
    """A handler that keeps each input error and passes it on to the caller's."""
    def report(error: InputError) -> None:
        errors.append(error)
        if on_error is not None:
            on_error(error)

    return report


def resolved_jobs(requested: int, documents: int) -> int:
    """The processes that parse: as asked but never more than the cores (each holds a model
    of 650 MB and more would only share them), or with 0, one per core (at most
    MAX_AUTO_JOBS) for a run of AUTO_PARALLEL_DOCUMENTS or more, else one (workers load the
    model anew: 2 s each, which a small run does not win back). Measured: 1.8x with 2 jobs
    on 2 cores."""
    if requested > 0:
        return max(1, min(requested, available_cores()))
    if documents < AUTO_PARALLEL_DOCUMENTS:
        return 1
    return max(1, min(available_cores(), MAX_AUTO_JOBS))


def available_cores() -> int:
    """The cores this process may run on (its affinity, where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _first_pass(documents: Iterable[Document], settings: Settings) -> tuple[int, frozenset[str]]:
    """Count the documents and learn the blocks that recur across them (page furniture)."""
    if settings.keep_boilerplate:
        return sum(1 for _ in documents), frozenset()
    total = 0

    def texts() -> Iterator[str]:
        nonlocal total
        for document in documents:
            total += 1
            yield document.text

    from corpus_cli.documents.cleaning import (
        repeated_fingerprints,  # not needed by answers from the store
    )

    repeated = repeated_fingerprints(texts())
    return total, repeated


def clean_documents(
    paths: Sequence[str],
    settings: Settings | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[tuple[Document, Cleaned, Metadata]]:
    """Each document of `paths` with its cleaned text and the metadata its text gives.

    What `corpus clean` shows; no model is loaded. Raises UsageError for an empty corpus.
    """
    settings = settings or Settings()
    errors: list[InputError] = []
    report = _reporter(errors, on_error)
    inputs = expand(list(paths) or [str(default_corpus())], report)
    total, repeated, second_pass = _two_passes(inputs, settings, report)
    if total == 0:
        raise UsageError(_empty_message(paths, errors))
    for document in second_pass():
        yield document, *cleaned(document, repeated, settings.keep_boilerplate)


# Documents counted, blocks repeated across them, and a reader of the documents again.
_Passes = tuple[int, frozenset[str], Callable[[], Iterator[Document]]]


def _two_passes(
    inputs: list[Input], settings: Settings, report: Callable[[InputError], None]
) -> _Passes:
    """Pass 1 over the inputs (reports what cannot be read, counts the documents, learns the
    repeated blocks), and a reader for pass 2, which reports nothing again."""
    stdin_documents = _read_stdin(inputs, report)
    total, repeated = _first_pass(_documents(inputs, stdin_documents, report), settings)
    return total, repeated, lambda: _documents(inputs, stdin_documents, lambda error: None)


def _replay(corpus: Corpus, run: str, on_error: Callable[[InputError], None] | None) -> bool:
    """Answer from a previous identical run. Its records (with their counts) are decoded only
    when an answer needs them; an analysis that left the store since, or is found damaged
    when read, is made again then (`Corpus.analyses`)."""
    saved = corpus.store.run_head(run)
    if saved is None:
        return False
    count, errors, corpus._pending = saved
    for path, problem, line in errors:
        error = InputError(path, problem, line)
        corpus.errors.append(error)
        if on_error is not None:
            on_error(error)
    corpus.reused = count
    log.info("answered from the store: %d documents, nothing read", count)
    return True


def _records_of(columns: dict[str, list[Any]]) -> Iterator[Record]:
    """The records of a run's columns (`values.run_value`), made by position when it has
    every field of a record (as this code writes them), else by name."""
    if set(columns) == set(_FIELDS):
        return (Record(*values)
                for values in zip(*(columns[name] for name in _FIELDS), strict=True))
    return (Record(**row) for row in column_rows(columns))


def _record_row(record: Record) -> dict[str, Any]:
    return {name: getattr(record, name) for name in _STORED}


def _open_corpus(settings: Settings) -> Corpus:
    """A corpus over the user's store, or over a scratch store that --no-cache throws away."""
    if settings.use_store:
        return Corpus(_records=[], errors=[], store=Store(settings.store_dir))
    scratch = tempfile.TemporaryDirectory(prefix="corpus-")
    return Corpus(_records=[], errors=[], store=Store(Path(scratch.name)), _scratch=scratch)


def _read_stdin(inputs: list[Input], report: Callable[[InputError], None]) -> list[Document]:
    """Standard input can be read only once: keep its documents for both passes."""
    stdin = [item for item in inputs if item.stdin]
    return list(read_documents(stdin, report)) if stdin else []


def _documents(
    inputs: list[Input], stdin_documents: list[Document], report: Callable[[InputError], None]
) -> Iterator[Document]:
    files = [item for item in inputs if not item.stdin]
    yield from read_documents(files, report)
    yield from stdin_documents


def _empty_message(paths: Sequence[str], errors: list[InputError]) -> str:
    where = ", ".join(paths) if paths else "the default corpus"
    if errors:
        return f"no document could be read from {where} ({len(errors)} failed)"
    return f"no document found in {where} (supported: .txt .md .html .htm .jsonl .jsonl.gz, -)"


def _batches(items: Iterable[Prepared], size: int) -> Iterator[list[Prepared]]:
    batch: list[Prepared] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _analyse_batch(
    batch: list[Prepared],
    corpus: Corpus,
    settings: Settings,
    progress: Progress | None,
    model: str,
    report: Callable[[InputError], None],
) -> None:
    fresh: dict[str, Prepared] = {}
    remembered: dict[str, dict[str, Any]] = {}  # counts of the records a file's memory gave
    for item in batch:
        original = corpus.first_by_text.setdefault(item.record.text_hash, item.record.id)
        if original != item.record.id:
            item.record.duplicate_of = original
        fresh.setdefault(item.record.key, item)
        if item.text is None:
            remembered.setdefault(item.record.key, item.record.counts)
    keys = list(fresh)
    # A remembered record's analysis is taken as there, as a replayed run's is (one that
    # left the store is made again when read: Corpus.analyses).
    looked_up = [key for key in keys if key not in remembered]
    counts = corpus.store.verified(looked_up) if looked_up else {}
    counts.update(remembered)
    missing = [fresh[key] for key in keys if key not in counts]
    work = [(item.record.key, item.text, item.record.date) for item in missing
            if item.text is not None]
    per_key = Counter(item.record.key for item in batch)
    if progress is not None:
        for key in counts:
            progress.advance(per_key[key], counts[key]["words"] * per_key[key])
    analysed: dict[str, dict[str, Any]] = {}
    # The bar moves as each document is parsed, not once per batch.
    for key, rows in workers.analyse(work, settings.jobs, settings.scheduler,
                                     separate=corpus.large_run):
        analysed[key] = {**rows, "text": fresh[key].text}
        if progress is not None:
            progress.advance(per_key[key], rows["counts"]["words"] * per_key[key])
    if analysed:
        corpus.store.save((key, model, rows) for key, rows in analysed.items())
        counts.update((key, rows["counts"]) for key, rows in analysed.items())
    corpus.analysed += len(analysed)
    corpus.reused += len(keys) - len(analysed)
    failed: set[str] = set()
    for item in batch:
        item.record.counts = counts[item.record.key]
        corpus.records.append(item.record)
        if FAILED in item.record.counts and item.record.key not in failed:
            failed.add(item.record.key)
            report(InputError(item.record.path or "-", f"document {item.record.id}: "
                              f"{item.record.counts[FAILED]}"))
