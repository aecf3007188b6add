"""A movement told in two clauses, where it arrived and, apart, when it set out: "A convoy of
police officers arrived in Y on Thursday ... The officers left the base at X on Tuesday
morning" is one journey from Tuesday to Thursday.

GUIDELINES: dates are read relative to the publication date; a movement has a start and an
end. The clause that tells the departure dates the start, the one that tells the arrival the
end: a journey of days begins on the day it left, not on the day a headline or a lede says it
arrived.

why: the two halves were joined into one movement (events.complete_halves) and the movement
took the first date told in the report's order, the lede's day of arrival, as both its start
and its end."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from ..dates import DateMention, date_after_span

from .places import contains, same_place
from .quoted_days import names_a_weekday
from .state import Fragment

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("read-departure-day")


_SINCE = _PATTERNS.compile(r"since\b", re.I)


def _day(f: Fragment):
    return f.date if f.date is not None and f.date.precision == "day" else None


def departure_to_arrival(frags: list[Fragment], origin: dict | None, destination: dict | None):
    """The date from the day of the clause that tells where the movement left (its origin;
    one that tells only that first) to the day of the clause that tells only where it arrived
    (its destination), when the departure's day comes first; None otherwise."""
    if origin is None or destination is None:
        return None
    leaving = [f for f in frags if _day(f) and f.origin and any(same_place(p, origin) for p, _at in f.origin)]
    # (a clause of the whole route dates its departure too, when another clause tells the
    # arrival alone: "The resupply reached the shoal on Thursday ... The boat left X on Wednesday
    # night and reached the shoal shortly after 8 a.m.", s25)
    left = next((f for f in leaving if not f.destination), None) or next(iter(leaving), None)
    came = next((f for f in frags if f is not left and _day(f) and f.destination and _tells_only_arrival(f, origin)
                 and any(same_place(p, destination) for p, _at in f.destination)), None)
    if left is None or came is None:
        return None
    start = weekday_before(left.date, came.date)  # ("left A on Monday. It reached B on Wednesday", told on a Tuesday)
    if not start.date_start < came.date.date_start:
        return None
    return replace(start, date_end=came.date.date_end)


def _tells_only_arrival(f: Fragment, origin: dict) -> bool:
    """Does the clause tell where the movement arrived and no more of where it left than an
    area holding its origin? "The first three fighters landed at Pekanbaru on Monday, ending a
    ferry flight from France ... They took off from Merignac on Thursday": the lede's "from
    France" holds the body's Merignac, so the lede's day is the arrival's and the body's the
    departure's (read145: the four-day flight was dated by the landing)."""
    return not f.origin or all(contains(p, origin) and not same_place(p, origin) for p, _at in f.origin)


# words that make the later day one the arrival is only awaited on ("where it is expected on
# Wednesday", "due to arrive two days later"): no day it got there
_AWAITED = _PATTERNS.compile(r"\b(?:expected|due|scheduled|planned|will|would|should|to\s+arrive|than|"
                     # ... or one of another event ("a week after the attack on Wednesday")
                     r"after|before|since|ahead\s+of|following|until|amid)\b", re.I)


def arrival_day_told_after(text: str, frag: Fragment, e: int, told: list[DateMention], published,
                           why: list) -> DateMention | None:
    """One clause that tells both days: "The column left Kidal on Monday and reached Gao on
    Wednesday", "Leaving Kidal on Monday, the column reached Gao two days later". The clause's
    date (``frag.date``, the departure's, told first) starts the movement, and a later day told
    after the destination ends it: a day of ``told`` (the clause's dates) after it, or a span
    counted from it (dates.date_after_span: "two days later", "the next day"). Returns the date
    from the one to the other, or None (the clause's one date stays).

    why: the clause took the date nearest its verb, the departure's, as both start and end, and
    the day told for the arrival was lost (a two-day journey read as one day). Only a route
    with both ends in the one clause and no second leg (``onward_at``, read.onward_date: there
    the later day is the next leg's); not a day the arrival is only awaited on ("expected on
    Wednesday"), nor "two days later than planned"."""
    first = frag.date
    if first is None or first.precision != "day" or not frag.origin or not frag.destination \
            or frag.onward_at is not None or frag.respectively:
        return None
    after = max((p.get("end") or at + len(p.get("surface") or "") for p, at in frag.destination), default=0)
    if after <= first.end or after >= e:
        return None
    later = date_after_span(text[after:e], first, published, at=after)
    if later is None or later.precision != "day":
        later = next((d for d in sorted(told, key=lambda d: d.start) if d.start >= after
                      and d.precision == "day"), None)
    if later is not None:
        first = weekday_before(first, later)
    if later is None or later.date_start <= first.date_end or _AWAITED.search(text, first.end, later.start):
        return None
    why.append(f"date: from the departure's day '{first.text}' to the arrival's '{later.text}'")
    return replace(first, date_end=later.date_end, text=f"{first.text} … {later.text}")


def weekday_before(earlier: DateMention, later: DateMention) -> DateMention:
    """The weekday told first of two in one telling of a journey, as the day before the later
    one: "left A on Monday and reached B on Wednesday" in a report of a Tuesday. Each weekday
    alone is the last such day up to publication, which put that Monday after that Wednesday;
    the departure told before the arrival is the last Monday up to the Wednesday.

    Only for two days both resolved from a weekday's name (not "yesterday", not a date), the
    first resolved within the week after the second: it is moved a week back. Else ``earlier``."""
    if not (earlier.relative and later.relative and names_a_weekday(earlier.text) and names_a_weekday(later.text)):
        return earlier
    if not later.date_start < earlier.date_start <= later.date_start + timedelta(days=6):
        return earlier
    week = timedelta(days=7)
    return replace(earlier, date_start=earlier.date_start - week, date_end=earlier.date_end - week)


def _day_dated_ends(frag: Fragment) -> tuple[DateMention, int, int] | None:
    """The clause's day and the offsets of its origin and destination, when one clause tells
    both ends and a date to the day (no onward leg, no "respectively"): what both readings of a
    departure's day below need before they look for it."""
    last = frag.date
    if last is None or last.precision != "day" or not frag.origin or not frag.destination \
            or frag.onward_at is not None or frag.respectively:
        return None
    return last, min(at for _p, at in frag.origin), min(at for _p, at in frag.destination)


def departure_day_told_before(frag: Fragment, told: list[DateMention], why: list, text: str = "",
                              published=None) -> DateMention | None:
    """One clause that tells the departure's day with its origin, before the destination, and
    the arrival's day after it, where the clause's date (``frag.date``, the one nearest its
    verb) is the arrival's: "Sent from Gao on Monday, the battalion reached Kidal on
    Wednesday", "Having left A on Monday, the column reached B on Wednesday". The movement runs
    from the departure's day to the arrival's.

    why: the arrival's day was the start and the end, and the day told with the origin lost
    (arrival_day_told_after reads only a later day told after the destination). A span told
    with the origin is counted back from the arrival's day ("Reinforcements sent from A a week
    earlier reached B on Monday": from the Monday before, dates.date_after_span)."""
    ends = _day_dated_ends(frag)
    if ends is None:
        return None
    last, origin_at, destination_at = ends
    if not origin_at < destination_at <= last.start:
        return None
    # (a day told with "since" is how long the force had been at the origin, no departure:
    # "Troops stationed in Gao since 1 March moved to Kidal on Monday" left on no 1 March, s30m)
    first = next((d for d in sorted(told, key=lambda d: d.start) if origin_at < d.start < destination_at
                  and d.precision == "day" and not _SINCE.match(d.text)), None)
    if first is None and text:
        back = date_after_span(text[origin_at:destination_at], last, published, at=origin_at)
        first = back if back is not None and back.date_start < last.date_start else None
    if first is None:
        return None
    first = weekday_before(first, last)
    if first.date_start >= last.date_start:
        return None
    why.append(f"date: from the departure's day '{first.text}' (with its origin) to the arrival's '{last.text}'")
    return replace(first, date_end=last.date_end, text=f"{first.text} … {last.text}")



# a participle or clause of leaving right before the origin told after the arrival: "arrived at B
# on 1 December, having sailed from A on 22 November", "..., after leaving A on Monday"
# (the origin's offset is its cue's: "from" after "having sailed", or "left" itself)
_LEFT_BEFORE_ORIGIN = _PATTERNS.compile(r"\b(?:having\s+(?:\w+ly\s+)?(?:sailed|left|departed|flown|set\s+sail|set\s+out)|after\s+(?:leaving|sailing|departing))\b", re.I)


def departure_day_told_after_arrival(frag: Fragment, told: list[DateMention], why: list, text: str) -> DateMention | None:
    """One clause that tells the arrival and its day first, then where it left from and that
    day in a participle: "The frigate arrived at B on 1 December, having sailed from A on 22
    November". The movement runs from the departure's day to the arrival's.

    why: the clause's date (the arrival's, nearest its verb) was the start and the end, and the
    day told with the origin was lost (read128: a port call's release dated a voyage of nine
    days by the day the ships arrived). Only with a participle of leaving right before the origin
    (_LEFT_BEFORE_ORIGIN) and a day told after it that comes before the arrival's."""
    ends = _day_dated_ends(frag)
    if ends is None:
        return None
    last, origin_at, destination_at = ends
    if not destination_at < last.start < origin_at:
        return None
    if _LEFT_BEFORE_ORIGIN.search(text, max(0, origin_at - 40), origin_at + 12) is None:
        return None
    # (the day told with the origin, in its phrase: "from A on 22 November", no day of another
    # clause after a comma, "having left A, and will stay until 30 December")
    first = next((d for d in sorted(told, key=lambda d: d.start) if d.start > origin_at and d.precision == "day"), None)
    if first is None or first.start - origin_at > 50 or any(c in text[origin_at:first.start] for c in ",;:") \
            or first.date_start >= last.date_start:
        return None
    why.append(f"date: from the departure's day '{first.text}' (told after the arrival) to the arrival's '{last.text}'")
    return replace(first, date_end=last.date_end, text=f"{first.text} … {last.text}")


_PATTERNS.save()
