"""Rows built by hand as the extraction layers write them, shared by the tests of both halves."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from corpus_cli.extract.dates import extract_dates
from corpus_cli.extract.events import extract_events
from corpus_cli.extract.mentions import extract_mentions


def mention_rows(doc) -> list[dict[str, Any]]:
    """Mention rows as the mentions layer writes them, from the Doc's entities."""
    sentences = list(doc.sents)
    return [{"start": e.start_char, "end": e.end_char, "text": e.text, "name": e.text,
             "label": e.label_, "roles": [], "resolved": None,
             "sentence": next(n for n, s in enumerate(sentences) if s.start <= e.start < s.end)}
            for e in doc.ents]


def date_row(doc, text: str, value: str | None, start_date: str | None = None,
             end_date: str | None = None, *, attached_to: str | None = None,
             kind: str = "date", granularity: str = "day") -> dict[str, Any]:
    """A date row as the dates layer writes it, for the first `text` in the document."""
    start = doc.text.index(text)
    attached_start = None
    if attached_to is not None:
        attached_start = next(t.idx for t in doc if t.text == attached_to)
    sentence = next(n for n, s in enumerate(doc.sents) if s.start_char <= start < s.end_char)
    return {"start": start, "end": start + len(text), "text": text, "kind": kind,
            "value": value, "granularity": granularity, "mod": None,
            "start_date": start_date or value, "end_date": end_date or start_date or value,
            "anchor": "absolute", "tense": None, "attached_to": attached_to,
            "attached_start": attached_start, "sentence": sentence, "rule": "test"}


def run(nlp, text: str, dates: list[tuple] = (), **options) -> tuple[list[dict], list[dict]]:
    """Events of a text, with date rows given as (text, value, start, end, attached_to, kind)."""
    doc = nlp(text)
    rows = []
    for spec in dates:
        expression, value, *rest = spec
        start_date, end_date, attached_to, kind = [*rest, None, None, None, None][:4]
        rows.append(date_row(doc, expression, value, start_date, end_date,
                             attached_to=attached_to, kind=kind or "date"))
    return extract_events(doc, mention_rows(doc), rows, **options), rows


def names(doc) -> list[str]:
    return [m["name"] for m in extract_mentions(doc)]


def row(name: str, label: str = "PER", document: str = "d1", resolved: str | None = None,
        roles: Sequence[str] = ()) -> dict[str, Any]:
    return {"name": name, "label": label, "document": document, "resolved": resolved,
            "roles": list(roles), "start": 0, "end": len(name), "text": name, "sentence": 0}


def rows(name: str, count: int, label: str = "PER", prefix: str = "d") -> list[dict[str, Any]]:
    """`count` mentions of `name`, one per document."""
    return [row(name, label, f"{prefix}{i}") for i in range(count)]


def layered(nlp, text: str, reference: str = "2021-03-10") -> list[dict[str, Any]]:
    """Events of a text with the real mentions and dates layers (reference: a Wednesday)."""
    doc = nlp(text)
    return extract_events(doc, extract_mentions(doc), extract_dates(doc, reference),
                          reference=reference)


def dated_row(nlp, text: str, date_text: str) -> dict[str, Any]:
    """The event of a text (real layers) dated by `date_text`."""
    return next(row for row in layered(nlp, text) if row["date_text"] == date_text)


def trigger_row(nlp, text: str, trigger: str, reference: str = "2021-03-10") -> dict[str, Any]:
    """The event of a text (real layers) whose trigger is `trigger`."""
    return next(row for row in layered(nlp, text, reference) if row["trigger"] == trigger)


def triggers(nlp, text: str, reference: str = "2021-03-10",
             date_text: str | None = None) -> list[str]:
    """The triggers of a text's events (real layers), only those dated by `date_text` if
    given."""
    return [row["trigger"] for row in layered(nlp, text, reference)
            if date_text is None or row["date_text"] == date_text]
