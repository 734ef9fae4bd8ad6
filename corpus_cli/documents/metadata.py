"""Title, publication date and outlet of an article, read from its header and byline lines.

The caller uses the metadata of JSON Lines and HTML inputs first; this module reads the text:
the blocks that cleaning.clean classified as metadata (header and byline lines), then a date
in the file name. An update date ("Modifié", "Mis à jour") is reported as `updated`, never as
the publication date; a date inside the article's prose is never the publication date.
Date strings are read by published.read_date, at the precision the page gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from .bylines import Byline, read_byline
from .cleaning import BOILERPLATE, CONTENT, METADATA, copyright_holder
from .lines import is_heading, is_prose, words
from .published import read_date

if TYPE_CHECKING:
    from .cleaning import Cleaned

# Where a date came from (the `date_source` field).
SOURCE_BYLINE = "byline"  # a labelled line: "Publié le …", "Publié dans X le …", "Par X, le …"
SOURCE_HEADER = "header"  # a bare date line or a scraper's header at the top: "date 2016-12"
SOURCE_FILENAME = "filename"

# A date in a file name: 2016-12-15, 2016_12_15, 20161215, 2016-12, 15-12-2016; not inside a
# longer run of letters or digits (hashes, counters).
_FILENAME_DATES = (
    re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])"
               r"(?![0-9])"),
    re.compile(r"(?<![0-9A-Za-z])(0[1-9]|[12]\d|3[01])[-_.](0[1-9]|1[0-2])[-_.]((?:19|20)\d\d)"
               r"(?![0-9])"),
    re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d\d)[-_](0[1-9]|1[0-2])(?![0-9])"),
)

# A first line that is a headline although it reads as a sentence: it opens with a rubric in
# capitals ("VIDÉO.", "DIRECT.", "INFO FRANCEINFO.") or ends on a question or an exclamation.
_RUBRIC = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý0-9'’ -]{2,30}[.:]\s")
_HEADLINE_END = ("?", "!", "?»", "!»", "? »", "! »")
_HEADLINE_WORDS = 30


@dataclass(frozen=True)
class Metadata:
    """What the text says about the article. Dates are ISO at the page's precision, no time."""

    title: str | None = None
    date: str | None = None
    date_source: str | None = None
    source: str | None = None
    updated: str | None = None
    author: str | None = None


def describe(text: str, cleaned: Cleaned, filename: str | None = None) -> Metadata:
    """Title, publication date (with its source), outlet, update date and author of `text`."""
    date = date_source = updated = source = author = None
    for block in cleaned.blocks:
        line = text[block.start:block.end]
        if block.kind != METADATA:
            continue
        byline = read_byline(line)
        if byline is None:
            continue
        published, revised = _dates(byline)
        if date is None and published is not None:
            date, date_source = published, SOURCE_BYLINE if byline.labelled else SOURCE_HEADER
        updated = updated or revised
        source = source or byline.source
        author = author or byline.author
    if date is None and filename is not None:
        date = filename_date(filename)
        date_source = SOURCE_FILENAME if date else None
    return Metadata(
        title=title(text, cleaned),
        date=date,
        date_source=date_source,
        source=source or _copyright_holder(text, cleaned),
        updated=updated,
        author=author,
    )


def _dates(byline: Byline) -> tuple[str | None, str | None]:
    """The first publication date and the first update date of a byline, as ISO strings."""
    published = revised = None
    for mention in byline.dates:
        value = read_date(mention.text)
        if value is None:
            continue
        if mention.updated:
            revised = revised or value
        else:
            published = published or value
    return published, revised


def filename_date(filename: str) -> str | None:
    """A date written in a file name, at its precision ("2016-12-15", "2016-12")."""
    stem = PurePath(filename).name
    for pattern in _FILENAME_DATES:
        match = pattern.search(stem)
        if match is None:
            continue
        parts = match.groups()
        if len(parts) == 3 and len(parts[2]) == 4:  # day, month, year
            parts = parts[::-1]
        value = read_date("-".join(parts))
        if value is not None:
            return value
    return None


def _copyright_holder(text: str, cleaned: Cleaned) -> str | None:
    """The holder named by the last copyright line: the page footer, not a photo credit."""
    for block in reversed(cleaned.blocks):
        if block.kind == BOILERPLATE:
            holder = copyright_holder(text[block.start:block.end])
            if holder is not None:
                return holder
    return None


def title(text: str, cleaned: Cleaned) -> str | None:
    """The first heading-like content line above the article's first paragraph, or None."""
    for block in cleaned.blocks:
        if block.kind != CONTENT:
            continue
        line = text[block.start:block.end]
        if _headline(line) or (not is_prose(line) and is_heading(line)):
            return " ".join(line.split())
        if is_prose(line):
            return None
    return None


def _headline(line: str) -> bool:
    """A line that is a title though it reads as a sentence (see _RUBRIC)."""
    stripped = line.strip()
    if not 2 <= len(words(stripped)) <= _HEADLINE_WORDS:
        return False
    return _RUBRIC.match(stripped) is not None or stripped.endswith(_HEADLINE_END)
