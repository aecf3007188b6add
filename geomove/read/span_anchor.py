"""A span of days counts from the last DAY told before it: "On November 12 the Army moved two
regiments from Leh to Nyoma, where the new airfield opened last year. A day later, the Air Force
flew jets from Ambala to Leh" is 13 November. A year or a month told in between ("last year",
"in 2023", "in March") is about something else (the airfield, a town held before): there is no
day in it to count a day from.

why: an Indian newspaper's analysis of my own (s40 read108, the Line of Actual Control) dated
the jets' flight 2 January 2025, a day after "last year" read as its first day.

Only a span of days or hours ("a day later", "two days earlier", "the next morning", "hours
later"), and only when a date of day precision is told in reach before it; a span of weeks or
months ("two months later") may count from a month, and is left as it was."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-span-anchor")

# a span of days or hours after (or before) the day told before
_DAY_SPAN = _PATTERNS.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|[0-9]{1,2})\s+days?\s+(?:later|earlier|after(?:wards)?)"
    r"|the\s+(?:next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
    r"|the\s+(?:day|morning|night)\s+(?:after|before)"
    r"|(?:hours|minutes)\s+(?:later|earlier))\b", re.I)


def day_dates_for_span(clause: str, told: list) -> list:
    """The dates a span in ``clause`` may count from, of ``told`` (the dates before it, in
    order): those of day precision when the span is one of days and the last date told is of
    none while a day is told before it; ``told`` otherwise."""
    if not told or told[-1].precision == "day" or _DAY_SPAN.search(clause) is None:
        return told
    days = [d for d in told if d.precision == "day"]
    return days or told


_PATTERNS.save()
