"""An entry of a log with no subject of its own: "0610 Patrol boat P 12 departed A. 0930 arrived
B." A ship's, a patrol's or a watch's log writes each entry as a time of day and a verb, the
subject left out once it is known: the entry goes on with the force of the entry before, as
"It arrived in B" would (clauses: the subject refers back).

why: the second entry was read as a movement of its own with no origin, and the first as a
departure with no end (s47 read127, a coastguard log of my own). Only a past verb that opens its
sentence with at most a time of day before it ("0930", "09:30 hrs", "2115Z:"), in a sentence
after another: a bare opening sentence ("Arrived in B.") has nothing to refer back to."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-log-entry")

# what may stand before the verb: nothing, or a time of day (four digits, or hours and minutes
# with a colon or a point), with a zone or "hrs" after it and a colon or a dash
_STAMP_ONLY = _PATTERNS.compile(
    r"\s*(?:(?:(?:[01][0-9]|2[0-3])[0-5][0-9]|(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9])"
    r"(?:\s*(?:hrs|hours|h|Z|UTC|GMT|LT|local(?:\s+time)?))?\s*[:,\u2013\u2014-]?\s*)?")
# the longest stamp with its zone and marks ("23:59 local time - "): a longer opening has words
# of its own, so the cheap test of length comes first (the check is asked at every clause)
_STAMP_REACH = 24
# a verb in the past, as a log writes it ("departed", "arrived", "sailed", "got under way"): a
# regular past or one of the irregular pasts of moving
_WORD = _PATTERNS.compile(r"[A-Za-z]+")
_IRREGULAR_PAST = frozenset("left flew went came drove rode got put set took ran sped".split())


def continues_log(text: str, s: int, verb_at: int) -> bool:
    """Is the clause [s, verb_at) of ``text`` a log entry with no subject, its verb at ``verb_at``
    in the past, after an earlier sentence (``s`` > 0: the caller asks only at a sentence's start)?"""
    if s <= 0 or verb_at - s > _STAMP_REACH or not text[verb_at:verb_at + 1].isalpha():
        return False
    stamp = _STAMP_ONLY.match(text, s, verb_at)
    if stamp is None or stamp.end() != verb_at:
        return False
    word = _WORD.match(text, verb_at).group(0).lower()
    return word.endswith("ed") or word in _IRREGULAR_PAST


_PATTERNS.save()
