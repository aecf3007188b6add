"""A second end of a verb of reaching told bare, each end with a day of its own: "the convoy
reached Ansongo on Tuesday and Menaka on Wednesday", "arrived in A on Monday and B the next
day". The verb is not said again, but the force got to the first place and, a day or more later,
to the second: it arrived and left again, two legs (GUIDELINES: a route is split where the force
got somewhere and afterwards set off again), the second from the first end and on its own day, as "reached A on
Monday, then moved on to B on Wednesday" is read (read.onward_told_after).

Only after a verb of reaching or arriving right before the first end, the first end's day, "and",
then a bare name followed by a later day of its own ("on Wednesday", "the next day", "two days
later"). "arrived in A and B on Monday and Tuesday respectively" (a list) is left as it was.

s41 read112: a participle of sending and its "to" stand for the verb of reaching too: "were deployed
to A on Monday and B on Tuesday" is read as "were deployed to A on Monday and to B on Tuesday" was
already (two movements, each on its own day, the second from A as "flown to A on Monday and two
days later to B" is); B had been lost. So does a verb of sending in the active with its object
("deployed two hundred soldiers to A on Monday and B on Thursday"), not "moved closer to A".

why: the second name had no cue of its own and no list word right before it (the first end's day
stands between), so it was given no role and the journey's last place was lost (probes of my
own, read110)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .onward_told_after import _DAY_AFTER, _LATER_AFTER
from .lexicon import SENT_PARTICIPLES

_PATTERNS = CompiledPatterns("read-reached-each-day")

# right before the first end: a verb of reaching or arriving and its preposition
_REACHED_BEFORE = _PATTERNS.compile(r"\b(?:reach(?:ed|es|ing)?|arriv(?:ed|es|ing)\s+(?:in|at)|enter(?:ed|s|ing)?|"
                                    r"got\s+to|made\s+it\s+to|"
                                    # (a participle of sending and its "to": "were deployed to A on
                                    # Monday and B on Tuesday", lexicon.json sent_participles; in the
                                    # active, its object between, "sent troops to A ... and B ...")
                                    r"(?:" + "|".join(SENT_PARTICIPLES) + r")\s+(?!(?:closer|nearer)\b)(?:[\w-]+\s+){0,3}?(?:\w+ly\s+)?to)\s+(?:the\s+)?$", re.I)
# between the first end's day and the second name: "and", nothing else
_AND_ONLY = _PATTERNS.compile(r"\s*,?\s+and\s+(?:the\s+)?", re.I)


def _day_after(text: str, at: int, upto: int | None = None):
    """The day told right after offset ``at`` ("on Monday", "on 3 March"), as a match, or None."""
    return _DAY_AFTER.match(text, at) if upto is None else _DAY_AFTER.match(text, at, upto)


def next_end_another_day(text: str, first_end: int, second_start: int, second_end: int) -> bool:
    """Is the bare name at [second_start, second_end) a second end told after the first end's
    day and "and", with a later day of its own right after it (the first end ends at
    ``first_end``)?"""
    first = _day_after(text, first_end, second_start)
    if first is None or _AND_ONLY.fullmatch(text, first.end(), second_start) is None:
        return False
    if _LATER_AFTER.match(text, second_end) is not None:
        return True
    second = _day_after(text, second_end)
    return second is not None and " ".join(first.group("day").lower().split()) != " ".join(second.group("day").lower().split())


def reached_before(text: str, first_start: int) -> bool:
    """Does a verb of reaching or arriving stand right before the first end (at ``first_start``)?"""
    # (50 characters: a verb of sending, its object of up to three words and "to")
    return _REACHED_BEFORE.search(text, max(0, first_start - 50), first_start) is not None


_PATTERNS.save()
