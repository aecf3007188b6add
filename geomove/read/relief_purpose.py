"""A relief told as the purpose of a movement that names its own end: "The army sent 300
troops to Kidal to relieve the garrison at Tessalit". The troops went to Kidal; Tessalit is where
the unit they are meant to relieve stands, a place of the purpose (GUIDELINES: anything inside
a purpose clause is no place told as reached), not a second end.

Without this the relief in place ("relieved the Nigerian contingent in X": X is where the
relieving force went, clauses._Reader._relieved_at) made Tessalit a destination beside Kidal, and
the two ends, read as a list, two movements. A relief with no end before it ("left A to relieve
the unit in X") still sends the force to X: it names no other place it went."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .gates import Gate

_PATTERNS = CompiledPatterns("read-relief-purpose")


# the infinitive of purpose and its relief, up to the place of the unit relieved ("to relieve
# the garrison at ", "to replace the Indian battalion stationed in "): lexicon.json
# relief_in_place's verbs and its "at" (the unit, then where it stands)
_RELIEF = read_data("lexicon.json")["relief_in_place"]
_TO_RELIEVE = _PATTERNS.compile(
    r"\bto\s+(?:help\s+)?(?:" + "|".join(r"\s+".join(v.split()) for v in _RELIEF["verbs"]) + r")"
    + _RELIEF["at"] + r"$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_TO_RELIEVE_GATE = Gate(_TO_RELIEVE, ("relieve", "replace", "take"))


def relief_beside_an_end(text: str, start: int, s: int, slots: list) -> bool:
    """Is the place at ``start`` (in the clause from ``s``) where the unit stands that an
    infinitive of purpose relieves ("... to relieve the garrison at X"), after an end the
    clause already names ("sent troops to Kidal to relieve ...")? ``slots``: the clause's roles
    so far, (role, mentions, offset) each. Then the place is no end."""
    told = _TO_RELIEVE_GATE.search(text, max(s, start - 160), start)
    return told is not None and any(role == "destination" and at < told.start() for role, _group, at in slots)


_PATTERNS.save()
