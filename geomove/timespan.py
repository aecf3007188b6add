"""The time span of a movement, worked out in this one module for every filter by date.

``list``, ``export`` and ``render`` on the log (the log's t0/t1 columns, log.keys) and ``render``
on movement files or reports (maps.select) all ask :func:`movement_span` and
:func:`query_window`, so a movement is in a date window in a file exactly when it is in it in
the log. (They used to differ: maps.select compared the first ten characters of the date texts.)

Times are counted in days since 1970-01-01 UTC; every span is half-open, [first, end).

A date keeps the precision it was told with (:func:`parse_when`):

- a day (``2024-03-10``) covers that day;
- a month (``2024-03``) covers the whole month: a movement dated only by its month overlaps
  every day of that month (``--since 2024-03-20`` finds it, ``--until 2024-02-29`` does not);
- a week (``2024-W10``) covers its seven days from the Monday, a year (``2024``) the year;
- a datetime covers the second it names, in UTC (naive = UTC): ``2024-03-10T23:30:00-05:00``
  is on 11 March, whatever the first ten characters of its text say.

The span of a movement (:func:`movement_span`):

- with a start and an end: from the first instant of the start to the end of the end;
- with a start only: the start's own period (``2024-03`` alone is all of March);
- with an end only: a span ending then. Its start is not known, so it is the end's own period,
  the only time the movement is known to have been under way. (Not an open start: that would put
  a movement ended in 2024 in every window before it, back to ``--until 1900``; and not the
  publication date, which comes after the end and made an upside-down span.)
- with neither: the publication date's period (the report tells of it by then);
- with no date at all: no span (``Span(None, None)``); it is in no dated window and in every
  query without dates.

A map places a movement on the first day of its span (:func:`first_day`: its period on the time
slider), so an end with no start is drawn on the end's day, not on the publication's.

A query's ``since``/``until`` (:func:`query_window`) are dates too: ``--since D1 --until D2`` is
[first instant of D1, end of D2), either side open when not given, and a movement is in it when
the two spans overlap. A movement ending at midnight is therefore not in the next day.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, NamedTuple

from .errors import DateError, InputError
from .export import utc_iso

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
OPEN = 1e9  # days: beyond any date a query can name, either way (the side a window leaves open)


class Span(NamedTuple):
    """[first, end) in days since 1970; both None for a movement with no date."""
    first: float | None
    end: float | None

    def overlaps(self, window: Span) -> bool:
        return self.first is not None and self.first < window.end and self.end > window.first


UNDATED = Span(None, None)


def parse_when(value: Any, *, where: str | None = None) -> tuple[str, float, float]:
    """An ISO 8601 date/datetime → (normalised text, first instant, end instant) in days since 1970.

    Reduced precision is kept: ``2024-03`` covers the month, ``2024-W10`` the week, ``2024``
    the year; a date covers its whole day; a datetime its second (naive = UTC). Spans are
    half-open: [first, end).
    """
    if isinstance(value, datetime):
        text = utc_iso(value)
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise DateError(f"date {value!r} is not an ISO 8601 string", source=where)
    try:
        return _parse_iso(text)
    except (ValueError, OverflowError) as err:
        raise DateError(f"date {text!r} is not a valid ISO 8601 date (YYYY-MM-DD) or datetime",
                        source=where) from err


@lru_cache(maxsize=65536)  # logs repeat the same days over and over
def _parse_iso(text: str) -> tuple[str, float, float]:
    # Ends are counted in days, not built as datetimes: the span of 9999-12-31 ends in a
    # year datetime cannot hold (an OverflowError was a traceback at `list --until 9999-12-31`).
    if _DAY.match(text):
        lo = datetime.fromisoformat(text).replace(tzinfo=timezone.utc)
        return text, _days(lo), _days(lo) + 1.0
    if m := _MONTH.match(text):
        year, month = int(m[1]), int(m[2])
        lo = datetime(year, month, 1, tzinfo=timezone.utc)
        return text, _days(lo), _days(lo) + calendar.monthrange(year, month)[1]
    if m := _WEEK.match(text):
        lo = datetime.fromisocalendar(int(m[1]), int(m[2]), 1).replace(tzinfo=timezone.utc)
        return text, _days(lo), _days(lo) + 7.0
    if _YEAR.match(text):
        lo = datetime(int(text), 1, 1, tzinfo=timezone.utc)
        return text, _days(lo), _days(lo) + (366.0 if calendar.isleap(lo.year) else 365.0)
    if "T" in text or " " in text:
        norm = utc_iso(datetime.fromisoformat(text))
        instant = _days(datetime.fromisoformat(norm.replace("Z", "+00:00")))
        return norm, instant, instant + 1 / 86400  # the second it names
    raise ValueError(text)


def _days(moment: datetime) -> float:
    return (moment - EPOCH).total_seconds() / 86400.0


def movement_span(props: dict) -> Span:
    """The span of a movement's properties (start, end, published): see the module docstring."""
    start, end = props.get("start"), props.get("end")
    if start is None and end is None:
        start = props.get("published")
    if start is None and end is None:
        return UNDATED
    first = parse_when(start if start is not None else end)[1]
    last = parse_when(end if end is not None else start)[2]
    return Span(first, last)


def first_day(props: dict) -> date | None:
    """The UTC calendar day a movement's span begins on (the day a map places it at: its slider
    period and its page's day), None for a movement with no date."""
    first = movement_span(props).first
    return None if first is None else date(1970, 1, 1) + timedelta(days=math.floor(first))


def query_window(since: Any, until: Any) -> Span | None:
    """The window of a query's since/until; None when neither is given (no date asked)."""
    if since is None and until is None:
        return None
    first = parse_when(since, where="since")[1] if since is not None else -OPEN
    end = parse_when(until, where="until")[2] if until is not None else OPEN
    if end <= first:  # (until the day before since: an empty window, refused as upside down)
        raise InputError(f"until {until} is before since {since}")
    return Span(first, end)


__all__ = ["EPOCH", "OPEN", "Span", "UNDATED", "first_day", "movement_span", "parse_when", "query_window"]
