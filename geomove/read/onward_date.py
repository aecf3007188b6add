"""The day of a second leg told in the same clause as the first: "reached Gao on Monday, then
moved on to Menaka on Wednesday", "were airlifted to A on Monday and drove to B the next day",
"moved into X on Monday and the next day moved on to Y".

The clause is split into two legs where the force got to the first place and left it again
later (GUIDELINES: a route is split where the force got somewhere and afterwards set off again; clauses'
onward_at), and the later leg happened on the later day: the day told after the first end ("on
Wednesday", "on 5 March"), or a span counted from the first leg's day ("the next day", "two days
later": dates.date_after_span). Both legs had the clause's one date, the first leg's, so the
second was dated the day before it happened.
"""

from __future__ import annotations

import re

from ..dates import DateMention, date_after_span

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("read-onward-date")


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


# a relative clause of the place just reached, the next leg from there: ", from where materiel
# was trucked to B", ", whence it drove on"
_FROM_WHERE = _PATTERNS.compile(r"[\s,]*(?:from\s+where|whence|from\s+there)\b", re.I)
_FROM_WHERE_BEFORE = _PATTERNS.compile(r",\s*(?:from\s+where|whence)[\s,]*$", re.I)  # (the clause cut after the words)


def relative_leg_date(text: str, s: int, told: list[DateMention], published) -> DateMention | None:
    """The date of a leg told in a relative clause of the place the clause before reached, with
    no day of its own: "On 14 March, two aircraft landed at A, from where materiel was trucked
    to B". ``s``: where the relative clause starts; ``told``: the dates of its sentence before it.

    why: the leg had no date at all (the opener's date dates the landing; the relative clause was
    left undated), and an undated movement is compared with every other as if on any day. The
    text tells only that it followed the landing and was reported by publication: the date runs
    from the landing's day to the publication day (GUIDELINES: dates read relative to
    the publication date), its precision the width of that window, not the landing's day itself (a
    day the trucking is not said to have happened on). None without a day told before it."""
    if _FROM_WHERE.match(text, s) is None and _FROM_WHERE_BEFORE.search(text[max(0, s - 20):s]) is None:
        return None
    day = next((d for d in reversed(told) if d.precision == "day" and d.start < s), None)
    if day is None or published is None:
        return None  # (with no publication day the window has no end: the landing's day would claim too much)
    end = max(day.date_end, published)
    width = (end - day.date_start).days
    precision = "day" if width == 0 else "week" if width <= 6 else "month" if width <= 31 else "year"
    return DateMention(day.start, day.end, f"after {day.text}", day.date_start, end, precision, True)
_PATTERNS.save()
