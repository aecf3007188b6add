"""A report that opens with a bare date and a dash ("Nov 19 - The military council airlifted
400 soldiers ... on Monday"), the dateline of a wire or a translated service that gives no
city. The date that opens a line with a dash is also how a timeline's item opens ("12 March -
troops left A"), so dates.opens_list_item calls it an item and the clause was dated by it: the
day the report was filed instead of the Monday it tells.

The two are told apart by the week: a dateline's date is when the report was filed, and a day
of the week told in the same sentence falls in the six days up to it (the last Monday before
Nov 19); a timeline item's date is the event's own, and a weekday in its text is rare and not
bound to it.

Read in clauses._Reader._dateline."""

from __future__ import annotations

import re

from ..dates import WEEKDAY_NAMES
from ..regex_cache import CompiledPatterns
from .by_start import ByStart, attribute_start

_PATTERNS = CompiledPatterns("read-filing-date")

_WEEKDAY = _PATTERNS.compile(r"\b" + WEEKDAY_NAMES + r"\b", re.I)
# the end of the sentence the date opens
_SENTENCE_END = _PATTERNS.compile(r"[.!?](?=\s)|\n")


def filed_in_week_told(text: str, d, dates: list) -> bool:
    """Is ``d``, a date that opens its line with a dash, the filing date of a report whose
    sentence then tells a day of the same week ("Nov 19 - ... on Monday")? Only a day of the
    week, resolved (against the publication date) to one of the six days up to ``d``.

    why: "Nov 19 - ... airlifted 400 soldiers from A to B on Monday" was dated Nov 19."""
    if d.date_start is None or d.precision != "day":
        return False
    stop = _SENTENCE_END.search(text, d.end)
    end = stop.start() if stop else len(text)
    # (the dates after it in its sentence, by bisection: read.by_start; each date of a long
    # timeline's lines looked at every date of the text)
    for w in ByStart.of(dates, attribute_start, "filed in week told").between(d.end + 1, end):
        if d.end < w.start < end and w.precision == "day" and w.date_start is not None \
                and _WEEKDAY.search(w.text) and 0 < (d.date_start - w.date_start).days <= 6:
            return True
    return False


_PATTERNS.save()
