"""A second verb phrase that goes on from where the first got to, its time told after its end:
"Somali troops were airlifted from Mogadishu to Beledweyne on Saturday and drove to Bulobarde
the next day", "..., then drove to Bulobarde two days later". The force got to the first place
and left it again after a while: two legs (GUIDELINES), as "and the next day moved on to Y"
(the time before the verb: lexicon moved_on) was already read.

Only a verb right after "and", "then" or a comma, right before the second end's cue, and a span
of time after the end that says the move came later ("the next day", "two days later"); "and
then drove to Y" with no time passes the first place (a via).

The span of time may also be a day of its own, told after each end: "reached Gao on Monday, then
moved on to Menaka on Wednesday" -- two days, so the force stayed at Gao between them
(:func:`moved_on_another_day`); "reached A and then drove to B on Monday" tells one day: a via.

why: the first place was read as a place passed on the way to the second (probe of my own);
s23r: with a weekday after each end, the second leg was one movement through the first place,
dated the first end's day."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-onward-told-after")

# before the second end's cue: the joiner and a verb of its own ("and drove", ", then drove on",
# "and were flown")
_VERB_BEFORE = _PATTERNS.compile(r"(?:\band|,)\s+(?:then\s+)?(?:(?:was|were)\s+(?:then\s+)?)?[a-z]+(?:\s+(?:on|onward|onwards|back))?\s+$", re.I)
# after the second end: a span of time that puts the move later
_LATER_AFTER = _PATTERNS.compile(r"\s*,?\s+(?:(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening|night)|"
                                 r"(?:a|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|hours?|weeks?)\s+later)\b", re.I)


def moved_on_told_after(text: str, cue_at: int, place_end: int) -> bool:
    """Does the destination whose cue is at ``cue_at`` (its place ending at ``place_end``) open
    a verb phrase of its own after a joiner and end with a span of time after it?"""
    return _VERB_BEFORE.search(text, max(0, cue_at - 40), cue_at) is not None \
        and _LATER_AFTER.match(text, place_end) is not None


# the day told right after an end: "on Monday", "on 3 March", "on March 3"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY_AFTER = _PATTERNS.compile(r"\s*,?\s+on\s+(?P<day>(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                               r"[0-9]{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"|" + _MONTH + r"\s+[0-9]{1,2}(?:st|nd|rd|th)?)\b", re.I)


# "overnight" right after the first end, a day told after the second: the night before that day
# (dates._overnight_before_day_told), so another day than it (s54 read155: "flown into Goma
# overnight and driven to Sake on Friday" was one clause on one day)
_NIGHT_AFTER = _PATTERNS.compile(r"\s*,?\s+overnight\b", re.I)


def moved_on_another_day(text: str, first_end: int, cue_at: int, place_end: int) -> bool:
    """Does the destination whose cue is at ``cue_at`` (its place ending at ``place_end``) open a
    verb phrase of its own after a joiner, with a day told after it other than the day told after
    the first destination (which ends at ``first_end``)?"""
    if _VERB_BEFORE.search(text, max(0, cue_at - 40), cue_at) is None:
        return False
    second = _DAY_AFTER.match(text, place_end)
    if second is not None and _NIGHT_AFTER.match(text, first_end, cue_at) is not None:
        return True  # ("flown into A overnight and driven to B on Friday": the night before it, dates.py)
    first = _DAY_AFTER.match(text, first_end, cue_at) if second is not None else None
    return first is not None and " ".join(first.group("day").lower().split()) != " ".join(second.group("day").lower().split())


_PATTERNS.save()
