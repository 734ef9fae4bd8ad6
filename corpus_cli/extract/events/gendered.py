"""The one person of a pronoun's gender: "Elle dénonce" far from any name, in an article
that names one woman only (in its heading, say), stands for her.

Read only when no name is within the pronoun's reach (anaphora.pronoun_antecedent): beyond
it, a pronoun may as well stand for a thing, so the two sentences before must hold no noun
subject of the pronoun's gender and number and no body's name, the "il" must be no
impersonal one, and no person of unknown gender may be named as often as the one found.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .tokens import inside, quotations
from .tree import _Mentions, row_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# Verbs French uses with an impersonal "il" ("il existait deux types", "il faut", "il reste"):
# the pronoun stands for no one, whatever the parse calls it.
_IMPERSONAL = frozenset({"exister", "falloir", "sembler", "paraître", "rester", "manquer",
                         "suffire", "valoir", "agir", "arriver", "pleuvoir", "neiger"})


def sole_person_of_gender(doc: Doc, pronoun: Token, index: _Mentions,
                          wanted: str | None, given: Mapping[str, str]) -> int | None:
    """The latest mention row before the pronoun, outside quotations, of the only person of
    gender `wanted` named up to the end of its sentence, or None when there are none or
    several."""
    quoted = quotations(doc)
    if (wanted is None or inside(quoted, pronoun.idx) or _impersonal(pronoun)
            or _thing_before(doc, pronoun, wanted)):
        return None
    counts: Counter[str] = Counter()
    latest: dict[str, int] = {}
    for number, row in enumerate(index.rows):
        if row["label"] != "PER" or row["start"] >= pronoun.sent.end_char:
            continue
        counts[row_name(row)] += 1  # any named so far, quoted too, may be the one
        if row["start"] < pronoun.idx and not inside(quoted, row["start"]):
            latest[row_name(row)] = number
    matching = [name for name in counts if given.get(name) == wanted]
    if len(matching) != 1 or matching[0] not in latest:
        return None
    found = matching[0]
    if any(count >= counts[found] for name, count in counts.items() if name not in given):
        return None  # "X" of no known gender, named as often, may be the one
    return latest[found]


def _thing_before(doc: Doc, pronoun: Token, wanted: str) -> bool:
    """The two sentences before the pronoun's, or its own before it, have a noun subject of the
    pronoun's gender and number ("La loi a été votée. Elle prévoit"), or a body's name
    ("X Corp. a gagné la confiance de la Nasa. Elle était devenue")."""
    start = pronoun.sent.start
    for _ in range(2):  # two back: a period in a name ("X Corp.") may end a sentence early
        start = doc[start - 1].sent.start if start > 0 else start
    return any(token.dep_ in _SUBJECTS and "Plur" not in token.morph.get("Number", [])
               and token.pos_ == "NOUN" and wanted in token.morph.get("Gender", [])
               for token in doc[start:pronoun.i]) or any(
        _bare_body(entity) for entity in doc[start:pronoun.i].ents)


def _bare_body(entity: Span) -> bool:
    """A body's name with no preposition, which a pronoun may stand for (a company)."""
    return entity.label_ == "ORG" and not any(
        c.dep_ == "case" for c in entity.root.children) and entity.root.dep_ != "nmod"


def _impersonal(pronoun: Token) -> bool:
    """An impersonal "il": of a verb French uses so, or with "y" ("il y a")."""
    verb = pronoun.head
    return pronoun.lower_ == "il" and (verb.lemma_.lower() in _IMPERSONAL or any(
        c.lower_ == "y" for c in verb.children))
