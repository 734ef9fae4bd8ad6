"""The inputs read file by file, with what the store remembers of each file.

A run that adds one file beside known ones must not read and clean the known ones again
(issue #16: 10 new articles beside 33,958 analysed ones). So each input file's memory, keyed
by its path, id and content, the options and the rules (`memory_key`), holds:
- its pass 1: in how many of its distinct texts each block occurs (`cleaning.BlockCount`);
- the input errors its reading reported, to report them again;
- its records (with their counts), as they were cleaned with the repeated blocks whose digest
  it keeps (`cleaned_with`).
A run merges the counts of remembered files and reads, in pass 1, only the files it does not
know or that share a text with an input before them (identical texts count once over the
run, which a file's own count cannot tell); the repeated blocks are then exactly those of a
run that read everything. In pass 2, a file whose own blocks meet the repeated ones as when
it was cleaned gives its records from its memory; any other file is read and prepared.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus_cli.documents.read import Document, Input, read_input, unique_id
from corpus_cli.errors import InputError
from corpus_cli.rows import Record

from .keys import data_digest
from .prepare import Prepared, prepare, warn_language
from .versions import ANALYSIS_VERSION

if TYPE_CHECKING:
    from corpus_cli.documents.cleaning import BlockCount

    from .store import Store

# Bump when what a file's memory holds, or how it is read back, changes: every memory is a miss.
MEMORY_VERSION = 1
_RECORD_FIELDS = tuple(f.name for f in fields(Record))


@dataclass
class FileMemory:
    """What a run learned of one input file (see the module's docstring)."""

    counted: BlockCount
    errors: list[InputError]
    cleaned_with: str
    records: list[dict[str, Any]]  # Record fields; ids as the file gives them, no duplicate_of

    def value(self) -> dict[str, Any]:
        """The memory as plain JSON data, for the store."""
        return {"blocks": dict(self.counted.blocks),
                "texts": [digest.hex() for digest in self.counted.texts],
                "errors": [[e.path, e.problem, e.line] for e in self.errors],
                "cleaned_with": self.cleaned_with, "records": self.records}


def memory_from(value: Any) -> FileMemory | None:
    """A memory read back from the store, or None if it is not one this version wrote."""
    from corpus_cli.documents.cleaning import BlockCount  # not needed by answers from the store

    try:
        records = value["records"]
        names = set(_RECORD_FIELDS)
        if not all(isinstance(row, dict) and row.keys() == names for row in records):
            return None
        counted = BlockCount(Counter(value["blocks"]),
                             {bytes.fromhex(digest) for digest in value["texts"]})
        errors = [InputError(path, problem, line) for path, problem, line in value["errors"]]
        return FileMemory(counted, errors, str(value["cleaned_with"]), records)
    except (KeyError, TypeError, ValueError):
        return None


def memory_key(item: Input, content: str, model: str, keep_boilerplate: bool,
               default_date: str | None) -> str:
    """What a file's memory depends on: the file (where it is, as named, the id it gets and
    the hash of its bytes), the options and the rules. The name as given counts as well as
    the real path: records and errors carry it."""
    digest = hashlib.sha256()
    for part in (str(MEMORY_VERSION), model, str(ANALYSIS_VERSION), data_digest(),
                 str(keep_boilerplate), default_date or "", item.location, item.label,
                 item.id, content):
        digest.update(part.encode("utf-8", "surrogateescape"))
        digest.update(b"\x00")
    return digest.hexdigest()


def cleaned_with(repeated: frozenset[str], blocks: Counter[str]) -> str:
    """The digest of the repeated blocks among a file's own: a document's cleaning looks up
    only its own blocks, so the same digest means the same cleaned texts and records."""
    # Whichever is smaller is walked: a one-article file has a few blocks, a run thousands
    # of repeated ones, and a folder of 10,000 files asks once per file.
    if len(repeated) < len(blocks):
        shared = sorted(key for key in repeated if key in blocks)
    else:
        shared = sorted(key for key in blocks if key in repeated)
    return hashlib.sha256("\n".join(shared).encode()).hexdigest()


@dataclass
class InputFile:
    """One input file in this run: its memory if the store has one, what its reading gives."""

    item: Input
    key: str | None = None  # None: not remembered (no store, or its bytes cannot be read)
    memory: FileMemory | None = None
    counted: BlockCount | None = None  # its own pass 1, from its memory or read now
    errors: list[InputError] = field(default_factory=list)
    reused: bool = False  # its records are taken from its memory
    # (id as the file gives it, record) of each document read and prepared in this run.
    prepared: list[tuple[str, Record]] = field(default_factory=list)


def input_files(inputs: Sequence[Input], contents: Sequence[str | None] | None,
                store: Store | None, model: str, keep_boilerplate: bool,
                default_date: str | None) -> list[InputFile]:
    """The file inputs (not standard input), each with its memory when `store` holds one;
    `contents`: the hash of each input's bytes (None: no memory is looked up or kept)."""
    files: list[InputFile] = []
    for position, item in enumerate(inputs):
        if item.stdin:
            continue
        content = contents[position] if contents is not None else None
        key = None if content is None else memory_key(item, content, model, keep_boilerplate,
                                                       default_date)
        files.append(InputFile(item, key))
    keys = [file.key for file in files if file.key is not None]
    found = store.file_memories(keys) if store is not None and keys else {}
    for file in files:
        if file.key in found:
            file.memory = memory_from(found[file.key])
    return files


@dataclass
class FileCount:
    """A file's own pass 1, made where it was read (a Dask worker): its documents, its
    count and its errors as (path, problem, line), which travel where an exception may not."""

    documents: int
    counted: BlockCount
    errors: list[tuple[str, str, int | None]]


# Reads the files given, somewhere else (a Dask worker each), and yields a result per file in
# their order: what `first_pass` and `second_pass` take instead of reading here.
CountFiles = Callable[[list[Input]], Iterator[FileCount]]
PrepareFiles = Callable[[list[Input]], Iterator[list[tuple[str, Prepared]]]]


def count_file(item: Input, count: bool, base: Path | None = None) -> FileCount:
    """Pass 1 of one file alone (its blocks with `count`), as `first_pass` would read it."""
    errors: list[InputError] = []
    documents, own = _own_count(item, count, errors.append, None, base)
    return FileCount(documents, own, [(e.path, e.problem, e.line) for e in errors])


def prepare_file(item: Input, model: str, repeated: frozenset[str], keep_boilerplate: bool,
                 default_date: str | None, base: Path | None = None,
                 ) -> list[tuple[str, Prepared]]:
    """Pass 2 of one file alone: each document prepared, with the id the file gives it."""
    found: list[tuple[str, Prepared]] = []
    for document in read_input(item, lambda error: None, base):
        found.append((document.id, prepare(document, model, repeated, keep_boilerplate,
                                           default_date, warn=False)))
    return found


def first_pass(files: list[InputFile], stdin_documents: list[Document], count: bool,
               report: Callable[[InputError], None], count_files: CountFiles | None = None,
               ) -> tuple[int, frozenset[str]]:
    """Count the documents and learn the repeated blocks (with `count`; else none), reading
    only the files that have no memory or share a text with an input before them.
    `count_files`: those without a memory are read there (a file whose texts meet an
    earlier input's is read here again: which of its texts count once only a reading says)."""
    from corpus_cli.documents.cleaning import BlockCount  # not needed by answers from the store

    run = BlockCount()
    total = 0
    counted = None if count_files is None else count_files(
        [file.item for file in files if file.memory is None])
    for file in files:
        memory = file.memory
        if memory is not None and (not count or run.merge(memory.counted)):
            file.counted = memory.counted
            file.errors = memory.errors
            for error in memory.errors:
                report(error)
            total += len(memory.records)
            continue
        if counted is not None and memory is None:
            read = next(counted)
            if not count or run.merge(read.counted):
                file.counted = read.counted
                file.errors = [InputError(*error) for error in read.errors]
                for error in file.errors:
                    report(error)
                total += read.documents
                continue
        total += _read_counting(file, run, count, report)
    for document in stdin_documents:
        total += 1
        if count:
            run.add_text(document.text)
    return total, run.repeated()


def _read_counting(file: InputFile, run: BlockCount, count: bool,
                   report: Callable[[InputError], None]) -> int:
    """Read a file in pass 1: its documents, its own count and its errors; add its blocks to
    the run's count (its texts not counted before). Returns the documents read."""
    def noted(error: InputError) -> None:
        file.errors.append(error)
        report(error)

    file.errors = []
    documents, own = _own_count(file.item, count, noted, run)
    file.counted = file.memory.counted if file.memory is not None else own
    return documents


def _own_count(item: Input, count: bool, noted: Callable[[InputError], None],
               run: BlockCount | None, base: Path | None = None) -> tuple[int, BlockCount]:
    """A file's documents and its own count, its new texts added to `run`'s as they come."""
    from corpus_cli.documents.cleaning import (  # not needed by answers from the store
        BlockCount,
        block_fingerprints,
        text_digest,
    )

    own = BlockCount()
    documents = 0
    for document in read_input(item, noted, base):
        documents += 1
        if not count:
            continue
        digest = text_digest(document.text)
        if digest in own.texts:  # counted in this file, hence in the run
            continue
        blocks = block_fingerprints(document.text)
        own.add(digest, blocks)
        if run is not None:
            run.add(digest, blocks)
    return documents, own


def settle(files: Iterable[InputFile], repeated: frozenset[str]) -> int:
    """Decide which files give their records from memory (cleaned with the same repeated
    blocks); return how many documents they hold."""
    remembered = 0
    for file in files:
        memory = file.memory
        file.reused = memory is not None and memory.cleaned_with == cleaned_with(
            repeated, memory.counted.blocks)
        if file.reused and memory is not None:
            remembered += len(memory.records)
    return remembered


def second_pass(files: Sequence[InputFile], stdin_documents: list[Document],
                prepare: Callable[[Document], Prepared],
                prepare_files: PrepareFiles | None = None) -> Iterator[Prepared]:
    """Every document in run order, prepared (read and cleaned) or, for a file `settle`
    marked, its record from memory; ids made unique over the files as `read_documents` does.
    `prepare_files`: the files to read are read and prepared there (`prepare_file`)."""
    seen: dict[str, int] = {}
    done = None if prepare_files is None else prepare_files(
        [file.item for file in files if not (file.reused and file.memory is not None)])
    for file in files:
        if file.reused and file.memory is not None:
            for row in file.memory.records:
                record = Record(**row)
                record.id = unique_id(seen, record.id)
                yield Prepared(record)
            continue
        file.prepared = []
        if done is not None:
            for given, item in next(done):
                item.record.id = unique_id(seen, given)
                warn_language(item.record)
                file.prepared.append((given, item.record))
                yield item
            continue
        for document in read_input(file.item, lambda error: None):
            given = document.id
            document.id = unique_id(seen, given)
            item = prepare(document)
            file.prepared.append((given, item.record))
            yield item
    for document in stdin_documents:
        yield prepare(document)


def memories(files: Iterable[InputFile], repeated: frozenset[str]) -> dict[str, Any]:
    """The memory of each file read and prepared in this run (key -> value), once the run
    has given its records their counts."""
    found: dict[str, Any] = {}
    for file in files:
        if file.key is None or file.reused or file.counted is None:
            continue
        records = [{**{name: getattr(record, name) for name in _RECORD_FIELDS},
                    "id": given, "duplicate_of": None} for given, record in file.prepared]
        memory = FileMemory(file.counted, file.errors,
                            cleaned_with(repeated, file.counted.blocks), records)
        found[file.key] = memory.value()
    return found
