"""The command line: a thin Typer layer over the core library."""

from __future__ import annotations

import importlib
import sys
from typing import Any

from .session import internal_error, say_error, silence_stdout

# Every command, each registered on the app by importing its module `<name>_command`.
COMMANDS = ("analyse", "cache", "clean", "dates", "duplicates", "entities", "export",
            "keywords", "kwic", "mentions", "network", "report", "stats", "timeline", "trends",
            "vocab")


def register(names: tuple[str, ...] = COMMANDS) -> None:
    """Register commands on the app (importing their modules)."""
    for name in names:
        importlib.import_module(f"{__name__}.{name}_command")


def __getattr__(name: str) -> Any:
    """`app` with every command (for tests and callers); `main` registers only the one asked."""
    if name == "app":
        register()
        from .application import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def asked(argv: list[str]) -> str | None:
    """The command a command line names: its first argument that is not an option (the
    root's options, --help and --version, take no value)."""
    for argument in argv:
        if not argument.startswith("-"):
            return argument
    return None


def main() -> None:
    """Entry point of the `corpus` script: the last guard, around what the session's cannot
    see (option parsing, the final flush of stdout)."""
    # Only the command asked is built: Typer reads every registered command's signature on
    # each call, and the other modules need not be imported (a tenth of a second, on every
    # answer). Help, a typo or no command registers them all.
    name = asked(sys.argv[1:])
    try:
        try:
            register((name,) if name in COMMANDS and "--help" not in sys.argv[1:2]
                     else COMMANDS)
            import typer.main

            from .application import app
            from .coercion import read_plainly

            command = typer.main.get_command(app)  # what app() runs, its values read plainly
            read_plainly(command)
            command()
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


__all__ = ["COMMANDS", "app", "asked", "main", "register"]
