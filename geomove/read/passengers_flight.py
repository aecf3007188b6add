"""A flight taken by civilians, told as the object of their verb of boarding or taking:
"Passengers boarded a flight at Goma airport", "Tourists took a flight from X", "Pilgrims caught
the last flights out of Y". The noun "flight" tells a movement (a military flight, an airlift),
but here its subject names who flew: civilians or officials, no force (GUIDELINES: a movement
is one of armed forces, police or their equipment; trips of officials are none).

Only a subject that names civilians or officials (lexicon._CIVILIAN) and no force, right before
a verb of taking a flight and the noun: "Troops boarded a flight at X" is a force's departure.

why: "Passengers boarded a flight at Goma airport on Monday" read a movement from Goma (the
noun triggered; the verb 'board' needs a force before it; probes of my own, s32 read87)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _CIVILIAN, _MOVER, _MOVER_GATE

_PATTERNS = CompiledPatterns("read-passengers-flight")

# the subject's words, then a verb of taking a flight and a determiner, right before the noun
_TOOK_A = _PATTERNS.compile(
    r"(?P<subject>[^,;:]{1,80}?)\s+(?:boarded|boarding|board|boards|took|take|takes|taking|caught|catch|catches|"
    r"booked|book|books|were\s+put\s+on|was\s+put\s+on)\s+(?:a|an|the|their|his|her|two|three|several|special|"
    r"[\w-]+\s+)*$", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def civilians_took_flight(text: str, s: int, noun: re.Match) -> bool:
    """Is the noun trigger at ``noun`` the object of civilians' verb of taking a flight, in the
    clause from ``s``?"""
    found = _TOOK_A.fullmatch(text, s, noun.start())
    if found is None:
        return False
    subject = found.group("subject")
    return _CIVILIAN.search(subject) is not None and _MOVER_GATE.search(subject) is None
