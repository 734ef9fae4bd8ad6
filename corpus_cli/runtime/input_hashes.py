"""What a run depends on, read from its inputs: each file's content hash (kept in the store
with the file's stamp while the stamp holds) and the run's fingerprint (paths, ids, contents,
options, rules). runtime/pipeline.py answers a run again from the store when it is unchanged."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from corpus_cli.documents import remote

from .keys import data_digest
from .versions import ANALYSIS_VERSION

if TYPE_CHECKING:
    from pathlib import Path

    from corpus_cli.documents.read import Input

    from .pipeline import Settings
    from .store import Store


def run_fingerprint(inputs: list[Input], settings: Settings, model: str,
                    contents: Sequence[str | None] | None = None) -> str | None:
    """What a run's documents depend on: every input file's path, id and content (a hash of
    its bytes: a file changed under the same size and time, as `touch -d` or `cp -p` leave it,
    is a new run), the options and the rules (versions and data files). None when an input
    cannot be fingerprinted (standard input, an unreadable file: the run reports it).
    `contents`: the inputs' hashes (`content_hashes`), if computed already."""
    digest = hashlib.sha256()
    parts = [model, str(ANALYSIS_VERSION), data_digest(), str(settings.keep_boilerplate),
             settings.default_date or ""]
    if contents is None:
        contents = content_hashes(inputs)
    for item, content in zip(inputs, contents, strict=True):
        if item.stdin or content is None:
            return None
        parts += [item.location, item.id, content]
    for part in parts:
        digest.update(part.encode("utf-8", "surrogateescape"))
        digest.update(b"\x00")
    return digest.hexdigest()


def content_hashes(inputs: Sequence[Input], store: Store | None = None) -> list[str | None]:
    """The hash of each input file's bytes (None for standard input or an unreadable file;
    for a URL, what its filesystem says of its version: remote.version).

    With a store, a hash is kept with the file's stamp (device, inode, size, modification and
    change times) and used again while the stamp holds: any write sets the change time, which
    neither `touch -d` nor `cp -p` nor `rsync -t` can set back. A file changed in the last
    RACY_SECONDS is hashed every time, as git does: a write in the same clock tick as the
    stamp could leave it unchanged."""
    if store is None:
        return [None if item.path is None else content_hash(item.path) if item.url is None
                else remote.version(item.url) for item in inputs]
    stamps = {_path_key(item.path): stamp for item in inputs
              if item.path is not None and (stamp := _stamp(item.path)) is not None}
    known = store.known_hashes(stamps)
    found: list[str | None] = []
    kept: list[tuple[str, str, str]] = []
    for item in inputs:
        if item.url is not None:
            found.append(remote.version(item.url))
            continue
        path = None if item.path is None else _path_key(item.path)
        digest = known.get(path) if path is not None else None
        if digest is None and item.path is not None:
            digest = content_hash(item.path)
            if digest is not None and path in stamps and _settled(item.path):
                kept.append((path, stamps[path], digest))
        found.append(digest)
    store.save_hashes(kept)
    return found


# Seconds since its last change after which a file's stamp is trusted to change with it.
RACY_SECONDS = 2.0


def _path_key(path: Path) -> str:
    """The file's absolute name as the system spells it, in hex: a name that is not UTF-8
    ("caf\xe9.txt") is stored as it is, never refused by the store."""
    return os.fsencode(path.resolve()).hex()


def _stamp(path: Path) -> str | None:
    try:
        s = path.stat()
    except OSError:
        return None
    return f"{s.st_dev}:{s.st_ino}:{s.st_size}:{s.st_mtime_ns}:{s.st_ctime_ns}"


def _settled(path: Path) -> bool:
    """The file last changed more than RACY_SECONDS ago."""
    try:
        return time.time() - path.stat().st_ctime > RACY_SECONDS
    except OSError:
        return False


def content_hash(path: Path) -> str | None:
    """BLAKE2b of a file's bytes (about 1 GB/s: a corpus is read again in a fraction of what
    its cleaning costs), or None if it cannot be read."""
    try:
        with path.open("rb") as stream:
            return hashlib.file_digest(stream, "blake2b").hexdigest()
    except OSError:
        return None
