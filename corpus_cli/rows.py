"""The rows that cross a boundary: what one document's analysis stores, what answers return.

ARCHITECTURE.md describes each field; these types are that contract for the type checker.
"""

from __future__ import annotations

# Event types, in the order the timeline lists them: CAMEO's twenty root categories (codebook
# 1.1b3, in code order 01-20), then the news families CAMEO has no root for, then "other" (a
# dated predicate with a named participant that no word list knows). The old types map onto
# them: visit and meeting -> consult (04x), agreement -> diplomatic_cooperation (057),
# statement and announcement -> public_statement (01x), criticism -> disapprove (11x) or
# protest (14x), vote -> vote or election.
EVENT_TYPES: tuple[str, ...] = (
    "public_statement", "appeal", "intent_to_cooperate", "consult", "diplomatic_cooperation",
    "material_cooperation", "provide_aid", "yield", "investigate", "demand", "disapprove",
    "reject", "threaten", "protest", "force_posture", "reduce_relations", "coerce", "assault",
    "fight", "mass_violence",
    "election", "vote", "appointment", "resignation", "charge", "trial", "arrest", "death",
    "accident", "publication",
    "other",
)
