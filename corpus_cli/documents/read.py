"""Finding and reading input documents: text, Markdown, HTML, JSON Lines, standard input."""

from __future__ import annotations

import codecs
import glob
import gzip
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from corpus_cli.errors import InputError, UsageError

from .published import read_date
from .remote import is_url, listed, opened

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
STDIN = "-"
# Standard input is read whole (it cannot be read twice): at most this much.
STDIN_LIMIT = 200 * 1024 * 1024
# Bytes looked at for a NUL before a file is taken for text.
_SNIFF = 8192
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# The standfirst (chapô) of a JSON Lines article under the names scrapers and data sets give it:
# the article's first paragraph, often the one that says what happened and when.
LEAD_FIELDS = ("heading", "lede", "lead", "standfirst", "chapo", "chapeau")
# JSON Lines fields with a meaning of their own; every other field is kept as metadata.
KNOWN_FIELDS = ("id", "text", "date", "title", "source", "url", *LEAD_FIELDS)

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
    unread_date: str | None = None  # a metadata date that could not be read, as given


@dataclass(frozen=True)
class Input:
    """A file to read and the id it gets: its path relative to the argument it came from."""

    path: Path | None  # None for standard input and a URL
    id: str
    url: str | None = None  # an fsspec URL (see remote.py)

    @property
    def stdin(self) -> bool:
        return self.path is None and self.url is None

    @property
    def location(self) -> str:
        """Where the file is, whatever folder it is read from: its URL or absolute path."""
        return self.url or str(self.path.resolve() if self.path is not None else STDIN)

    @property
    def label(self) -> str:
        """The file as named in records and errors."""
        return displayable(self.url or (str(self.path) if self.path is not None else STDIN))


def default_corpus() -> Path:
    """The seed articles: shipped in the package, or at the top of a source checkout."""
    packaged = Path(str(resources.files("corpus_cli"))) / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "seeds"


def has_supported_suffix(path: Path) -> bool:
    return path.name.lower().endswith(SUPPORTED_SUFFIXES)


def expand(arguments: Sequence[str], on_error: ErrorHandler | None = None) -> list[Input]:
    """Turn paths, directories (recursive, sorted), globs, fsspec URLs (remote.py) and `-`
    into the inputs to read.

    Symbolic links are followed, each real directory walked once (a link loop ends). What
    cannot be read as a file (an unreadable directory, a FIFO, a device, a broken link) goes
    to `on_error` (raised without one); a path that does not exist is a UsageError.
    """
    report = on_error or _raise
    inputs: list[Input] = []
    for argument in arguments:
        if argument == STDIN:
            if Input(None, STDIN) not in inputs:  # `- -`: standard input is read once
                inputs.append(Input(None, STDIN))
            continue
        if is_url(argument):
            inputs.extend(Input(None, displayable(given), url)
                          for url, given in listed(argument, SUPPORTED_SUFFIXES))
            continue
        path = Path(argument)
        if path.is_dir():
            inputs.extend(_directory_inputs(path, report))
        elif path.is_file():
            shown = path.name if path.is_absolute() else path.as_posix()
            inputs.append(Input(path, displayable(shown)))
        elif path.is_symlink() and not path.exists():
            report(InputError(displayable(argument), "broken symbolic link, skipped"))
        elif path.exists():
            report(InputError(displayable(argument), f"{_kind(path)}, not a file; skipped"))
        elif glob.has_magic(argument):
            matches = _glob(argument, report)
            if not matches:
                raise UsageError(f"{displayable(argument)}: no file matches this pattern")
            inputs.extend(Input(m, displayable(m.as_posix())) for m in matches)
        else:
            raise UsageError(f"{displayable(argument)}: no such file or directory")
    return inputs


def _raise(error: InputError) -> None:
    raise error


def displayable(name: str) -> str:
    """A file name as text that can be printed and stored: bytes that are not UTF-8 (kept by
    Python as lone surrogates) become U+FFFD. The file itself is opened by its real name."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _kind(path: Path) -> str:
    """What a path that is neither a file nor a directory is, in words."""
    mode = path.stat().st_mode
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _walk(top: Path, report: ErrorHandler) -> Iterator[tuple[Path, Path]]:
    """(path, path relative to `top`) of every regular file under `top`, hidden ones left
    out, following symbolic links but entering each real directory once."""
    seen: set[tuple[int, int]] = set()

    def unreadable(error: OSError) -> None:
        report(InputError(displayable(str(error.filename)),
                          f"cannot read this directory: {error.strerror}; skipped"))

    for root, directories, files in os.walk(top, onerror=unreadable, followlinks=True):
        try:
            info = os.stat(root)
        except OSError as error:
            unreadable(error)
            directories[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen:
            directories[:] = []  # reached again through a link: walked already
            continue
        seen.add((info.st_dev, info.st_ino))
        directories[:] = [d for d in directories if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            path = Path(root) / name
            yield path, path.relative_to(top)


def _directory_inputs(directory: Path, report: ErrorHandler) -> list[Input]:
    inputs = []
    for path, relative in _walk(directory, report):
        if not has_supported_suffix(path):
            continue
        try:
            regular = stat.S_ISREG(path.stat().st_mode)
        except OSError as error:
            report(InputError(displayable(str(path)), f"cannot read: {error.strerror}"))
            continue
        if not regular:
            report(InputError(displayable(str(path)), f"{_kind(path)}, not a file; skipped"))
            continue
        inputs.append(Input(path, displayable(relative.as_posix())))
    return sorted(inputs, key=lambda item: Path(item.id).parts)


def _glob(pattern: str, report: ErrorHandler) -> list[Path]:
    """The files a pattern matches, sorted. `**` is matched over our own walk, which enters
    each real directory once: glob's own follows a symbolic link loop until the path is
    too long, reading the same files dozens of times."""
    if "**" not in pattern:
        return [Path(m) for m in sorted(glob.glob(pattern)) if Path(m).is_file()]
    parts = Path(pattern).parts
    fixed = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    top = Path(*parts[:fixed]) if fixed else Path(".")
    if not top.is_dir():
        return []
    matcher = _pattern_regex(parts[fixed:])
    return sorted((path for path, relative in _walk(top, report)
                   if matcher.fullmatch(relative.as_posix()) and path.is_file()),
                  key=lambda path: path.parts)


def _pattern_regex(parts: Sequence[str]) -> re.Pattern[str]:
    """A regular expression for the path parts of a glob pattern: `**` any directories (none
    included), `*` and `?` within one name, `[...]` as in glob."""
    import fnmatch

    pieces = []
    for part in parts:
        if part == "**":
            pieces.append("(?:[^/]+/)*")
        else:
            # fnmatch's translation ends in \Z; its * may cross a slash, ours stays in a name.
            body = fnmatch.translate(part).removeprefix("(?s:").removesuffix(")\\Z")
            pieces.append(body.replace(".*", "[^/]*") + "/")
    return re.compile("".join(pieces).removesuffix("/"), re.DOTALL)


def read_documents(
    inputs: Iterable[Input], on_error: ErrorHandler | None = None
) -> Iterator[Document]:
    """Yield the documents of every input; a bad file or line goes to `on_error`, not up."""
    seen: dict[str, int] = {}
    for item in inputs:
        for document in read_input(item, on_error):
            document.id = unique_id(seen, document.id)
            yield document


def read_input(item: Input, on_error: ErrorHandler | None = None,
               base: Path | None = None) -> Iterator[Document]:
    """The documents of one input with the ids it gives them, which `unique_id` makes unique
    across inputs; a bad file or line goes to `on_error`, not up. `base`: the folder a
    relative path is opened from (the client's, on a Dask worker); names stay as given."""
    try:
        yield from _read_input(item, on_error, base)
    except InputError as error:
        if on_error is None:
            raise
        on_error(error)


def input_size(item: Input, base: Path | None = None) -> int | None:
    """The bytes of an input file (opened from `base` as `read_input` opens it); None for a
    URL, standard input or a file that cannot be read."""
    if item.path is None:
        return None
    try:
        return (item.path if base is None else base / item.path).stat().st_size
    except OSError:
        return None


def unique_id(seen: dict[str, int], given: str) -> str:
    """`given`, or `given#n` at its n-th occurrence among the ids counted in `seen`."""
    count = seen.get(given, 0) + 1
    seen[given] = count
    return given if count == 1 else f"{given}#{count}"


def _read_input(item: Input, on_error: ErrorHandler | None,
                base: Path | None) -> Iterator[Document]:
    if item.stdin:
        text = decode(read_stdin(), "<stdin>")
        if text.lstrip().startswith("{"):
            yield from parse_jsonl(text.split("\n"), "<stdin>", on_error)
        elif text.strip():
            yield Document(id=STDIN, text=text, path=None)
        return
    label = item.label
    name = label.lower()
    try:
        if item.url is not None:
            with opened(item.url, gzipped=name.endswith(".jsonl.gz")) as read:
                if name.endswith(".jsonl.gz"):
                    yield from parse_jsonl(read, label, on_error)
                    return
                data = read.read()
        else:
            assert item.path is not None
            path = item.path if base is None else base / item.path  # absolute stays itself
            if name.endswith(".jsonl.gz"):
                with gzip.open(path, "rt", encoding="utf-8", errors="replace") as lines:
                    yield from parse_jsonl(lines, label, on_error)
                return
            data = path.read_bytes()
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


def read_stdin(limit: int = STDIN_LIMIT) -> bytes:
    """Standard input's bytes, at most `limit`; binary input is refused before it is read
    whole (`corpus clean - < /dev/zero` stops at once)."""
    stream = sys.stdin.buffer
    head = stream.read(_SNIFF)
    if _binary(head):
        raise InputError("<stdin>", "binary input (not text), skipped")
    data = head + stream.read(max(0, limit + 1 - len(head)))
    if len(data) > limit:
        raise InputError("<stdin>", f"more than {limit // (1024 * 1024)} MB on standard "
                         "input; give the documents as files")
    return data


def _binary(data: bytes) -> bool:
    """NUL bytes near the start mean binary, unless a UTF-16 or UTF-32 byte order mark says
    the text is in an encoding that has them."""
    return b"\x00" in data[:_SNIFF] and not data.startswith((codecs.BOM_UTF16_LE,
                                                               codecs.BOM_UTF16_BE))


def decode(data: bytes, label: str) -> str:
    """Decode bytes as UTF-8, UTF-16/32 with a byte order mark, else as the detected
    encoding; refuse binary files."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if _binary(data):
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
    """One article per line: `text` required; `id`, `date`, `title`, `source`, `url` and a
    standfirst (`heading`, `lede`...: the first paragraph of the text) optional."""
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
    except RecursionError:
        raise InputError(label, "invalid JSON (nested too deeply)", number) from None
    if _LONE_SURROGATE.search(line) or "\\u" in line:
        record, repaired = _repaired(record)
        if repaired:
            log.warning("%s, line %d: lone surrogate escapes (not characters) replaced by "
                        "U+FFFD", label, number)
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
        text=with_lead(_lead(record), text),
        path=label,
        title=_string(record.get("title")),
        date=date,
        date_source="metadata" if date else None,
        source=_string(record.get("source")),
        url=_string(record.get("url")),
        meta={k: v for k, v in record.items() if k not in KNOWN_FIELDS},
        unread_date=None if date or record.get("date") in (None, "") else str(record["date"]),
    )


def _lead(record: dict[str, Any]) -> str | None:
    return next((value.strip() for name in LEAD_FIELDS
                 if isinstance(value := record.get(name), str) and value.strip()), None)


def with_lead(lead: str | None, text: str) -> str:
    """The text with its standfirst as first paragraph, unless the text already opens with it."""
    if not lead or " ".join(text.split()).startswith(" ".join(lead.split())):
        return text
    return f"{lead}\n\n{text}"


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


def _repaired(value: Any) -> tuple[Any, bool]:
    """`value` with every lone surrogate in its strings replaced by U+FFFD (legal JSON such as
    "\\ud800" makes strings that cannot be written as UTF-8), and whether any was."""
    if isinstance(value, str):
        fixed = _LONE_SURROGATE.sub("\ufffd", value)
        return fixed, fixed != value
    if isinstance(value, list):
        items = [_repaired(item) for item in value]
        return [item for item, _ in items], any(changed for _, changed in items)
    if isinstance(value, dict):
        pairs = [(_repaired(k), _repaired(v)) for k, v in value.items()]
        return ({k: v for (k, _), (v, _) in pairs},
                any(kc or vc for (_, kc), (_, vc) in pairs))
    return value, False


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
