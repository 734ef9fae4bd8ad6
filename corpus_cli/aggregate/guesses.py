"""Whether a bare surname that its own documents do not resolve may be given to a person named
in full elsewhere in the corpus (entities.py: `unique_surname`, `dominant_surname`).

Such a merge is a guess across documents, so it asks for more than the name key that joins
transliterations of full names: the surname spelt the same, and a person the corpus names
about as often as the bare word. A word written alone far more often than its only "owner" is
named is a word of its own (a disease, a common noun capitalised, another person known by
that name alone), and the owner is a namesake.
"""

from __future__ import annotations

from collections.abc import Iterable

from corpus_cli.names import fold

# A bare word with this many times the mentions of the person's full names is not theirs.
WORD_FACTOR = 5


def may_guess(bare: Iterable[str], mentions: int,
              people: Iterable[tuple[Iterable[str], int]]) -> bool:
    """`bare`: the bare surname's words, written `mentions` times; `people`: the surname's
    words and the mentions of each full-name form of the person it would join."""
    spelling = fold(" ".join(bare))
    listed = [(fold(" ".join(surname)), count) for surname, count in people]
    # "Martine" shares a key with "Martin", "Homme" with "Homé": not the same word
    if not any(surname == spelling for surname, _ in listed):
        return False
    return mentions < WORD_FACTOR * sum(count for _, count in listed)
