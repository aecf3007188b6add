""""Overnight" after a day the report told: "The brigade sent two companies to A on Monday. They
travelled from B overnight", "The army moved a battalion to Gao on Tuesday; the soldiers drove
from Bourem overnight".

"Overnight" has no day of its own. Told alone it is the night before publication (dates.py),
or the night before a day of saying ("said on Thursday that ... overnight", read.speech_day).
Told of the force just told ("They", "the soldiers": a subject that refers back), right after
the clause that told the day of its move, it is the night of that move: the told day, and the
merge of the two halves finds one movement on one day. Of another group ("On Tuesday 2,000
soldiers moved ... Dozens of vehicles reached C overnight") it stays the night before
publication: another movement, with no day of its own told.

why: the second half was dated the night before publication (Thursday for a report of Friday),
four days from the Monday told just before, so the two halves were read as two movements
(probes of my own, s34 read93)."""

from __future__ import annotations

from dataclasses import replace

from ..dates import DateMention
from .speech_day import counts_from_publication
from .kept import recompile as _recompile  # (built from the kept code: speed58)


def is_overnight(date: DateMention | None) -> bool:
    """Is ``date`` the bare word "overnight", counted from publication? ("last night" and
    "earlier in the day" name their day by the time of writing and are left alone.)"""
    return counts_from_publication(date) and date.text.strip().lower() == "overnight"


# a day told in words or with its year ("on Monday", "5 March", "2025-03-03"): not a liveblog
# entry's clock time ("14:05 - ... moved from A to B overnight"), which is when the entry was
# written, the morning after the night
_DAY_IN_WORDS = _recompile(r"[A-Za-z]|(?:19|20)[0-9][0-9]")


def told_single_day(date: DateMention) -> bool:
    """Is ``date`` one day of its own, told in words (not a span, not a clock time, not itself
    counted from publication as "overnight" is), that a later "overnight" may take?"""
    return date.precision == "day" and date.date_start == date.date_end and not counts_from_publication(date) \
        and _DAY_IN_WORDS.search(date.text) is not None


def on_told_day(date: DateMention, told: list[DateMention]) -> DateMention:
    """``date`` ("overnight") moved to the last single day in ``told`` (the dates of the clauses
    before it, in order); ``date`` itself when none is a single day."""
    days = [d for d in told if told_single_day(d)]
    if not days:
        return date
    day = days[-1]
    return replace(date, date_start=day.date_start, date_end=day.date_end)


def overnights_on_told_days(dates: list[DateMention]) -> list[DateMention]:
    """``dates`` (one clause's, in order) with each "overnight" after a single day among them
    moved to that day: "On Wednesday the militia sent fighters to A, who marched from B
    overnight" is one day, no journey from Wednesday to the night before publication
    (read.departure_day reads a later day told after the destination as the arrival's)."""
    if not any(is_overnight(d) for d in dates):
        return dates
    ordered = sorted(dates, key=lambda d: d.start)
    return [on_told_day(d, [t for t in ordered if t.start < d.start]) if is_overnight(d) else d for d in ordered]
