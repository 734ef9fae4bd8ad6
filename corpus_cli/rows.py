"""The rows that cross a boundary: what one document's analysis stores, what answers return.

ARCHITECTURE.md describes each field; these types are that contract for the type checker.
"""

from __future__ import annotations

# Event types, in the order the timeline lists them.
EVENT_TYPES: tuple[str, ...] = (
    "visit", "meeting", "agreement", "statement", "vote", "criticism", "announcement", "other",
)
