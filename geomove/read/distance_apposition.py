"""A place described by its distance from another, in an apposition: "moved troops to Tumeremo,
a mining town some 60 km from the border with Guyana", "arrived in X, a base about 20 miles from
Y". The distance locates the place named before it; the "from" is no cue of where the movement
left, and the place after it has no role in the movement.

A distance right after the verb stays the way the force went ("pulled back 20 km from X":
read.distance_from), and one after the verb's object is where they went ("deployed 300 troops
10 km from X": a place near X, read by the mention finder).

why: "... to Tumeremo, a mining town some 60 km from the border with Guyana" read Venezuela's side
of the Guyana border as the origin, and a later move from Barcelona merged with the movement
by that origin (probe of my own, s25)."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns
from .place_apposition import PLACE_NOUNS

_PATTERNS = CompiledPatterns("read-distance-apposition")

# ", a (small) (mining) town (some) 60 km (away) " right before the cue
# (the place's nouns those of an apposition with a clause: read.place_apposition)
_APPOSED_DISTANCE = _PATTERNS.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?" + PLACE_NOUNS + r"\s+"
    r"(?:(?:some|about|around|roughly|nearly|just|only|barely|less\s+than|more\s+than)\s+)?"
    r"[\d.,]+\s*(?:-\s*)?(?:km|kms|kilomet\w+|miles?)\s+(?:away\s+)?$")


def located_by_distance(text: str, cue_start: int) -> bool:
    """Does an apposition of a place and a distance end right before the cue at ``cue_start``
    (its "from")?"""
    return _APPOSED_DISTANCE.search(text, max(0, cue_start - 100), cue_start) is not None


_PATTERNS.save()
