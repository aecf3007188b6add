"""A date told after "since" begins a stay, not an event a later span counts from: "Both had
been at Dover since Friday. A third C-17 left Ramstein and landed at Amman four hours later."
The third aircraft's "four hours later" counts from its own departure (its day untold), not
from Friday, the day the other two came to Dover.

The date is still read where it is (a presence "since Friday" is no movement anyway); only the
clauses after it, which date themselves by a span ("two days later") or by "the same day",
no longer take it as the day they count from.

why: a flight-tracking log of my own (s37 read100) dated the Ramstein flight to Friday, three
days before the log's day."""

from __future__ import annotations

import re

from .kept import recompile as _recompile

# "since" (or "ever since") right before the date's words, an article or a weekday's "last"
# between: "since Friday", "since last week", "ever since 3 March"
_SINCE_BEFORE = _recompile(r"\bsince\s+(?:(?:the|last|early|late|mid)\s+)?$", re.I)
_LOOK_BACK = 24


# (the date's own words may hold the word: dates.find_dates reads "since Friday" whole)
_SINCE_OPENS = _recompile(r"(?:ever\s+)?since\b", re.I)


def begins_a_stay(text: str, date_start: int) -> bool:
    """Is the date at ``date_start`` told after "since" (or opening with it): the day a stay began?"""
    return _SINCE_OPENS.match(text, date_start) is not None \
        or _SINCE_BEFORE.search(text[max(0, date_start - _LOOK_BACK):date_start]) is not None
