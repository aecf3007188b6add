"""Where a withdrawal ended when its first place is not its end: "fell back from A on B" (the
goal after "on", told after the origin) and "fell back on A, then regrouped in B" (a place of
settling told after the goal, with a word of later time between).

GUIDELINES: origin and destination alike are the finest places the report offers for the
movement's start and end; places gone through en route are via. In "fell back from A on B" the
force left A for B: origin A, destination B ('on' after 'fell back' names the goal, as in "fell
back on B" alone). In "fell back on A, then regrouped in B" the force got to A first and ended
in B: A is a place on the way (no word says it stayed there and later left: one movement, not
two legs), B the destination.

why: "fell back from A on B" read A as the origin and no end ('on' alone is no cue of a goal);
"fell back on A, then regrouped in B" read A as the end and B as a stop before it (the verb of
settling is a stop on the way, lexicon.json via_stop, turned into a via whenever the clause
names a destination) (s44 read118, sentences of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-fallback-end")

# "fell back from <the origin> on": a form of "fall back", "from", and the origin's words told
# before the goal (the origin's mention ends where this search ends)
_FELL_BACK_FROM = _PATTERNS.compile(
    r"\bf(?:all(?:s|en|ing)?|ell)\s+back\s+from\s+(?:the\s+)?$", re.I)
# ... then "on" right before the goal (its article allowed), nothing else between: "on Friday"
# names no place, and a place after a day ("from A on Friday to B") has its own cue
_ON_GOAL = _PATTERNS.compile(r"\s+on\s+(?:the\s+)?", re.I)

# between the place a force went to and a verb of settling told after it: a word of later time
# (", then", "and then", "and later", "before"), an optional day or time of day before it
# ("fell back on A on Sunday, then regrouped in B")
_LATER_STOP_GAP = _PATTERNS.compile(
    r"(?:\s+(?:on|late\s+on|early\s+on|by|overnight|at)\b[^,.;:]{0,30}?)?\s*,?\s*"
    r"(?:(?:and\s+)?(?:then|later|afterwards|eventually)|before)\s+", re.I)


def goal_after_origin(text: str, origin: dict, gap_start: int, place_start: int) -> int | None:
    """Where the cue "on" begins when ``origin`` (a mention read as the origin) is told after
    "fell back from" and the place at ``place_start`` follows it after "on" alone ("fell back from
    A on B"); None otherwise."""
    on = _ON_GOAL.fullmatch(text, gap_start, place_start)
    if on is None or _FELL_BACK_FROM.search(text, max(0, origin["start"] - 40), origin["start"]) is None:
        return None
    return gap_start + len(text[gap_start:place_start]) - len(text[gap_start:place_start].lstrip())


def one_stop_after_one_end(slots: list) -> tuple[int, int] | None:
    """(the destination's index, the stop's index) among the clause's slots (role, places, cue
    offset) when it tells one destination and one stop ("via_stop") after it; else None (more
    than one of either is a route whose order the words do not settle this way). Where a later
    stop (:func:`later_stop_as_end`) and a stop instead of the aim (read.stopped_instead) start."""
    stops = [k for k, (r, _g, _a) in enumerate(slots) if r == "via_stop"]
    ends = [k for k, (r, _g, _a) in enumerate(slots) if r == "destination"]
    if len(stops) != 1 or len(ends) != 1 or ends[0] > stops[0]:
        return None
    return ends[0], stops[0]


def later_stop_as_end(text: str, slots: list, why: list) -> list:
    """The clause's slots (role, places, cue offset) with a stop told after the destination, a
    word of later time between ("fell back on A, then regrouped in B"), read as the destination,
    and the place gone to before it as a via; unchanged otherwise (also when more than one stop
    or destination is told: :func:`one_stop_after_one_end`)."""
    told = one_stop_after_one_end(slots)
    if told is None:
        return slots
    end, stop_at = told
    (_r, goal, _ga), (_s, stop, at) = slots[end], slots[stop_at]
    if _LATER_STOP_GAP.fullmatch(text, goal[-1]["end"], at) is None:
        return slots
    why.append(f"{goal[-1]['surface']}: via, where the force got to before it settled in {stop[0]['surface']}")
    why.append(f"{stop[0]['surface']}: destination, where the force settled after going to {goal[-1]['surface']}")
    return [("via" if k == end else "destination" if k == stop_at else r, g, a)
            for k, (r, g, a) in enumerate(slots)]


_PATTERNS.save()
