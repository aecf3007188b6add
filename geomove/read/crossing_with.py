"""The country on the far side of a crossing, named after it with "with": "entered via the
illegitimate al-Walid crossing with Iraqi territory", "came in through the Semalka crossing with
Iraqi Kurdistan". Entering by the crossing, the force came from that side: the country is the
origin (the crossing a via); leaving by it ("withdrew through the crossing with Iraq"), it went
there: the destination.

why: "with K" is no role cue, so K had no role and the movement no origin, though the report says
which side of the border the convoy came from. Local Syrian outlets name a crossing this way as a
rule. Other verbs ("shelled near the crossing with Turkey") give K no role, as before."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-crossing-with")

# right before the place: a crossing's noun, then "with" ("crossing with Iraqi ", "border
# crossing with the ", "crossing point with ")
_WITH_BEFORE = _PATTERNS.compile(r"\b(?:crossings?|crossing\s+points?|border\s+gates?|gates?)\s+with\s+(?:the\s+)?$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_WITH_BEFORE_GATE = Gate(_WITH_BEFORE, ("with",))
# verbs whose force came in from the far side / went out to it (stems, as lexicon._stem gives them)
INTO = frozenset({"enter", "come", "bring", "arrive", "cross", "send", "move", "transport", "drive"})
OUT_OF = frozenset({"withdraw", "leave", "exit", "return", "evacuate", "retreat", "depart", "pull"})


def crossing_with_role(text: str, start: int, verb_stem: str | None) -> str | None:
    """The role of the place at ``start`` told as the far side of a crossing ("the al-Walid
    crossing with <Iraqi> territory"), by the clause's verb ``verb_stem``: "origin" for a verb of
    coming in, "destination" for one of going out, None otherwise (and when no crossing stands
    right before it)."""
    if verb_stem is None or _WITH_BEFORE_GATE.search(text, max(0, start - 40), start) is None:
        return None
    if verb_stem in OUT_OF:
        return "destination"
    if verb_stem in INTO:
        return "origin"
    return None


_PATTERNS.save()
