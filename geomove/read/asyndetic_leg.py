"""A next leg told after a comma with no "and": "flew Bamako-Senou → Gao, landed 09:40, left for
Tessalit at 12:15". Flight logs and OSINT posts list what a plane did as verb phrases cut by
commas; the last one leaves from where it landed, as "landed at X and took off for Y" does.

Without this the whole post was one clause: the second leg took the first leg's origin
(Bamako-Senou -> Tessalit). Here a comma followed by a verb of departure ("left", "departed",
"took off") is a join of the same subject, read as "and" is by cuts._clauses (an arrival before
it makes the clause after it a next leg)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-asyndetic-leg")

# ", left for", ", then departed", ", took off": a departure verb in the past right after a comma
# (what follows it, its place or a time, is the clause's; ", left behind" is no departure)
_COMMA_DEPARTURE = _PATTERNS.compile(r",\s+(?:then\s+)?(?=(?:left|departed|took\s+off)\b(?!\s+behind\b))", re.I)


# a relative aside the comma closes ("the soldiers, who reached X on Sunday, left for Y"): the
# main verb after it is cuts._clauses' aside to read, not a next verb phrase of a list
_RELATIVE_OPENS = _PATTERNS.compile(r"\s*(?:who|which|that|where|whose)\b", re.I)


def comma_departures(text: str, s: int, e: int) -> list[re.Match]:
    """The commas in [s, e) that open a departure with no "and" before it (not one that closes
    a relative aside)."""
    out = []
    for m in _COMMA_DEPARTURE.finditer(text, s, e):
        before = text.rfind(",", s, m.start())
        if before >= 0 and _RELATIVE_OPENS.match(text, before + 1):
            continue
        out.append(m)
    return out


_PATTERNS.save()
