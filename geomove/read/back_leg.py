"""A second end told after "and back to" in the clause of the first: "Malian troops were moved from
Timbuktu to Goundam and back to Timbuktu", "The convoy drove from Gao to Ansongo and then back to
Bourem". The force got to the first end and went back from there: two legs, the second from the
first end (GUIDELINES: a route is split where the force got somewhere and afterwards set off again), as "moved
into X and the next day moved on to Y" was read (lexicon moved_on); not two destinations of one
list (GUIDELINES: lists are distributed), nor a route through the first end.

Only "and" or a comma, an optional "then" / "later", an optional verb of going, and "back" right
before the cue of the second end.

why: "... to Goundam and back to Timbuktu" gave one movement to Goundam (the list's second end,
the origin again, was dropped), and "... to Ansongo and back to Bourem" two from Gao (probe of my
own, read80)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-back-leg")

_AND_BACK = _PATTERNS.compile(r"(?:\band|,)\s+(?:then\s+|later\s+|afterwards\s+)*(?:(?:moved|drove|went|came|headed|flew|sailed|"
                              r"marched|rolled|returned|(?:was|were)\s+\w+ed)\s+)?back\s+$", re.I)


def went_back_before(text: str, s: int, at: int) -> bool:
    """Does "and (then) back" stand right before the cue at ``at`` (in the clause from ``s``)?"""
    return _AND_BACK.search(text, max(s, at - 40), at) is not None


_PATTERNS.save()
