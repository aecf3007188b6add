"""A second verb of travel with its own end after "and": "left Naqoura for Beirut on Thursday and
flew to Rzeszow", "drove from Tyre to Beirut and flew to Dublin".

GUIDELINES: a route with stops is cut into legs only where the report tells of an arrival and
a later departure; places gone through en route are via. Neither verb here tells an arrival (an arrival
before "and" is cut into legs by cuts._clauses: "arrived in Beirut and flew to Dublin"), so the
first end is a place on the way and the second the destination, as "and then flew to Rzeszow"
was already read (lexicon._CHAIN). Before, the two ends were read as a list of destinations: two
movements from Naqoura, one of them to Beirut.

An arrival told only after "and" ends the same route: "moved from Gulu to Lira and reached
Soroti", "and arrived in C". The text tells no arrival at the first end and no leaving it again,
so it is a place passed on the way (GUIDELINES), not a second movement from the origin (s27t).

Only an intransitive verb of travel right before its cue ("and flew to", "and drove on to"):
"moved troops to Tyre and flew tanks to Sidon" has an object of its own, two movements as
before. Words are data (lexicon.json travel_on)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA

_PATTERNS = CompiledPatterns("read-travel-on")  # (kept compiled code, as read/lexicon.py's)
_TRAVELLED_ON = _PATTERNS.compile(_DATA["travel_on"]["pattern"], re.I)
# the cue of the second end lies right after the verb: read a little past its start
_CUE_CHARS = 14


def travelled_on(text: str, first_at: int, last_at: int) -> bool:
    """Is there "and <verb of travel> to" between the first destination's cue (at ``first_at``)
    and the cue of the last one (at ``last_at``)?"""
    return _TRAVELLED_ON.search(text, first_at, min(len(text), last_at + _CUE_CHARS)) is not None


# a crossing into an area, then "and moved to" another end (lexicon.json crossed_then_moved)
_CROSSED_THEN_MOVED = _PATTERNS.compile(_DATA["crossed_then_moved"]["pattern"], re.I)
# how far before the first end's cue the verb of crossing may stand ("crossed the border into")
_CROSSING_CHARS = 40


def crossed_then_moved(text: str, first_at: int, last_at: int) -> bool:
    """Is the first end (its cue at ``first_at``) an area crossed into, and the last (its cue at
    ``last_at``) where the force "moved" on to after it ("crossed into Katanga and moved to
    Lubumbashi")? Then the two form one route: the area crossed into on the way.

    why: where the index does not put the town inside the area (Katanga, an old province, holds
    Lubumbashi only by history), the two ends were read as a list: two movements, one to the
    area and one to the town (session 50's leftover, s51 read148)."""
    return _CROSSED_THEN_MOVED.search(text, max(0, first_at - _CROSSING_CHARS), min(len(text), last_at + _CUE_CHARS)) is not None


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
