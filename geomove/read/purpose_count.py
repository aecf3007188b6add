"""A count in the object of a purpose infinitive after the verb: "Japan scrambled F-15 fighters
from Naha on Friday to track two Russian bombers", "The navy sent a frigate to shadow three
Chinese warships". What the purpose names is what the force is to act on, not what moved
(GUIDELINES: anything inside a purpose clause is no part of the movement; the count is of what
moved).

Only "to" and one verb (an adverb may stand before it) right before the count, after the
clause's verb: "sent 300 troops to X", "moved to two bases" keep their counts.

why: "scrambled F-15 fighters from Naha air base on Friday to track two Russian bombers" counted
2, the bombers (probes of my own, s32 read87)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-purpose-count")

# "to" and a verb in lower case (not a determiner or a count: "to two bases", "to the 300"), with
# an adverb before it, right before the count
_PURPOSE_BEFORE = _PATTERNS.compile(
    r"\bto\s+(?:(?-i:[a-z]+ly)\s+)?(?!(?:the|a|an|its|their|some|about|around|over|more|at|up|as|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens|hundreds|thousands)\b)(?-i:[a-z]+)\s+(?:(?:at\s+least|about|around|some|nearly)\s+)?$", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def counted_in_purpose(text: str, verb_end: int, count_start: int) -> bool:
    """Is the count starting at ``count_start`` the object of a purpose infinitive told after the
    clause's verb (ending at ``verb_end``): "... to track | two Russian bombers"?"""
    return count_start > verb_end and _PURPOSE_BEFORE.search(text, max(verb_end, count_start - 40), count_start) is not None
