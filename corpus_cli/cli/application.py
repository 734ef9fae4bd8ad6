"""The Typer application that every command registers on."""

from __future__ import annotations

import typer

from corpus_cli import __version__

app = typer.Typer(
    name="corpus",
    help="Who, where, when and what in a corpus of French news articles.\n\n"
    "Run a command with no path to see it on the seed articles, e.g. `corpus stats`.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)
cache_app = typer.Typer(help="Inspect or clear the analysis store.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


def _version(value: bool) -> None:
    if value:
        print(f"corpus {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """Who, where, when and what in a corpus of French news articles."""
