"""The day a plan is for: "Two battalions will be rotated from A to B in December", "The 5th
Brigade is expected to arrive in X on Sunday" in a report of Friday 20 November 2026. A day or
month named without a year is resolved against the publication date as the latest such day not
after it (dates: "on Tuesday" is the last Tuesday, GUIDELINES), which is right for what
happened; a move told in the future is to happen on the next such day: Sunday 22 November,
December 2026 (not 15 November, December 2025).

Only when the clause tells the future before its verb ("will", "is expected to", "is due to",
"plans to"): a move ordered or denied on a past day ("was ordered on Monday to redeploy") keeps
the day told."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..dates import DateMention, MONTH_NAMES, WEEKDAY_NAMES
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-plan-dates")

# the future told before the verb
_FUTURE = _PATTERNS.compile(r"\b(?:will|shall|(?:is|are)\s+(?:(?:also|now)\s+)?(?:expected|due|set|scheduled|slated|going|poised)\s+to"
                            r"|plans?\s+to|intends?\s+to)\b", re.I)
# a day or month named without a year and without a word of the past ("on Sunday", "in
# December", "on 3 December", "by early March"; not "last Sunday", "in December 2025")
_WEEKDAY_AHEAD = _PATTERNS.compile(rf"(?:on\s+|this\s+|next\s+|coming\s+)?{WEEKDAY_NAMES}(?:\s+(?:morning|evening|night|afternoon))?", re.I)
_MONTH_AHEAD = _PATTERNS.compile(rf"(?:(?:in|by|until|during|from|on)\s+)?(?:(?:early|late|mid-?)\s*)?(?:[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                                 rf"{MONTH_NAMES}(?:\s+[0-9]{{1,2}}(?:st|nd|rd|th)?)?", re.I)


def ahead_for_a_plan(date: DateMention | None, published: dt.date | None, before_verb: str) -> DateMention | None:
    """``date`` moved to the next such day or month when the clause (``before_verb``: its words
    before the verb) tells the future and the date, named by a weekday or a month alone, was
    resolved to a day before publication; else ``date`` as it is."""
    if date is None or published is None or not date.relative or date.date_start >= published \
            or not _FUTURE.search(before_verb):
        return date
    if _WEEKDAY_AHEAD.fullmatch(date.text):
        step = dt.timedelta(days=7)
        return replace(date, date_start=date.date_start + step, date_end=date.date_end + step)
    if _MONTH_AHEAD.fullmatch(date.text):
        try:
            return replace(date, date_start=date.date_start.replace(year=date.date_start.year + 1),
                           date_end=date.date_end.replace(year=date.date_end.year + 1))
        except ValueError:  # (29 February)
            return date
    return date


_PATTERNS.save()
