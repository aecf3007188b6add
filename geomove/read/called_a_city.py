""""The city" referring back past a town to the place the report called a city: "Police units
reached the city of Kano. Some officers went on to Wudil. They withdrew from the city on
Thursday", "Troops entered Kherson city on Monday. A company pushed on to Chornobaivka. The
troops left the city on Wednesday".

"The city" names its antecedent by the word the report used for it. A place told last that the
report did not call a city, with one it did call so told a little earlier, is not the one meant
(roles._antecedent took the last place of kind city or town told before: the town moved on to).

why: the withdrawal read the town (Wudil, Chornobaivka) as where it left (probes of my own, s34
read93)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .places import _place_of, contains, same_place
from .possessive_owner import owns_a_force

_PATTERNS = CompiledPatterns("read-called-a-city")

# "the city of X", "the city, X" right before the name; "X city" right after it
_CITY_BEFORE = _PATTERNS.compile(r"\bcity\s+(?:of\s+)?(?:,\s*)?$", re.I)
_CITY_AFTER = _PATTERNS.compile(r"\s+city\b")
_CITY_WORD = _PATTERNS.compile(r"\bcity\b", re.I)
_PATTERNS.save()

# how far before "the city" the place called a city may be told (a few sentences)
REACH_CHARS = 500


def called_a_city(text: str, m: dict) -> bool:
    """Did the report call the place of mention ``m`` a city where it named it?"""
    return _CITY_BEFORE.search(text, max(0, m["start"] - 14), m["start"]) is not None \
        or _CITY_AFTER.match(text, m["end"]) is not None


def city_called_before(text: str, nearest: dict, told: list, wanted: set, avoid: tuple, before: int) -> dict | None:
    """For "the city" at ``before`` whose nearest candidate ``nearest`` the report did not call
    a city: the last place of ``told`` (the places told, in order) before it, of a kind
    ``wanted``, not in ``avoid`` and no force's owner, that the report did call one within
    REACH_CHARS; None if there is none (the nearest stays). Only the places in that reach are
    read, and none when the word "city" is not in it (most reports: no list is walked)."""
    if called_a_city(text, nearest) or _CITY_WORD.search(text, max(0, before - REACH_CHARS), nearest["start"]) is None:
        return None
    for m in reversed(told):
        if m["end"] > nearest["start"] or m is nearest:
            if m["end"] < before - REACH_CHARS:
                return None
            continue
        if m["end"] < before - REACH_CHARS:
            return None
        if m.get("kind") not in wanted or not called_a_city(text, m):
            continue
        if avoid and any(same_place(_place_of(m), d) or contains(_place_of(m), d) for d in avoid):
            continue
        if owns_a_force(text, m["end"]):
            continue
        return m
    return None
