"""A day told right after the verb, before its object: "The Army sent this Monday 300 soldiers
to Uruapan", "The Navy moved last weekend two patrol boats to X", "sent on Friday 200 officers".
Translated Spanish reports put the day there ("envió este lunes 300 elementos"); the object is
what follows the day, and the day alone ("arrived this Saturday in X") is no object at all
(clauses._NO_OBJECT).

why: the day was read as part of what moved ("this Monday 300 soldiers"), or, once a day alone
was no object, what moved fell back to the subject ("The Army"; probes of my own, s33 read91)."""

from __future__ import annotations

import re

from ..dates import MONTH_NAMES, WEEKDAY_NAMES
from .kept import recompile as _recompile

_DAY_OPENING = _recompile(
    r"^(?:(?:this|last)\s+(?:" + WEEKDAY_NAMES + r"|morning|afternoon|evening|night|weekend|week|month)|on\s+" + WEEKDAY_NAMES +
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:the|that)\s+(?:same|next|following)\s+(?:day|morning|evening|night))"
    r",?\s+(?=\S)", re.I)


def without_day_opening(obj: str) -> str:
    """``obj`` (the words after the verb) without a day that opens it, when words follow it."""
    m = _DAY_OPENING.match(obj)
    return obj[m.end():] if m else obj


# the date a weekday opening the object goes on to ("on Thursday, 6th of March, 2025, 120
# soldiers"): part of the day, not the object
_DATE_AFTER_DAY = _recompile(r"(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + MONTH_NAMES + r")|(?:" + MONTH_NAMES +
                             r")\s+[0-9]{1,2}(?:st|nd|rd|th)?)\b(?:,?\s+(?:19|20)[0-9][0-9])?,?\s+(?=\S)", re.I)


# what after the day is no object: a preposition, a conjunction or a mark ("left last night for
# X", "arrived on Monday in X", "moved on Monday, and ...")
_NO_OBJECT_AFTER = _recompile(r"(?:for|to|from|into|toward|towards|at|in|on|near|via|through|across|along|"
                              r"and|but|after|before|with|as|when|while|where|back|home|out|off|up|down)\b|[,.;:!?]", re.I)


def day_opening_end(after: str) -> int:
    """Where the object after the verb begins past a day that opens it ("sent on Monday 300
    soldiers to X": after "on Monday "), as an offset of ``after`` (the text right after the
    verb); 0 when no day opens it. The object is looked for from there: "on" is otherwise a
    preposition that ends the object before it began (s34 read93: the count was read, but what
    moved fell back to the subject, "The government")."""
    lead = len(after) - len(after.lstrip())
    m = _DAY_OPENING.match(after[lead:lead + 60])  # (a slice: the pattern opens with '^')
    if m is None:
        return 0
    date = _DATE_AFTER_DAY.match(after, lead + m.end())
    if date is None and "," in m.group(0):
        # (a day closed by its comma with no date after it ends the clause: "After the soldiers
        # left on Tuesday, JNIM fighters occupied X" -- what follows is the main clause, no
        # object; read131)
        return 0
    end = date.end() if date else lead + m.end()
    return 0 if end >= len(after) or _NO_OBJECT_AFTER.match(after, end) else end
