"""A place reached on the way to another: "Indian troops reached Leh on their way to the Galwan
valley", "Chinese navy ships entered the Strait of Malacca on their way to Djibouti", "the
battalion arrived in Constanta, en route to Cincu".

The verb's own end (what was reached or entered) and the end of the journey told after it by
"on their way to", "en route to" or "bound for" were both read as destinations of the clause,
and the journey became two movements (GUIDELINES: a route is cut into legs only where the report
tells of an arrival and a later departure; places gone through en route are via). The place before
the journey's cue is given the role ``via_stop``, as a port of call is (read.port_call): a via
when the clause has a destination, else still its destination.

why: probe sentences of my own (s38 lead) read two movements each."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-on-the-way")

# after the place, in the same sentence (a date or a comma may come between): the journey's cue
_JOURNEY_CUE_AFTER = _PATTERNS.compile(
    r"[^.;!?]{0,80}?\b(?:on\s+(?:its|their|his|her)\s+way\s+(?:back\s+)?(?:to|towards|into)"
    r"|en\s+route\s+(?:to|for)|bound\s+for)\s", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_JOURNEY_CUE_AFTER_GATE = Gate(_JOURNEY_CUE_AFTER, ("bound", "route", "way"))
# what between the place and the cue tells of another mover or another clause
_OTHER_MOVER = _PATTERNS.compile(r"\b(?:while|whereas|but|another|other|second|others)\b", re.I)


def reached_on_the_way(text: str, place_end: int) -> bool:
    """Is the place ending at ``place_end`` followed, in its sentence, by the cue of the
    journey's end ("on their way to", "en route to", "bound for"), with no other mover between?"""
    m = _JOURNEY_CUE_AFTER_GATE.match(text, place_end, min(len(text), place_end + 140))
    return m is not None and _OTHER_MOVER.search(text, place_end, m.start() + len(m.group(0)) - 1) is None


# an arrival's own verb ("The column reached Taungup ...") and, after a comma, a participle of what
# happened on the journey that ends there ("..., losing two trucks to mines on the way")
_ARRIVAL_VERBS = frozenset(("reached", "arrived", "entered", "reach", "arrive", "enter"))
_WAY_AFTER_COMMA = _PATTERNS.compile(
    r"[^.;!?]*?,\s*(?:[a-z]+ing)\b[^.;!?]*?\b(?:on|along)\s+(?:the|its|their)\s+(?:way|journey|route)\b", re.I)


def arrival_with_way_after(text: str, frag) -> bool:
    """Is ``frag`` an arrival at its destination with "on the way" only in a participle after it
    ("The column reached Taungup on 21 November, losing two trucks to mines on the way")? Then
    the clause tells where the journey ended, not a place passed on the way of the movement
    before (assemble.via_on_the_way).

    why: the arrival was set aside as told on the way and then read as a movement of its own,
    apart from the departure it ended."""
    if not frag.destination or (frag.trigger or "").lower() not in _ARRIVAL_VERBS:
        return False
    last = max(at for _p, at in frag.destination)
    return _WAY_AFTER_COMMA.match(text, last) is not None


_PATTERNS.save()
