"""A date told in a clause after the movement's, past a semicolon or a comma that opens a plan of
more to come: "Guard soldiers roll into Memphis; more expected next week", "Troops arrive in X,
more to come next week". The date is the plan's (when the others are to come), not the day the
first group moved; such a headline gives no day of its own.

why (read61): with no date of its own before it, the headline's arrival took "next week" and
was dated a week after the report, then kept apart from the lede's arrival "on Tuesday" as
another movement (dates disjoint).

Only after the verb: a date before the verb ("On Monday, troops arrived in X; more ...") is
the clause's own. A semicolon followed by a date that opens the next clause ("arrived in X;
on Tuesday they moved on") is the same case: the next clause's date."""

from __future__ import annotations

import re

from .kept import recompile as _recompile

# a comma opening a plan of more of the same: ", more expected", ", more to come", ", others due"
_MORE_TO_COME = r",\s+(?:with\s+)?(?:more|others|another\s+\w+|a\s+second\s+\w+)\s+(?:are\s+|is\s+)?(?:expected|to\s+(?:come|follow)|due|set|planned)\b"


def dates_not_of_a_later_clause(text: str, dates: list, anchor: int) -> list:
    """``dates`` without those after the verb at ``anchor`` that lie past a semicolon, or past
    a comma opening a plan of more to come, that comes after the verb."""
    kept = []
    for d in dates:
        if d.start > anchor:
            between = text[anchor:d.start]
            if ";" in between or _recompile(_MORE_TO_COME, re.I).search(between):
                continue
        kept.append(d)
    return kept
