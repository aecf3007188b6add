"""A verb of moving inside "the number of <people> ..." whose total the sentence gives tells that
total, not a movement: "bringing to about 6,000 the number of soldiers deployed south of the
Litani", "the number of troops sent to Haiti has reached 1,000". The participle describes who is
counted (every soldier there, whenever they came); the movement, if any, is told by the clause
around it ("two battalions moved to X, bringing to about 6,000 ..."), whose count is not the
total either (clauses._TOTAL_BEFORE).

Only with the total told as a number ("to about 6,000 the number of", "the number of ... has
reached 1,000"): "The number of soldiers deployed to Tyre on Monday was not disclosed" is a
movement whose size is not told, and "a number of soldiers" is some soldiers.

GUIDELINES: habitual or aggregate statements are no movements.

why: probe report of my own (s23): the participle's place was read as a third destination of the
battalions told before, and their count as the total."""

from __future__ import annotations

import re

from .gates import Gate
from .kept import recompile as _recompile

_ABOUT = r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least|an\s+estimated)\s+)?"
# "(to about 6,000) the (total) number of (Lebanese) soldiers " right before the verb
_NUMBER_OF_BEFORE = _recompile(r"(?P<total>\bto\s+" + _ABOUT + r"[0-9][0-9,]*\s+)?\bthe\s+(?:total\s+)?number\s+of\s+"
                               r"(?:[\w-]+\s+){1,3}$", re.I)
# (a window without "number" is not searched, where the pattern was tried at every character: read.gates)
_NUMBER_OF_BEFORE_GATE = Gate(_NUMBER_OF_BEFORE, ("number",))
# "... has reached 1,000", "... rose to 6,000", "... now stands at 900" after the verb
_TOTAL_AFTER = _recompile(r"(?:[^.;:]{0,80}?)\b(?:reach(?:ed|es)?|rose\s+to|risen\s+to|grew\s+to|stands\s+at|stood\s+at|"
                          r"is\s+now|now\s+stands\s+at|totals?|totall?ed)\s+" + _ABOUT + r"[0-9]", re.I)


def counted_in_a_total(text: str, trigger: re.Match, s: int, e: int) -> bool:
    """Is the verb ``trigger`` (a participle) part of "the number of <people> <verb>" whose total
    the clause [s, e) tells as a number?"""
    if not trigger.group("verb"):
        return False
    head = _NUMBER_OF_BEFORE_GATE.search(text, max(s, trigger.start() - 80), trigger.start())
    if head is None:
        return False
    # (the total may be told past the clause's end: "... sent to Haiti has reached 1,000")
    return head.group("total") is not None or _TOTAL_AFTER.match(text, trigger.end(), min(len(text), trigger.end() + 160)) is not None
