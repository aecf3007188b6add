"""A day told right after the verb, before its object: "The Army sent this Monday 300 soldiers
to Uruapan", "The Navy moved last weekend two patrol boats to X", "sent on Friday 200 officers".
Translated Spanish reports put the day there ("envió este lunes 300 elementos"); the object is
what follows the day, and the day alone ("arrived this Saturday in X") is no object at all
(clauses._NO_OBJECT).

why: the day was read as part of what moved ("this Monday 300 soldiers"), or, once a day alone
was no object, what moved fell back to the subject ("The Army"; probes of my own, s33 read91)."""

from __future__ import annotations

import re

from ..dates import WEEKDAY_NAMES
from .kept import recompile as _recompile

_DAY_OPENING = _recompile(
    r"^(?:(?:this|last)\s+(?:" + WEEKDAY_NAMES + r"|morning|afternoon|evening|night|weekend)|on\s+" + WEEKDAY_NAMES +
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:the|that)\s+(?:same|next|following)\s+(?:day|morning|evening|night))"
    r",?\s+(?=\S)", re.I)


def without_day_opening(obj: str) -> str:
    """``obj`` (the words after the verb) without a day that opens it, when words follow it."""
    m = _DAY_OPENING.match(obj)
    return obj[m.end():] if m else obj
