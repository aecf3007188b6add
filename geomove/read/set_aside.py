"""A place set aside by "not", "rather than" or "instead of" right before its preposition: "Armenian
forces withdrew from Tigranashen on Saturday, not from Yeraskh", "moved from A to B rather than to
C", "came not from X but from Y". The preposition names the place the move did not start or end
at: it is no end of the movement (the clause's own end stands; GUIDELINES: a place is the one the
report offers for where the movement began or ended).

(A correction with "as first reported" after a bare name is read.corrected_place's; a way not
taken, "instead of going through X", read.way_not_taken's.)

why: "withdrew from Tigranashen on Saturday, not from Yeraskh" read Yeraskh as the origin, and
"from Ijevan to Berd rather than to Noyemberyan" a second movement to Noyemberyan (probes of my
own, read84)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-set-aside")

# the words right before the preposition: ", not ", " and not ", "not ", " rather than ", " instead of "
# (read on the 24 characters before it; "did not withdraw from X" has a verb between, no match)
SET_ASIDE = _PATTERNS.compile(r"(?:^|[\s,;(—–-])(?:and\s+|but\s+)?(?:not|rather\s+than|instead\s+of)\s+$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
SET_ASIDE_GATE = Gate(SET_ASIDE, ("instead", "not", "rather"))


def set_aside(text: str, cue_at: int) -> bool:
    """Does "not", "rather than" or "instead of" stand right before the preposition at ``cue_at``?"""
    return SET_ASIDE_GATE.search(text[max(0, cue_at - 24):cue_at]) is not None


_PATTERNS.save()
