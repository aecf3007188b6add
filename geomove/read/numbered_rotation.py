"""A rotation of numbered contingents told by their codes: "The Latvian contingent in Kosovo was
rotated: LATCON-14 replaced LATCON-13 at Camp Novo Selo", "NEPBATT-31 relieved NEPBATT-30 in
Tibnin". A contingent's code and its rotation number name a force whose words hold no force
noun, so the relief verb read no force on either side; the same code with another number on the
other side of "replaced / relieved / took over from" tells a rotation: the subject's contingent is
the incoming one, what moved (to the place of the relief: lexicon.json relief_in_place), and the
contingent it replaced is no mover (its leaving is not told here).

Only a code of three or more capitals with a number ("ESTPLA-32", "BANBAT 14"), and the same
code with a different number after the verb: "NATO replaced KFOR-2" tells none.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-numbered-rotation")

# the subject's code right before the verb, with the verb group's helpers ("ESTPLA-32 has")
_CODE_BEFORE = _PATTERNS.compile(r"(?<![\w-])(?P<stem>[A-Z]{3,12})[- ]?(?P<num>\d{1,3})\s+(?:(?:has|have|had|was|were|formally|officially|"
                                 r"then|later|also)\s+)*$")
# the code replaced right after the verb ("the BANBAT-13")
_CODE_AFTER = _PATTERNS.compile(r"\s+(?:the\s+)?(?P<stem>[A-Z]{3,12})[- ]?(?P<num>\d{1,3})(?![\w-])")
# from the code replaced to the place of the relief: "at", "in", "stationed at", "at the town of"
_TO_PLACE = _PATTERNS.compile(r"\s*(?:(?:stationed|based|deployed|posted|serving)\s+)?(?:in|at)\s+(?:the\s+)?"
                              r"(?:(?:town|city|village|port|base|camp)\s+of\s+)?", re.I)
# how far before the verb the subject's code is looked for
CODE_BEFORE_CHARS = 40


def code_relieves_code(text: str, verb_start: int, verb_end: int) -> re.Match | None:
    """The code replaced (a match of _CODE_AFTER after ``verb_end``) when the verb at
    ``verb_start`` has a numbered contingent as its subject and the same code with another number
    as its object; None otherwise."""
    after = _CODE_AFTER.match(text, verb_end)
    if after is None:
        return None
    before = _CODE_BEFORE.search(text[max(0, verb_start - CODE_BEFORE_CHARS):verb_start])
    if before is None or before.group("stem") != after.group("stem") or before.group("num") == after.group("num"):
        return None
    return after


def code_relieved_at(text: str, verb_start: int, verb_end: int, place_start: int) -> bool:
    """Is the place at ``place_start`` where the numbered contingent replaced stood ("replaced
    ESTPLA-31 at | Gao")?"""
    after = code_relieves_code(text, verb_start, verb_end)
    return after is not None and _TO_PLACE.fullmatch(text, after.end(), place_start) is not None


_PATTERNS.save()
