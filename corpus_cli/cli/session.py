"""What every command does around its work: logging, progress, errors and exit codes."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer
from typer.exceptions import TyperException

from corpus_cli.errors import CorpusError, ExitCode, InputError

from .options import Common, debug_enabled
from .render import check_output, err

if TYPE_CHECKING:
    from rich.progress import TaskID

    from corpus_cli.api import Corpus, Settings


class Session:
    """One command's run: reports input errors as they come and picks the exit code."""

    def __init__(self, common: Common) -> None:
        self.common = common
        self.debug = debug_enabled(common.debug)
        self.failed = 0
        self._opened: list[Corpus] = []

    def on_error(self, error: InputError) -> None:
        self.failed += 1
        say_error(str(error))

    def progress(self) -> _Bar | None:
        """A progress bar on stderr, only when stderr is a terminal."""
        return _Bar() if sys.stderr.isatty() else None

    def inputs(self, paths: list[str] | None) -> list[str]:
        """The paths to read: as given; with none, standard input when something is piped
        into it (`cat a.jsonl | corpus stats`), else the seed articles (an empty list).

        --output is checked against them here, before anything is read.
        """
        chosen = list(paths or [])
        if not chosen and piped_stdin():
            chosen = ["-"]
        check_output(self.common, chosen)
        return chosen

    def load(self, paths: list[str] | None, settings: Settings) -> Corpus:
        """Read and analyse the corpus, reporting failed inputs as they come.

        The corpus is closed when the session's guard exits.
        """
        from corpus_cli import api

        corpus = api.analyse(self.inputs(paths), settings, progress=self.progress(),
                             on_error=self.on_error)
        self._opened.append(corpus)
        return corpus

    @contextmanager
    def guard(self) -> Iterator[Session]:
        """Turn errors into one line on stderr and a documented exit code."""
        configure_logging(self.common.verbose)
        try:
            check_output(self.common)
            yield self
        except CorpusError as error:
            if self.debug:
                traceback.print_exc()
            say_error(str(error))
            raise typer.Exit(int(error.exit_code)) from None
        except KeyboardInterrupt:
            say_error("interrupted")
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except BrokenPipeError:
            silence_stdout()
            raise typer.Exit(int(ExitCode.OK)) from None
        except (TyperException, typer.Exit, typer.Abort, SystemExit):
            raise  # a bad option: Typer prints it with the usage, exit 2
        except Exception as error:  # the one guard: no traceback unless asked (httpie's way)
            if self.debug:
                traceback.print_exc()
            say_error(internal_error(error))
            raise typer.Exit(int(ExitCode.ERROR)) from None
        finally:
            for corpus in self._opened:
                corpus.close()
        if self.failed:
            raise typer.Exit(int(ExitCode.PARTIAL))


def say_error(message: str) -> None:
    print(f"corpus: error: {printable(message)}", file=sys.stderr)


def internal_error(error: BaseException) -> str:
    """The one line an unexpected error becomes."""
    return (f"internal error: {type(error).__name__}: {error} "
            "(rerun with --debug to see the traceback, and report it)")


def printable(text: str) -> str:
    """`text` with control characters (and bytes that are not text) escaped, so that a file
    name cannot move the cursor, clear the screen or break the line of a message."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape", "backslashreplace")
                   .decode("ascii") for c in text)


def piped_stdin() -> bool:
    """Whether standard input is not a terminal and holds something (`< /dev/null`, an empty
    pipe: nothing, and the seed articles are read). Waits for the first byte of a pipe."""
    stream = sys.stdin
    if stream is None:
        return False
    try:
        if stream.isatty():
            return False
        buffer = getattr(stream, "buffer", stream)
        peek = getattr(buffer, "peek", None)
        if peek is not None:
            return bool(peek(1))
        if buffer.seekable():
            position = buffer.tell()
            found = bool(buffer.read(1))
            buffer.seek(position)
            return found
    except (OSError, ValueError):
        return False
    return False


def silence_stdout() -> None:
    """After the reader of a pipe has gone (`corpus ... | head`), let Python exit quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def configure_logging(verbose: int) -> None:
    level = logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logger = logging.getLogger("corpus_cli")
    logger.setLevel(level)
    if not any(getattr(h, "_corpus", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_Printable("corpus: %(levelname)s: %(message)s"))
        handler._corpus = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    for existing in logger.handlers:
        existing.setLevel(level)
        if getattr(existing, "_corpus", False):
            # Today's stderr: a test runner (or a caller) may have swapped it since.
            existing.stream = sys.stderr  # type: ignore[attr-defined]


class _Printable(logging.Formatter):
    """Log lines with control characters escaped (file names reach the terminal in them)."""

    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(printable(line) for line in super().format(record).split("\n"))


class _Bar:
    """The pipeline's progress, drawn by rich: documents, words per second and time left."""

    def __init__(self) -> None:
        # Imported here: an answer with no bar to draw (stderr not a terminal) never loads
        # rich's progress module (a tenth of a second).
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("[bold]analysing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=err.console,
            transient=True,
        )
        self._task: TaskID | None = None
        self._words = 0
        self._started = 0.0

    def start(self, total: int) -> None:
        self._progress.start()
        self._started = time.monotonic()
        self._task = self._progress.add_task("analysing", total=total, rate="")

    def advance(self, documents: int, words: int) -> None:
        self._words += words
        elapsed = max(time.monotonic() - self._started, 1e-6)
        self._progress.update(self._task, advance=documents,  # type: ignore[arg-type]
                              rate=f"{self._words / elapsed:,.0f} words/s")

    def finish(self) -> None:
        self._progress.stop()
