"""How far to trust an event row: a logistic score learned from judged timeline samples.

The rules pick one date and some actors among the candidates of a sentence; readers who judged
the timeline's entries (benchmarks/events_sample*.jsonl) found the pick wrong most often in
shapes the row itself shows: a date far from its verb or set on another word, a date years
away from the article, a performer not named in the sentence. `features` measures those
shapes; data/events_confidence.json holds the weights that benchmarks/train_events_confidence.py
fits to the judgements (two models: the date right, an actor right). `confidence` is the
product of the two probabilities, so that a caller can sort or filter entries by it.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from datetime import date as Day
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from corpus_cli.extract.tense import is_conditional
from corpus_cli.nlp.model import text_of

from .tokens import inside, quotations, span_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_STARTS_KEY = "corpus_cli.events.confidence.sentence_starts"
_VERBS = frozenset({"VERB", "AUX"})
_CLAUSES = frozenset({"acl", "acl:relcl", "ccomp", "advcl", "csubj", "parataxis"})
_MODALS = frozenset({"devoir", "pouvoir", "falloir", "vouloir", "souhaiter", "espérer"})
_FIRST_PERSON = frozenset({"je", "j'", "j’", "nous"})
_BOUNDS = frozenset({"pour", "avant", "jusqu'", "jusqu’", "jusqu'au", "jusqu’au", "jusque"})
_GRAINS = ("day", "month", "year", "minute", "week", "range", "season", "duration")


def features(doc: Doc, row: Mapping[str, Any], dates: Sequence[Mapping[str, Any]],
             reference: str | None) -> dict[str, float]:
    """The measures of `row` that the models weigh (0/1 flags and small numbers); `reference`
    is the document's date."""
    trigger = _token_at(doc, int(row["start"]))
    sentence = trigger.sent if trigger is not None else None
    found = {
        "bias": 1.0,
        "clause_floor": float(row.get("basis") == "clause"),
        "type_other": float(row.get("type") == "other"),
        "status_planned": float(row.get("status") == "planned"),
        "status_reported": float(row.get("status") == "reported"),
        "noun_trigger": float(trigger is not None and trigger.pos_ in ("NOUN", "PROPN")),
        "quote": float(bool(row.get("quote"))),
        "sentence_words": math.log1p(len(sentence)) if sentence is not None else 0.0,
        "sentence_index": math.log1p(_sentence_index(doc, sentence)),
        f"type_{row.get('type')}": 1.0,
    }
    if trigger is not None:
        form = trigger.morph.get("VerbForm", [])
        found["trigger_infinitive"] = float("Inf" in form)
        found["trigger_bare_participle"] = float(
            "Part" in form and not any(child.pos_ == "AUX" for child in trigger.children))
        found["actor_subject"] = float(_actor_is_subject(doc, row, trigger))
        found.update(_mood_features(doc, trigger))
    found.update(_actor_features(doc, row, sentence))
    number = row.get("date")
    if number is not None and 0 <= number < len(dates):
        found.update(_date_features(doc, row, dates[number], dates, sentence))
        found.update(_distance_features(row, dates[number], reference))
    return found


def _mood_features(doc: Doc, trigger: Token) -> dict[str, float]:
    """Whether the trigger is someone's words, a wish or a count rather than a told act."""
    verbs = [trigger, *(c for c in trigger.children if c.dep_.startswith("aux"))]
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    return {
        "trigger_quoted": float(inside(quotations(doc), trigger.idx)),
        "trigger_conditional": float(any(is_conditional(verb) for verb in verbs)),
        "trigger_modal": float(trigger.dep_ == "xcomp" and trigger.head.lemma_ in _MODALS),
        "first_person": float(subject is not None and subject.lower_ in _FIRST_PERSON),
        "trigger_counted": float(any(c.dep_ == "nummod" for c in trigger.children)),
    }


def _actor_features(doc: Doc, row: Mapping[str, Any], sentence: Span | None
                    ) -> dict[str, float]:
    actors = [str(name) for name in row.get("actors") or ()]
    text = (_text(doc, sentence) if sentence is not None
            else str(row.get("sentence") or ""))
    offset = sentence.start_char if sentence is not None else 0
    trigger = int(row["start"]) - offset
    named = [text.find(name) for name in actors]
    within = [place for place in named if place >= 0]
    return {
        "no_actor": float(not actors),
        "actors_many": float(len(actors) > 1),
        "actor_outside": float(bool(actors) and not within),
        "actor_described": float(bool(actors) and all(name[:1].islower() for name in actors)),
        "actor_after": float(bool(within) and min(within) > trigger),
        "actor_quoted": float(sentence is not None and any(
            inside(quotations(doc), offset + place) for place in within)),
        "targets": float(bool(row.get("targets"))),
    }


def _date_features(doc: Doc, row: Mapping[str, Any], date: Mapping[str, Any],
                   dates: Sequence[Mapping[str, Any]], sentence: Span | None
                   ) -> dict[str, float]:
    start, trigger_start = int(date["start"]), int(row["start"])
    same_sentence = sentence is not None and sentence.start_char <= start < sentence.end_char
    between = _between(doc, trigger_start, start) if same_sentence else []
    found = {
        "dated": 1.0,
        "date_context": float(row.get("date_anchor") == "context"),
        "date_sentence": float(row.get("date_anchor") == "sentence"),
        "date_elsewhere": float(not same_sentence),
        "date_attached": float(date.get("attached_start") == trigger_start),
        "date_before": float(start < trigger_start),
        "date_distance": math.log1p(len(between)) if same_sentence else 0.0,
        "verb_between": float(any(t.pos_ in _VERBS for t in between)),
        "comma_between": float(any(t.text in (",", ";", ":", "(") for t in between)),
        "dates_in_sentence": float(sum(1 for other in dates if sentence is not None
                                       and sentence.start_char <= int(other["start"])
                                       < sentence.end_char) > 1),
        "date_relative": float(date.get("anchor") not in ("absolute", None)),
        "date_noun_head": float(_head_is_noun(doc, start)),
        "date_quoted": float(inside(quotations(doc), start)),
        "date_bound": float(_bound_before(doc, start)),
    }
    found.update(_path_features(doc, start, trigger_start) if same_sentence else {})
    grain = str(date.get("granularity"))
    found.update({f"grain_{name}": float(grain == name) for name in _GRAINS})
    return found


def _distance_features(row: Mapping[str, Any], date: Mapping[str, Any],
                       reference: str | None) -> dict[str, float]:
    """How far the date lies from the article's date, and whether the tenses agree."""
    found = {"years_away": 0.0, "future_occurred": 0.0, "past_planned": 0.0}
    try:
        when = Day.fromisoformat(str(date.get("start_date")))
        published = Day.fromisoformat(str(reference)[:10])
    except ValueError:
        return found
    days = (when - published).days
    found["years_away"] = min(abs(days) / 365.0, 10.0)
    found["future_occurred"] = float(days > 1 and row.get("status") == "occurred")
    found["past_planned"] = float(days < -1 and row.get("status") == "planned")
    return found


def _path_features(doc: Doc, date_start: int, trigger_start: int) -> dict[str, float]:
    """Where the date's token hangs in the parse against the trigger's."""
    date, trigger = _token_at(doc, date_start), _token_at(doc, trigger_start)
    if date is None or trigger is None:
        return {}
    up = [date, *date.ancestors]
    down = [trigger, *trigger.ancestors]
    common = next((token for token in up if token in down), None)
    if common is None:
        return {}
    climb = up[:up.index(common)]
    return {
        "date_in_subtree": float(common == trigger),
        "date_path": math.log1p(len(climb) + down.index(common)),
        "date_in_clause": float(any(t.dep_ in _CLAUSES for t in climb)),
        "trigger_in_clause": float(any(t.dep_ in _CLAUSES for t in down[:down.index(common)])),
    }


def _actor_is_subject(doc: Doc, row: Mapping[str, Any], trigger: Token) -> bool:
    """Whether a listed actor is written as the trigger's subject or passive agent."""
    sentence = trigger.sent
    for name in row.get("actors") or ():
        place = _text(doc, sentence).find(str(name))
        token = _token_at(doc, sentence.start_char + place) if place >= 0 else None
        while token is not None and token.head != token and token.head != trigger:
            token = token.head
        if token is not None and token.head == trigger and token.dep_.startswith(
                ("nsubj", "obl:agent")):
            return True
    return False


def _text(doc: Doc, sentence: Span) -> str:
    return text_of(doc)[sentence.start_char:sentence.end_char]


def _sentence_index(doc: Doc, sentence: Span | None) -> int:
    if sentence is None:
        return 0
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:  # once per document: spaCy builds every sentence's Span to list them
        starts = doc.user_data[_STARTS_KEY] = [other.start for other in doc.sents]
    return bisect_left(starts, sentence.start)


def _token_at(doc: Doc, offset: int) -> Token | None:
    """The token holding character `offset` (`span_of`, kept per document)."""
    found = span_of(doc, offset, offset + 1)
    return None if found is None else doc[found[0]]


def _between(doc: Doc, one: int, other: int) -> list[Token]:
    """The tokens strictly between the tokens at two offsets."""
    low, high = (_token_at(doc, offset) for offset in sorted((one, other)))
    if low is None or high is None:
        return []
    return list(doc[low.i + 1:high.i])


def _bound_before(doc: Doc, offset: int) -> bool:
    """Whether the date is a deadline, a bound or a count's day ("pour le 3 juin", "avant le
    28 avril", "d'ici à mars", "jusqu'au 15", "reporté au 24 mai", "au 11 mai, on compte"),
    not the day an act is done."""
    token = _token_at(doc, offset)
    if token is None:
        return False
    words = [t.lower_ for t in doc[max(0, token.i - 3):token.i]]
    as_of = bool(words) and words[-1] == "au" and (token.like_num or token.lower_ == "1er")
    return as_of or any(word in _BOUNDS for word in words[-2:]) or "ici" in words


def _head_is_noun(doc: Doc, offset: int) -> bool:
    token = _token_at(doc, offset)
    return token is not None and token.head.pos_ in ("NOUN", "PROPN") and token.head != token


def weigh(doc: Doc, rows: list[dict[str, Any]], dates: Sequence[Mapping[str, Any]],
          reference: str | None) -> None:
    """Set each row's `confidence` (two decimals) from its measures."""
    for row in rows:
        row["confidence"] = round(score(features(doc, row, dates, reference))["confidence"], 2)


def score(found: Mapping[str, float]) -> dict[str, float]:
    """The probabilities that the date is right and that an actor is right, and their product."""
    weights = _weights()
    date = _logistic(weights["date"], found) if found.get("dated") else 1.0
    actor = _logistic(weights["actor"], found)
    return {"date": date, "actor": actor, "confidence": date * actor}


def _logistic(weights: Mapping[str, float], found: Mapping[str, float]) -> float:
    total = sum(weights.get(name, 0.0) * value for name, value in found.items())
    return 1.0 / (1.0 + math.exp(-max(min(total, 30.0), -30.0)))


@cache
def _weights() -> dict[str, dict[str, float]]:
    text = resources.files("corpus_cli.data").joinpath("events_confidence.json").read_text(
        "utf-8")
    return {name: dict(model) for name, model in json.loads(text)["models"].items()}
