"""A count of flights told as the means a force travelled by: "Fijian peacekeepers landed at Nadi
on two chartered flights from Tel Aviv", "The marines flew into Darwin in three flights from
Guam". The flights are how the people came, not what moved: GUIDELINES count people when people
are counted, else the moving vehicles, aircraft or ships; a flight is a trip, and "on|in|aboard
N flights" names the way. So the number counts nothing and the flights are not what moved (the
subject is: "Fijian peacekeepers"; "They" is the force told before).

:func:`flights_counted_as_means` is asked by clauses._Reader._what of each count (the unit first:
a set lookup; then the preposition right before the count). "Two transport planes flew from A to
B" counts the planes (aircraft that moved, no preposition before them); "Some 300 marines arrived
on two flights" counts the marines as before.

why: session 52 (read150) left "landed at X on two charter flights from Larnaca" naming the
flights as what moved (count 2); golden lines s53-read152-flights-means-* of my own (Fiji,
Australia, Ghana)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-flights-as-means")
_DATA = read_data("flights_as_means.json")
_UNITS = frozenset(_DATA["units"])
# the preposition right before the count's first word ("on two", "aboard three", "in 2")
_MEANS_BEFORE = _PATTERNS.compile(r"\b(?:" + "|".join(_DATA["means_before"]) + r")\s+$", re.I)
_PATTERNS.save()


def flights_counted_as_means(text: str, words_at: int, unit: str) -> bool:
    """Is the count whose words begin at ``words_at``, of ``unit``, flights a force travelled on
    ("on two charter flights")?"""
    if unit.lower() not in _UNITS:
        return False
    return _MEANS_BEFORE.search(text, max(0, words_at - 10), words_at) is not None
