"""The heads of a list of legs, each told "from X to Y": "Troops were moved from A to B, from B
to C, and from C to D". Each "from" that opens such a pair starts a leg, whether or not the
index knows its place; an end belongs to the leg whose head is the last before it.

events._paired_legs paired each origin found with the one end found after it and before the
next origin found: when a place of the list is unknown to the index ("from C to Wad Zarouk"),
its head was not seen, the pairing failed, and the fallback read the list as one route
(A -> via B -> C), a leg the text does not say. With the heads, each leg keeps its own ends: A
-> B, B -> C, and C's leg has no end found (read83)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-leg-heads")

# "from" before a name (capitalised words) and its "to" / "towards" / "into", as
# clauses._ANOTHER_FROM's pair of ends with no noun
_HEAD = _PATTERNS.compile(r"\bfrom\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+(?:to|towards?|into)\b", re.I)


def leg_heads(text: str, s: int, e: int) -> tuple[int, ...]:
    """Where each "from X to Y" pair of [s, e) begins (the offset of its "from")."""
    return tuple(m.start() for m in _HEAD.finditer(text, s, e))


_PATTERNS.save()
