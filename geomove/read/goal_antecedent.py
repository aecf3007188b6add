"""Which town "the city" is when a movement reaches it: "Army reinforcements arrived in El Obeid
from Kosti on Wednesday. Some 60 vehicles ... reached the city late on Wednesday." The nearest
town told before is Kosti, but it was told as where they came from ("from Kosti"), beside the
town they arrived in: a group said to reach "the city" next reached the same one, El Obeid.

why: "the city" was the last town of its kind told, whatever its role: the retelling of the
arrival went to Kosti (a spurious movement) and its count left the reinforcements."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-goal-antecedent")

# right before a place: where the movement came from
_FROM_BEFORE = _PATTERNS.compile(r"\bfrom\s+(?:the\s+(?:town|city|village)\s+of\s+)?$", re.I)
# right before a place: where a movement arrived ("arrived in", "entered", "reached", "to", "into")
_GOAL_BEFORE = _PATTERNS.compile(
    r"\b(?:(?:arrived|arriving|landed|deployed)\s+(?:in|at)|entered|reached|into|to)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$", re.I)
# a sentence's end between two places
_SENTENCE_END = _PATTERNS.compile(r"[.!?]\s|\n")


def goal_beside_origin(text: str, m: dict, told: list, wanted: set | None) -> dict | None:
    """When ``m`` (the nearest place of the kind wanted before "reached the city") was told as an
    origin ("from Kosti"), the place of that kind its own sentence told as where the movement
    arrived, before it ("arrived in El Obeid from Kosti"); else None."""
    if not _FROM_BEFORE.search(text, max(0, m["start"] - 30), m["start"]):
        return None
    for other in reversed(told):
        if other["end"] > m["start"]:
            continue
        if _SENTENCE_END.search(text, other["end"], m["start"]):
            return None
        if (wanted is None or other.get("kind") in wanted) and _GOAL_BEFORE.search(text, max(0, other["start"] - 40), other["start"]):
            return other
    return None


_PATTERNS.save()
