"""Days told relative to the day a thing was said, in what was said: "Belarusian officials said
on Thursday that a Russian column had crossed into the Gomel region overnight", "The ministry
said on Thursday that troops had reached Gomel the previous day", "... said on Thursday that
troops had arrived earlier in the day".

"overnight", "last night", "earlier / later in the day", "the previous day", "the day before",
"hours earlier" have no day of their own: they count from a day of reference. In reported
speech with its own day ("said on Thursday") that day is the one they count from, not the
day of publication (which they count from when nothing else is told). A day told with the
verb of saying is no date of the movement itself (clauses._date leaves it out), so before
this it was never the reference: the movement was dated the night before publication, or not
at all.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..dates import DateMention
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-speech-day")

# the words of a relative day that count from the day of publication when nothing else is told
# (dates.py reads them so: "overnight", "last night" the night before; "earlier / later in the
# day" that day, read.in_the_day)
_FROM_PUBLICATION = _PATTERNS.compile(r"(?:overnight|last\s+night|(?:earlier|later)\s+in\s+the\s+day)\b", re.I)
# a verb of saying right before the day it was said on ("said on Thursday", "said late on Monday")
_SAID_BEFORE = _PATTERNS.compile(r"\b(?:said|says|told|announced|stated|reported|added|confirmed|claimed)\b[^.,;]{0,20}$", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def speech_day(text: str, dates: list[DateMention], s: int, e: int) -> DateMention | None:
    """The day, told in [s, e), on which a verb of saying said what the clause tells ("said on
    Thursday that ..."), a day of its own (day precision); None if there is none."""
    for d in dates:
        if s <= d.start < e and d.precision == "day" and _SAID_BEFORE.search(text, max(s, d.start - 25), d.start):
            return d
    return None


def counts_from_publication(date: DateMention | None) -> bool:
    """Is ``date`` a night or a part of a day counted from publication ("overnight", "earlier in
    the day"), the only dates a day of saying moves (a caller asks speech_day only then: most
    clauses' dates are not, and the search of the day of saying was made for every one)?"""
    return date is not None and date.relative and _FROM_PUBLICATION.fullmatch(date.text.strip()) is not None


def counted_from_speech(date: DateMention | None, said: DateMention | None, published: dt.date | None) -> DateMention | None:
    """``date``, a night or a part of a day counted from publication ("overnight", "earlier in
    the day"), counted from the day ``said`` instead when one is told and differs from
    publication; ``date`` itself otherwise."""
    if said is None or published is None or not counts_from_publication(date):
        return date
    shift = said.date_start - published
    if not shift:
        return date
    return replace(date, date_start=date.date_start + shift, date_end=date.date_end + shift)


def with_speech_day(told: list[DateMention], said: DateMention | None) -> list[DateMention]:
    """The dates told before a span ("the previous day", "hours earlier") to count it from, with
    the day of saying in the clause as the latest (it is the day of reference of what was
    said)."""
    return told + [said] if said is not None else told
