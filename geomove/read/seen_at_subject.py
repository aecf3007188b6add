"""A force seen at a place, then its participle of moving: "Dozens of Serbian military trucks
were seen in Raška heading towards Jarinje", "A column of RSF vehicles was spotted in Mellit
moving south towards El Fasher". The verb of seeing and its place belong to the clause's
passive ("were seen in Raška"); what moved is the subject before it. The place is where they
were seen (roles: seen_at, as before).

why: what moved ran on to the place ("Dozens of Serbian military trucks were seen in Raška",
probes of my own). (Not fixed here: "seen near Raška heading towards X" gives Raška no role.)"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-seen-at-subject")

# the passive of seeing, its place, then (past a few words) the participle of moving
_SEEN_AT = _PATTERNS.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:seen|spotted|observed|filmed|photographed|sighted)"
    r"\s+(?:in|near|at|outside|on\s+the\s+outskirts\s+of|close\s+to)\s+[^,;:.]{1,60}?\s+(?:\w+ly\s+)?$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_SEEN_AT_GATE = Gate(_SEEN_AT, ("filmed", "observed", "photographed", "seen", "sighted", "spotted"))


def subject_before_seen_at(text: str, s: int, main: re.Match) -> str | None:
    """The words before "were seen in X" when the participle of moving ``main`` (a form in
    -ing) follows the place, in the clause from ``s``; None otherwise."""
    verb = main.group("verb")
    if not verb or not verb.lower().endswith("ing"):
        return None
    m = _SEEN_AT_GATE.search(text, s, main.start())
    if m is None:
        return None
    return text[s:m.start()].strip(" ,") or None


_PATTERNS.save()
