"""A force told with an aside of where it had been sent, then moved on from there: "The
contingent, which had been deployed to Kidal by the mission in 2021, was repatriated to Chad on
Monday", "The battalion, which was sent to Bria last year, withdrew to Bangui". As after an
aside of arrival ("the soldiers, who reached X on Sunday, moved on to Y", cuts._clauses), the main
clause is the next leg: it left from where the aside put the force, and its subject is the
aside's noun (GUIDELINES: the origin is where the movement began; the actor is the moving
force).

why: the main clause after the aside had no subject of its own and no origin, so the
repatriation of the contingent was read with no actor, no what and no origin."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-aside-deployed")

# the aside: ", which had been deployed to", ", who were sent to", "that had been posted in"
_DEPLOYED_ASIDE = _PATTERNS.compile(
    r"^,\s*(?:which|who|that)\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:\w+ly\s+)?"
    r"(?:deployed|sent|dispatched|posted|stationed|redeployed|transferred|moved)\s+(?:to|in|at|into)\b", re.I)


def aside_deployed(text: str, start: int) -> bool:
    """Does the aside starting at ``start`` (its comma) tell where the force had been sent or
    deployed ("..., which had been deployed to Kidal ...,")?"""
    return _DEPLOYED_ASIDE.match(text[start:start + 80]) is not None


_PATTERNS.save()
