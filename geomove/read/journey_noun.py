"""A form that verbs of moving share with their nouns, read as the noun after a determiner: "After
a three-day march from Gondar, militiamen entered Bahir Dar", "Following their long drive from
Gao, the soldiers reached Kidal". "a march", "their long drive" name the journey; there is no
finite verb of a subject of its own before the comma.

why: the opening "After ..." was cut off as a clause of another force's movement
(read.opening_contrast: "After the rebels left Sake, army units moved to Goma"), so the origin
told with the noun was a movement of its own with no actor, and the main clause's came from
nowhere (a probe of my own, s30m).
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-journey-noun")

# a determiner, and at most one word that says what the journey was like, right before the form
_DETERMINER_BEFORE = _PATTERNS.compile(
    r"\b(?:a|an|the|their|its|his|her)\s+(?:(?:\w+-\w+(?:-\w+)?|long|short|brief|slow|hasty|forced|night|overnight|"
    r"final|gruelling|grueling)\s+)?$", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def read_as_noun(text: str, floor: int, verb: re.Match) -> bool:
    """Is the trigger ``verb`` (a verb's form) the noun of a journey, a determiner right before
    it (not before ``floor``)?"""
    return _DETERMINER_BEFORE.search(text, max(floor, verb.start() - 40), verb.start()) is not None
