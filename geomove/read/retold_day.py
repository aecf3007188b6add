"""A movement told again about the force already told, with a day that disagrees: "A convoy left
A on Monday and drove to B. ... The convoy, which set off from A on 2 December, carried fuel",
"The same column left A on Thursday" (after "left A on Wednesday").

GUIDELINES: one movement retold in headline, lede and body counts once; a different
date makes a new movement. A relative clause on "the convoy" ("the convoy, which left A") or
"the same convoy" presupposes the move already told: it retells it, and a day that differs is
the report's own inconsistency, not a second move. So where such a retelling shares an end in
the same role with a movement told before it (the same place left, or reached) the days no
longer tell the two apart (events._told_apart_in_time, _features); any other difference (ends,
actors, "another") still does.

why: the same convoy dated "Monday" and then "2 December" was read as two movements, one of
them with no destination (session 43's gap, reports of my own, s44 read118)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-retold-day")

# the nouns a moving force is told again by
_NOUN = (r"(?:convoy|column|unit|battalion|brigade|company|contingent|detachment|force|flotilla|group|"
         r"troops|soldiers|vehicles|trucks|ships|warships)s?")
# "the convoy, which (had) set off ...", "the column, which ...": a relative clause on the force
# told again, right before the verb (an adverb allowed); or "the same convoy (had) left ..."
_RETOLD_BEFORE = _PATTERNS.compile(
    r"\b[Tt]he\s+(?:(?:same\s+)?(?:[\w-]+\s+){0,2}?" + _NOUN + r"\s*,\s*(?:which|that)|same\s+(?:[\w-]+\s+){0,2}?" + _NOUN + r")"
    r"\s+(?:had\s+|has\s+)?(?:\w+ly\s+)?$")
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_RETOLD_BEFORE_GATE = Gate(_RETOLD_BEFORE, ("same", "that", "which"))
# how far back the words are looked for
_REACH = 80


def retold_before(text: str, verb_at: int) -> bool:
    """Is the verb at ``verb_at`` told of "the convoy, which ..." or "the same convoy"?"""
    return _RETOLD_BEFORE_GATE.search(text, max(0, verb_at - _REACH), verb_at) is not None


_PATTERNS.save()
