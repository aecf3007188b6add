""""The city" referring back past a town to the place the report called a city: "Police units
reached the city of Kano. Some officers went on to Wudil. They withdrew from the city on
Thursday", "Troops entered Kherson city on Monday. A company pushed on to Chornobaivka. The
troops left the city on Wednesday".

"The city" names its antecedent by the word the report used for it. A place told last that the
report did not call a city, with one it did call so told a little earlier, is not the one meant
(roles._antecedent took the last place of kind city or town told before: the town moved on to).

why: the withdrawal read the town (Wudil, Chornobaivka) as where it left (probes of my own, s34
read93).

"The town" and "the village" name theirs the same way: "withdrew from the village of A, moving to
positions near B ... troops entered the village hours later" entered A, not the town B told last
(s42 lead, a probe of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .places import _place_of, contains, same_place
from .possessive_owner import owns_a_force

_PATTERNS = CompiledPatterns("read-called-a-city")

# the words a report calls a settlement by, and "the city of X", "the city, X" right before the
# name, "X city" right after it, and the word anywhere (each word's three patterns)
CALLING_WORDS = ("city", "town", "village")
_CALLED_BEFORE = {w: _PATTERNS.compile(r"\b" + w + r"\s+(?:of\s+)?(?:,\s*)?$", re.I) for w in CALLING_WORDS}
_CALLED_AFTER = {w: _PATTERNS.compile(r"\s+" + w + r"\b") for w in CALLING_WORDS}
_WORD = {w: _PATTERNS.compile(r"\b" + w + r"\b", re.I) for w in CALLING_WORDS}
_PATTERNS.save()

# how far before "the city" the place called a city may be told (a few sentences)
REACH_CHARS = 500


def called_a_city(text: str, m: dict, word: str = "city") -> bool:
    """Did the report call the place of mention ``m`` a city (or ``word``) where it named it?"""
    return _CALLED_BEFORE[word].search(text, max(0, m["start"] - 17), m["start"]) is not None \
        or _CALLED_AFTER[word].match(text, m["end"]) is not None


def city_called_before(text: str, nearest: dict, told: list, wanted: set, avoid: tuple, before: int,
                       word: str = "city") -> dict | None:
    """For "the city" (or "the ``word``") at ``before`` whose nearest candidate ``nearest`` the
    report did not call so: the last place of ``told`` (the places told, in order) before it, of
    a kind ``wanted``, not in ``avoid`` and no force's owner, that the report did call one within
    REACH_CHARS; None if there is none (the nearest stays). Only the places in that reach are
    read, and none when the word is not in it (most reports: no list is walked)."""
    if called_a_city(text, nearest, word) or _WORD[word].search(text, max(0, before - REACH_CHARS), nearest["start"]) is None:
        return None
    for m in reversed(told):
        if m["end"] > nearest["start"] or m is nearest:
            if m["end"] < before - REACH_CHARS:
                return None
            continue
        if m["end"] < before - REACH_CHARS:
            return None
        if m.get("kind") not in wanted or not called_a_city(text, m, word):
            continue
        if avoid and any(same_place(_place_of(m), d) or contains(_place_of(m), d) for d in avoid):
            continue
        if owns_a_force(text, m["end"]):
            continue
        return m
    return None
