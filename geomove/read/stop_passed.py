"""A stop told on the way with no destination named, after which the force is told to have gone
on: "left Bamenda on Monday, spent the night at Ndop and drove on through Jakiri at dawn",
"halted at X overnight and continued north at first light". The stop is a place passed, not
where the movement ended.

why: a stop (lexicon.json via_stop) is a via only when the clause names where the force went;
without one it was read as where the force got to (clauses: "via_stop" slots). A report that
tells the arrival in its lede ("rolled into Kumbo on Tuesday") and the route in the body then
had the halt as the destination and the lede's town as a place passed (read60)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-stop-passed")

# a verb of going on after the stop: "drove on", "moved on", "pressed on", "continued",
# "resumed its journey", "set off again"
_WENT_ON = _PATTERNS.compile(
    r"\b(?:(?:drove|driven|driving|moved|moving|pressed|pushed|rolled|marched|went|gone|travelled|traveled|headed|sailed|flew|flown)\s+on"
    r"|continu(?:ed|ing)|resum(?:ed|ing)\s+(?:its|their|the)\s+(?:journey|march|advance|way)|set\s+off\s+again"
    # (or the stop told "on the way": "left Gao, stopping at Bourem on the way", "calling at
    # Lamu on its way north" -- the journey went on past it, wherever it ended, read110)
    r"|on\s+(?:the|its|their)\s+way)\b", re.I)


def went_on_after_stop(text: str, slots: list, e: int) -> bool:
    """Do the clause's slots (role, places, cue offset) show the force going past its stop: a
    place passed told after the stop, or a verb of going on (or "on the way") after it before ``e``?"""
    stops = [a for r, _g, a in slots if r == "via_stop"]
    if not stops:
        return False
    first = min(stops)
    if any(r == "via" and a > first for r, _g, a in slots):
        return True
    return _WENT_ON.search(text, first, e) is not None


_PATTERNS.save()
