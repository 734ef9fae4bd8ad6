"""The analysis of one document: a pure function from its parsed text and date to plain rows."""

from __future__ import annotations

import logging
from collections import Counter
from typing import TYPE_CHECKING, Any

from corpus_cli.rows import FAILED

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV"})
_OFFSET_FIELDS = ("start", "end", "attached_start")


def analyse_document(chunks: list[tuple[int, Doc]], reference: str | None) -> dict[str, Any]:
    """Rows for one document parsed as (offset, Doc) chunks: counts, mentions, dates, events."""
    from . import dates
    from . import mentions as entities

    result: dict[str, Any] = {"counts": {"tokens": 0, "words": 0, "sentences": 0},
                              "lemmas": {"content": {}, "other": {}},
                              "mentions": [], "dates": [], "events": []}
    sentences_before = 0
    for offset, doc in chunks:
        dates_before = len(result["dates"])
        _add_counts(result, doc)
        mentions = entities.extract_mentions(doc)
        date_rows = dates.extract_dates(doc, reference)
        event_rows = _events(result, doc, mentions, date_rows, reference)
        for row in mentions:
            row["sentence"] += sentences_before
        for row in event_rows:
            if row.get("date") is not None:
                row["date"] += dates_before
        result["mentions"].extend(_shifted(row, offset) for row in mentions)
        result["dates"].extend(_shifted(row, offset) for row in date_rows)
        result["events"].extend(_shifted(row, offset) for row in event_rows)
        sentences_before += sum(1 for _ in doc.sents)
    result["counts"].update(summary_counts(result))
    return result


def _events(result: dict[str, Any], doc: Doc, mentions: list[dict[str, Any]],
            date_rows: list[dict[str, Any]], reference: str | None) -> list[dict[str, Any]]:
    """The events of one chunk. A fault of the event rules on one text leaves that text
    without events, said in its counts (FAILED), and the corpus goes on: the rules are many
    and hand-made, and one unforeseen sentence must not stop the analysis of thousands."""
    from . import events

    try:
        event_rows = events.extract_events(doc, mentions, date_rows, reference=reference)
        events.weigh(doc, event_rows, date_rows, reference)
    except Exception as error:  # the docstring says why every fault is caught
        log.debug("the event rules failed on a document", exc_info=True)
        result["counts"][FAILED] = (f"internal error in the event rules ({type(error).__name__}: "
                                    f"{error}); its events are left out, please report it")
        return []
    return event_rows


def summary_counts(result: dict[str, Any]) -> dict[str, Any]:
    """Counts kept beside the rows, so that statistics need not read the rows."""
    return {
        "mentions": dict(Counter(row["label"] for row in result["mentions"])),
        "dates": len(result["dates"]),
        "events": len(result["events"]),
    }


def _add_counts(result: dict[str, Any], doc: Doc) -> None:
    counts = result["counts"]
    content: Counter[str] = Counter(result["lemmas"]["content"])
    other: Counter[str] = Counter(result["lemmas"]["other"])
    for token in doc:
        if token.is_space:
            continue
        counts["tokens"] += 1
        if token.is_punct or not any(c.isalnum() for c in token.text):
            continue
        counts["words"] += 1
        lemma = (token.lemma_ or token.text).strip()
        if token.pos_ != "PROPN":
            lemma = lemma.lower()
        if is_content(token.pos_, token.is_stop, lemma):
            content[lemma] += 1
        else:
            other[lemma] += 1
    counts["sentences"] += sum(1 for sent in doc.sents if not all(t.is_space for t in sent))
    result["lemmas"] = {"content": dict(content), "other": dict(other)}


def is_content(pos: str, is_stop: bool, lemma: str) -> bool:
    """A content word: a noun, verb, adjective or adverb that is not a stop word or a number."""
    return pos in CONTENT_POS and not is_stop and len(lemma) > 1 and any(c.isalpha() for c in lemma)


def _shifted(row: dict[str, Any], offset: int) -> dict[str, Any]:
    if not offset:
        return row
    return {k: (v + offset if k in _OFFSET_FIELDS and isinstance(v, int) else v)
            for k, v in row.items()}
