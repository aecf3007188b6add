"""A rotation told by the unit it replaced and the place, then "with" the new unit: "a British
battlegroup rotated its contingent in Tapa with a battalion of the Royal Welsh", "Nepal rotated
its peacekeepers at Naqoura with 850 fresh troops". The new unit came to the place where the
rotated one stood, as "relieved the battalion in X" says of the force that relieves
(lexicon.json relief_in_place): the place is the destination, what came is the unit after
"with" (GUIDELINES: deployment is movement; one end is enough).

Only with a force as the verb's object and the place right after it ("in X", "stationed at X":
relief_in_place "at"), and "with" and a force right after the place (a date or a comma may come
between): "rotated its troops in Gao" alone says no more than that a rotation took place, and
"rotated the crews in Gao every month" is habitual (read by status as before).

why: "rotated its contingent in Tapa with a battalion" was read as no movement at all (a report
of my own on a Baltic rotation, read106)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA, _MOVER, _stem

_PATTERNS = CompiledPatterns("read-rotated-with")

ROTATE = "rotate"
# the object and the preposition before the place (the relieved unit's "stationed in X")
_ROTATED_AT = _PATTERNS.compile(_DATA["relief_in_place"]["at"], re.I)
# right after the place: an optional date or aside before "with", then the new unit, a force
# ("with a battalion of the Royal Welsh", "with 850 fresh troops", "with the 2nd Battalion")
_WITH_NEW_UNIT = _PATTERNS.compile(
    r"(?:\s+(?:in|on|last|this|early|late)\s+[\w,]+(?:\s+\d{4})?)?,?\s+with\s+(?:(?:the|a|an|its|their|some|about|around|nearly|[\d,]+)\s+)*"
    r"(?:[\w'’-]+\s+){0,3}?" + _MOVER.pattern, re.I)


def rotated_with_at(text: str, mention: dict, triggers: list[re.Match]) -> int | None:
    """Is ``mention`` the place where a force rotated its unit "with" a new one ("rotated its
    contingent in Tapa with a battalion")? Then it is where the new unit went: returns the
    offset of the verb, else None."""
    start = mention["phrase"]["start"] if mention.get("phrase") else mention["start"]
    for t in triggers:
        if not t.group("verb") or t.end() > start or _stem(t.group("verb")) != ROTATE:
            continue
        if _ROTATED_AT.fullmatch(text, t.end(), start) and _WITH_NEW_UNIT.match(text, mention["end"]):
            return t.start()
    return None


_PATTERNS.save()
