"""The analysis of one document: a pure function from its parsed text and date to plain rows."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
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
        mentions = _guarded(result, "mentions and events", entities.extract_mentions, doc)
        date_rows = _guarded(result, "dates and events", dates.extract_dates, doc, reference)
        event_rows = (_guarded(result, "events", _events, doc, mentions, date_rows, reference)
                      if mentions is not None and date_rows is not None else None)
        mentions, date_rows, event_rows = mentions or [], date_rows or [], event_rows or []
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


def _events(doc: Doc, mentions: list[dict[str, Any]], date_rows: list[dict[str, Any]],
            reference: str | None) -> list[dict[str, Any]]:
    from . import events

    event_rows = events.extract_events(doc, mentions, date_rows, reference=reference)
    events.weigh(doc, event_rows, date_rows, reference)
    return event_rows


def _guarded(result: dict[str, Any], left_out: str, rows_of: Callable[..., list[dict[str, Any]]],
             *args: Any) -> list[dict[str, Any]] | None:
    """The rows of one layer for one text, or None when its rules fail on it: the failure is
    said in the document's counts (FAILED), the rows it leaves out are named (`left_out`), and
    the corpus goes on. The rules are many and hand-made, and one unforeseen sentence must not
    stop the analysis of thousands."""
    try:
        return rows_of(*args)
    except Exception as error:  # the docstring says why every fault is caught
        log.debug("the rules failed on a document", exc_info=True)
        result["counts"].setdefault(FAILED, (
            f"internal error in the analysis ({type(error).__name__}: {error}); its {left_out}"
            " are left out, please report it"))
        return None


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
