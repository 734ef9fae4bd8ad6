"""Pass 2 for one document: its cleaned text and the record the corpus-level steps read."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from corpus_cli.documents.read import JSONL_SUFFIXES, STDIN, Document
from corpus_cli.rows import Record

from .keys import analysis_key, text_hash

if TYPE_CHECKING:
    from corpus_cli.documents.cleaning import Cleaned
    from corpus_cli.documents.metadata import Metadata

log = logging.getLogger(__name__)


@dataclass
class Prepared:
    """A document ready for the store: its record and cleaned text, or, for a record its
    file's memory gave (see files.py), the record with its counts and no text."""

    record: Record
    text: str | None = None


def prepare(document: Document, model: str, repeated: frozenset[str] = frozenset(),
            keep_boilerplate: bool = False, default_date: str | None = None,
            warn: bool = True) -> Prepared:
    """Clean a document (`repeated`: the run's furniture) and describe it as a record.
    `warn`: say here if it is not in French (a Dask worker leaves that to the client)."""
    cleaned_text, described = cleaned(document, repeated, keep_boilerplate)
    text = cleaned_text.text
    known = known_metadata(document, described, default_date)
    record = Record(
        id=document.id,
        path=document.path if document.path != STDIN else None,
        title=known["title"],
        date=known["date"],
        date_source=known["date_source"],
        source=known["source"],
        url=document.url,
        chars=(chars := _visible(document.text)),
        removed_chars=chars - _visible(text),
        key=analysis_key(text, known["date"], model),
        text_hash=text_hash(text),
        author=described.author,
        updated=described.updated,
        meta=document.meta,
        language=_language(text),
        unread_date=document.unread_date,
    )
    if warn:
        warn_language(record)
    return Prepared(record, text)


def cleaned(document: Document, repeated: frozenset[str],
            keep_boilerplate: bool) -> tuple[Cleaned, Metadata]:
    """A document's masked text and the metadata its text gives."""
    from corpus_cli.documents.cleaning import clean  # not needed by answers from the store
    from corpus_cli.documents.metadata import describe

    masked = clean(document.text, repeated, keep_boilerplate)
    return masked, describe(document.text, masked, _own_file_name(document))


def _own_file_name(document: Document) -> str | None:
    """The file name of a document that is a file of its own (not a line of JSON Lines)."""
    if document.path is None or document.path in (STDIN, "<stdin>"):
        return None
    if document.path.lower().endswith(JSONL_SUFFIXES):
        return None
    return Path(document.path).name


def _language(text: str) -> str:
    from corpus_cli.documents.language import language_of

    return language_of(text)


def warn_language(record: Record) -> None:
    """One warning for a document in another language than French."""
    from corpus_cli.documents.language import FRENCH, UNKNOWN

    if record.language not in (FRENCH, UNKNOWN):
        log.warning("%s: the text reads as %r, not French; the French model may misread it",
                    record.id, record.language)


def known_metadata(document: Document, described: Metadata,
                   default_date: str | None = None) -> dict[str, str | None]:
    """Title, date (with its source) and source of a document: what came with it (JSON Lines,
    HTML metadata) first, then what its text says, then `default_date` (--date)."""
    date, date_source = document.date, document.date_source
    if date is None and described.date is not None:
        date, date_source = described.date, described.date_source
    if date is None and default_date:
        date, date_source = default_date, "option"
    return {"title": document.title or described.title, "date": date,
            "date_source": date_source, "source": document.source or described.source}


def _visible(text: str) -> int:
    """The characters that are not white space (str.split cuts at exactly those)."""
    return len("".join(text.split()))
