"""The day a week told by reference counts from may stand further back in its paragraph than a
span of days may: "Sudanese troops drove from A to B on Friday, witnesses said. Militias withdrew
from C as the army came, and police moved into D. Earlier in the week, a first column had moved
from E to F" is the days of that Friday's week before it (dates.within_week_told), though three
clauses of moving stand between.

A span after a date ("two days later") counts from the last date told at most two clauses back
(clauses._date_after_span), where a date further back is likely another story's. "Earlier in the
week" and "later that week" name a week, not a count of days from the last clause: the story of
the paragraph is told in that week, and its last day told is the one to count from. With no day
told in the two clauses back, the reach is the paragraph (from its line's start); a day told in
another paragraph beyond two clauses is not reached, and "earlier in the week" is then read from
publication, as with no day told (GUIDELINES: dates are resolved against publication).

why: in a Monday report, "Earlier in the week" three clauses after "on Friday" was read from
publication (that Monday alone) while the same words two clauses after it were the days of
Friday's week (read151's Left; probes of my own, read153)."""

from __future__ import annotations

from ..dates import tells_a_week_told


def paragraph_days_for_week_told(clause: str, told: list, para_start: int, first: int, dates_between) -> list:
    """The dates a week told in ``clause`` ("earlier in the week", "later that week") may count
    from: ``told`` (those of the two clauses back, from offset ``first``) when it holds any, else
    those told from the paragraph's start ``para_start`` up to ``first`` (``dates_between(lo, hi)``,
    filtered as the caller filters ``told``)."""
    if told or para_start >= first or not tells_a_week_told(clause):
        return told
    return dates_between(para_start, first)
