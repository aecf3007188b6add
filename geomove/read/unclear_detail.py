"""A negation that says a detail of the movement is not known, not that it did not happen: "It
was not immediately clear how many soldiers had been moved from A to B", "it is not known when
the convoy left A". The question word presupposes the movement; only its number, time or way is
open, so the movement stays reported. ("It was not clear whether troops had left A" asks whether
it happened at all: the status module reads "whether" as not told, as before.) What moved is then
read after "how many" (read.unclear_extent, read68's, which found the same construction).
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-unclear-detail")

_UNCLEAR_DETAIL = _PATTERNS.compile(
    r"\b(?:not|n't)\s+(?:(?:immediately|yet|entirely|exactly|officially|independently)\s+)?"
    r"(?:clear|known|certain|confirmed|disclosed|specified|said)\s+(?:exactly\s+)?"
    r"(?:how\s+(?:many|much|far|long|large|big)|exactly\s+how|when|where\s+exactly|by\s+which\s+route|which\s+(?:units?|route|road))\b", re.I)


def negation_not_of_a_detail(negation: re.Pattern, clause: str, outside) -> re.Match | None:
    """``outside(negation, clause)`` (the first negation of the clause) unless every negation
    it would find is the "not" of an unclear detail ("not clear how many"); then the first
    negation after those phrases, or None."""
    spans = [(m.start(), m.end()) for m in _UNCLEAR_DETAIL.finditer(clause)]
    if not spans:
        return outside(negation, clause)
    for m in negation.finditer(clause):
        if not any(a <= m.start() < b for a, b in spans) and outside(negation, clause[m.start():m.end() + 12]):
            return m
    return None


_PATTERNS.save()
