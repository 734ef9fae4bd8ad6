"""Whether a bare surname that its own documents do not resolve may be given to a person named
in full elsewhere in the corpus (entities.py: `unique_surname`, `dominant_surname`).

Such a merge is a guess across documents, so it asks for more than the name key that joins
transliterations of full names: the surname spelt the same, and a bare word the model reads as
a person. A word that the model often tags as a place or a thing ("Covid" beside a campaign
"Stop Covid" tagged as a person) is a word of its own, and the "person" a namesake.

A person the corpus names in full in one document only is a passer-by of that story: a bare
surname elsewhere is theirs only when its documents tell the same story, sharing names that
are not everywhere in the corpus (`told_of`). Else "Proust" read by a minister goes to a
comedian named once, "Clinton" of a list of presidents to the one Clinton named in full.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from corpus_cli.names import fold

from .whole import Whole

# Tagged other than PER this many times and in this share of its mentions, a bare word is
# not a surname to guess (one stray tag among a few mentions says nothing).
OTHER_TAGS = 3
OTHER_SHARE = 1 / 3
# Named in full in this many documents, a person is one the corpus tells of.
KNOWN = 2
# Otherwise the documents must share this many names, each in less than this share of the
# corpus's documents ("France", "Paris" of a French corpus tell no story), or in no more
# documents than `FEW` (a corpus of a few documents).
SHARED = 2
COMMON_SHARE = 1 / 2
FEW = 3


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



def told_of(bare: Collection[str], named: Collection[str], own: Collection[str],
            whole: Whole) -> bool:
    """Whether a bare surname in the documents `bare` may be the person named in full in the
    documents `named`, whose forms are `own` (see the module's docstring). A document naming
    both tells their one story."""
    if len(named) >= KNOWN or not set(named).isdisjoint(bare):
        return True
    common = max(COMMON_SHARE * len(whole.names), FEW + 1)
    shared = whole.names_in(bare) & whole.names_in(named)
    return sum(1 for key in shared - set(own) if whole.spread[key] < common) >= SHARED
