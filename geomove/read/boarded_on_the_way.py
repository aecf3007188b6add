"""Where a force boarded what carried it on, after it had come from an origin told with "from":
"completed a 200-km march from their bases in A and were loaded onto trains in B for further
movement to C". B is a stop on the way from A to C (a via), not a second origin: the boarding
cue tells where a force left from only when no origin is told before it in the clause
("were loaded onto trains in B and left for C": B is the origin, read41).

why: the march from Petrozavodsk and the trains from Kem read Kem as the origin and Petrozavodsk
as a place passed, the route backwards (probe of my own, s25)."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-boarded-on-the-way")

# the boarding cue (lexicon.json's role cue of origin for boarding, its first words)
_BOARDED = _PATTERNS.compile(r"(?:loaded|loading|reloaded|embarked|embarking|put|placed)\s+(?:on(?:to)?|aboard|into)\b|boarded\b|boarding\b",
                             )


def boarded_after_origin(text: str, cue_start: int, slots: list) -> bool:
    """Is the cue at ``cue_start`` one of boarding, after an origin of the clause told with "from"?"""
    if _BOARDED.match(text, cue_start) is None:
        return False
    return any(role == "origin" and at < cue_start and text.startswith("from", at) for role, _group, at in slots)


_PATTERNS.save()
