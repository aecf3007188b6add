"""Where a force was going, told in passing inside its subject, when the clause's verb of
arrival tells where it got: "Sudanese troops bound for El Fasher arrived in Kosti", "A convoy
headed for Mogadishu reached Afgoye", "Troops on their way to Kidal entered Anefis".

The place after "bound for" is an end the force meant to reach, not one the sentence says it
reached; the verb of arrival names the end of this movement (GUIDELINES: a movement is what is
told as having happened; a planned end is at most optional). So the intended place takes no
role in that clause. Only in the subject (no verb of moving before the phrase, none of "be":
"the convoy was bound for X" says it as the predicate), and only when a verb of arrival with a
place of its own follows, found or a name the index does not know ("left A bound for B" names B
as where it left for; "troops bound for B arrived on Monday" names no other end, and B is kept).

why: the sentence read two movements, one to the place it was bound for and one to where it
arrived (the lead's notes; probes of my own from Sudan, Somalia, Libya)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .lexicon import _stem
from .gates import Gate

_DATA = read_data("told_after.json")["intended_end"]
_PATTERNS = CompiledPatterns("read-intended-end")
_INTENT = _PATTERNS.compile(_DATA["intent"], re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_INTENT_GATE = Gate(_INTENT, ("bound", "destined", "headed", "heading", "making", "route", "way"))
_BE_BEFORE = _PATTERNS.compile(_DATA["be_before"], re.I)
_GAP_BREAK = _PATTERNS.compile(_DATA["gap_break"], re.I)
_ARRIVED = frozenset(_DATA["arrival_verbs"])
_NAME_AFTER = _PATTERNS.compile(_DATA["name_after"], re.I)

# characters read before the place for the words of intent, and between the place and the verb of arrival
INTENT_CHARS = 60
ARRIVAL_GAP_CHARS = 80


def intended_in_subject(text: str, mention: dict, s: int, e: int, triggers: list, mentions: list) -> bool:
    """Is ``mention`` the place the clause's subject was going to ("troops bound for X"), told
    before a verb of arrival that names a place of its own ("... arrived in Y")?"""
    intent = _INTENT_GATE.search(text, max(s, mention["start"] - INTENT_CHARS), mention["start"])
    if intent is None or _BE_BEFORE.search(text, max(s, intent.start() - 30), intent.start()):
        return False
    if any(t.group("verb") and t.end() <= intent.start() for t in triggers):
        return False  # "left A bound for B": the phrase tells where the verb before it went
    after = next((t for t in triggers if t.start() >= mention["end"]), None)
    if after is None or not after.group("verb") or _stem(after.group("verb")) not in _ARRIVED:
        return False
    if after.start() - mention["end"] > ARRIVAL_GAP_CHARS or _GAP_BREAK.search(text, mention["end"], after.start()):
        return False
    # (a place of its own: one found, or a name the index does not know, "entered Anefis")
    return any(after.end() <= m["start"] < e for m in mentions) or _NAME_AFTER.match(text, after.end(), e) is not None


_PATTERNS.save()
