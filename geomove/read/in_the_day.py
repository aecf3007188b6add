"""A clause dated only by "earlier in the day" or "later in the day" ("Earlier in the day, troops
moved from A to B"). Told after another day in the clauses before it, it is that day (as "later
that day" is: clauses._SAME_DAY). Told with no day before it, the day meant is the day of the
telling: the day of the report's publication (a live page's entry is dated by its heading before
this is tried: dates.heading_date_before).

why: the movement had no date at all (probes of my own, read82), and an undated movement is
compared with every other as if it could be any day."""

from __future__ import annotations

import re

from ..dates import DateMention
from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-in-the-day")

# "earlier in the day", "later in the day" (not "late in the day": an idiom of being too late)
IN_THE_DAY = r"(?:earlier|later)\s+in\s+the\s+day"
_IN_THE_DAY = _PATTERNS.compile(r"\b" + IN_THE_DAY + r"\b", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_IN_THE_DAY_GATE = Gate(_IN_THE_DAY, ("earlier", "later"))


def day_of_telling(text: str, s: int, e: int, published) -> DateMention | None:
    """The publication day for a clause (``s`` to ``e``) dated only by "earlier / later in the
    day", when no day told before dated it; None with no such words or no publication date."""
    if published is None:
        return None
    m = _IN_THE_DAY_GATE.search(text, s, e)
    if m is None:
        return None
    return DateMention(m.start(), m.end(), m.group(0), published, published, "day", True)


_PATTERNS.save()
