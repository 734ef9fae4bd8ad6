"""The parse on a Dask cluster: `--scheduler tcp://host:8786` or `--cluster local:N`.

The workers read the input files themselves (paths on storage every worker sees at the same
place; a relative path is taken from the client's folder): pass 1 (each file's blocks) and
pass 2 (each file's documents cleaned and described) run there, one task per file or per run
of small files (`batches`), and come back in order (`ordered`). The client merges the counts,
looks the documents up in the store, and sends shares of (key, cleaned text, reference date)
to be parsed; each worker loads the model once (a worker plugin), and the rows come back in
order and are stored exactly as a local run stores them. A worker lost mid-run loses
nothing: the scheduler gives its tasks to another worker (`retries`).
Dask is an optional extra (`pip install 'corpus-cli[dask]'`), imported only here.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from typing import Any

from corpus_cli.errors import UsageError

from .workers import PARALLEL_SHARE, Work, analyse_share

log = logging.getLogger(__name__)

# A share whose worker died is given to another worker up to this many times.
RETRIES = 3
# Tasks per worker submitted ahead of the one whose result the client waits for.
AHEAD = 4
# Small files travel together: a task reads consecutive files up to this many bytes or files
# (a folder of one article per file would otherwise cost a task, and a round trip, each).
BATCH_BYTES = 1 << 20
BATCH_ITEMS = 64
LOCAL = "local:"

Rows = list[tuple[str, dict[str, Any]]]


def check_address(address: str) -> str:
    """`local:N` (N worker processes on this machine) or a scheduler's address."""
    if address.startswith(LOCAL):
        count = address[len(LOCAL):]
        if not count.isdigit() or int(count) < 1:
            raise UsageError(f"--cluster {address!r}: expected local:N with N >= 1 workers")
    elif "://" not in address:
        raise UsageError(f"--scheduler {address!r}: expected an address such as "
                         "tcp://host:8786")
    return address


class Cluster:
    """A Dask client on a scheduler, or on a local cluster it starts and stops itself."""

    def __init__(self, address: str) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise UsageError("the Dask cluster needs the dask extra: "
                             "pip install 'corpus-cli[dask]'") from None
        self._local: Any = None
        if address.startswith(LOCAL):
            workers = int(address[len(LOCAL):])
            self._local = LocalCluster(n_workers=workers, threads_per_worker=1,
                                       processes=True, dashboard_address=None,
                                       silence_logs=logging.ERROR)
            self.client = Client(self._local)
        else:
            try:
                self.client = Client(address, timeout=30)
            except OSError as error:
                raise UsageError(f"cannot reach the Dask scheduler at {address}: {error}"
                                 ) from None
        self.client.register_plugin(_model_plugin())
        log.info("Dask cluster %s: %d workers", address,
                 len(self.client.scheduler_info().get("workers", {})))

    def analyse(self, work: list[Work],
                function: Callable[[list[Work]], Rows] = analyse_share,
                ) -> Iterator[tuple[str, dict[str, Any]]]:
        """(key, rows) for each work item, in order."""
        shares = [work[start:start + PARALLEL_SHARE]
                  for start in range(0, len(work), PARALLEL_SHARE)]
        futures = self.client.map(function, shares, retries=RETRIES, pure=False)
        for future in futures:
            yield from future.result()

    def ordered(self, function: Callable[..., Any], items: Sequence[Any],
                sizes: Sequence[int | None] | None = None, **shared: Any) -> Iterator[Any]:
        """`function(item, **shared)` for each item on the workers, yielded in order; `shared`
        is sent to each worker once. With `sizes` (bytes, None when unknown), consecutive
        small items share a task (`batches`). At most AHEAD tasks a worker run beyond the one
        awaited, so results wait in the cluster's memory only that far ahead of the client."""
        from distributed.client import FutureCancelledError

        client = self.client
        sent = self._scattered(shared)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        pending: deque[tuple[list[Any], Any]] = deque()
        waiting = iter(batches(items, sizes))

        def send(batch: list[Any]) -> tuple[list[Any], Any]:
            return batch, client.submit(each, function, batch, retries=RETRIES, pure=False,
                                        **sent)

        pending.extend(send(batch) for batch in islice(waiting, AHEAD * workers))
        lost = 0
        while pending:
            _, future = pending[0]
            try:
                results = future.result()
            except FutureCancelledError:
                # The values scattered to the workers were lost with the last of them (a
                # lone worker restarted): scatter them again and send the tasks again.
                lost += 1
                if lost > RETRIES:
                    raise
                log.warning("the cluster lost the values sent to its workers: sent again")
                sent = self._scattered(shared)
                again = [item for item, _ in pending]
                pending.clear()
                pending.extend(send(item) for item in again)
                continue
            pending.popleft()
            future.release()
            pending.extend(send(item) for item in islice(waiting, 1))
            yield from results

    def _scattered(self, shared: dict[str, Any]) -> dict[str, Any]:
        """Each shared value sent to every worker once, as a future to pass to tasks."""
        # In a list: a collection given alone would be scattered item by item.
        return {name: self.client.scatter([value], broadcast=True)[0]
                for name, value in shared.items()}

    def close(self) -> None:
        self.client.close()
        if self._local is not None:
            self._local.close()


def batches(items: Sequence[Any], sizes: Sequence[int | None] | None = None,
            ) -> Iterator[list[Any]]:
    """The items in order, cut into runs of at most BATCH_ITEMS whose known sizes add up
    to at most BATCH_BYTES; an item of unknown or larger size goes alone. Without
    `sizes`, one item a batch."""
    batch: list[Any] = []
    total = 0
    for at, item in enumerate(items):
        size = None if sizes is None else sizes[at]
        if batch and (size is None or total + size > BATCH_BYTES or len(batch) == BATCH_ITEMS):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += BATCH_BYTES + 1 if size is None else size
    if batch:
        yield batch


def each(function: Callable[..., Any], batch: list[Any], **shared: Any) -> list[Any]:
    """`function(item, **shared)` for each item of a batch (one Dask task)."""
    return [function(item, **shared) for item in batch]


def _model_plugin() -> Any:
    """A worker plugin that loads the model when the worker starts, once."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class LoadModel(WorkerPlugin):
        name = "corpus-load-model"

        def setup(self, worker: Any) -> None:
            from corpus_cli.nlp import model

            model.load()

    return LoadModel()
