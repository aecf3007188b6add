""""Dropped" tells a movement when what was dropped is a force: "Paratroopers were dropped near
Kidal from aircraft that took off from Gao", "the army dropped 200 commandos behind the lines
near X". It is then a verb of arriving, as "parachuted" and "airdropped" are: the place after it
is where the force went.

Everything else dropped moves no force: bombs and leaflets (a strike, a message), charges, a
plan, prices, a town from a list. Such a "dropped" is no trigger at all.

Only people of a force count (paratroopers, troops, commandos ...), not "supplies" or "aid":
supplies dropped to a besieged town are no transfer of a force (GUIDELINES).
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-dropped")

_FORCE_PEOPLE = (r"(?:paratroopers|parachutists|troops|soldiers|commandos|special\s+forces|marines|rangers|"
                 r"personnel|fighters|infantry|airborne\s+(?:troops|units?|forces)|units?|battalions?|companies|platoons?)")
# the passive's subject, right before its verb: "(200) paratroopers were dropped", "troops had been dropped"
_FORCE_PASSIVE = _PATTERNS.compile(r"\b" + _FORCE_PEOPLE + r"\s+(?:\w+\s+){0,2}?(?:were|was|had\s+been|have\s+been|has\s+been|being|been)\s+"
                                   r"(?:\w+ly\s+)?$", re.I)
# the active's object, right after its verb: "dropped 200 commandos", "dropped a company of paratroopers"
_FORCE_OBJECT = _PATTERNS.compile(r"\s+(?:(?:the|a|an|some|about|around|nearly|at\s+least|more\s+than|[\d,]+|"
                                  r"two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+)*(?:[\w-]+\s+){0,2}?"
                                  + _FORCE_PEOPLE + r"\b", re.I)


# the intransitive's subject, right before its verb, and where it came down after it: "Indian
# paratroopers dropped at X", "commandos dropped near Y at dawn" (read124; not "troops dropped
# their rifles", an object, nor "numbers dropped in May", no force)
_FORCE_SUBJECT = _PATTERNS.compile(r"\b" + _FORCE_PEOPLE + r"\s+(?:\w+ly\s+)?$", re.I)
_WHERE_AFTER = _PATTERNS.compile(r"\s+(?:at|on|onto|near|over|behind|around|outside)\b", re.I)


def drops_a_force(text: str, verb: re.Match) -> bool:
    """Is the force what "dropped" at ``verb`` dropped (the passive's subject or the active's
    object), or the force that dropped somewhere (the intransitive's subject, a place's
    preposition after it)?"""
    return bool(_FORCE_PASSIVE.search(text, max(0, verb.start() - 80), verb.start())
                or _FORCE_OBJECT.match(text, verb.end())
                or (_WHERE_AFTER.match(text, verb.end()) and _FORCE_SUBJECT.search(text, max(0, verb.start() - 80), verb.start())))


_PATTERNS.save()
