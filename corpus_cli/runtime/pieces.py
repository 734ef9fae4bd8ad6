"""How the store keys and checks the pieces of a kept answer (a large timeline part's rows,
by digest): the kind as a number, the digest as bytes, a piece's data only when intact."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import Any


def kind_number(kind: str) -> int:
    """What the pieces of a kind are kept under: a number, not the kind's text (80
    characters) in each of 110,000 rows: 25 MB at 33,958 articles. Two kinds of one number
    (one chance in four billion) forget each other's pieces: their parts formed again."""
    return zlib.crc32(kind.encode("utf-8", "surrogatepass"))


def raw_digest(digest: str) -> bytes:
    """A piece's digest as kept: its bytes, half its hex text (1.6 MB of the pieces' 31 MB at
    33,948 articles); none (b"", the dictionary's) for a digest that is not hex."""
    try:
        return bytes.fromhex(digest)
    except ValueError:
        return b""


def intact_piece(row: Sequence[Any]) -> bytes | None:
    """A piece row's data when its CRC-32 holds, else None (damaged: formed again)."""
    _, data, checksum = row
    return data if isinstance(data, bytes) and zlib.crc32(data) == checksum else None
