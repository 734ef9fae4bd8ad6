"""`python -m corpus_cli`."""

from corpus_cli.cli import main

main()
