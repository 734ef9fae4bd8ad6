"""The command line: a thin Typer layer over the core library."""

from __future__ import annotations

import sys

from . import (  # noqa: F401  (importing a command module registers it)
    analyse_command,
    cache_command,
    clean_command,
    dates_command,
    duplicates_command,
    entities_command,
    export_command,
    keywords_command,
    kwic_command,
    mentions_command,
    network_command,
    stats_command,
    timeline_command,
    trends_command,
    vocab_command,
)
from .app import app
from .session import internal_error, say_error, silence_stdout


def main() -> None:
    """Entry point of the `corpus` script: the last guard, around what the session's cannot
    see (option parsing, the final flush of stdout)."""
    try:
        try:
            app()
        finally:
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
        raise SystemExit(0) from None
    except OSError as error:
        silence_stdout()
        say_error(f"cannot write to standard output: {error.strerror or error}")
        raise SystemExit(1) from None
    except Exception as error:
        say_error(internal_error(error))
        raise SystemExit(1) from None


__all__ = ["app", "main"]
