"""What one event row learns from the rows around it in its document.

- `one_per_coordination`: coordinated predicates with the same actors and the same date tell
  one act ("X a reçu et félicité Y lundi"): one row, the others' targets and places joined in.
- `date_from_context`: an event with no date of its own takes the date of the event it
  continues, when a previous sentence of the same paragraph tells a dated event with an actor
  in common ("X a rencontré Y lundi. Il l'a ensuite reçu à dîner" is dated too):
  `date_anchor: "context"`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .tokens import token_index

if TYPE_CHECKING:
    from spacy.tokens import Doc

# How many sentences back an undated event may look for the event it continues: further back,
# an article has usually moved on to another occasion.
MAX_CONTEXT_SENTENCES = 2
# Fields the two steps read and the stored rows do not keep.
_WORKING_FIELDS = ("sentence_start", "paragraph", "pronoun", "antecedent", "passive",
                   "needs_actor")


def one_per_coordination(doc: Doc, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows in document order, a conjunct with the same actors and date folded into the first."""
    tokens = token_index(doc)
    kept: list[dict[str, Any]] = []
    for row in events:
        token = tokens.at(doc, row["start"])
        first = next((k for k in kept if token is not None and _coordinated(k, row, token,
                                                                              doc)), None)
        if first is None:
            kept.append(row)
            continue
        for field in ("targets", "participants", "places"):
            first[field] += [n for n in row[field] if n not in first[field]]
    return kept


def _coordinated(first: Mapping[str, Any], row: Mapping[str, Any], token: Any,
                 doc: Doc) -> bool:
    if row["date"] is None or row["date"] != first["date"] or not row["actors"]:
        return False
    if set(row["actors"]) != set(first["actors"]):
        return False
    head = token_index(doc).at(doc, first["start"])
    return head is not None and token.dep_ == "conj" and token.head.i == head.i


def _pronoun_actors(row: dict[str, Any], before: Sequence[Mapping[str, Any]],
                    starts: Sequence[int]) -> None:
    """"Il a ensuite reçu X": the actors of the event told just before, in the same or the
    previous sentence of the paragraph, are this one's."""
    own = bisect_right(starts, row["sentence_start"]) - 1
    for previous in reversed(before):
        if (previous["paragraph"] != row["paragraph"]
                or own - (bisect_right(starts, previous["sentence_start"]) - 1) > 1):
            return
        if previous["actors"]:
            row["actors"] = list(previous["actors"])
            row["participants"] = [*previous["actors"], *(
                n for n in row["participants"] if n not in previous["actors"])]
            return


def date_from_context(doc: Doc, events: list[dict[str, Any]],
                      dates: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Undated rows dated by the event they continue; working fields removed."""
    starts = [sentence.start_char for sentence in doc.sents]
    for number, row in enumerate(events):
        if row["pronoun"]:
            if row.get("antecedent"):
                # The person last named as a subject, who acts or, for a passive ("il a été
                # déféré"), is acted on.
                row["targets" if row.get("passive") else "actors"].insert(0, row["antecedent"])
                row["participants"] = [row["antecedent"], *(
                    n for n in row["participants"] if n != row["antecedent"])]
            else:  # "ils": the actors of the event told just before
                _pronoun_actors(row, events[:number], starts)
        if row["date"] is not None or not row["actors"]:
            continue
        own = bisect_right(starts, row["sentence_start"]) - 1
        for previous in reversed(events[:number]):
            if previous["paragraph"] != row["paragraph"]:
                break
            distance = own - (bisect_right(starts, previous["sentence_start"]) - 1)
            if distance > MAX_CONTEXT_SENTENCES:
                break
            if (distance >= 1 and previous["date"] is not None
                    and previous.get("date_anchor") != "context"
                    and set(previous["actors"]) & set(row["actors"])):
                row["date"] = previous["date"]
                row["date_text"] = dates[previous["date"]]["text"]
                row["date_anchor"] = "context"
                break
    # A row kept only for a pronoun's actors ("ils ont saisi mardi") is no event without them.
    events = [row for row in events if not (row.get("needs_actor") and not row["actors"])]
    for row in events:
        for field in _WORKING_FIELDS:
            row.pop(field, None)
    return events
