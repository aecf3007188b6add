"""A clause opened by a date phrase, then its subject: "Between 3 and 5 May the army moved two
brigades ...", "From 30 April to 2 May the police withdrew ...", "Late on 3 May the navy sailed
...". The date phrase is no part of the subject: the subject is read from the words after it.

Without this, the plain force noun ("the army") was read as the subject only after a comma or
after one of a few opening words ("On 3 May the army moved" gave "army"), so the same clause
opened by "Between 3 and 5 May" named no actor. Here the date phrase is the one the date module
found (:func:`geomove.dates.find_dates`), whatever its words, so each way of writing a date
that module reads opens a clause the same way."""

from __future__ import annotations

import bisect
import re

from ..regex_cache import CompiledPatterns
from .forces import _plain_force_subject

_PATTERNS = CompiledPatterns("read-dated-opener")

# the words before the date at the clause's start: its preposition, and the part of the day or
# the period ("late on", "in the early hours of", "during the night of")
_LEAD = _PATTERNS.compile(r"\s*(?:(?:on|in|from|between|during|since|by|until|early|late|the|night|morning|evening|"
                          r"afternoon|early\s+hours|hours|small\s+hours|of)\s+)*", re.I)
# what joins two dates into one span ("from 30 April to 2 May") and closes the phrase
_JOIN = _PATTERNS.compile(r"\s*(?:-|–|—|to|and|until|till|through)\s*", re.I)
_CLOSE = _PATTERNS.compile(r"\s*,?", re.I)
# a sitrep's item mark before the date phrase: "b) Over the weekend the army ...", "2. Last week
# a battalion ...", "(c) Between 3 and 5 May ..." (layout: the clause opens after it, read51)
_ITEM_MARK = _PATTERNS.compile(r"\s*(?:[-–—*•▪◦‣·]|[0-9]{1,3}[/.)]|\(?(?-i:[a-z])[.)]|\([a-z]\))\s+")


def after_dated_opener(text: str, s: int, verb_at: int, dates: list) -> int | None:
    """Where the words after a date phrase that opens the clause at ``s`` begin, when one
    does (and ends before ``verb_at``); None when the clause opens otherwise. ``dates``: the
    text's date mentions, sorted by start."""
    item = _ITEM_MARK.match(text, s, verb_at)
    s = item.end() if item else s
    lead = _LEAD.match(text, s, verb_at)
    at = lead.end() if lead else s
    end = None
    # (by bisection: the dates of a long report are many, and this is asked per clause; a date
    # may hold its own preposition: "between 3 and 5 May" is one mention. The dates from there
    # on are read in place, by index: a copy of the rest of the list per clause was quadratic)
    for k in range(bisect.bisect_left(dates, s, key=lambda d: d.start), len(dates)):
        d = dates[k]
        if d.start > at or d.end > verb_at:
            break
        end = d.end  # (then a date joined to it: "30 April to 2 May")
        join = _JOIN.match(text, end, verb_at)
        if join is None:
            break
        at = join.end()
    if end is None:
        return None
    return _CLOSE.match(text, end, verb_at).end()


def subject_after_dated_opener(text: str, s: int, verb_at: int, dates: list) -> str | None:
    """The plain force noun that is the subject after a clause-opening date phrase ("Between 3
    and 5 May the army moved" -> "army"), or None."""
    at = after_dated_opener(text, s, verb_at, dates)
    return _plain_force_subject(text, at, verb_at) if at is not None else None


_PATTERNS.save()
