"""A place after "from" that says who made an act of speech, a request or an order: "flew
through the Taiwan Strait, drawing a protest from Beijing", "denying reports from Putumayo",
"arrived in Goma after a request from Kinshasa", "moved on orders from Tripoli".

GUIDELINES: a place told only through an organisation or a person is no place of the
movement; the capital that protests or asks stands for its government. Before (read81), such a
"from" was the movement's origin (Beijing -> Okinawa for a U.S. patrol aircraft, Kinshasa -> Goma
for troops that came from elsewhere).

The noun must stand right before "from" (an adjective or two and an article before it are
allowed): "reinforcements from X", "troops from X" are no such nouns. Words in
read/act_from.json."""

from __future__ import annotations

import json
import re

from .data_files import read_data
from .kept import recompile as _recompile
from .gates import Gate

_DATA = read_data("act_from.json")

# "<noun of an act> from" right before the "from" at the end of the window
_ACT_BEFORE_FROM = _recompile(r"\b(?:" + "|".join(_DATA["nouns"]) + r")\s+$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_ACT_BEFORE_FROM_GATE = Gate(_ACT_BEFORE_FROM, ("accusation", "appeal", "approval", "assistance", "authori", "backing", "call", "claim", "complaint", "condemnation", "criticism", "demand", "denial", "funding", "help", "instruction", "invitation", "objection", "order", "permission", "plea", "pressure", "protest", "reaction", "rebuke", "report", "request", "response", "statement", "support", "threat", "warning"))
_WINDOW = 30  # (characters before "from": the noun itself)


def act_from(text: str, from_at: int) -> bool:
    """Is the "from" at ``from_at`` the one of an act's maker ("a protest from X")?"""
    if text[from_at:from_at + 4].lower() != "from":
        return False
    return _ACT_BEFORE_FROM_GATE.search(text, max(0, from_at - _WINDOW), from_at) is not None


_FROM_BEFORE_PLACE = _recompile(r"\bfrom\s+(?:the\s+)?$", re.I)


def act_from_place(text: str, mention: dict) -> bool:
    """Is ``mention`` named right after such a "from" ("a protest from Beijing")? Then it is no
    place of the movement, nor the noun phrase of the end before it going on ("sent soldiers into
    Colombia, denying reports from Putumayo" made Putumayo a finer destination)."""
    start = mention["start"]
    m = _FROM_BEFORE_PLACE.search(text, max(0, start - 10), start)
    return m is not None and act_from(text, m.start())
