"""A list of ends, each after a count of its own: "About 2,000 soldiers went to Ciudad Juarez and
1,200 to Tijuana" is two movements, 2,000 to the first end and 1,200 to the second (GUIDELINES:
lists are distributed, and `count` is the number of people that moved). The count reader gives
the clause one count, the first; the list's later numbers stand right before "to B" with their
noun left out, so each later end takes the number told before its cue, in the first count's unit.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-listed-counts")

# a bare number right before an end's cue: "and 1,200 to", ", 300 more into", "and another 150 to the"
_NUMBER_BEFORE_CUE = _PATTERNS.compile(
    r"(?:,|\band)\s+(?:(?:another|a\s+further|some|about|around|nearly)\s+)?(?P<num>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)"
    r"\s+(?:more\s+|others?\s+)?(?:to|into|in|at)\s+(?:the\s+)?$", re.I)
# how far before an end's name its number may stand
_REACH = 40


def counts_by_end(text: str, ends: list[dict | None], first: dict | None) -> list[dict] | None:
    """One count for each of ``ends`` (the destinations of one clause's list, in text order),
    when every end after the first has a bare number right before its cue and the clause told
    a count (``first``, the count reader's first) for the first; else None (the list shares
    the clause's count, as before)."""
    if first is None or first.get("value") is None or len(ends) < 2 or any(e is None or not e.get("offsets") for e in ends):
        return None
    out = [first]
    for end in ends[1:]:
        at = end["offsets"][0]
        m = _NUMBER_BEFORE_CUE.search(text, max(0, at - _REACH), at)
        if m is None:
            return None
        out.append({"value": int(m.group("num").replace(",", "")), "unit": first.get("unit"), "listed": True})
    return out


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
