"""The body an arrest, a charge or a sentence implies, named near it: who arrests is the
police, who charges a judge, who sentences a court ("Il a été interpellé vendredi. La police
l'avait pris en chasse", "Elle a été condamnée jeudi. Le tribunal correctionnel a suivi les
réquisitions"); who attacked, the attacker a noun names ("Un homme a été blessé samedi.
L'agresseur a pris la fuite").

French news tells an arrest or a sentence in the passive and names the police or the court in
the sentence next to it, or in the one before, as the subject or the agent of its own verb. A
reader takes that body as the performer (the judged samples v30-v44: about half the arrests
and sentences left with no actor named their body so). Only a body that acts there counts (a
subject or an agent), not one acted on ("un policier a été blessé"), and only within the
event's paragraph, nearest sentence first.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from corpus_cli import lexicon as wordfiles

from .clauses import described_noun
from .kinds import type_of
from .tokens import inside, quotations
from .tree import QUOTE_TYPES, noun_as_adjective
from .wordlists import EXPRESSIONS_FILE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# How far from the event's sentence a body is looked for, in sentences each way.
REACH = 2
# The same for an attacker's noun: the sentence before or after only, as an article often
# tells of other attacks (and their authors) beside the one it reports.
NAMING_REACH = 1
# The word list of each kind of act whose body is implied (events_expressions.txt).
_SECTIONS = {"arrest": "arresting_bodies", "trial": "sentencing_bodies",
             "charge": "charging_bodies", "assault": "attacking_persons",
             "mass_violence": "attacking_persons"}
# The kinds whose noun names the performer whatever it does in its own clause ("l'agresseur
# a été interpellé": he attacked, whoever arrested him).
NAMING_KINDS = frozenset({"assault", "mass_violence"})


@functools.cache
def _bodies(kind: str) -> frozenset[str]:
    return wordfiles.words(EXPRESSIONS_FILE, _SECTIONS[kind])


def implied_body(anchor: Token, kind: str, paragraph: tuple[int, int]) -> str | None:
    """The police or the court that acts in the sentences around an arrest's or a sentence's
    anchor, nearest first, within the paragraph (`paragraph`: its start and end offsets), as
    text; None when the event is of another kind or none acts there."""
    if kind not in _SECTIONS:
        return None
    doc = anchor.doc
    reach = NAMING_REACH if kind in NAMING_KINDS else REACH
    for sentence in _around(doc, anchor.sent, paragraph, reach):
        for token in sentence:
            if _acting_body(token, kind):
                # "les deux assassins de X, tuée le 3 mars": not "tuée"
                found = described_noun(token, None if anchor.is_ancestor(token) else anchor)
                if found is not None:
                    return found
    return None


def _around(doc: Doc, sentence: Span, paragraph: tuple[int, int], reach: int) -> list[Span]:
    """The sentence, then the next and the previous ones, alternately, up to `reach` each
    way, inside the paragraph."""
    sentences = [s for s in doc.sents if paragraph[0] <= s.start_char < paragraph[1]]
    position = next((k for k, s in enumerate(sentences) if s.start == sentence.start), None)
    if position is None:
        return [sentence]
    order = [sentence]
    for step in range(1, reach + 1):
        order += [sentences[k] for k in (position + step, position - step)
                  if 0 <= k < len(sentences)]
    return order


def _acting_body(token: Token, kind: str) -> bool:
    """A noun of the kind's bodies that acts in its clause: a subject of an active verb, or
    a passive's agent ("par la police"); not one quoted."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _bodies(kind):
        return False
    if kind in NAMING_KINDS:
        return not noun_as_adjective(token) and not inside(quotations(token.doc), token.idx)
    agent = token.dep_ == "obl:agent" or (token.dep_.startswith("obl") and any(
        c.dep_ == "case" and c.lower_ == "par" for c in token.children))
    subject = token.dep_ == "nsubj"
    if kind == "charge" and subject and type_of(token.head.lemma_, "VERB")[0] in QUOTE_TYPES:
        return False  # "a précisé le magistrat": the prosecutor who tells of it charges no one
    return (agent or subject) and not inside(quotations(token.doc), token.idx)
