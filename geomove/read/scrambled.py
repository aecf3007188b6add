"""Aircraft scrambled from a base: "Taiwan scrambled jets from Hsinchu", "Poland scrambled two
F-16s from Lask air base", "The air force scrambled fighter jets from its base at X". The
aircraft took off from the base: the place after "from" is the origin, the state or service
that scrambled them is the actor (as "sent jets from X" reads), and the aircraft are what moved.

"Scramble" tells a movement only so, with aircraft as its object right after it: never
"residents scrambled to flee", "rescue teams scrambled to reach X", "soldiers scrambled out of
their trucks" (people hurrying, no transfer of a force; GUIDELINES: a movement is of forces or
their equipment, taken between places).

why: "Taiwan scrambled jets from Hsinchu" and "scrambled fighter jets from X air base" read
nothing ("scramble" was no verb of moving; probes of my own, s32 read87)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .aircraft_force import _AIRCRAFT
from .lexicon import _stem

_PATTERNS = CompiledPatterns("read-scrambled")  # (kept compiled code, as read/lexicon.py's)

# the verb of scrambling (lexicon.json verb_forms "scramble")
SCRAMBLE = "scramble"
# its object: aircraft, with a count or a determiner and up to three words before the noun
# ("jets", "two F-16s", "its fighter jets", "a pair of Mirage 2000 interceptors"); the plain
# nouns "aircraft" and "planes" too, as the verb says they are the military's
_SCRAMBLED = _PATTERNS.compile(
    r"\s+(?:(?:the|its|their|some|several|a\s+(?:pair|flight|number)\s+of|[0-9]+|two|three|four|five|six|"
    r"seven|eight|nine|ten|a\s+dozen|dozens\s+of)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:" + _AIRCRAFT + r"|aircraft|planes|airplanes|fighters)\b(?![\w-])", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def scrambles_aircraft(text: str, trigger: re.Match, e: int) -> bool:
    """Is the trigger a form of "scramble" with aircraft as its object, within the clause ending
    at ``e`` ("scrambled two F-16s")? Any other trigger: True (nothing to ask)."""
    verb = trigger.group("verb") if "verb" in trigger.re.groupindex else None
    if not verb or _stem(verb) != SCRAMBLE:
        return True
    return _SCRAMBLED.match(text, trigger.end(), e) is not None
