"""A movement told of an earlier occasion: "the last time we saw this unit it went on to Jufra",
"The last time the brigade left Tripoli, it moved to Sirte", "The previous time the battalion
deployed, it went to Gao". The time clause points back to what happened before the news, as
"Two years ago, ..." does: background, not a movement the report tells (GUIDELINES: reported
movements are told as having happened now; habits and the past are background).

"For the last time" is not such a clause ("the guards left the post for the last time on
Monday": a last departure, told as news), nor a count of times ("for the second time since
2019, troops crossed ...": news).

why: an OSINT thread of my own (s41 lead, a Libyan convoy) read "the last time we saw this unit
it went on to Jufra air base" as a reported movement of the unit."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-earlier-occasion")

# "the last time", "(the) previous time", "on the last occasion" and a clause's subject after it
_EARLIER = _PATTERNS.compile(
    r"\b(?:(?:the\s+)?(?:last|previous)\s+time|on\s+the\s+(?:last|previous)\s+occasion)\s+(?:(?:that|when)\s+)?"
    r"(?=(?:we|they|it|he|she|the|this|these|those|a|an|its|their|[A-Z0-9])\b|[A-Z])", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_EARLIER_GATE = Gate(_EARLIER, ("occasion", "time"))
_FOR_BEFORE = _PATTERNS.compile(r"\bfor\s+$", re.I)
_SENTENCE_MARK = _PATTERNS.compile(r"[.!?\n]")
# how far back from the verb the sentence's start is looked for
REACH_CHARS = 160


def earlier_occasion(text: str, verb_at: int) -> re.Match | None:
    """The "last time" clause before the verb at ``verb_at`` in its sentence, or None."""
    lo = max(0, verb_at - REACH_CHARS)
    if _EARLIER_GATE.search(text, lo, verb_at) is None:
        return None  # (most clauses: none in the whole window, so none in its last sentence either)
    for mark in _SENTENCE_MARK.finditer(text, lo, verb_at):
        lo = mark.end()
    found = _EARLIER_GATE.search(text, lo, verb_at)
    if found is None or _FOR_BEFORE.search(text, max(0, found.start() - 6), found.start()):
        return None
    return found


_PATTERNS.save()
