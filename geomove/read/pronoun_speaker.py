"""A sentence whose subject 'it' or 'they' is who speaks: "It warns that drone strikes on the
power station at Merowe are war crimes", "They said the road through X was closed". After a
statement's first paragraph 'it' is the ministry or mission that issued it; the places in what
it says are not where the force told before was, nor places that force passed.

Only a pronoun that opens the sentence (after an opening phrase of time, if any) right before a
verb of saying, warning or calling: "It was seen at X", "They halted at Y" still put the group
told before at a place.

why: "It warns that drone strikes ... at Merowe" after "The armed forces airlifted 200 soldiers
from Port Sudan to Dongola" put Merowe on the airlift's way twice: once as where 'it' was
(roles.located) and once as where 'it' was met (assemble.via_where_met)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-pronoun-speaker")

_PRONOUN_SAYS = _PATTERNS.compile(
    r"\s*(?:(?:on|in|at|by|early|late|later|last|overnight|meanwhile|then)\b[^,;.]{0,40}?,\s*)?(?:it|they)\s+"
    r"(?:also\s+|further\s+|again\s+|then\s+|later\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:said|says|say|warns?|warned|calls?|called|urges?|urged|stresses?|stressed|affirms?|affirmed|"
    r"adds?|added|insists?|insisted|denies|denied|deny|claims?|claimed|announces?|announced|notes?|noted|"
    r"reiterates?|reiterated|condemns?|condemned|accuses?|accused|demands?|demanded|appeals?|appealed)\b", re.I)


def pronoun_says(text: str, s: int, e: int) -> bool:
    """Does the sentence [s, e) open with 'it' or 'they' as the subject of a verb of saying?"""
    return _PRONOUN_SAYS.match(text, s, e) is not None


_PATTERNS.save()
