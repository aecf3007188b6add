"""The day of a second leg told in the same clause as the first: "reached Gao on Monday, then
moved on to Menaka on Wednesday", "were airlifted to A on Monday and drove to B the next day",
"moved into X on Monday and the next day moved on to Y".

The clause is split into two legs where the force got to the first place and left it again
later (GUIDELINES: a route is split where the force arrived and later left again; clauses'
onward_at), and the later leg happened on the later day: the day told after the first end ("on
Wednesday", "on 5 March"), or a span counted from the first leg's day ("the next day", "two days
later": dates.date_after_span). Both legs had the clause's one date, the first leg's, so the
second was dated the day before it happened.
"""

from __future__ import annotations

from ..dates import DateMention, date_after_span


def onward_leg_date(text: str, first_end: int, e: int, first: DateMention | None, told: list[DateMention],
                    published) -> DateMention | None:
    """The day of the leg that goes on from the first end (which ends at ``first_end``) in the
    clause ending at ``e``: a span after ``first`` (the first leg's date) told there, else the
    first date of ``told`` (the clause's dates) after the first end other than ``first``
    itself; None when the clause tells none."""
    start = max(first_end, first.end) if first is not None and first.start >= first_end else first_end
    span = date_after_span(text[start:e], first, published, at=start)
    if span is not None:
        return span
    return next((d for d in sorted(told, key=lambda d: d.start) if d.start >= start and d is not first
                 and not (first is not None and d.start == first.start)), None)
