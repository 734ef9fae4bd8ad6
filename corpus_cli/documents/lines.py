"""The shape of a line of a scraped page: its words, whether it is prose or a heading.

Shared by cleaning (which classifies lines) and bylines (which reads date and author lines).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

# A sentence end; also one glued to the next sentence by a scraper ("californien.Au milieu").
SENTENCE_END = re.compile(
    r"[.!?…](?:[\"»”’')\]]*)(?:\s|$)|(?<=[a-zà-ÿ]{2}[.!?])(?=[A-ZÀ-Ý][a-zà-ÿ])"
)



WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")



def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first, spaces matching any whitespace run."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)



def normalise(line: str) -> str:
    """The line for matching: typographic apostrophes and spaces made plain, spaces collapsed."""
    line = unicodedata.normalize("NFKC", line).replace("’", "'").replace("ʼ", "'")
    return " ".join(line.split())



@functools.lru_cache(maxsize=64)
def words(line: str) -> tuple[str, ...]:
    """The words of a line. Kept for the few lines last asked: cleaning, bylines and metadata
    ask again about the same line, and on a very long one each reading costs a pass."""
    return tuple(WORD.findall(line))



def is_prose(line: str) -> bool:
    """A sentence or more of running text (not a title, a menu or a label)."""
    count = len(words(line))
    return count >= 25 or (count >= 8 and SENTENCE_END.search(line) is not None)



def is_heading(line: str) -> bool:
    """Short, without a final full stop, opening like a title."""
    stripped = line.strip()
    count = len(words(stripped))
    if not 2 <= count <= 25 or stripped.endswith((".", ",", ";", ":")):
        return False
    first = next((c for c in stripped if c.isalnum() or c in "«\"“'"), "")
    return bool(first) and (first.isupper() or first.isdigit() or first in "«\"“'")

