"""Option values read without pydantic are those Typer reads, and a refused value gets
Typer's own error, for every option of every command."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
import typer.main
from typer._click import Context
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param

from corpus_cli.cli import app
from corpus_cli.cli.coercion import read_plainly

SAMPLES = ["", "0", "1", "5", "-1", "007", " 5", "5.0", "+3", "1_0", "x", "99999999999999999999",
           "json", "JSON", "csv", "document", "name", "table", "out.json", "/tmp", "é/ü.csv",
           0, 3, 7, True, False, None, ("a", "b"), (), ["x"], ("1", "2"), (1,)]


def _parameters() -> list[tuple[str, Any, Any]]:
    command = typer.main.get_command(app)
    found = []

    def walk(node: Any, path: str) -> None:
        for param in node.params:
            found.append((f"{path} {param.name}", node, param))
        for name, sub in getattr(node, "commands", {}).items():
            walk(sub, f"{path} {name}")

    walk(command, "corpus")
    return found


def _read(runtime: Any, value: Any, param: Any, ctx: Any) -> tuple[str, Any]:
    try:
        return "value", runtime.coerce(value, param=param, ctx=ctx)
    except BadParameter as error:
        return "error", error.format_message()
    except Exception as error:  # what Typer itself raises, raised alike
        return "raised", f"{type(error).__name__}: {error}"


@pytest.mark.parametrize(("name", "command", "param"), _parameters(),
                         ids=[name for name, _, _ in _parameters()])
def test_every_option_reads_its_values_as_typer_does(name, command, param, tmp_path,
                                                     monkeypatch):
    monkeypatch.chdir(tmp_path)
    ctx = Context(command)
    typer_reads = build_runtime_param(param.type_descriptor)
    read_plainly(command)
    plain = param._runtime_param
    assert plain is not None and type(plain).__name__ == "_Plain"
    for value in SAMPLES:
        assert _read(plain, value, param, ctx) == _read(typer_reads, value, param, ctx), value


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    code = ("import sys\nfrom corpus_cli.cli import main\n"
            f"sys.argv = ['corpus', *{list(argv)!r}]\n"
            "try:\n    main()\nexcept SystemExit as exit:\n    code = exit.code\n"
            "print('PYDANTIC' if 'pydantic' in sys.modules else 'NO-PYDANTIC', file=sys.stderr)")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)


def test_a_command_line_is_read_without_pydantic_and_a_bad_value_as_typer_says():
    result = _run("clean", "--format", "jsonl", "--limit", "1")
    assert result.stderr.strip().endswith("NO-PYDANTIC") and result.stdout.count("\n") >= 1
    refused = _run("clean", "--limit", "x")
    assert "Invalid value for '--limit'" in refused.stderr
    assert "Input should be a valid integer" in refused.stderr
