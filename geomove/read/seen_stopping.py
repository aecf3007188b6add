"""A force seen doing something at a place where it stopped: "The column was spotted refuelling
in X", "two tanks were filmed parked at X", "the trucks were seen camping outside X". The stop
(lexicon.json via_stop) is where the group was seen, no arrival: it is only a sighting
(Fragment.sighted), so a route told before or after carries on through it (events._chain), and
told alone it is no movement (assemble.drop_endless: the text never says it moved).

why: "A column of army trucks was spotted refuelling in X on Sunday." alone was read as an
arrival in X, and "... refuelling in X on Sunday. The column drove to Y on Monday" was dated
with the day it was seen (s48 read136)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-seen-stopping")

# the passive of seeing right before the stop's own verb ("was spotted refuelling in",
# "were filmed briefly halting at"): at most one adverb between them
_SEEN_THEN_STOP = _PATTERNS.compile(
    r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:seen|spotted|sighted|filmed|photographed|observed|pictured|geolocated)"
    r"\s+(?:\w+ly\s+)?(?:stopp|call|stag|halt|paus|rest|refuel|regroup|reassembl|camp|overnight|stay|spen|mak)\w*\b",
    re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def seen_stopping(text: str, s: int, slots: list) -> bool:
    """Is the clause from ``s`` a sighting of the group at its stop: a passive of seeing right
    before the stop's verb, told before the first stop's place (slots: role, places, cue offset)?"""
    stops = [g[0]["start"] for r, g, _a in slots if r == "via_stop" and g]
    return bool(stops) and _SEEN_THEN_STOP.search(text, s, min(stops)) is not None
