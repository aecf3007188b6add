"""A time phrase that opens a coordinated clause before its own subject: "The army moved a
regiment from A to B in May, and in late October an Irish company rotated from C to D". The
words after the joiner are a time phrase, then a subject and a movement verb of their own: a
clause of its own (read.cuts._subject_then_verb), with its own force and ends.

Without this the joiner's next word ("in", "on", "last") read as a preposition of the same
subject going on ("and from there drove"), so C and D joined the first clause: its force, from A
to D. A time phrase with no subject after it ("and on Monday moved on to C") is still the same
subject's: the caller finds no noun phrase before the verb."""

from __future__ import annotations

import re

from ..dates import MONTH_NAMES, WEEKDAY_NAMES
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-time-opener")

# a stay told as the time that passed before the next move: "After a night in the town they
# moved on to B", "After two days there, the column drove on" (read113). The stay opens the
# clause as a date would, and tells, as "later" does, that the force left again from where it
# had got to (read.assemble._time_between: a next leg). lexicon._TIME_OPENER and
# assemble._TIME_BETWEEN take this one phrase.
STAY_BEFORE = (r"after\s+(?:a|an|one|two|three|four|several|a\s+few)\s+(?:(?:short|brief|long)\s+)?"
               r"(?:nights?|days?|hours?|weeks?|halt|stop|stopover|rest|pause)"
               r"(?:\s+(?:there|in\s+(?:the|that)\s+(?:town|city|village|camp|base|area|port)|(?:in|at)\s+(?-i:[A-Z])[\w'’-]+))?")

# "in late October", "on Tuesday", "on 3 May", "in 2025", "last week", "overnight", "two days
# later", then an optional comma
_TIME_OPENER = _PATTERNS.compile(
    r"(?:(?:in|on|during|by|since|from|until|between)\s+(?:(?:early|late|mid-?|the\s+(?:early|late)\s+)\s*)?"
    r"(?:(?:the\s+)?[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"(?:{MONTH_NAMES}|{WEEKDAY_NAMES}|(?:19|20)[0-9][0-9])(?:\s+[0-9]{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)[0-9][0-9])?"
    r"(?:\s+(?:morning|evening|night|afternoon))?"
    r"|(?:last|this|the\s+following|the\s+next|the\s+previous)\s+(?:week|month|year|day|night|morning|weekend)"
    r"|overnight|(?:a|one|two|three|four|five|six|seven|several|a\s+few)\s+(?:days?|weeks?|months?|hours?)\s+(?:later|earlier)"
    r"|" + STAY_BEFORE + ")"
    r"\s*,?\s+", re.I)


def after_time_opener(text: str, at: int) -> int:
    """Where the words after a time phrase opening at ``at`` begin ("in late October an Irish
    company ..." -> the offset of "an"); ``at`` itself when no time phrase opens there."""
    m = _TIME_OPENER.match(text, at)
    return m.end() if m else at


_PATTERNS.save()
