"""A clause told as happening alongside the one before it in the sentence ("RSF columns advanced
on El Fasher from Mellit on Monday, residents said, as the army withdrew towards Tawila"): joined
by "as", "while" or "whereas", it is dated by the day of the clause it is joined to.

The reader dates a clause by its own words, by a span or "the same day" after a date told
before, or by a date that opens the sentence before the first verb; a day told after the first
verb did not reach the clause joined to it, and the withdrawal had no date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..dates import DateMention
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-alongside")  # (kept compiled code, as read/lexicon.py's)

# the words between two clauses that tell them at one time: ", as", "while", "even as"
# (and a consequence that made another force move, the clause cut after its verb: "advanced
# towards A on Saturday, forcing | soldiers to retreat to B" -- made to move then, s28r)
_ALONGSIDE = _PATTERNS.compile(r"\s*,?\s*(?:(?:even|just)\s+)?(as|while|whereas|forcing|compelling|obliging)\s*", re.I)


def days_told(reader, s: int, e: int) -> list[DateMention]:
    """The days told in the text from ``s`` to ``e``, in order, a dateline's left out: what a
    clause before may lend a clause with no date of its own (here; one_day_lent for read.scene_date
    and read.joined_subject_date)."""
    return [d for d in reader._dates_in(reader.dates, s, e) if d.precision == "day" and not reader._dateline(d)]


def day_lent(day: DateMention) -> DateMention:
    """``day`` as lent to another clause: the same words and days, told as relative (read from
    elsewhere than the clause's own words)."""
    return replace(day, relative=True)


def one_day_lent(reader, s: int, e: int) -> DateMention | None:
    """The day told from ``s`` to ``e`` when it tells one day only (days_told), as lent
    (day_lent); None when it tells none or several: which one the clause with no date shares is
    then unsure (read.scene_date, read.joined_subject_date)."""
    told = days_told(reader, s, e)
    return day_lent(told[0]) if len(told) == 1 else None


def dated_alongside(reader, index: int, s: int) -> DateMention | None:
    """The day of the clause before, when clause ``index`` is joined to it by "as" / "while" /
    "whereas" (nothing else between them) and that clause tells a day of its own; else None.

    why: "as the army withdrew towards Tawila" tells the withdrawal at the time of the advance
    told on Monday (GUIDELINES: dates are read relative to the publication date; a clause told
    at the time of another has its day). Not across "and" (another day may follow: "left A on
    Monday and reached B")."""
    if index == 0:
        return None
    ps, pe = reader.spans[index - 1]
    joined = _ALONGSIDE.fullmatch(reader.text, pe, s) if pe <= s else None
    if joined is None:
        return None
    told = days_told(reader, ps, pe)
    if not told:
        return None
    day = told[-1]
    return DateMention(joined.start(1), joined.end(1), joined.group(1), day.date_start, day.date_end, day.precision, True)


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
