"""The versions bumped by hand: a stored analysis depends on `ANALYSIS_VERSION`, a kept
corpus-level answer on `CORPUS_RULES_VERSION` too (keys.py hashes them with the data files).
What each bump changed is in docs/VERSIONS.md; a bump adds its line there.
"""

from __future__ import annotations

# Bump whenever a per-document rule (cleaning, mentions, dates, events) changes what it
# returns: every stored analysis becomes a miss.
ANALYSIS_VERSION = 443
# Bump whenever a corpus-level rule (entities, timeline, stats) changes what it returns:
# every kept answer becomes a miss. Editing a comment changes neither version.
CORPUS_RULES_VERSION = 32
