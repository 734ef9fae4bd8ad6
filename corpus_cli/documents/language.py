"""The language a document is written in, so that a text the French model would misread is said.

py3langid (a maintained fork of langid.py: a small model shipped in the package, no network,
about a millisecond per article) names the language; a text too short to tell is "unknown".
"""

from __future__ import annotations

import re

FRENCH = "fr"
UNKNOWN = "unknown"
# Fewer words than this and a language guess is noise (a title, a caption).
MIN_WORDS = 20
# Enough text to tell a language; a long article is judged on its first part.
SAMPLE_CHARACTERS = 3000
_WORD = re.compile(r"[^\W\d_]{2,}")


def language_of(text: str) -> str:
    """The ISO 639-1 code of the text's language, or "unknown" when it is too short."""
    sample = " ".join(text[:SAMPLE_CHARACTERS].split())
    if len(_WORD.findall(sample)) < MIN_WORDS:
        return UNKNOWN
    # Imported on first use: answers from the store never identify a language.
    import py3langid

    code, _ = py3langid.classify(sample)
    return str(code)


def release() -> None:
    """Let the language model go (loaded again if needed): 70 MB back before the corpus-level
    steps of a large run, which read no text."""
    import sys

    langid = sys.modules.get("py3langid.langid")
    if langid is not None:
        vars(langid)["IDENTIFIER"] = None  # the global its classify() loads when None
