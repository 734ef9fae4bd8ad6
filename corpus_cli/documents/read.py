"""Finding and reading input documents: text, Markdown, HTML, JSON Lines, standard input."""

from __future__ import annotations

import glob
import gzip
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from corpus_cli.errors import InputError, UsageError

from .published import read_date

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
STDIN = "-"
# JSON Lines fields with a meaning of their own; every other field is kept as metadata.
KNOWN_FIELDS = ("id", "text", "date", "title", "source", "url")

ErrorHandler = Callable[[InputError], None]


@dataclass
class Document:
    """One article as read from its input, before any analysis."""

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    date: str | None = None
    date_source: str | None = None
    source: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Input:
    """A file to read and the id it gets: its path relative to the argument it came from."""

    path: Path | None  # None for standard input
    id: str


def default_corpus() -> Path:
    """The seed articles: shipped in the package, or at the top of a source checkout."""
    packaged = Path(str(resources.files("corpus_cli"))) / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "seeds"


def has_supported_suffix(path: Path) -> bool:
    return path.name.lower().endswith(SUPPORTED_SUFFIXES)


def expand(arguments: Sequence[str]) -> list[Input]:
    """Turn paths, directories (recursive, sorted), globs and `-` into the inputs to read."""
    inputs: list[Input] = []
    for argument in arguments:
        if argument == STDIN:
            inputs.append(Input(None, STDIN))
            continue
        path = Path(argument)
        if path.is_dir():
            inputs.extend(_directory_inputs(path))
        elif path.is_file():
            inputs.append(Input(path, path.name if path.is_absolute() else path.as_posix()))
        elif glob.has_magic(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                raise UsageError(f"{argument}: no file matches this pattern")
            inputs.extend(Input(Path(m), Path(m).as_posix()) for m in matches if Path(m).is_file())
        else:
            raise UsageError(f"{argument}: no such file or directory")
    return inputs


def _directory_inputs(directory: Path) -> Iterator[Input]:
    for path in sorted(directory.rglob("*")):
        relative = path.relative_to(directory)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file() and has_supported_suffix(path):
            yield Input(path, relative.as_posix())


def read_documents(
    inputs: Iterable[Input], on_error: ErrorHandler | None = None
) -> Iterator[Document]:
    """Yield the documents of every input; a bad file or line goes to `on_error`, not up."""
    seen: dict[str, int] = {}
    for item in inputs:
        try:
            for document in _read_input(item, on_error):
                count = seen.get(document.id, 0) + 1
                seen[document.id] = count
                if count > 1:
                    document.id = f"{document.id}#{count}"
                yield document
        except InputError as error:
            if on_error is None:
                raise
            on_error(error)


def _read_input(item: Input, on_error: ErrorHandler | None) -> Iterator[Document]:
    if item.path is None:
        data = sys.stdin.buffer.read()
        text = decode(data, "<stdin>")
        if text.lstrip().startswith("{"):
            yield from parse_jsonl(text.split("\n"), "<stdin>", on_error)
        else:
            yield Document(id=STDIN, text=text, path=None)
        return
    name = item.path.name.lower()
    label = str(item.path)
    try:
        if name.endswith(".jsonl.gz"):
            with gzip.open(item.path, "rt", encoding="utf-8", errors="replace") as lines:
                yield from parse_jsonl(lines, label, on_error)
            return
        data = item.path.read_bytes()
    except (OSError, EOFError) as error:
        reason = getattr(error, "strerror", None) or error
        raise InputError(label, f"cannot read: {reason}") from None
    if name.endswith(JSONL_SUFFIXES):
        # Not splitlines(): JSON text may hold U+2028, which it would split on.
        yield from parse_jsonl(decode(data, label).split("\n"), label, on_error)
    elif name.endswith(HTML_SUFFIXES):
        yield read_html(data, label, item.id)
    else:
        yield Document(id=item.id, text=decode(data, label), path=label)


def decode(data: bytes, label: str) -> str:
    """Decode bytes as UTF-8, else as the detected encoding; refuse binary files."""
    if b"\x00" in data[:8192]:
        raise InputError(label, "binary file (not text), skipped")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(label, "binary file or unknown encoding, skipped")
    log.info("%s: not UTF-8, read as %s", label, best.encoding)
    return str(best)


def parse_jsonl(
    lines: Iterable[str], label: str, on_error: ErrorHandler | None
) -> Iterator[Document]:
    """One article per line: `text` required; `id`, `date`, `title`, `source`, `url` optional."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield _jsonl_document(line, label, number)
        except InputError as error:
            if on_error is None:
                raise
            on_error(error)


def _jsonl_document(line: str, label: str, number: int) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(label, f"invalid JSON ({error.msg})", number) from None
    if not isinstance(record, dict):
        raise InputError(label, "a line must be a JSON object", number)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(label, "missing or non-string 'text' field", number)
    doc_id = record.get("id")
    date = read_date(record.get("date"))
    if date is None and record.get("date") not in (None, ""):
        log.warning("%s, line %d: cannot read the date %r; the text's own date is used",
                    label, number, record.get("date"))
    return Document(
        id=str(doc_id) if doc_id not in (None, "") else f"{Path(label).name}:{number}",
        text=text,
        path=label,
        title=_string(record.get("title")),
        date=date,
        date_source="metadata" if date else None,
        source=_string(record.get("source")),
        url=_string(record.get("url")),
        meta={k: v for k, v in record.items() if k not in KNOWN_FIELDS},
    )


def read_html(data: bytes, label: str, doc_id: str) -> Document:
    """Main text and metadata of a web page, extracted by trafilatura."""
    import trafilatura

    html = decode(data, label)
    extracted: Any = trafilatura.bare_extraction(html, with_metadata=True,
                                                 include_comments=False)
    if extracted is None or not (extracted.text or "").strip():
        raise InputError(label, "no article text found in this HTML page")
    date = read_date(extracted.date)
    return Document(
        id=doc_id,
        text=extracted.text,
        path=label,
        title=extracted.title,
        date=date,
        date_source="metadata" if date else None,
        source=extracted.sitename or extracted.hostname,
        url=extracted.url,
        meta={k: v for k, v in (("author", extracted.author),) if v},
    )


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
