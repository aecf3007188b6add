"""Where an accord was reached is no place of the movement it set: "The withdrawal agreed in
Geneva last month started on Sunday", "troops began withdrawing under a deal signed in Luanda",
"the pullback, agreed at talks in Almaty, began". The place right after a participle of agreeing
or signing (with its talks or summit between, if any), or right after "talks in", is the venue of
the words, not an end of the movement nor a place it passed.

why: the lead's probes of session 43: "The withdrawal, agreed in talks in Almaty last month, ..."
read Almaty as the origin of the withdrawal, and "took up positions in the area" then went back to
it. Only the venue phrase right before the place: "agreed to withdraw from X" keeps X (its cue,
"from", comes after the participle's own words)."""

from __future__ import annotations

import re

from .kept import recompile as _recompile
from .weights import ACCORD_VENUE_CHARS
from .gates import Gate

# "agreed in", "signed last month in", "brokered at talks in", "reached during a summit in",
# "talks in", "negotiations held in": the words before the venue's name (and its article)
_VENUE_BEFORE = _recompile(
    r"(?:\b(?:agreed|signed|negotiated|brokered|reached|concluded|struck|mediated|initiall?ed|inked)"
    r"(?:\s+(?:last|this|earlier\s+this)\s+(?:week|month|year|spring|summer|autumn|winter))?"
    r"(?:\s+(?:at|during|in)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|summit|meeting|conference))?"
    r"|\b(?:peace\s+)?(?:talks|negotiations|summit|conference)(?:\s+(?:held|hosted))?)"
    r"\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_VENUE_BEFORE_GATE = Gate(_VENUE_BEFORE, ("agreed", "brokered", "concluded", "conference", "initial", "inked", "mediated", "negotiated",
                                         "negotiations", "reached", "signed", "struck", "summit", "talks"))


def accord_venue(text: str, place_at: int) -> bool:
    """Do the words right before the place at ``place_at`` name where an accord was reached or
    talks held ("agreed in X", "signed at talks in X", "talks in X")?"""
    return _VENUE_BEFORE_GATE.search(text, max(0, place_at - ACCORD_VENUE_CHARS), place_at) is not None
