"""A bare "passed" with "on their way to": "The troops passed near Bentiu on their way to
Rubkona" tells a journey to Rubkona.

A bare "passed" is a trigger only before waters (roles.without_idle_pass: it is also said of
laws, time and checkpoints), and "on their way to" gives an end only to a verb of moving or
with "be" ("were on their way to", lexicon "be on way"). Here both were missing, so nothing was
read. The place "passed near" stays no via: the force went by it, not through it (a via is a
place passed through, GUIDELINES "through", "via", "by way of").
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-passed-on-way")
# after the verb: where it passed ("near X", "close to X", "by X", "just outside X"), then, in
# the same sentence, the journey's cue
_PASSED_ON_THE_WAY = _PATTERNS.compile(
    r"\s+(?:(?:just|close|very)\s+)?(?:near|close\s+to|by|past|outside|alongside)\s+[^.;!?]{1,80}?"
    r"\bon\s+(?:its|their|his|her|the)\s+way\s+(?:back\s+)?(?:to|towards|into)\b", re.I)


def passed_on_the_way(text: str, verb_end: int) -> bool:
    """Does a bare "passed" ending at ``verb_end`` tell a journey: "passed near X on their way
    to Y"?

    why: "The troops passed near Bentiu on their way to Rubkona" read nothing."""
    return _PASSED_ON_THE_WAY.match(text, verb_end) is not None


def passed_near_no_via(verb_stem: str, mention: dict) -> bool:
    """Is ``mention`` a place told "near" after a bare "pass" ("passed near Bentiu", "passing
    close to Bor")? Then it is no via: the force went by it, not through it.

    why: "passed near X" read X as a via by the object role of "pass" (lexicon object_role)."""
    return verb_stem == "pass" and (mention.get("relation") or {}).get("type") == "near"


_PATTERNS.save()
