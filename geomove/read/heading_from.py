"""A heading that says where a report comes from: "Latest from Belgorod: 14x T-90M arrived from
Voronezh", "News from Gao - a column of 20 trucks arrived from Bamako".

The "from" of such a heading ties the place to the report (where it was written, where the
teller is), not to what moved: the place is no origin. Without this it was read as one, and the
origin the line itself tells ("arrived from Voronezh") was set aside for it.

Only a heading: a noun of reporting ("update", "news", "report", "latest", "dispatch",
"bulletin", "sitrep") opens the line or the sentence, "from" and the place follow, and a colon
or a dash closes it. Whether the place is then where the line's movement was seen is left open
(read.place_label reads a bare place label so; here the label names the teller's place)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .window_start import opens_in_window

_PATTERNS = CompiledPatterns("read-heading-from")

# the heading's words before "from", opening the slice or after a line's or sentence's end
_HEADING_BEFORE = _PATTERNS.compile(
    r"(?:\A|(?<=[\n.!?]))\s*(?:[-–—*•#]+\s*)?(?:(?:an?|the|latest|new|brief|breaking|live|daily|morning|evening|field|short|quick)\s+){0,2}"
    r"(?:updates?|news|reports?|dispatch(?:es)?|bulletin|latest|notes?|word|sitrep|situation\s+report)\s+$", re.I)
# the heading's close right after the place
_HEADING_CLOSE = _PATTERNS.compile(r"\s*(?::|\s[-–—]\s)")
# how far back the heading's words are looked for
REACH_CHARS = 50


def heading_from(text: str, at: int, place_end: int) -> bool:
    """Is the "from" at ``at`` the one of a heading that says where the report comes from
    ("Latest from Belgorod:"), for the place ending at ``place_end``?"""
    if not _HEADING_CLOSE.match(text, place_end):
        return False
    return opens_in_window(_HEADING_BEFORE, text, at, REACH_CHARS, "\n.!?")


_PATTERNS.save()
