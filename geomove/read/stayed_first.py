"""A force told to stay where it had got to before it moved again: "Two companies were flown
from A to B on 24 June. They remained at B for two days, and on 26 June they moved by road to
C", "The column halted in B overnight; it then drove on to C".

GUIDELINES: a route with stops is cut into legs where the report tells of an arrival and
a later departure; the stay is the text saying so. The next leg starts where the force stayed:
B -> C, with the first leg A -> B kept as told.

why: the move after the stay named no place it left, and it was read as the first leg carried
on (A -> C with B passed on the way) or as a move with no origin (s49 read138, read75's
commission of inquiry: "They remained at Iligan for two days, and on 26 June they moved by
road to Marawi"). Only a stay whose subject refers back ("they", "it", "the battalion"), so
that others staying there ("Residents remained in B") say nothing of the force."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-stayed-first")

# the stay, told by a subject that refers back: a pronoun or "the" and up to two words
_STAYED = _PATTERNS.compile(
    r"\b(?:they|it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:then\s+|had\s+|first\s+)?"
    r"(?:remained|stayed|waited|halted|rested|regrouped|camped|paused)\b", re.I)


def stayed_first(text: str, told_end: int, verb_at: int) -> re.Match | None:
    """The stay told between the end of the sentence that told the force's last move
    (``told_end``) and the verb of its next one (``verb_at``), or None."""
    if verb_at <= told_end:
        return None
    return _STAYED.search(text, told_end, verb_at)


_PATTERNS.save()
