"""Whether a bare surname that its own documents do not resolve may be given to a person named
in full elsewhere in the corpus (entities.py: `unique_surname`, `dominant_surname`).

Such a merge is a guess across documents, so it asks for more than the name key that joins
transliterations of full names: the surname spelt the same, and a bare word the model reads as
a person. A word that the model often tags as a place or a thing ("Covid" beside a campaign
"Stop Covid" tagged as a person) is a word of its own, and the "person" a namesake.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from corpus_cli.names import fold

# Tagged other than PER this many times and in this share of its mentions, a bare word is
# not a surname to guess (one stray tag among a few mentions says nothing).
OTHER_TAGS = 3
OTHER_SHARE = 1 / 3


def may_guess(bare: Iterable[str], labels: Mapping[str, int],
              people: Iterable[Iterable[str]]) -> bool:
    """`bare`: the bare surname's words, tagged `labels` (label -> mentions); `people`: the
    surname's words in each full-name form of the person it would join."""
    spelling = fold(" ".join(bare))
    # "Martine" shares a key with "Martin", "Homme" with "Homé": not the same word
    if not any(fold(" ".join(surname)) == spelling for surname in people):
        return False
    other = sum(count for label, count in labels.items() if label != "PER")
    return other < OTHER_TAGS or other < OTHER_SHARE * sum(labels.values())
