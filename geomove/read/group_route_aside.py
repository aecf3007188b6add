"""An aside after the subject that names the group the subject left, and that group's own route:
"The Danish frigate, detached from the NATO patrol to Bergen on Monday, sailed to Tromso", "The
platoon, detached from the supply convoy to Gao, drove to Menaka", "Two patrol boats, split off
from the flotilla bound for Ambon, sailed to Kupang". "to Bergen" is where the patrol was going:
the frigate left the patrol, so the place is no end of the frigate's move, neither a leg of its
own nor the origin of the next (GUIDELINES.md: the ends are the movement's start and end;
the group's route is another group's).

:func:`route_of_group_left` is asked by roles._Reader._cue_for of a cue of direction ("to",
"for", "towards"; group_route_aside.json): the aside's words stand right before the cue, opened
by the subject's comma and a participle of leaving a group ("detached from", "split off from"),
and the group is one on a journey (a patrol, a convoy, a column), not a unit.

Only a cue of the group's route (group_route_aside.json route_cues): ", split off from the
flotilla at A," tells where the boats left the flotilla, their origin, as ", detached from the
battalion at A," does (session 56, read158: the locative cue was read as the flotilla's route,
and the origin was lost; golden s56-read158-split-off-*, -separated-at).

Unchanged: ", sent from A on Sunday, sailed to B" (the aside's own departure: A is the origin),
", detached from the battalion at A, moved to B" (where the unit stands: the origin), and "A
platoon was detached from the convoy to A" (no aside: the clause's own verb).

why: session 54 (read155) left "The corvette, detached from the patrol to Socotra on Sunday,
sailed to Salalah" read as ? -> Socotra, Socotra -> Salalah; golden lines
s55-read156-group-route-aside-* of my own (Norway, Mali, Indonesia)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-group-route-aside")
_DATA = read_data("group_route_aside.json")
# from the aside's comma to the cue: ", (which was) detached from the NATO patrol (bound) "
_GROUP_LEFT_BEFORE_CUE = _PATTERNS.compile(
    r",\s*(?:(?:which|who)\s+(?:had\s+been|was|were)\s+)?(?:" + "|".join(_DATA["left_participles"]) + r")\s+"
    r"(?:(?:on|last)\s+\w+\s+)?from\s+(?:the|a|an|its|their|her|his)\s+(?:[\w'’.-]+\s+){0," + str(_DATA["group_words"]) + r"}?"
    r"(?:" + "|".join(_DATA["group_nouns"]) + r")\s+(?:(?:" + "|".join(_DATA["route_words"]) + r")\s+)?$", re.I)
# the cue is one of the group's route ("to", "towards", "bound for"); not one of where it was
# ("at", "in", "near": where the subject left the group, its origin)
_ROUTE_CUE = _PATTERNS.compile(r"(?:" + "|".join(_DATA["route_cues"]) + r")\b", re.I)
_PATTERNS.save()

# how far back from the cue the aside's comma may stand
_REACH = 110


def route_of_group_left(text: str, cue_at: int) -> bool:
    """Does the cue of direction at ``cue_at`` ("to" in ", detached from the patrol to A") tell
    the route of the group the subject left, in an aside right after the subject?"""
    lo = max(0, cue_at - _REACH)
    if text.find(" from ", lo, cue_at) < 0:
        return False  # (the cheap test: every such aside says "from")
    # (a cue of where the group was, "split off from the flotilla at A", is the subject's origin:
    # read as after a unit, by the aside's "from"; session 56 read158)
    return _ROUTE_CUE.match(text, cue_at) is not None and _GROUP_LEFT_BEFORE_CUE.search(text, lo, cue_at) is not None
