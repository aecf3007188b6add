"""A force seen passing a place on land, with no end told: "A convoy of 20 trucks was filmed
passing through X, heading west", "Armoured vehicles were seen moving through Y on Monday".

GUIDELINES: a reported transfer of forces is a movement, and a place passed on the way is via.
A sighting tells that the force was on the move and where it passed, not where it began or
ended: the movement has X as its via and no origin or destination (as a strait passed with no
end, read.strait_passed). A direction after it ("heading west") names no place.

Only a sighting (the verb of moving with "through" or "via", right after a passive of seeing:
"was filmed passing through", "were seen moving through", "was spotted driving via") of what a
force moves (an actor read, or a force's noun in what moved): "a convoy passed through X" told
as a plain fact stays no movement, as read.strait_passed decided for a place on land passed
alone, and "A wedding procession was filmed passing through X" tells of no force.

why: the sighting read nothing; the via was read and the draft dropped as endless (session 43's
gap, sentences of my own, s44 read118)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _MOVER, _VESSEL_MOVER

_PATTERNS = CompiledPatterns("read-seen-passing")

# a passive of seeing right before the verb of moving ("was filmed", "were seen on Tuesday",
# "had been spotted"), an adverb allowed
_SEEN_BEFORE = _PATTERNS.compile(
    r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:filmed|seen|spotted|sighted|photographed|observed|recorded|pictured)"
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+)?\s+$", re.I)
# the verb of moving with "through" or "via" right after it ("passing through", "moving via"):
# a place passed on the way; a river or a border crossed at a place ("photographed crossing the
# river at X") is left as it was read (golden s17-smaller-group-apart)
_THROUGH = _PATTERNS.compile(r"\w+ing\s+(?:through|via)\b", re.I)
# how far back the words of seeing are looked for
_REACH = 60


def seen_passing_alone(draft, text: str) -> bool:
    """Is the draft, with no end told, a force seen passing one or more places (its via), each of
    its clauses a sighting of a mover?"""
    if not draft.via or not draft.frags:
        return False
    for f in draft.frags:
        at = f.trigger_start
        if at is None or _THROUGH.match(text, at) is None or _SEEN_BEFORE.search(text, max(0, at - _REACH), at) is None:
            return False
    told = [w for f in draft.frags for w in (f.what, f.actor) if w]
    return draft.actor is not None or any(_MOVER.search(w) or _VESSEL_MOVER.search(w) for w in told)


_PATTERNS.save()
