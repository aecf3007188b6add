"""Where a force left for, told by "for" and a place referred back to: "Two cutters departed
Subic Bay for the shoal" after a sentence that named Scarborough Shoal.

GUIDELINES: one end is enough, and the destination is the finest place the report offers
for where the movement ended. "for" is a weak cue of a destination (a purpose, a time or a
beneficiary follow it as often); right after a verb of setting out ("left X for Y", "departed
X for Y", "set sail for Y", "headed for Y") it names where the force went, and an anaphor there
("for the city", "for the shoal") refers back to the place told before (roles._antecedent).

why: the anaphor was resolved only after the strong cues (to, into, from ...), so the
departure had no destination."""

from __future__ import annotations

import re

from .kept import recompile as _recompile
from .lexicon import _DEPARTURE, _stem

# verbs of setting out, after which "for" names where the force went
_SETTING_OUT = frozenset(_DEPARTURE | {"sail", "head"})
# what may stand between the verb and "for": its object, a place, a day (no clause break)
_BETWEEN = r"[^,;.]{0,60}"


def weak_for_is_goal(text: str, cue: re.Match, triggers) -> bool:
    """Is the cue ``cue`` ("for") right after a verb of setting out of the same clause (its
    object and a few words between at most)?"""
    for t in triggers:
        if t.group("verb") and _stem(t.group("verb")) in _SETTING_OUT and t.end() <= cue.start() \
                and _recompile(_BETWEEN).fullmatch(text, t.end(), cue.start()):
            return True
    return False
