"""A place taken back by the speaker in the same sentence, as a radio script or a transcript
writes it: "two corvettes sailed from Baltiysk toward Kaliningrad's coast... correction, from
Kronstadt toward the Estonian coast", "the convoy reached Gao -- sorry, Ansongo -- on Monday".
What is told before the word of correcting is what the speaker said wrongly; what follows it is
the movement (GUIDELINES: a retracted version is no movement; the same movement told twice is
one). read.corrected_place takes back a place a later entry corrects ("not X as we first
reported"); this one the words right after it.

why: the corvettes were read twice, from Baltiysk to Kaliningrad and from Baltiysk to Estonia,
and Kronstadt, the place said in the correction, was lost (read107's radio script)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-spoken-correction")

# the words of correcting oneself, set off by a mark on both sides: "... correction,", "-- sorry,",
# ", I beg your pardon,"; or by a mark before and the corrected words after: "... make that from X"
_MARKED_WORDS = r"(?:correction|sorry|I\s+beg\s+your\s+pardon|pardon\s+me)"
_LEADING_WORDS = r"(?:make\s+that|I\s+mean)"
_WORDS = r"(?:" + _MARKED_WORDS + "|" + _LEADING_WORDS + ")"
# after the place, within its sentence (no stop before the mark; at most 60 characters of the
# place's own words between): the mark, the words, a mark after them ("sorry to say" is none)
_CORRECTION_AFTER = _PATTERNS.compile(
    r"(?P<between>[^.!?;\n]{0,60}?)(?:\.\.\.|…|,|—|–|--|\s-)\s*(?:" + _MARKED_WORDS + r"\s*(?:[,:—–]|--|\s-)|" + _LEADING_WORDS + r"\s)", re.I)
# the words that give a place its part in the movement: another of them between the place and the
# correction tells another part ("from Kabul to Doha -- sorry, to Dubai": Kabul stands)
_CUE = r"(?:from|to|towards?|toward|into|via|through)"
_CUE_WORD = _PATTERNS.compile(r"\b" + _CUE + r"\b", re.I)
# the cue right before a place ("from Baltiysk"), and the correction restating it ("... correction,
# from Kronstadt"): the words after the mark, up to the sentence's stop
_CUE_BEFORE = _PATTERNS.compile(r"\b(?P<cue>" + _CUE + r")\s+(?:the\s+)?$", re.I)
_REST = _PATTERNS.compile(r"[^.!?;\n]{0,80}", re.I)
# how far after a place its correction is looked for
_REACH = 90
# the words, anywhere: asked once per report before any place is looked at
_ANY = _PATTERNS.compile(_WORDS, re.I)
# every match of _ANY holds one of these words: a report holding none of them (three in four)
# is answered by substring tests of its lowered text, where _ANY, an alternation under re.I
# with no first character the engine can skip to, was tried at every character of the report
# (the 380 dev reports: 13.7 ms searched, 9.5 ms gated; speed90; tests/test_speed41.py proves
# the words)
_ANY_GATE = Gate(_ANY, ("correction", "sorry", "pardon", "make", "mean"))


@lru_cache(maxsize=8)  # (asked for each place of a report: once per text; a str keeps its hash)
def has_spoken_correction(text: str) -> bool:
    """Does the report hold any word of correcting oneself (the cheap gate of taken_back_after)?"""
    return _ANY_GATE.search(text) is not None


def taken_back_after(text: str, start: int, end: int) -> bool:
    """Is the place at ``start``-``end`` followed, in its sentence, by a word of the speaker
    correcting what was just said, and is it what the correction takes back: the last place
    before it ("toward Kaliningrad's coast... correction,"), or one whose cue the correction says
    again ("from Baltiysk toward ... correction, from Kronstadt")?"""
    after = text[end:end + _REACH]
    m = _CORRECTION_AFTER.match(after)
    if m is None:
        return False
    if _CUE_WORD.search(m.group("between")) is None:
        return True
    cue = _CUE_BEFORE.search(text[max(0, start - 20):start])
    if cue is None:
        return False
    rest = _REST.match(text, end + m.end()).group(0)
    return cue.group("cue").lower() in {w.lower() for w in _CUE_WORD.findall(rest)}


_PATTERNS.save()
