"""A movement noun in a phrase that opens a sentence and refers back to movements already told:
"With these reinforcements, the number of federal personnel deployed in Sinaloa rises to about
11,000". The phrase ends at its comma; the noun tells no movement of its own, and the places of
the clause after it (a tally, a presence) are none of its.

why (read61): the noun "reinforcements" was read as the sentence's movement and took "in
Sinaloa" from the tally after the comma as its origin: a spurious movement out of Sinaloa.

Only with a determiner that refers back ("these", "those", "the", "such") and nothing between
the noun and the comma: "With reinforcements from Monterrey, ..." names where they came from
and stays a movement."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-opening-noun-phrase")

# the sentence's start, a preposition of circumstance, a determiner that refers back and up to
# two adjectives, right before the noun
_OPENS_BEFORE = _PATTERNS.compile(
    r"(?:^|[.!?]\s+|\n\s*)(?:with|after|following|despite|thanks\s+to|given)\s+"
    r"(?:these|those|this|that|the|such)\s+(?:[a-z-]+\s+){0,2}$", re.I)
# the comma closing the phrase right after the noun
_COMMA_AFTER = _PATTERNS.compile(r"\s*,")


def referred_back_in_opener(text: str, trigger: re.Match) -> bool:
    """Is the noun trigger (no verb) the head of an opening phrase "With these <noun>," that
    refers back to movements told before?"""
    if "verb" in trigger.re.groupindex and trigger.group("verb"):
        return False
    if not _COMMA_AFTER.match(text, trigger.end()):
        return False
    return _OPENS_BEFORE.search(text, max(0, trigger.start() - 60), trigger.start()) is not None


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
