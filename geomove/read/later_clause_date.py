"""A date told in a clause after the movement's, past a semicolon or a comma that opens a plan of
more to come: "Guard soldiers roll into Memphis; more expected next week", "Troops arrive in X,
more to come next week". The date is the plan's (when the others are to come), not the day the
first group moved; such a headline gives no day of its own.

why (read61): with no date of its own before it, the headline's arrival took "next week" and
was dated a week after the report, then kept apart from the lede's arrival "on Tuesday" as
another movement (dates disjoint).

Only after the verb: a date before the verb ("On Monday, troops arrived in X; more ...") is
the clause's own. A semicolon followed by a date that opens the next clause ("arrived in X;
on Tuesday they moved on") is the same case: the next clause's date; and so is a date right
after ", and" / ", but" ("came ashore at X that morning, and two days later ...", read124)."""

from __future__ import annotations

import re

from .kept import recompile as _recompile

# a comma opening a plan of more of the same: ", more expected", ", more to come", ", others due"
_MORE_TO_COME = r",\s+(?:with\s+)?(?:more|others|another\s+\w+|a\s+second\s+\w+)\s+(?:are\s+|is\s+)?(?:expected|to\s+(?:come|follow)|due|set|planned)\b"
# a date that opens the next conjunct, right after ", and" / ", but": "came ashore at X that
# morning, and two days later its marines seized Y" (read124: the landing was dated two days late)
_OPENS_NEXT_CONJUNCT = r",\s+(?:and|but)\s+(?:then\s+)?$"


def dates_not_of_a_later_clause(text: str, dates: list, anchor: int) -> list:
    """``dates`` without those after the verb at ``anchor`` that lie past a semicolon, or past
    a comma opening a plan of more to come, that comes after the verb."""
    kept = []
    for d in dates:
        if d.start > anchor:
            between = text[anchor:d.start]
            if ";" in between or _recompile(_MORE_TO_COME, re.I).search(between) \
                    or _recompile(_OPENS_NEXT_CONJUNCT, re.I).search(between):
                continue
        kept.append(d)
    return kept


# ... a span of time told so: ", and two days later", ", but the next day"
_NEXT_CONJUNCT_SPAN = r",\s+(?:and|but)\s+(?:then\s+)?(?=(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|[0-9]{1,2})\s+(?:hours?|days?|weeks?|months?)\s+later\b|the\s+(?:next|following)\s+(?:day|morning|night|week)\b)"


def opens_next_conjunct(text: str, anchor: int, e: int) -> int | None:
    """Where a conjunct opened by a span of time (", and two days later ...") starts after the
    verb at ``anchor`` and before ``e``; None when there is none."""
    m = _recompile(_NEXT_CONJUNCT_SPAN, re.I).search(text, anchor, e)
    return m.start() if m is not None else None
