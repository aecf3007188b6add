"""A side named after a place referred back to: "brought mortars from Jalalabad to positions near
the crossing on the Afghan side". The crossing is the one told before (Torkham), and "on the
Afghan side" says which side of it, not a second end: the country the demonym names was read as
a destination of its own beside the crossing, and the move was told twice (read55).

Read in clauses._Reader, where a cue's anaphor is resolved: the cue's places inside the side
phrase right after the anaphor are dropped."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-side-of-place")
# right after the anaphor: "on the Afghan side", "on the Pakistani side of the border"
_SIDE = _PATTERNS.compile(r"\s*,?\s+on\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){1,2}?side\b", re.I)


def side_after(text: str, at: int) -> tuple[int, int] | None:
    """The span of a side phrase ("on the Afghan side") that starts at ``at``, or None."""
    m = _SIDE.match(text, at)
    return (m.start(), m.end()) if m else None


def without_side_places(slots: list, role: str, side: tuple[int, int]) -> list:
    """``slots`` (role, mentions, at) without those of ``role`` whose places all lie in ``side``."""
    a, b = side
    return [sl for sl in slots if not (sl[0] == role and sl[1] and all(a <= g["start"] < b for g in sl[1]))]


_PATTERNS.save()
