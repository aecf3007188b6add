"""A pattern read in a short window that ends at an offset of a clause, where the pattern's "^"
stands for the clause's start.

Python's ``pattern.search(text, pos, endpos)`` never lets "^" match at ``pos`` (only at the
text's real start, or after a line break under re.M), so a pattern such as ``(?:^|,)\\s*$``
searched from a clause's start ``s`` found a comma before the offset but never the clause's
start itself: the construction was read only in a report's first sentence (s28a). Slicing the
clause's words makes "^" its start; a window that begins inside the clause is searched from
its offset, where "^" must not match (the window's start is no boundary of anything)."""

from __future__ import annotations

import re


def before_in_clause(pattern: re.Pattern, text: str, s: int, at: int, width: int) -> re.Match | None:
    """``pattern`` searched in the ``width`` characters before ``at`` in the clause from ``s``:
    on the clause's own words (offsets from ``s``) when the window reaches back to ``s``, so
    that "^" is the clause's start; from the window's start otherwise."""
    lo = max(s, at - width)
    return pattern.search(text[s:at]) if lo == s else pattern.search(text, lo, at)
