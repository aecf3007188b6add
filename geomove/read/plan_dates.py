"""Whether a planned move is told in the future, so that the day it names is one to come: "Two
battalions will be rotated from A to B in December", "The 4th Brigade is expected to arrive in X
on Sunday" (dates.ahead_when_planned then takes the next such day or month after publication).

A clause read as planned for another reason tells a day that has passed: "The brigade was
ordered on Monday to redeploy from A to B" names the day of the order, last Monday, and a move
denied or asked about keeps its day too. Only the future told before the verb ("will", "is
expected to", "is due to", "plans to") moves the date ahead."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-plan-dates")

# the future told before the verb
_FUTURE = _PATTERNS.compile(r"\b(?:will|shall|(?:is|are)\s+(?:(?:also|now)\s+)?(?:expected|due|set|scheduled|slated|going|poised)\s+to"
                            r"|(?:is|are)\s+to\s+be|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:planning|preparing|intending)\s+to)\b", re.I)


def told_in_the_future(before_verb: str) -> bool:
    """Do the clause's words before its verb tell the future ("will", "is expected to")?"""
    return _FUTURE.search(before_verb) is not None


_PATTERNS.save()
