"""A next leg told on a day weeks after the leg before it, by a verb that sets out: "On 3 June
the battalion marched from A to B. On 20 June the battalion moved north to C", "The convoy
drove from A to B on 2 March. It moved on 19 March to C". The force got to B and, on a day
well apart, left it again: a leg of its own from B (GUIDELINES: a route with stops is cut
into legs where the report tells of an arrival and a later departure; a different date makes a
new movement), not one route from A through B to C dated on the first day.

Only a clause that tells no origin of its own, whose first date is a day (not a month or year:
"in March" may span the first leg's day), more than a week after the first date of the leg
before it, and whose verb is no arrival (lexicon.json got_there): "left Goma on 2 May ... They
reached Uvira on 12 May" tells where the same journey ended, however slow.

why: the regimental-history style of many dated legs in a row was read as one route with every
later end as a place passed (probes of my own, s36 read98)."""

from __future__ import annotations

from .lexicon import GOT_THERE, _stem
from .state import _Draft

# a leg told more than this many days after the one before it set out again, on its own day
LEG_DAYS_APART = 7


def _first_day(d: _Draft):
    """The first date of the draft told to the day, as (start, end), or None (no date, or a
    month or year first)."""
    first = next((f.date for f in d.frags if f.date is not None), None)
    if first is None or first.precision != "day":
        return None
    return first.date_start, first.date_end


def set_out_weeks_later(last: _Draft, draft: _Draft) -> bool:
    """Is ``draft`` (no origin of its own) a leg that set out, on a day told, more than
    LEG_DAYS_APART days after ``last`` began?"""
    if draft.origin is not None or last.destination is None:
        return False
    if any(f.trigger and _stem(f.trigger) in GOT_THERE for f in draft.frags):
        return False
    mine, theirs = _first_day(draft), _first_day(last)
    if mine is None or theirs is None:
        return False
    return (mine[0] - theirs[1]).days > LEG_DAYS_APART
