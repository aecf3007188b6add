"""A place named as the one who called the move so: "Chinese warships sailed to Pingtan for what
Beijing called a routine exercise", "in what Moscow described as a rotation", "in a move Baku
termed defensive". The capital (or the state) speaks for its government; it is no place the
force went to or came from (GUIDELINES: a place told only through an organisation or a
person is no place of the movement).

Only a place right after "what" (or "a move/step/deployment [that]") and right before a verb of
naming ("called", "described", "termed", "dubbed", "labelled").

why: "Chinese warships sailed to Pingtan on Monday for what Beijing called a routine exercise"
read a second movement, to Beijing, governed by "for" (probe of my own, read84)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-what-they-called")

# "what" or "a move (that)" right before the place (read on the 40 characters before it)
WHAT_BEFORE = _PATTERNS.compile(r"\b(?:what|an?\s+(?:move|step|deployment|drill|exercise|manoeuvre|maneuver|"
                                r"rotation|patrol|operation)(?:\s+that)?)\s+(?:the\s+)?$", re.I)
# the verb of naming right after the place
CALLED_AFTER = _PATTERNS.compile(r"(?:['’]s\s+\w+\s+)?\s*(?:(?:has|had|have)\s+)?(?:called|calls|call|described|describes|"
                                 r"describe|termed|terms|dubbed|labell?ed|characteri[sz]ed)\b", re.I)


def named_it_so(text: str, mention: dict) -> bool:
    """Is ``mention`` the one who named the move ("for what Beijing called a routine exercise")?"""
    return (CALLED_AFTER.match(text, mention["end"]) is not None
            and WHAT_BEFORE.search(text[max(0, mention["start"] - 40):mention["start"]]) is not None)


_PATTERNS.save()
