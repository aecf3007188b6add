"""A date told after a relative aside on the place reached, set off from it by a comma: "The
column reached Kidal, which the army had left in 2013, on Monday", "Soldiers arrived in Baidoa,
which Ethiopian troops had left, on Tuesday". The aside's verb of moving ("left") cuts it off as a
clause of its own, which ends with the date; but the comma closes the aside, and the date after
it is the main clause's (the day the column reached Kidal), not the aside's.

why: the main clause was undated and the aside took the Monday ("the army left Kidal on Monday",
reported), though the sentence tells that move as background (the lead's notes; probes of my own
from Mali, Sudan, Somalia)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-aside-then-date")

# the relative aside after the clause's end, up to its closing comma
_ASIDE_AFTER = _PATTERNS.compile(r"\s*,\s*(?:which|who|whom|where)\b[^,;:.!?]{1,160}?,\s*", re.I)
# the aside opened right before a clause's start (the clause is the aside)
_ASIDE_OPENED = _PATTERNS.compile(r",\s*(?:which|who|whom|where)\s*$", re.I)
# a comma and the date's preposition before it (the date's words begin after "on")
_COMMA_BEFORE = _PATTERNS.compile(r",\s*(?:(?:on|in|at|during|over|early|late|later)\s+)?$", re.I)
_PREPOSITION = _PATTERNS.compile(r"(?:(?:on|in|at|during|over|early|late|later)\s+)?", re.I)
# the date closes the sentence
_SENTENCE_END = _PATTERNS.compile(r"\s*(?:[.!?]|$)")

# characters before a clause's start read for the relative word that opens it
OPENER_CHARS = 12


def _closing(text: str, d, e: int) -> bool:
    """Does the date ``d`` stand after a comma and end the sentence within ``e``?"""
    return _COMMA_BEFORE.search(text, max(0, d.start - 12), d.start) is not None \
        and _SENTENCE_END.match(text, d.end) is not None and d.end <= e + 1


def date_after_aside(text: str, dates: list, e: int):
    """The date of the clause ending at ``e`` told after the relative aside that follows it (",
    which the army had left in 2013, on Monday."), or None."""
    aside = _ASIDE_AFTER.match(text, e)
    if aside is None:
        return None
    at = _PREPOSITION.match(text, aside.end()).end()
    return next((d for d in dates if d.start == at and _SENTENCE_END.match(text, d.end)), None)


def dates_not_closing_aside(text: str, dates: list, s: int, e: int) -> list:
    """``dates`` of the clause [s, e) without the one after the aside's closing comma, when the
    clause is a relative aside ("which the army had left in 2013, | on Monday.")."""
    if not _ASIDE_OPENED.search(text, max(0, s - OPENER_CHARS), s):
        return dates
    return [d for d in dates if not _closing(text, d, e)]


_PATTERNS.save()
