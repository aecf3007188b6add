"""Weapons told before, referred back to as the subject: "North Korea moved rocket launchers closer
to X. The launchers had been brought from Y", "Armenia moved two howitzer batteries to Z. The
batteries had come from W". The later clause tells where the same weapons came from: its route is
the movement told before (events.complete_halves asks Fragment.anaphoric).

Only when the report named that noun before the clause: "Some of the launchers were trucked
through X", with no launchers told before, tells a part of the unit's gear met for the first time
(tests/test_read_r43.py), not the airlift told before it.

why: the two halves stayed two movements, one with no origin and one with no end (s42 lead, a
probe of my own on a Korean border report)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-weapons-told-before")

# the subject: "the launchers", "these howitzers", "some of the batteries" (an adjective or two allowed)
_WEAPONS_SUBJECT = _PATTERNS.compile(
    r"^\s*(?:(?:some|part|most|all|many|several|half|the\s+rest)\s+of\s+)?(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>launchers|howitzers|batteries|artillery)\b", re.I)
_PATTERNS.save()


def weapons_told_before(text: str, subject_start: int, upto: int) -> bool:
    """Is the subject between ``subject_start`` and ``upto`` weapons referred back to by a noun
    the report used before ``subject_start``?"""
    m = _WEAPONS_SUBJECT.match(text[subject_start:upto])
    if m is None:
        return False
    noun = m.group("noun").lower()
    # (the singular or the plural told before: "a Patriot battery", "two batteries")
    stem = "batter" if noun == "batteries" else noun.rstrip("s")
    return stem in text[:subject_start].lower()
