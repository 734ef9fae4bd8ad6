"""Errors written for a user, and the exit codes the command line returns."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes of `corpus`, documented in the README."""

    OK = 0
    ERROR = 1
    USAGE = 2
    PARTIAL = 3
    INTERRUPTED = 130


class CorpusError(Exception):
    """An error whose message is meant for the user; the CLI prints it on one line."""

    exit_code: ExitCode = ExitCode.ERROR


class UsageError(CorpusError):
    """The user asked for something impossible: a missing path, an empty corpus, a bad option."""

    exit_code = ExitCode.USAGE


class InputError(CorpusError):
    """One input file (or one line of it) cannot be read; the other inputs are still processed."""

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")


class ModelError(CorpusError):
    """The spaCy model is missing or cannot be loaded."""


class StoreError(CorpusError):
    """The analysis store cannot be used."""
