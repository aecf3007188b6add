"""A movement stopped before it got there, told as the object of a verb of stopping: "Chinese
coast guard ships blocked a Philippine rotation and resupply mission to the BRP Sierra Madre at
Second Thomas Shoal", "troops intercepted and turned back a militia convoy bound for Beni".
The place after the movement noun is where it was going and did not reach: no end of a
movement told as having happened (GUIDELINES: a movement is told as having happened; "the
deployment of troops to X was halted" tells none), as "turned back before reaching X" is read
(clauses._Reader._not_reached). And the subject of "blocked" is who stopped it, never the mover:
read as the destination, the mission went to the shoal, moved by the Chinese coast guard.

Only with a noun of a movement as the verb's object, within a few words; "blocked the road to
X" (a road, no movement) and "blocked the border" stay as they are. Where it came from ("blocked
a convoy from A to X") is still where it left.

Read in clauses._Reader where a clause's places get their roles."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-thwarted")

# (in the past and, as headlines tell it, in the present: "China blocks resupply to X")
_STOPPING = (r"(?:block(?:s|ed)|blockade[sd]|thwart(?:s|ed)|foil(?:s|ed)|prevent(?:s|ed)|stop(?:s|ped)|halt(?:s|ed)|"
             r"intercept(?:s|ed)|obstruct(?:s|ed)|turn(?:s|ed)\s+back|force[sd]\s+back)")
_MOVE_NOUN = (r"(?:mission|missions|convoy|convoys|column|columns|resupply|rotation|deployment|reinforcements|"
              r"flight|flights|boat|boats|vessel|vessels|ship|ships|advance|airdrop|airlift)")
# the verb, its object up to the movement noun (an article, adjectives, a name; "rotation and
# resupply mission"), the cue of where it was going and the words up to the place ("to the BRP
# Sierra Madre at")
_THWARTED = _PATTERNS.compile(
    r"\b" + _STOPPING + r"\s+(?:[\w'’-]+\s+){0,6}?" + _MOVE_NOUN + r"(?:\s+(?:of|carrying)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r"(?:\s+from\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r"\s+(?:(?:heading|headed|bound|en\s+route|on\s+(?:its|their)\s+way)\s+)?(?:to|towards?|for|into)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:(?:at|in|near|on)\s+)?$", re.I)

# (searched only where a verb of stopping stands: read.gates, proven in tests/test_speed41.py)
_THWARTED_GATE = Gate(_THWARTED, ("block", "thwart", "foil", "prevent", "stop", "halt", "intercept", "obstruct", "turn", "force"))


def thwarted_end(text: str, place_start: int, s: int) -> str | None:
    """The verb that stopped the movement whose goal is the place starting at
    ``place_start`` (in the clause starting at ``s``), when the movement is told as that verb's
    object ("blocked a resupply mission to X"); else None.

    why: "Chinese ships blocked a Philippine resupply mission to X" read a movement to X by the
    Chinese coast guard."""
    m = _THWARTED_GATE.search(text, max(s, place_start - 160), place_start)
    return " ".join(m.group(0).split()[:1]) if m else None


_PATTERNS.save()
