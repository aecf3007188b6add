"""The place of whoever tells the report: "a Bundeswehr spokesman in Vilnius told us", "our
correspondent in Elk reports", "according to local monitors in Tawila", "a ship-spotter in
Istanbul photographed her deck". The place says where the teller is, not where the force went
or passed.

GUIDELINES: a place told only through an organisation or a person is no place of the
movement. The task of read57: the place of the speaker is often taken for a via ("... routed
through Poland, a spokesman in Vilnius told us" read Vilnius as the noun phrase of Poland going
on, and Vilnius, the finer place, replaced Poland as the place passed).

The teller's noun comes right before "in"/"at"/"based in" and the place; the clause holds a word
of telling (said, told, reports, according to, photographed ...), so that "officials in X" who
received a convoy is not a teller. Words in read/teller_place.json."""

from __future__ import annotations

import json
import re

from .data_files import read_data
from .kept import recompile as _recompile
from .weights import TELLER_BEFORE_CHARS
from .gates import Gate

_DATA = read_data("teller_place.json")

# "<teller noun> in|at|based in (the town of) X": the noun right before the locating word
# (a look-ahead at the tellers' first letters: the search moves on at once at any other character;
# tests/test_speed48.py)
_TELLER_FIRST_CHARACTERS = "abcijmoprs"
_TELLER_BEFORE = _recompile(r"\b(?=[" + _TELLER_FIRST_CHARACTERS + r"])(?:" + "|".join(_DATA["tellers"]) + r")\s+(?:(?:based|stationed)\s+)?(?:in|at)\s+"
                            r"(?:the\s+(?:town|city|port|village)\s+of\s+)?$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_TELLER_BEFORE_GATE = Gate(_TELLER_BEFORE, ("analyst", "bureau", "correspondent", "information", "journalist", "monitor", "observer", "office", "reporter", "source", "spokesman", "spokesmen", "spokespeople", "spokesperson", "spokeswoman", "spokeswomen", "spotter", "stringer"))
# a word of telling anywhere in the clause (or the sentence around it)
_TELLING = _recompile(r"\b(?:" + "|".join(_DATA["telling"]) + r")\b", re.I)


def teller_at(text: str, mention: dict, s: int, e: int) -> bool:
    """Is ``mention`` the place of a teller told in the clause [s, e) ("a spokesman in X told
    us", "monitors in X estimated")?

    why: the speaker's place read as a place passed (or, after "routed through K", as the finer
    place of K's noun phrase, replacing it)."""
    start = mention["start"]
    if _TELLER_BEFORE_GATE.search(text, max(s, start - TELLER_BEFORE_CHARS), start) is None:
        return False
    return _TELLING.search(text, s, e) is not None
