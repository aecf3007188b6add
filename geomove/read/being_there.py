"""Arrival told as being there: "The rebels marched overnight from A and by dawn were at the gates
of B", "The militia left A on Monday and by nightfall were in B". A clause joined by "and" to a
verb of moving, with no subject of its own, says where the same force then was: "in"/"at" after
its "were" is where the move ended, the destination, as "arrived in B" would say.

Only with "and" and, at most, a time of arrival ("by dawn", "within hours", "two days later")
between it and "were"/"was", a verb of moving before the "and" in the clause, and a place right
after the cue. "were in control of B", "was in talks with B" tell no place reached; "The troops
were at B" with no verb of moving before it is presence, read as before.

why: the place after "were in" had no role (an "in" is a destination only after a verb of
arrival), and the march had an origin and no end (session 47, the lead's probes, read131)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-being-there")

# "and", a time of arrival if any, then "were"/"was", right before the cue ("and by dawn were ",
# "and within hours was already ", "and two days later were ")
_AND_WERE = _PATTERNS.compile(
    r"\band\s+(?:(?:by|within|at)\s+(?:[\w'’-]+\s+){1,3}?|(?:[\w-]+\s+){0,2}(?:hours?|days?|later|soon)\s+)?"
    r"(?:,\s*)?(?:were|was)\s+(?:already\s+|soon\s+)?$", re.I)
# a state, not a place: "were in control of B", "was in talks with B", "were in contact near B"
_STATE_NOUN = _PATTERNS.compile(r"\s*(?:control|charge|command|contact|talks|touch|danger|power|hiding|action|"
                                r"the\s+hands|the\s+custody|custody)\b", re.I)


def reached_by_being_there(text: str, cue_at: int, gap: str, triggers, floor: int) -> bool:
    """Is the cue "in"/"at" at ``cue_at`` (``gap``: its words before the place) told by "and
    (by dawn) were" (after ``floor``, where the cue's search starts) after a verb of moving in
    the same clause (one of the clause's ``triggers``, with a verb, before the "and")?"""
    joined = _AND_WERE.search(text, max(floor, cue_at - 60), cue_at)
    if joined is None or _STATE_NOUN.match(gap):
        return False
    return any(t.group("verb") and t.end() <= joined.start() for t in triggers)


_PATTERNS.save()
