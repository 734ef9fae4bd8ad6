"""The parse: documents' texts to analysed rows, in this process or a pool of workers.

spaCy and the extraction rules are imported only when there is something to parse.
"""

from __future__ import annotations

import atexit
import os
import sys
from collections.abc import Iterator
from typing import Any

# Documents a worker process parses at a time (a share of a batch) with --jobs 2 and more.
PARALLEL_SHARE = 16
# A worker process is replaced after parsing about this many documents: spaCy's vocabulary
# keeps every new word it meets, so a process that parses a whole large corpus keeps growing
# (1.23 GB at 33,958 articles). The new worker is forked from the parent, which holds the
# model as loaded and never parses: it starts at once, with the model's pages shared.
RECYCLE_DOCUMENTS = 2000
# (store key, cleaned text, reference date) of one document to analyse.
Work = tuple[str, str, "str | None"]


def analyse(work: list[Work], jobs: int, scheduler: str | None = None,
            separate: bool = False) -> Iterator[tuple[str, dict[str, Any]]]:
    """(key, rows) for each (key, text, reference date), in order, on `jobs` processes or
    on the Dask cluster at `scheduler` (see cluster.py).

    `separate`: parse in worker processes even for one job (a large run: workers are
    replaced every RECYCLE_DOCUMENTS documents, so memory stays flat)."""
    if not work:
        return
    if scheduler is not None:
        yield from cluster_at(scheduler).analyse(work)
        return
    jobs = max(1, min(jobs, len(work)))
    if jobs == 1 and not separate:
        yield from _analyse_work(work)
        return
    size = max(1, min(PARALLEL_SHARE, -(-len(work) // jobs)))
    shares = [work[start:start + size] for start in range(0, len(work), size)]
    for results in _pool(jobs, fresh=separate).imap(analyse_share, shares):
        yield from results


def _analyse_work(work: list[Work]) -> Iterator[tuple[str, dict[str, Any]]]:
    from corpus_cli.extract.document import analyse_document
    from corpus_cli.nlp import model as nlp

    texts = [text for _, text, _ in work]
    for (key, _, reference), chunks in zip(work, nlp.parse(texts), strict=True):
        yield key, analyse_document(chunks, reference)


def analyse_share(work: list[Work]) -> list[tuple[str, dict[str, Any]]]:
    """Run in a worker process: analyse a share of a batch."""
    return list(_analyse_work(work))


_POOLS: dict[tuple[int, bool], Any] = {}


_CLUSTERS: dict[str, Any] = {}


def cluster_at(address: str) -> Any:
    """The Dask cluster at `address` (a cluster.Cluster), opened once for the process's life."""
    if address not in _CLUSTERS:
        from .cluster import Cluster

        if not _POOLS and not _CLUSTERS:
            atexit.register(_close_pools)
        _CLUSTERS[address] = Cluster(address)
    return _CLUSTERS[address]


def _close_pools() -> None:
    for pool in _POOLS.values():
        pool.close()
        pool.join()
    _POOLS.clear()
    for cluster in _CLUSTERS.values():
        cluster.close()
    _CLUSTERS.clear()


def release() -> None:
    """Free the model and its worker processes once a large run has parsed everything."""
    _close_pools()
    if "corpus_cli.nlp.model" in sys.modules:
        sys.modules["corpus_cli.nlp.model"].release()


def _pool(jobs: int, fresh: bool = False) -> Any:
    """A pool of worker processes, each loading the model once; kept for the process's life.

    `fresh` (a large run): the workers are forked from a fresh interpreter (multiprocessing's
    forkserver), not from this process, and load the model themselves. Forked from this one,
    each would count its pages (the model loaded for them, the records of every document
    read so far) as its own resident memory, and this process would keep the model's pages
    through the corpus-level step: at 33,948 articles the whole run peaked at 1.37 GB, the
    corpus-level step alone at 1.09 GB."""
    key = (jobs, fresh)
    if key not in _POOLS:
        import multiprocessing

        from corpus_cli.nlp import model as nlp

        # Checked here first: a missing model is one ModelError, not workers that fail in their
        # initializer and are started again without end. Forked workers inherit it loaded;
        # spawned ones (Windows) load their own, as before.
        method = "forkserver" if fresh else "fork"
        if os.name != "posix":
            method = "spawn"
        if method == "fork":
            nlp.load()
        else:
            nlp.check_available()
        context = multiprocessing.get_context(method)
        if not _POOLS and not _CLUSTERS:
            # Closed before the interpreter tears its modules down (else Pool.__del__ fails).
            atexit.register(_close_pools)
        _POOLS[key] = context.Pool(jobs, initializer=nlp.load,
                                   maxtasksperchild=max(1, RECYCLE_DOCUMENTS // PARALLEL_SHARE))
    return _POOLS[key]
