"""A movement told in two clauses, where it arrived and, apart, when it set out: "A convoy of
police officers arrived in Y on Thursday ... The officers left the base at X on Tuesday
morning" is one journey from Tuesday to Thursday.

GUIDELINES: dates are resolved against the publication date; a movement has a start and an
end. The clause that tells the departure dates the start, the one that tells the arrival the
end: a journey of days begins on the day it left, not on the day a headline or a lede says it
arrived.

why: the two halves were joined into one movement (events.complete_halves) and the movement
took the first date told in the report's order, the lede's day of arrival, as both its start
and its end."""

from __future__ import annotations

from dataclasses import replace

from .places import same_place
from .state import Fragment


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
    came = next((f for f in frags if f is not left and _day(f) and f.destination and not f.origin
                 and any(same_place(p, destination) for p, _at in f.destination)), None)
    if left is None or came is None or not left.date.date_start < came.date.date_start:
        return None
    return replace(left.date, date_end=came.date.date_end)
