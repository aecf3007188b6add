"""A force seen on a road that leads somewhere: "The convoy was seen on the road to B", "the
column was filmed on the main highway towards B". The road's far end is where the road goes,
not a place the force is told to have reached: read alone it stays where the force was heading
(the clause's destination, as before), but it is only a sighting (Fragment.sighted), so a route
told before it with an end of its own ("Army units redeployed toward C. The convoy was seen on
the road to B") carries on past B: B is passed on the way to C (events._sighted_on_the_way;
GUIDELINES: one movement retold in lede and body counts once, places passed are via).

why: the body's sighting made B a second end: "redeployed toward C ... seen on the road to B"
read B as the destination with C passed (the route carried on to the sighting's "to"), or as a
movement of its own (s46 read123, read120's note)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-road-sighting")

# the passive of seeing, a few words (a time, "heading south", "moving"), and the road to a place,
# right before the place's name
_SEEN_ON_ROAD_TO = _PATTERNS.compile(
    r"\b(?:seen|spotted|sighted|filmed|photographed|observed)\s+(?:[\w'’-]+\s+){0,4}?(?:on|along)\s+the\s+"
    r"(?:(?:main|coastal|northern|southern|eastern|western|old|new)\s+)?(?:road|highway|route|motorway)\s+"
    r"(?:to|towards?|leading\s+to)\s+(?:the\s+)?$", re.I)
# the cheap test first: a clause with none of these words (in lower case, as a road told so is)
# has no such sighting
_ROAD_WORDS = ("road", "highway", "route", "motorway")
_REACH = 90  # characters before the place searched for the sighting


def seen_on_the_road_to(text: str, slots: list, s: int) -> dict | None:
    """The destination of the clause's slots (role, places, cue offset) that is only the far end
    of a road the force was seen on ("was seen on the road to B"), or None. ``s`` is the clause's
    start."""
    for role, group, _at in slots:
        if role != "destination" or not group:
            continue
        place = group[0]
        window = text[max(s, place["start"] - _REACH):place["start"]]
        if any(w in window for w in _ROAD_WORDS) and _SEEN_ON_ROAD_TO.search(window):
            return place
    return None


_PATTERNS.save()
