"""What one event row learns from the rows around it in its document.

- `one_per_coordination`: coordinated predicates with the same actors and the same date tell
  one act ("X a reçu et félicité Y lundi"): one row, the others' targets and places joined in.
- `date_of_its_sentence`: an event with no date of its own, in a sentence whose only other
  row is dated, names no actor and frames it ("Lors du scrutin de 2017, X avait voté",
  "Alors que le pays est plongé lundi dans la grève, X a déclaré"), takes that date
  (`date_anchor: "sentence"`); the framing row goes if it names nobody at all: the sentence
  tells one dated act, and it is the named one's.
- `date_from_context`: an event with no date of its own takes the date of the event it
  continues, when a previous sentence of the same paragraph tells a dated event with an actor
  in common and the same planned-ness ("X a rencontré Y lundi. Il l'a ensuite reçu à dîner"
  is dated too; "Il a prévu de rencontrer Z" is not):
  `date_anchor: "context"`. Before it, an act's noun named again with "le" or "ce" and nobody
  named takes the actors of the act of its type told just before (`_acts_named_again`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from corpus_cli.extract.tense import pluperfect

from .clauses import described_noun
from .tokens import quotations, token_index
from .tree import QUOTE_TYPES
from .wordlists import _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How many sentences back an undated event may look for the event it continues: further back,
# an article has usually moved on to another occasion.
MAX_CONTEXT_SENTENCES = 2
# Fields the two steps read and the stored rows do not keep.
_WORKING_FIELDS = ("sentence_start", "paragraph", "pronoun", "antecedent", "antecedents",
                   "passive", "needs_actor")


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


def _told_as_before(doc: Doc, previous: int, start: int) -> bool:
    """The act is told in the pluperfect and the dated one before it is not ("invité mardi,
    il a rappelé qu'il avait signé un accord"): it happened before that day."""
    tokens = token_index(doc)
    verb, earlier = tokens.at(doc, start), tokens.at(doc, previous)
    return verb is not None and pluperfect(verb) and not (earlier is not None
                                                          and pluperfect(earlier))


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
            elif row.get("antecedents"):  # "X et Y ... Ils ont condamné": all of them
                field = "targets" if row.get("passive") else "actors"
                row[field] = [*row["antecedents"],
                              *(n for n in row[field] if n not in row["antecedents"])]
                row["participants"] = [*row["antecedents"], *(
                    n for n in row["participants"] if n not in row["antecedents"])]
            else:  # "ils": the actors of the event told just before
                _pronoun_actors(row, events[:number], starts)
    _while_clauses(doc, events, dates)
    _acts_named_again(doc, events, starts, dates)
    for number, row in enumerate(events):
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
                    # a plan is not dated by a past act, nor a past act by a plan ("X est
                    # parti lundi. Il a prévu de rencontrer Y")
                    and (previous["status"] == "planned") == (row["status"] == "planned")
                    and set(previous["actors"]) & set(row["actors"])
                    and not _voices_apart(doc, previous["start"], row["start"])
                    and not _told_as_before(doc, previous["start"], row["start"])):
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


# How many sentences back an act's noun with a definite or demonstrative determiner ("l'attaque",
# "cette attaque") may find the act it names again: an article retells its act nearby.
MAX_RETOLD_SENTENCES = 4
# Acts many people do in one story: a statement, a publication named again may be another's.
_SAID = QUOTE_TYPES | {"publication", "other"}
# The determiners of an act named again.
_DEFINITE = frozenset({"le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces"})


def _acts_named_again(doc: Doc, events: list[dict[str, Any]], starts: Sequence[int],
                      dates: Sequence[Mapping[str, Any]]) -> None:
    """An act's noun with a definite or demonstrative determiner and nobody named ("L'attaque de
    mardi, toujours en cours...", "Cette attaque...") names again the act of its type told
    before with an actor ("Des hommes armés ont attaqué un hôpital mardi"): just before, or
    anywhere on the same day. It takes that act's actors."""
    tokens = token_index(doc)

    def day(row: Mapping[str, Any]) -> str | None:
        return None if row["date"] is None else dates[row["date"]].get("value")

    for number, row in enumerate(events):
        if row["participants"] or row["type"] in _SAID:
            continue  # "la visite du roi X en mars 2016" names its own
        token = tokens.at(doc, row["start"])
        if token is None or token.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children) or any(
                c.dep_ == "nmod" and described_noun(c) is not None for c in token.children):
            continue  # "la réunion du conseil municipal" names its own, described
        own = bisect_right(starts, row["sentence_start"]) - 1
        for previous in reversed(events[:number]):
            near = own - (bisect_right(starts, previous["sentence_start"]) - 1) <= (
                MAX_RETOLD_SENTENCES)
            same_day = day(row) is not None and day(previous) == day(row)
            if previous["type"] == row["type"] and previous["actors"] and (near or same_day):
                row["actors"] = list(previous["actors"])
                row["participants"] = [*row["actors"], *(
                    n for n in row["participants"] if n not in row["actors"])]
                break


# The subordinators of a clause told as happening while the main one does ("alors qu'il
# visitait une école, il a assuré").
_WHILE = frozenset({"alors", "lorsque", "lorsqu'", "lorsqu’", "quand", "tandis", "pendant"})


def _while_clauses(doc: Doc, events: list[dict[str, Any]],
                   dates: Sequence[Mapping[str, Any]]) -> None:
    """An undated row of a clause of simultaneity ("alors que", "lorsque") takes the date of
    the dated row of its sentence that shares an actor: the two happen together."""
    tokens = token_index(doc)
    for row in events:
        if row["date"] is not None or not row["actors"]:
            continue
        token = tokens.at(doc, row["start"])
        if token is None or not any(c.dep_ == "mark" and c.lower_ in _WHILE
                                    for c in token.children):
            continue
        lender = next((other for other in events if other is not row
                       and other["sentence_start"] == row["sentence_start"]
                       and other["date"] is not None
                       and set(other["actors"]) & set(row["actors"])), None)
        if lender is not None:
            row["date"], row["date_text"] = lender["date"], dates[lender["date"]]["text"]
            row["date_anchor"] = "sentence"


def _voices_apart(doc: Doc, lender: int, borrower: int) -> bool:
    """The lender is inside a quotation the borrower is not in: the quoted words' acts are the
    speaker's story ('"... on nous l'annonce pour le 9 mai", a fustigé X'), not the saying's.
    The other way is allowed: an incise inside quotation marks left open ('"..., a expliqué
    X. Et ..."') is the writer's, and continues the saying told before it."""
    return any(start <= lender < end and not start <= borrower < end
               for start, end in quotations(doc))


# How the clause that lends its date hangs on the named act's word: a fronted adverbial clause
# ("Alors que le pays est plongé mardi dans la grève, X a déclaré"), a participle on its
# subject ("Invité de la radio ce lundi, le ministre a promis"), or a participle on the act's
# noun ("le départ annoncé le 7 avril de X"); a fronted phrase of simultaneity too ("Lors du
# scrutin de 2017"). A reported clause or an object has its own time.
_LENDING_DEPS = frozenset({"advcl", "acl", "nsubj", "nsubj:pass"})


def date_of_its_sentence(doc: Doc, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows in the same order; in a sentence with one dated row that names no actor and one
    undated row with an actor, the latter takes the date when the former's clause frames it
    (`_frames`); the former goes if it names nobody at all."""
    tokens = token_index(doc)
    spans = quotations(doc)
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for row in events:
        by_sentence.setdefault(row["sentence_start"], []).append(row)
    dropped: set[int] = set()
    for rows in by_sentence.values():
        nobody = [r for r in rows if r["date"] is not None and not r["actors"]]
        named = [r for r in rows if r["date"] is None and r["actors"]]
        if len(nobody) != 1 or len(named) != 1 or len(rows) != 2:
            continue
        empty, row = nobody[0], named[0]
        lender, borrower = tokens.at(doc, empty["start"]), tokens.at(doc, row["start"])
        if lender is None or borrower is None or not _frames(lender, borrower) or any(
                (low <= lender.idx < high) != (low <= borrower.idx < high)
                for low, high in spans):
            continue  # a date in quoted words is the words' own
        row["date"], row["date_text"] = empty["date"], empty["date_text"]
        row["date_anchor"] = "sentence"
        if not empty["participants"]:
            dropped.add(id(empty))
    return [row for row in events if id(row) not in dropped]


def _frames(lender: Token, borrower: Token) -> bool:
    """The lender's clause frames the borrower's act: it hangs on the act's word (or its
    subject) as a fronted adverbial clause or participle, or as a participle on the act's
    noun right after it."""
    node = lender
    while node.head.i != node.i:
        parent = node.head
        if parent.i == borrower.i:
            if node.dep_ == "acl" and lender.i == node.i and lender.i > borrower.i:
                return True  # "le départ annoncé le 7 avril"
            if node.dep_.startswith(("obl", "advmod")) and lender.i < borrower.i:
                # "Lors du scrutin de 2017, X a voté" ("lors" read as an adverb, or the case)
                return any(t.lower_ in _words("simultaneity") for t in (node, *node.children)
                           if t.i == node.i or t.dep_ == "case")
            if node.dep_.startswith("nsubj") and lender.i != node.i and not _bare_participle_on(
                    lender, node):
                # "X, ancien allié de Y à la présidentielle 2017, a critiqué", "X, celui qui
                # a inculpé Y en novembre, a estimé": a description of the subject tells who
                # acts, not when
                return False
            if _reported_clause(node):
                return False  # '"il appellera à la grève le 26 janvier, a expliqué X"'
            return node.dep_ in _LENDING_DEPS and lender.i < borrower.i
        node = parent
    return False


def _reported_clause(node: Token) -> bool:
    """A finite clause with its own subject and no conjunction, hung on the verb after it as
    an adverbial: the words an incise's verb of saying reports, not a frame of its act."""
    return node.dep_ == "advcl" and "Fin" in node.morph.get("VerbForm", []) and any(
        c.dep_.startswith("nsubj") for c in node.children) and not any(
        c.dep_ == "mark" for c in node.children)


def _bare_participle_on(lender: Token, subject: Token) -> bool:
    """The lender is a participle with no auxiliary hung on the subject ("le ministre, invité
    de la radio ce lundi, a promis"): it frames the subject's act."""
    return (lender.head.i == subject.i and lender.dep_ == "acl"
            and "Part" in lender.morph.get("VerbForm", [])
            and not any(c.dep_.startswith("aux") for c in lender.children))
