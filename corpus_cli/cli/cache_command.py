"""`corpus cache info` and `corpus cache clear`."""

from __future__ import annotations

from .application import cache_app
from .options import Common, DebugOption, FormatOption, VerboseOption
from .render import Column, emit_rows, err
from .session import Session


@cache_app.command("info")
def info(format: FormatOption = None, debug: DebugOption = False,
         verbose: VerboseOption = 0) -> None:
    """Where the analysis store is and what it holds.

    Example: `corpus cache info --format json`
    """
    common = Common(format=format, debug=debug, verbose=verbose)
    with Session(common).guard():
        from corpus_cli import api

        row = api.store_info()
        emit_rows([row], [Column(k) for k in row], common, json_value=row)


@cache_app.command("clear")
def clear(debug: DebugOption = False, verbose: VerboseOption = 0) -> None:
    """Delete every stored analysis (the next run analyses everything again).

    Example: `CORPUS_CACHE_DIR=/tmp/store corpus cache clear`
    """
    with Session(Common(debug=debug, verbose=verbose)).guard():
        from corpus_cli import api

        removed, path = api.clear_store()
        err.print(f"removed {removed} analyses from {path}")
