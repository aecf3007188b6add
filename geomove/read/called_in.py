""""Called in" tells a movement when a force is what was called in: "Extra police units were
called in from A to B", "the army called in reinforcements from C". The force was brought to
where it is needed, as "sent" or "rushed" would say.

Everything else called in moves no force: air strikes, artillery fire, a debt, residents or a
suspect called in for questioning, an ambassador summoned. Such a "called in" is no trigger at
all (read.idle_verbs). The verb is also of force_only (lexicon.json): a force must be named
before it in the sentence.

why: s43 read117 (a helper's own report): "were called in from A to B" read nothing."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-called-in")

# the passive, right before the verb: "units were called in", "police had been called in"
_PASSIVE_BEFORE = _PATTERNS.compile(r"\b(?:were|was|is|are|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
# the active's object, right after the verb: "called in reinforcements", "called in 300 troops",
# "called in two companies of gendarmes"
_FORCE_OBJECT = _PATTERNS.compile(
    r"\s+(?:(?:the|a|an|some|about|around|nearly|extra|more|additional|further|[\d,]+|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens|hundreds)\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:reinforcements|troops|soldiers|police|policemen|officers|gendarmes|commandos|marines|paratroopers|units?|"
    r"battalions?|companies|platoons?|squadrons|guardsmen|reservists|peacekeepers)\b", re.I)
# what is never a force's move, told soon after the verb: "were called in (from A) for questioning"
_NOT_A_MOVE_AFTER = _PATTERNS.compile(r"\b(?:for\s+questioning|as\s+witnesses|to\s+testify)\b", re.I)


def calls_in_a_force(text: str, verb: re.Match) -> bool:
    """Is a force what "called in" at ``verb`` brought (the passive's subject, moved from or to
    somewhere, or the active's force object)?"""
    if _NOT_A_MOVE_AFTER.search(text, verb.end(), min(len(text), verb.end() + 60)):
        return False
    return bool(_PASSIVE_BEFORE.search(text, max(0, verb.start() - 40), verb.start())
                or _FORCE_OBJECT.match(text, verb.end()))


_PATTERNS.save()
