"""The command line: a thin Typer layer over the core library."""

from __future__ import annotations

from . import (  # noqa: F401  (importing a command module registers it)
    analyse_command,
    cache_command,
    clean_command,
    dates_command,
    entities_command,
    export_command,
    report_command,
    stats_command,
    timeline_command,
)
from .app import app
from .session import silence_stdout


def main() -> None:
    """Entry point of the `corpus` script."""
    try:
        app()
    except BrokenPipeError:
        silence_stdout()
        raise SystemExit(0) from None


__all__ = ["app", "main"]
