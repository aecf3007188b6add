"""A unit named the American or the British way, its battalion and its regiment parted by a
comma: "The 3rd Battalion, 8th Marines, arrived at Camp Lejeune", "2nd Squadron, 2nd Cavalry
Regiment rolled into Tapa", "The 1st Battalion, Royal Welsh has moved to Estonia". The comma is inside the name, not the end of the subject and the start of an
apposition: who moved is the whole name.

why: read as "3rd Battalion" (actor) with "8th Marines" as what moved."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-comma-unit")

_UNIT = _PATTERNS.compile(
    r"(?P<name>(?P<head>(?:the\s+)?)[0-9]{1,3}(?:st|nd|rd|th)\s+(?-i:Battalion|Squadron|Battery|Company),\s+"
    # (the regiment by its number, the American way, or by its name, the British way: "1st
    # Battalion, Royal Welsh", "2nd Battalion, The Rifles", "1st Battalion, Irish Guards")
    r"(?:[0-9]{1,3}(?:st|nd|rd|th)\s+|(?-i:The)\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,3})"
    r"(?:\s*,)?\s*(?:(?:has|have|had|was|were|is|are|also|then|later|reportedly)\s+)*"
    # (and a verb of an event's course before the movement's noun: "has completed its redeployment")
    r"(?:(?:completed|begun|began|started|finished|concluded)\s+(?:its|their)\s+)?$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_UNIT_GATE = Gate(_UNIT, ("battalion", "battery", "company", "squadron"))


def comma_unit(text: str, s: int, verb_at: int) -> tuple[str, str] | None:
    """(what moved, the actor) when the words before the verb end with such a name ("The 3rd
    Battalion, 8th Marines," -> ("The 3rd Battalion, 8th Marines", "3rd Battalion, 8th
    Marines")); None otherwise."""
    m = _UNIT_GATE.search(text, s, verb_at)
    if m is None:
        return None
    name = m.group("name")
    return name, name[len(m.group("head")):]


_PATTERNS.save()
