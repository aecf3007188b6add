"""A date after "since" in a clause that tells a movement on another day: "A second contingent of
200 Kenyan police, the fourth since June, landed at X on Friday", "arrived on Monday, the first
deployment since 2019".

"since June" counts a series or a span up to now; it is never the day a single movement happened
(a presence since a date is read apart, as static: status, read.presence_relative). When the
clause tells another date, the movement's day is that one: the "since" date is set aside before
the nearest date to the verb is chosen (clauses._Reader._date). With no other date it stays, as
before (what it dates is then decided elsewhere).

why: "the fourth since June" lay nearer the verb than "on Friday", and the contingent's landing
was dated June of the year before.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .series_since import SERIES_ORDINALS

_PATTERNS = CompiledPatterns("read-since-date")

# "since" right before the date ("since June", "since early 2024")
_SINCE_WORDS = r"\bsince\s+(?:(?:early|late|mid|the\s+start\s+of|the\s+end\s+of)\s+)?$"
_SINCE_BEFORE = _PATTERNS.compile(_SINCE_WORDS, re.I)
# a series counted up to the date: "the third deployment to the city since", "the fourth since",
# "the first such flight since" (an ordinal, up to six words, then "since"; read.series_since
# reads the same series before a year, for the status)
_SERIES_SINCE = _PATTERNS.compile(r"\bthe\s+(?:" + SERIES_ORDINALS + r"|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                                  r"(?:[\w-]+\s+){0,6}?" + _SINCE_WORDS, re.I)


def _read_with_since(d) -> bool:
    """Did the date finder read "since" as part of the date ("since June" whole)?"""
    return d.text[:6].lower() == "since "


def _closes_a_series(text: str, d) -> bool:
    end = d.start + 6 if _read_with_since(d) else d.start
    return _SERIES_SINCE.search(text, max(0, d.start - 80), end) is not None


def dates_not_since(text: str, dates: list) -> list:
    """``dates`` without those told after "since" (or whose text holds it: the date finder reads
    "since June" whole), when at least one other is left; and without one that closes a series
    counted up to it ("the third deployment to the city since January") even when no other is:
    a series' start is no day of the one movement told (s24: the deployment was dated January)."""
    if len(dates) < 2:
        return [d for d in dates if not _closes_a_series(text, d)]
    kept = [d for d in dates if not (_read_with_since(d) or _SINCE_BEFORE.search(text, max(0, d.start - 24), d.start))]
    return kept or dates


_PATTERNS.save()
