"""A movement put off to a later time: "The transfer of the battalion to Lithuania, planned for
December, has been postponed until February", "the rotation of the battalion to Wau was deferred
until March", "The army postponed sending troops to Bor". A move put off is still to come: it is
planned (GUIDELINES: planned moves are kept as planned, never reported), as a table's status cell
"postponed" already was (read.table_rows); a move called off for good ("cancelled", "called off")
is negated (status._CALLED_OFF).

why: "postponed" and "delayed" stood with "cancelled" among the words that call a move off, so the
same postponement was negated in a sentence and planned in a table; and a predicate after an aside
("..., planned for December, has been postponed") or "deferred" was not read at all: the move was
reported. And the day it is put off to ("until February", in a report of November) is one to come,
not last February (dates.ahead_when_planned); the day it was put off on ("was postponed on 19
November") stays as told."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_DATA = read_data("put_off.json")
_PATTERNS = CompiledPatterns("read-put-off")
_WORDS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_DATA["put_off"], key=len, reverse=True))

# the movement noun's predicate, right after its own words or after one aside set off by commas
# ("The transfer of X to Y, planned for December, has been postponed"); not a predicate past a
# finite verb of the clause's own ("went ahead on Monday, after the vote had been postponed":
# no second comma closes an aside)
# ... or the move's own intransitive verb of slipping: "The company's move to Bulgaria slipped by
# a week", "has slipped to January" (read63), only before the time it slips by or to
_SLIPPED = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_DATA["slipped"], key=len, reverse=True))
_SLIPPED_AFTER = "|".join(_DATA["slipped_after"])
_PREDICATE = _PATTERNS.compile(
    r"^[^.;,]{0,80}?(?:,[^.;,]{1,50},)?\s*\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|is\s+being|are\s+being)\s+"
    rf"(?:\w+ly\s+)?(?:{_WORDS})|(?:{_SLIPPED})\s+(?:{_SLIPPED_AFTER}))\b", re.I)
# the verb that puts it off, right before the movement's verb or noun: "postponed sending",
# "delayed the deployment of", "has put off its withdrawal from"
_VERB_BEFORE = _PATTERNS.compile(
    rf"\b(?:{_WORDS})\s+(?:(?:the|its|their|a|any|his|her|our)\s+)?(?:[\w'’-]+\s+){{0,2}}?$", re.I)
# the time it is put off to, after the predicate's word and a few of the clause's ("postponed
# until", "deferred by two months to", "postponed sending troops to Bor until")
_UNTIL_WORD = "(?:" + "|".join(_DATA["until"]) + r")\s+"
_UNTIL = _PATTERNS.compile(rf"\b(?:{_WORDS})\s+(?:[\w'’-]+\s+){{0,6}}?{_UNTIL_WORD}$", re.I)
_OPENS_WITH_UNTIL = _PATTERNS.compile(_UNTIL_WORD, re.I)


def put_off_predicate(after: str) -> re.Match | None:
    """The words after a movement noun ("The deployment ... to X") that put it off: "was
    postponed", "has been deferred", past one aside set off by commas; or None."""
    return _PREDICATE.match(after)


def put_off_before(text: str, s: int, verb_at: int) -> re.Match | None:
    """The verb that puts off the movement told at ``verb_at`` (its sentence starting at ``s``):
    "postponed sending troops to X", "delayed the withdrawal from Y"; or None."""
    return _VERB_BEFORE.search(text, max(s, verb_at - 50), verb_at)


def put_off_until(text: str, date_at: int, s: int) -> bool:
    """Is the date told at ``date_at`` (its text may open with "until") the time the move is put
    off to ("postponed until February", "deferred to March")? Then it lies ahead of the report."""
    opening = _OPENS_WITH_UNTIL.match(text, date_at)
    return _UNTIL.search(text, max(s, date_at - 80), opening.end() if opening else date_at) is not None


_PATTERNS.save()
