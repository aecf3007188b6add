"""A span told in a dated list item: "14 March – The army said a battalion had moved into
Walikale from Lubutu the previous day", "Nov 14: ... Two days earlier, a column had left A". The
day that opens the line is the entry's day (when it was told, as a liveblog's heading is); a
span in the entry ("the previous day", "two days earlier", "the next morning") counts from it.

Without this the entry's own day dated the movement, because it is a date inside the clause,
and the span was only asked for when the clause had no date at all (clauses._date_after_span):
a move told the day after it happened was dated a day late.

A weekday told in a dated item ("14 March – The army said a battalion moved into Walikale on
Tuesday") is likewise the last such day on or before the item's day, not before the report's
publication (months later, in another week)."""

from __future__ import annotations

import datetime as dt
import re

from ..dates import DateMention, date_after_span, item_lead_end, opens_list_item
from .by_start import ByStart, attribute_start

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("read-item-span")

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# a weekday told alone ("on Tuesday", "Tuesday"), no day of a month with it
_WEEKDAY_ALONE = _PATTERNS.compile(r"(?:on\s+)?(" + "|".join(_WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?", re.I)


def counted_from_item_day(text: str, day: DateMention | None, end: int, published) -> DateMention | None:
    """The date a span in the clause up to ``end`` gives, counted from ``day`` when ``day``
    opens its line as a list item's date (dates.opens_list_item); None otherwise (the item's day
    stays)."""
    if day is None or day.end >= end or not opens_list_item(text, day):
        return None
    return date_after_span(text[day.end:end], day, published, at=day.end)


def weekday_of_item(text: str, dates: list[DateMention], day: DateMention | None) -> DateMention | None:
    """``day`` counted from the item's day when it is a weekday told alone inside a dated list
    item (a date opening its line before it, :func:`~geomove.dates.opens_list_item`): the last
    such weekday on or before the item's day; None otherwise (``day`` stays)."""
    if day is None:
        return None
    m = _WEEKDAY_ALONE.fullmatch(day.text.strip())
    if m is None:
        return None
    line = text.rfind("\n", 0, day.start) + 1
    # (the dates starting on the day's line before it, by bisection: read.by_start; and only
    # those within the lead of the line, the others open no item: a line of hundreds of dates
    # asked each of them, a search back to the line's start each, for each weekday)
    lead_end = item_lead_end(text, line)
    item = next((d for d in ByStart.of(dates, attribute_start, "weekday of item").between(line, min(day.start, lead_end + 1))
                 if line <= d.start < day.start and d is not day and d.precision == "day"
                 and opens_list_item(text, d)), None)
    if item is None:
        return None
    back = (item.date_start.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
    when = item.date_start - dt.timedelta(days=back)
    return DateMention(day.start, day.end, day.text, when, when, "day", True)
_PATTERNS.save()
