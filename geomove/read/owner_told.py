"""The owner of what was just seen moving, told as the subject of the next movement: "Armoured
vehicles were filmed passing through A, heading to B. The vehicles belong to the 4th Tank Division,
which moved from C on Sunday", "... The 4th Tank Division, to which the vehicles belong, left C on
Sunday". The sentence ties the things seen to the named force, so the force's movement is the
one the sighting showed, told on (GUIDELINES: the same movement told twice is one movement): one
route C -> B through A, whose actor is the force named.

why: the force's name is no word that refers back, so its departure was read as a movement of its
own (C -> nothing) beside the sighting (nothing -> B through A); "The vehicles left C" was already
read as the sighting carried on. Without the words of belonging ("The 4th Tank Division left C on
Sunday" after the sighting) the two stay apart: nothing says they are the same. In the second
form the words of belonging were also read as what moved ("to which the vehicles belong")."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-owner-told")

BELONG_WORDS = ("belong", "belongs", "belonged")
_BELONG = r"(?:" + "|".join(BELONG_WORDS) + r")"
# (and told by whoever identified them: "Analysts identified the vehicles as belonging to | the X")
_AS_BELONGING = r"as\s+belonging"
# the things told before, by a definite plural ("the vehicles", "these armoured trucks")
_REFERRING = r"(?:the|these|those)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s"
# right before the clause's subject: "The vehicles belong to | the 4th Tank Division, which ..."
# (searched in a short slice that ends where the clause starts: '$' is the clause's start)
_BELONG_TO_BEFORE = _PATTERNS.compile(r"\b" + _REFERRING + r"\s+(?:(?:reportedly\s+|all\s+)?" + _BELONG + r"|" + _AS_BELONGING
                                      + r")\s+to\s+$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_BELONG_TO_BEFORE_GATE = Gate(_BELONG_TO_BEFORE, ("belong",))
# inside the subject, set off by commas after the force's name: "The 4th Tank Division, to which
# the vehicles belong, | (left)"
_TO_WHICH_ASIDE = _PATTERNS.compile(r"(?P<np>[^,]+?)\s*,\s*to\s+which\s+" + _REFERRING + r"\s+" + _BELONG + r"\s*,\s*$", re.I)
_WINDOW = 80  # (chars before the clause: the referring noun phrase and the verb of belonging)


def owner_after_belonging(text: str, s: int) -> bool:
    """Does the clause starting at ``s`` open with the force the things told before were just
    said to belong to ("The vehicles belong to | the 4th Tank Division, which moved ...")?"""
    return _BELONG_TO_BEFORE_GATE.search(text[max(0, s - _WINDOW):s]) is not None


def owner_with_belonging_aside(subject: str) -> str | None:
    """The force's name when ``subject`` (the words before the verb) is a force with an aside
    saying the things told before belong to it ("The 4th Tank Division, to which the vehicles
    belong, " -> "The 4th Tank Division"); else None."""
    if "which" not in subject:
        return None  # (the cheap check first)
    m = _TO_WHICH_ASIDE.fullmatch(subject.strip() + " ")
    return m.group("np").strip() if m else None


_PATTERNS.save()
