"""The move of a force relieved or replaced, told in a relative clause after the verb of relief:
"The Stryker brigade rotated in from A to Camp Humphreys in September, replacing an armoured
brigade that went home to Fort Hood", "Kenyan troops arrived in Kismayo on Monday, relieving a
Ugandan battalion, which flew back to Entebbe". The relieved force leaves when the relief comes:
its move is dated by the clause of the relief (the relative clause is cut from it at the force's
name: cuts._OBJECT_WHO).

Without this the relieved force's move had no date (its clause names none), though the sentence
gave one."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-relieved-date")

# the clause before ends with the verb of relief, its object's clause starting right after it
# (and "taking over from", the third verb of relief: lexicon.json relief_in_place)
_RELIEF_BEFORE = _PATTERNS.compile(r"\b(?:replac(?:e|es|ed|ing)|reliev(?:e|es|ed|ing)|(?:tak(?:e|es|en|ing)|took)\s+over\s+from)\s+$", re.I)


def relieved_after(text: str, prev_end: int, s: int) -> bool:
    """Does the clause starting at ``s`` open with the object of a verb of relief that closes the
    clause before it (ending at ``prev_end``, at most ``s``)?"""
    return prev_end <= s + 1 and _RELIEF_BEFORE.search(text, max(0, s - 25), s) is not None


_PATTERNS.save()
