"""A force told before, seen moving by others: "A junta convoy drove from Monywa to Kalay.
Residents filmed it passing through Gangaw", "Witnesses saw them cross into X". The object
pronoun after a verb of seeing refers back to the force told before, and the participle or
bare verb after it is that force's move (GUIDELINES: places passed on the way are via).

why: the clause's subject was read as "Residents filmed it": residents are civilians, so the
clause was "no force moved" and Gangaw was lost; with "Witnesses saw it pass" the clause was
read but, its subject referring back to nothing, never joined the convoy's movement."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-seen-moving")

# who saw (any words, up to a few), a verb of seeing, then "it" or "them" right before the verb
# of moving
_SEEN_PRONOUN = _PATTERNS.compile(
    r"^\s*(?:[\w'’-]+\s+){1,4}?(?:saw|see|sees|filmed|films|photographed|spotted|watched|observed|recorded|"
    r"showed|shows|show)\s+(?:it|them)\s*$", re.I)


def seen_moving(subject: str) -> bool:
    """Is ``subject`` (the words before the verb of moving) others seeing "it" or "them"
    ("Residents filmed it", "Two witnesses saw them")? Then who moved is the force told before."""
    return _SEEN_PRONOUN.match(subject) is not None


_PATTERNS.save()
