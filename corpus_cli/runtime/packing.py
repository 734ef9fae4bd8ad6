"""One document's analysis as one compressed blob: typed columns, each sentence stored once.

A row table (mentions, dates, events) is stored by columns: for each shape of row (its field
names, in order; a table has one shape in practice) the field names once, then one list of
values per field. The evidence sentence that date and event rows repeat as text is kept once
per document and replaced by its number. The cleaned text, when given, travels in the same
compressed stream (`codec`), so the sentences compress against it. Measured on 510 OrangeSum
articles with zlib: 12.9 KB of JSON rows per article become 2.8 KB, and 3.4 KB with the
cleaned text (2.7 KB alone); Zstandard with the store's dictionary takes a quarter less.

`pack(parts)` and `unpack(blob, wanted)` round-trip any JSON-serialisable rows exactly (a
missing field stays missing, None stays None, key order is kept).
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from corpus_cli.output import as_standard_json

from . import codec

ROW_TABLES = ("mentions", "dates", "events")
# Row tables whose `sentence` is the evidence sentence's text (mention rows hold an index).
_SENTENCE_TABLES = frozenset({"dates", "events"})
# The first byte of a stored value orjson wrote, and so reads back exactly; JSON never starts
# with it, so a value written before it existed is read by the standard library.
FAST = b"\x01"


def pack(parts: Mapping[str, Any], dictionary: bytes | None = None) -> bytes:
    """`parts`: any of "text", "lemmas" and ROW_TABLES; the blob that `unpack` reads back
    (given the dictionary, when one compressed it: `codec`)."""
    return codec.compress_blob(packed_json(parts), dictionary)


def packed_json(parts: Mapping[str, Any]) -> bytes:
    """What `pack` compresses (a store's dictionary is trained on these)."""
    sentences: dict[str, int] = {}
    packed: dict[str, Any] = {}
    for name, value in parts.items():
        if name in ROW_TABLES:
            packed[name] = _columns(value, sentences if name in _SENTENCE_TABLES else None)
        else:
            packed[name] = value
    packed["sentences"] = list(sentences)
    return dumps(packed)


def unpack(blob: bytes, wanted: Iterable[str],
           dictionaries: codec.Dictionaries | None = None) -> dict[str, Any]:
    """The parts named in `wanted` that the blob holds. Raises ValueError if it is damaged
    (or needs a dictionary `dictionaries` does not give)."""
    try:
        packed = loads(codec.decompress(blob, dictionaries))
    except UnicodeDecodeError as error:
        raise ValueError(f"unreadable blob ({error})") from None
    sentences = packed.get("sentences", [])
    found: dict[str, Any] = {}
    for name in wanted:
        if name not in packed:
            continue
        if name in ROW_TABLES:
            found[name] = _rows(packed[name], sentences if name in _SENTENCE_TABLES else None)
        else:
            found[name] = packed[name]
    return found


# How a blob that holds the cleaned text starts: the text is its first part (`pack` keeps
# the order of the parts it is given, and the store gives the text first).
_TEXT_HEAD = b'{"text":"'
# Bytes decompressed at first to find the end of the text (doubled until it is found).
_TEXT_CHUNK = 16384


def unpack_text(blob: bytes, dictionaries: codec.Dictionaries | None = None) -> str | None:
    """The cleaned text a blob holds (None if it holds none), as `unpack(blob, ["text"])`
    gives it, read without the rest: only what precedes the end of the text is decompressed,
    and only the text is parsed (a document's rows and lemmas are most of the blob). Raises
    ValueError if the blob is damaged."""
    try:
        read = codec.reader(blob, dictionaries)
        head = read(_TEXT_CHUNK)
        fast = head[:1] == FAST
        begin = len(FAST) if fast else 0
        if not head.startswith(_TEXT_HEAD, begin):
            found: str | None = unpack(blob, ("text",), dictionaries).get("text")
            return found
        quote = begin + len(_TEXT_HEAD) - 1  # the text's opening quote
        end = _string_end(head, quote + 1)
        while end is None:
            more = read(max(len(head), _TEXT_CHUNK))
            if not more:
                raise ValueError("unreadable blob (the text does not end)")
            head += more
            end = _string_end(head, quote + 1)
        literal = head[quote:end + 1]
        if fast:
            import orjson

            text: str = orjson.loads(literal)
        else:
            text = json.loads(literal.decode("utf-8", "surrogatepass"))
    except UnicodeDecodeError as error:
        raise ValueError(f"unreadable blob ({error})") from None
    return text


def _string_end(data: bytes, start: int) -> int | None:
    """Where the JSON string whose characters begin at `start` ends (its closing quote: the
    first quote not escaped by an odd run of backslashes), or None if not in `data`."""
    position = start
    while (quote := data.find(b'"', position)) >= 0:
        before = quote
        while before > start and data[before - 1] == 0x5C:  # a backslash
            before -= 1
        if (quote - before) % 2 == 0:
            return quote
        position = quote + 1
    return None


def dumps(value: Any) -> bytes:
    """A value as stored: compact UTF-8 JSON, marked FAST when orjson wrote it (it then
    holds nothing orjson would read back otherwise), else as the standard library writes it
    (a lone surrogate kept with "surrogatepass", an integer beyond 64 bits)."""
    import orjson

    try:
        return FAST + orjson.dumps(value, default=str, option=as_standard_json(orjson))
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                          default=str).encode("utf-8", "surrogatepass")


def loads(data: bytes) -> Any:
    """A value `dumps` stored (or an older store's plain JSON), as json.loads reads it: by
    orjson, a C parser, when marked FAST; else by the standard library."""
    import orjson

    with no_collection(freeze=len(data) >= FREEZE_BYTES):
        if data[:1] == FAST:
            return orjson.loads(memoryview(data)[1:])
        return json.loads(data.decode("utf-8", "surrogatepass"))


# A parsed value this large is frozen (see no_collection); a document's blob is not: what is
# frozen is never collected, and a process reading thousands of blobs may hold cycles.
FREEZE_BYTES = 1 << 20


@contextmanager
def no_collection(freeze: bool = False) -> Iterator[None]:
    """The cyclic garbage collector paused while parsing a kept value or computing a
    corpus-level answer, and with `freeze` what was made frozen after: both make millions of
    objects, none in a cycle, and each collection walks them all (a 94 MB timeline: 3.2 s to
    parse with collections, 1.5 s without; its filter after, 3.2 s and 0.3 s; consolidating
    2,000 articles' entities: 3.3 s and 2.3 s)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()  # the objects made so far are left out of later collections
        if enabled:
            gc.enable()


def _columns(rows: Sequence[Mapping[str, Any]], sentences: dict[str, int] | None
             ) -> dict[str, Any]:
    """{"shapes": [[field, ...], ...], "of": shape number per row (absent if one shape),
    "values": {field: [value, ...]}} with evidence sentences as their numbers."""
    shapes: dict[tuple[str, ...], int] = {}
    of: list[int] = []
    values: dict[str, list[Any]] = {}
    for row in rows:
        shape = tuple(row)
        of.append(shapes.setdefault(shape, len(shapes)))
        for name, value in row.items():
            if name == "sentence" and sentences is not None:
                # A text becomes its number; anything else is wrapped so it cannot be one.
                value = (sentences.setdefault(value, len(sentences)) if isinstance(value, str)
                         else [value])
            values.setdefault(name, []).append(value)
    packed: dict[str, Any] = {"shapes": [list(shape) for shape in shapes], "values": values}
    if len(shapes) > 1:
        packed["of"] = of
    else:
        packed["n"] = len(of)
    return packed


def _rows(packed: Mapping[str, Any], sentences: Sequence[str] | None) -> list[dict[str, Any]]:
    shapes = [tuple(shape) for shape in packed["shapes"]]
    values = dict(packed["values"])
    if sentences is not None and "sentence" in values:
        values["sentence"] = [sentences[v] if isinstance(v, int) else v[0]
                              for v in values["sentence"]]
    if "of" not in packed:
        if not shapes:
            return []
        fields = shapes[0]
        if not fields:
            return [{} for _ in range(packed["n"])]
        return [dict(zip(fields, row, strict=True))
                for row in zip(*(values[f] for f in fields), strict=True)]
    iterators = {name: iter(column) for name, column in values.items()}
    return [{name: next(iterators[name]) for name in shapes[shape]} for shape in packed["of"]]
