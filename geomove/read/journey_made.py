"""A sentence that counts who made the move just told, by a noun for the move itself: "Ethiopian
troops arrived in Baidoa from Dolow on Thursday. About 300 soldiers made the journey in a convoy
of 25 vehicles", "Some 40 marines made the crossing". 'The journey', 'the trip', 'the crossing'
refer back to the movement told before; the people counted with them are its count
(GUIDELINES: count is of the people where people are counted), as a sentence describing the
group does (assemble.count_from_description).

Only 'made' with 'the' and a noun of the move ('made the journey / trip / crossing / drive /
flight / march'), and only a number as the subject's head: "The convoy made the journey" counts
nothing.

why: "About 300 soldiers made the journey" left the arrival in Baidoa without its count."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-journey-made")

_JOURNEY_MADE = _PATTERNS.compile(
    r"\b(?:\d[\d,]*|dozens|hundreds|thousands)\b[^.;:]{0,40}?\s+(?:had\s+|have\s+)?made\s+the\s+"
    r"(?:(?:\d[\d,]*[-\s]?(?:km|kilometres?|kilometers?|miles?)[-\s]|long\s+|short\s+|overland\s+|same\s+)?)"
    r"(?:journey|trip|crossing|drive|flight|march|voyage|move|transfer)\b", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_JOURNEY_MADE_GATE = Gate(_JOURNEY_MADE, ("made",))


def journey_made(text: str, s: int, e: int) -> re.Match | None:
    """The words "<number> ... made the journey" in the sentence [s, e), or None."""
    return _JOURNEY_MADE_GATE.search(text, s, e)


_PATTERNS.save()
