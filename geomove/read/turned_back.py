"""A place a force set out for and then turned back from: "A convoy heading from A to B turned
back at the border", "Two frigates left A for B on Tuesday but returned to port the next day".
B is where they meant to go, told by a word of intent ("for", "heading to", "bound for", "on its
way to"), and the rest of the sentence says they did not get there: B is no end (as "turned back
before reaching B", lexicon.json not_reached). Where they left stays the movement's origin
(GUIDELINES: one end is enough).

A place told as reached keeps its role ("moved to B but turned back the next day": it got to
B first), and so does a turn back told in another sentence (lexicon.json turned_back)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .gates import Gate

_DATA = read_data("lexicon.json")["turned_back"]
_PATTERNS = CompiledPatterns("read-turned-back")

# the words of intent right before the place ("for B", "heading (from A) to B", "bound for B")
_INTENDED = _PATTERNS.compile(_DATA["intended"], re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_INTENDED_GATE = Gate(_INTENDED, ("bound", "for", "headed", "heading", "making", "route", "way"))
# the turn back, later in the same sentence ("turned back", "was recalled", "returned to port")
_TURNED_BACK = _PATTERNS.compile(_DATA["after"], re.I)
# where a force turned back to, right after the verb ("turned back to Subic", "turned around towards B")
_TOWARDS = _PATTERNS.compile(_DATA["towards_pattern"], re.I)


def set_out_for_and_turned_back(text: str, start: int, end: int, s: int) -> bool:
    """Is the place at ``start``:``end`` (in the clause that starts at ``s``) one the force set
    out for (a word of intent before it) and turned back from later in the sentence?"""
    if not _INTENDED_GATE.search(text, max(s, start - 60), start):
        return False
    return _TURNED_BACK.match(text, end) is not None


def turns_back_towards(text: str, verb_end: int, clause_end: int) -> bool:
    """Does the turn back ending at ``verb_end`` name where the force turned to ("the frigate
    turned back to Subic")? Only then is it a movement of its own: "turned back at the border"
    tells where the way back began and "turned back before reaching X" where it did not get to,
    each read as a cue of another verb (lexicon.json turned_back: towards)."""
    return _TOWARDS.match(text, verb_end, clause_end) is not None


_PATTERNS.save()
