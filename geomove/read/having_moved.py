"""A perfect participle of moving after a clause of presence: "Two Ugandan battalions are now in
Bunia, having been airlifted from Entebbe last week", "About 300 Kenyan officers are stationed
in Port-au-Prince, having arrived from Nairobi in June", "The brigade remains in Kherson, having
withdrawn from the east bank". The participle ("having been airlifted", "having arrived") tells
how the force came to be where the main clause puts it: that place is the movement's end, and
who moved is the main clause's subject, before its verb of presence.

The same movement told with "where" ("stationed in X, where they arrived") is read so by
read.where_within; a participle that tells no movement ("having fought near Mahagi") tells none.

why: the place of presence was read as the origin ("remains in Kherson") or set aside as where
the force is based, beside the origin told; the movement had no end, and what moved ran on to
"are now in Bunia" (probes of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-having-moved")

# ", having", ", having been", ", having just": right before the participle of moving
_HAVING_BEFORE = _PATTERNS.compile(r",\s+having\s+(?:(?:been|just|already|recently|only)\s+)*$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_HAVING_BEFORE_GATE = Gate(_HAVING_BEFORE, ("having",))
# the main clause's verb of presence and its preposition, right before the place
_PRESENCE_BEFORE = _PATTERNS.compile(
    r"\b(?:(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:(?:now|still|currently|already)\s+)*"
    r"(?:(?:stationed|based|deployed|positioned|garrisoned|posted|encamped)\s+)?"
    r"|(?:stationed|based|garrisoned|posted|encamped)\s+)(?:in|at|inside)\s+(?:the\s+)?$", re.I)


def _presence(text: str, s: int, main: re.Match, mentions: list[dict]):
    verb = main.group("verb")
    if not verb:
        return None
    having = _HAVING_BEFORE_GATE.search(text, max(s, main.start() - 40), main.start())
    if having is None:
        return None
    for m in sorted(mentions, key=lambda m: m["start"]):
        if s <= m["start"] and m["end"] <= having.start() and m.get("role") == "place":
            told = _PRESENCE_BEFORE.search(text, max(s, m["start"] - 60), m["start"])
            if told is not None:
                return m, told
    return None


def place_of_presence(text: str, s: int, main: re.Match, mentions: list[dict]) -> dict | None:
    """The place the main clause puts the force in, before ", having <participle of moving>"
    (``main``); None when the clause is no such one."""
    found = _presence(text, s, main, mentions)
    return found[0] if found else None


def subject_before_presence(text: str, s: int, main: re.Match, mentions: list[dict]) -> str | None:
    """The main clause's subject, the words before its verb of presence ("Two Ugandan
    battalions" in "Two Ugandan battalions are now in Bunia, having been airlifted ...")."""
    found = _presence(text, s, main, mentions)
    if found is None:
        return None
    return text[s:found[1].start()].strip(" ,") or None


_PATTERNS.save()
