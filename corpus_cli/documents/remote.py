"""Inputs at fsspec URLs (`s3://bucket/articles/`, `https://...`, `file:///...`): listed and read
through fsspec, which Dask brings (`pip install 'corpus-cli[dask]'`; a cloud store needs its
own fsspec package, s3fs or gcsfs). A URL is read where the work runs: by the Dask workers on
a cluster, by this process otherwise.
"""

from __future__ import annotations

import glob
import hashlib
from pathlib import PurePosixPath
from typing import IO, Any

from corpus_cli.errors import UsageError

MARK = "://"


def is_url(argument: str) -> bool:
    """Whether an argument names an fsspec URL rather than a path."""
    scheme, mark, _ = argument.partition(MARK)
    return bool(mark) and scheme.replace("+", "").replace("-", "").isalnum()


def listed(url: str, suffixes: tuple[str, ...]) -> list[tuple[str, str]]:
    """(URL, id) of each file a URL names: the file itself (its id the URL), or every file
    with one of `suffixes` under a folder or matching a pattern (ids relative to the folder,
    or to the pattern's fixed part), sorted. Nothing there is a UsageError."""
    filesystem, root = _filesystem(url)
    try:
        if glob.has_magic(root):
            top = root.split("*")[0].split("?")[0].split("[")[0].rsplit("/", 1)[0]
            found = [path for path in filesystem.glob(root)
                     if _shown(path, top) and filesystem.isfile(path)]
        elif filesystem.isdir(root):
            top = root
            found = [path for path in filesystem.find(root)
                     if path.lower().endswith(suffixes) and _shown(path, top)]
        elif filesystem.isfile(root):
            return [(url, url)]
        else:
            raise UsageError(f"{url}: no such file or directory")
    except OSError as error:
        raise UsageError(f"{url}: cannot list: {error}") from None
    if not found:
        raise UsageError(f"{url}: no file matches")
    named = [(filesystem.unstrip_protocol(path), PurePosixPath(path).relative_to(top).as_posix())
             for path in found]
    return sorted(named, key=lambda pair: PurePosixPath(pair[1]).parts)


def opened(url: str, gzipped: bool = False) -> IO[Any]:
    """The file at a URL, open for reading: bytes, or text lines when `gzipped`."""
    import fsspec

    if gzipped:
        return fsspec.open(url, "rt", compression="gzip", encoding="utf-8",
                           errors="replace").open()
    return fsspec.open(url, "rb").open()


def version(url: str) -> str | None:
    """What the URL's filesystem says of its file (size, time, ETag...), hashed: the file's
    version without reading its bytes (None if it cannot be asked)."""
    try:
        filesystem, root = _filesystem(url)
        return "url:" + hashlib.sha256(str(filesystem.ukey(root)).encode()).hexdigest()
    except (OSError, UsageError, ValueError):
        return None


def _shown(path: str, top: str) -> bool:
    """Not hidden: no name under `top` starts with a dot, as a folder's walk or a glob skips."""
    return not any(part.startswith(".") for part in PurePosixPath(path).relative_to(top).parts)


def _filesystem(url: str) -> tuple[Any, str]:
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise UsageError(f"{url}: reading URLs needs fsspec: "
                         "pip install 'corpus-cli[dask]'") from None
    try:
        return url_to_fs(url)
    except (ImportError, ValueError) as error:
        # A protocol fsspec does not know, or whose package is missing (s3fs for s3://).
        raise UsageError(f"{url}: cannot open this URL: {error}") from None
