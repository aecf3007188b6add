"""The day a report was filed, when its dateline gives one: "BUJUMBURA/KAMPALA, Nov 16 -
Burundi has pulled soldiers back ... crossed back into Burundi at Cibitoke on Thursday". The
weekdays and other relative days of the report are told from the day it was filed (Thursday of
a report filed on Monday 16 November is the 12th), which may come before the publication date
the reader was given (the day the report was collected, or a digest's date).

why: "on Thursday" was resolved against the publication date (Friday 20 November: the 19th), a
day after the dateline, which the report could not have told in the past tense. Only a dateline
of the report's first lines ("CITY, Mon DD (Agency) -"), a day on or before the publication date
and at most FILED_BEFORE_DAYS before it (an older dateline is more likely a wrong year than a
report filed months before it was published); otherwise the publication date stands."""

from __future__ import annotations

import datetime as dt

from ..dates import find_dates, opens_list_item
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-filed-day")
# what follows a dateline's date: the bracket it was written in ("NEW DELHI (Dec 1) -"), an
# agency in brackets, then a dash (or two hyphens: "VILNIUS, Nov 27 (Reuters) --", read51);
# or, as the Indian and Pakistani wires write it (read55), an agency in brackets and a colon
# ("November 30 (ANI):") or an agency's initials in brackets with no dash before the text
# ("NEW DELHI, Dec 1 (PTI) The Army has moved ...")
_DATELINE_AFTER = _PATTERNS.compile(r"\s*\)?\s*(?:(?:\([^()\n]{1,40}\)\s*)?(?:--|[-–—])\s"
                                    r"|\([^()\n]{1,40}\):\s|\((?-i:[A-Z]{2,8})\)[ \t]+(?-i:(?=[A-Z])))")
# a bare colon after the date is a dateline only after a city and a comma at the line's start
# ("Srinagar, Nov 30: The battalion ..."): a date and a colon alone open a timeline's item or a
# thread's post ("1/ Tues 24 Nov: an Il-76 ...", "12 November: ..."), the event's own date
_COLON_AFTER = _PATTERNS.compile(r":\s")
_CITY_COMMA_BEFORE = _PATTERNS.compile(r"(?:^|\n)[ \t]*(?-i:[A-Z][A-Za-z'’.-]+(?:[ /][A-Z][A-Za-z'’.-]+){0,2}),[ \t]*$")


def dateline_colon(text: str, start: int, end: int, places_at=None) -> bool:
    """Is the date at ``text[start:end]`` a dateline's that ends in a bare colon after a city and
    a comma ("Srinagar, Nov 30:")? ``places_at``, when given, tells whether a place mention
    starts at an offset: the word before the comma must be one ("Sightings, 5 March:" heads a
    list of what was seen that day: its date is theirs, no filing; s34 read93)."""
    if _COLON_AFTER.match(text, end) is None:
        return False
    city = _CITY_COMMA_BEFORE.search(text, max(0, start - 60), start)
    if city is None:
        return False
    if places_at is None:
        return True
    at = city.start() + len(city.group(0)) - len(city.group(0).lstrip("\n \t"))
    return places_at(at)
# before the date: the place, in capitals, maybe its country, and a comma or a bracket ("GOMA, ",
# "BUJUMBURA/KAMPALA, ", "PEMBA, Mozambique, ", "NEW DELHI (")
_DATELINE_PLACE = (r"(?:^|\n)[ \t]*(?-i:[A-Z][A-Z'’./ -]{1,60}(?:\s*\([^()\n]{1,40}\))?"
                   r"(?:,[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})?)(?:,[ \t]*|[ \t]*\()")
_DATELINE_BEFORE = _PATTERNS.compile(_DATELINE_PLACE + "$")
# (the same words anywhere in the head: a head where no line opens so has no date a dateline's
# place stands right before, and its dates are not read; 79 of the 99 dev reports' heads that
# _LINE_OPENS_IN_CAPITALS lets through -- "A convoy ...", a headline in capitals with no comma --
# and ~75 µs each; speed151)
_DATELINE_PLACE_IN_HEAD = _PATTERNS.compile(_DATELINE_PLACE)
FILED_BEFORE_DAYS = 14
_HEAD_CHARS = 400
# what every _DATELINE_BEFORE match opens with: a line (or the text) opening with a capital
# and a second capital, mark or space ("GOMA", "NEW DELHI", "U.S."). First lines with none hold
# no dateline, and their dates are not read (the dates' scan of the head was ~65 µs a report;
# three in four of the dev reports open no line so: "The army said ...", s41 speed78)
_LINE_OPENS_IN_CAPITALS = _PATTERNS.compile(r"(?:^|\n)[ \t]*(?-i:[A-Z][A-Z'’./ -])")


def _dateline_dates(text: str, published: dt.date | None):
    """The one-day dates of the report's first lines written as a dateline's ("CITY, Mon DD
    (Agency) -"), in text order, each resolved against ``published`` (None: absolute days only)."""
    head = text[:_HEAD_CHARS]
    if _LINE_OPENS_IN_CAPITALS.search(head) is None or _DATELINE_PLACE_IN_HEAD.search(head) is None:
        return  # (no line the dateline's place could open)
    for d in find_dates(head, published):
        if d.precision == "day" and d.date_start == d.date_end and _DATELINE_AFTER.match(head, d.end) \
                and _DATELINE_BEFORE.search(head, 0, d.start) and not opens_list_item(text, d):
            yield d


def filed_day(text: str, published: dt.date | None) -> dt.date | None:
    """The dateline's day when the report's first lines give one within FILED_BEFORE_DAYS before
    ``published``, else ``published``."""
    if published is None:
        return None
    d = next(_dateline_dates(text, published), None)
    if d is not None and published - dt.timedelta(days=FILED_BEFORE_DAYS) <= d.date_start < published:
        return d.date_start
    return published


def dateline_day(text: str) -> dt.date | None:
    """The day a report's dateline writes in full, year and all ("MAPUTO, 18 November 2026 -",
    "SEOUL, Nov. 25, 2026 (Wire) -"), for a report read with no publication date.

    why: without ``--published`` no weekday or "last week" of the report could be told, although
    its first line says when it was filed; a dateline with no year ("SEOUL, Nov 25 -") tells no
    year, so it gives nothing, and neither does a date in the text's body (an event's, not the
    filing's). Only the dateline shapes ``filed_day`` reads."""
    return next((d.date_start for d in _dateline_dates(text, None) if not d.relative), None)

_PATTERNS.save()
