"""A verb of bringing whose "to" tells a total, not a place: "The arrival in Bangui of 200 Rwandan
soldiers on Friday brings the size of the contingent to about 1,000", "... brought the number of
troops to 4,000". The sentence's movement is told by its noun ("arrival", "deployment"); "bring
... to <number>" only adds it up, and its object ("the size of the contingent") is no force that
moved.

Only "bring" and "take" (and "raise", "boost" where the lexicon reads them) with a number right
after their "to", within a few words of the verb; "brought 200 soldiers to Bangui" is a movement.

why: "brings" was read as the clause's verb: what moved was "the size of the contingent", and
the noun's own verb of arrival was not asked (probe of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _stem

_PATTERNS = CompiledPatterns("read-brought-to-total")

_ADDING_UP = frozenset(("bring", "take", "raise", "boost", "increase", "push"))
# the object, then "to" and a number, an approximation allowed: "the contingent to about 1,000"
_TO_A_TOTAL = _PATTERNS.compile(r"\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:(?:about|around|some|nearly|almost|roughly|over|"
                                r"more\s+than|at\s+least|an\s+estimated|just\s+over|just\s+under)\s+)?[0-9]", re.I)


def brings_to_a_total(text: str, trigger: re.Match, e: int) -> bool:
    """Is the verb ``trigger`` one of bringing whose "to" is a number ("brings the contingent
    to about 1,000"), within the clause ending at ``e``?"""
    verb = trigger.group("verb")
    return bool(verb) and _stem(verb) in _ADDING_UP and _TO_A_TOTAL.match(text, trigger.end(), e) is not None


_PATTERNS.save()
