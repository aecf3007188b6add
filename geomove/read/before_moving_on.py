"""A second end told after "before" and a verb of moving: "The troops were driven to Bukavu before
being flown to Kinshasa", "drove to Bukavu before flying on to Kinshasa". The force went to the
first place and from there to the second: a route through the first, as "..., then flown to
Kinshasa" and "before heading to Y" were already read (lexicon._CHAIN), not a list of two
destinations.

Only "before", an optional "being", a verb of movement (lexicon's triggers: any form) and the cue
of the second end right after it ("to", "for", "towards", "into", after "on", "back", "by air").
"before attacking Uvira" or "before the elections" tell no way on.

why: the two ends were read as two movements from nowhere, to Bukavu and to Kinshasa (probe of
my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _TRIGGER_RE

_PATTERNS = CompiledPatterns("read-before-moving-on")

_BEFORE = _PATTERNS.compile(r"\bbefore\s+(?:being\s+)?", re.I)
# the cue of the next end right after the verb: "flying on to", "being flown by helicopter to"
_CUE_AFTER = _PATTERNS.compile(r"\s+(?:(?:on|onward|onwards|back|home|out|again)\s+)?(?:by\s+(?:air|road|sea|\w+)\s+)?"
                               r"(?:to|for|towards?|into)\b", re.I)
# the cue of the second end lies right after the verb: read a little past its start
_CUE_CHARS = 14
# going on told as taking a road ("before taking the road to Kigali", "before taking the main
# highway towards Y"): the road's "to" is the cue, the verb "take" alone moves nothing
_TAKE_THE_ROAD = _PATTERNS.compile(r"tak(?:e|es|ing)\s+the\s+(?:[\w-]+\s+)?(?:road|highway|route|track)\b", re.I)


def moved_on_before(text: str, first_at: int, last_at: int) -> bool:
    """Is there "before (being) <verb of movement> to" between the first destination's cue (at
    ``first_at``) and the cue of the last one (at ``last_at``)?"""
    end = min(len(text), last_at + _CUE_CHARS)
    for m in _BEFORE.finditer(text, first_at, end):
        verb = _TRIGGER_RE.match(text, m.end())
        if verb is not None and verb.group("verb") and _CUE_AFTER.match(text, verb.end(), end) is not None:
            return True
        road = _TAKE_THE_ROAD.match(text, m.end())
        if road is not None and _CUE_AFTER.match(text, road.end(), end) is not None:
            return True
    return False


_PATTERNS.save()
