""""Left" whose object is an absence moves nothing: "the withdrawal of the units from X, which
left a gap along the river", "their departure left a security vacuum", "leaving a void in the
north". The movement, where there is one, is told by other words of the sentence (the noun
"withdrawal", "left X"); this "left" is no trigger at all, so it neither takes the movement's
places nor names "a gap" as what moved.

"Left" with a place or a force after it ("left X", "left 200 troops behind in Y") stays a verb
of departure.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-left-a-void")

# right after the verb: "(behind) a (dangerous) (security) gap / vacuum / void / hole"
_ABSENCE_OBJECT = _PATTERNS.compile(
    r"\s+(?:behind\s+)?(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:gaps?|vacuums?|voids?|holes?)\b", re.I)


def leaves_no_void(text: str, verb: re.Match, mentions=None) -> bool:
    """Is the "left" at ``verb`` anything but leaving an absence behind (a gap, a vacuum)?"""
    return _ABSENCE_OBJECT.match(text, verb.end()) is None


_PATTERNS.save()
