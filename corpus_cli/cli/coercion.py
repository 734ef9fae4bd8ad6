"""Option values read as Typer reads them, without its pydantic layer.

Typer 0.29 checks every value with a pydantic TypeAdapter that it builds on each call, pydantic
imported first: 0.15 to 0.2 s of every command, a third of an answer that the store gives in
half a second. The values these commands take (text, whole numbers with a floor, choices,
paths, lists of text) are read here with Typer's own functions for choices and paths; any
other type, and any value that is not plainly valid (a number with a sign or a space, a choice
Typer refuses), goes to Typer's reading, so that an error says what Typer says.
tests/cli/test_coercion.py holds the two readings equal for every option of every command.

Typer's runtime coercion is not public API: where it is not as expected, nothing is changed
and Typer reads every value itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

try:
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_choice, coerce_cli_path
except ImportError:  # another Typer: it reads its values itself
    RuntimeParam = None  # type: ignore[assignment,misc]

# A whole number as pydantic reads it in any mode, and at most 18 digits (int64).
_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]{0,17})")
# What `_read` gives when Typer must read the value itself.
_TYPER: Any = object()


def read_plainly(command: Any) -> None:
    """Have every parameter of a click command built by Typer (and of its subcommands) read
    its values without pydantic, where Typer's runtime coercion is as expected."""
    if RuntimeParam is None:
        return
    for param in getattr(command, "params", ()):
        _plainly(param)
    made = getattr(command, "get_help_option", None)
    if made is not None:
        # The help option is made when a command line is parsed, and read as the others.
        def get_help_option(ctx: Any) -> Any:
            option = made(ctx)
            _plainly(option)
            return option

        command.get_help_option = get_help_option
    for sub in getattr(command, "commands", {}).values():
        read_plainly(sub)


def _plainly(param: Any) -> None:
    if getattr(param, "_runtime_param", False) is None and hasattr(param, "type_descriptor"):
        descriptor = param.type_descriptor
        try:
            param._runtime_param = _Plain(parameter_info=descriptor.parameter_info,
                                          annotation=descriptor.annotation)
        except (AttributeError, TypeError):  # another Typer's fields: it reads the value
            return


if RuntimeParam is not None:

    @dataclass(frozen=True)
    class _Plain(RuntimeParam):
        """A parameter's values read by `_read`, else by Typer (its TypeAdapter)."""

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            found = _read(self.annotation, self.parameter_info, value, param, ctx)
            if found is not _TYPER:
                return found
            return build_runtime_param(param.type_descriptor)._coerce_value(
                value, param=param, ctx=ctx)


def _read(annotation: Any, info: Any, value: Any, param: Any, ctx: Any) -> Any:
    """`value` as Typer would give it, or _TYPER when Typer must read it."""
    if info.parser is not None:
        return _TYPER
    if annotation is str and type(value) is str:
        return value
    if annotation is int and not info.clamp:
        number = value if type(value) is int else (
            int(value) if type(value) is str and _INTEGER.fullmatch(value) else None)
        if number is not None and (info.min is None or number >= info.min) and (
                info.max is None or number <= info.max):
            return number
        return _TYPER
    if get_origin(annotation) is list and get_args(annotation) == (str,):
        if isinstance(value, list | tuple) and all(type(item) is str for item in value):
            return list(value)
        return _TYPER
    if isinstance(annotation, type) and issubclass(annotation, Enum) and (
            type(value) is str or isinstance(value, annotation)):  # a default is a member
        try:
            return coerce_cli_choice(value, choices=list(annotation),
                                     case_sensitive=info.case_sensitive, ctx=ctx)
        except ValueError:
            return _TYPER
    if annotation is Path and info.path_type is None and type(value) is str:
        try:
            return coerce_cli_path(value, info, path_type=Path, param=param, ctx=ctx)
        except Exception:  # Typer's reading says why, in its words
            return _TYPER
    return _TYPER
