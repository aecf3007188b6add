"""A country named as the owner of an air defence identification zone: "21 aircraft crossed the
median line and entered Taiwan's air defence identification zone (ADIZ)", "entered South Korea's
KADIZ". An ADIZ is a zone a state draws over the sea (and, for Taiwan's, over part of the
mainland) to identify aircraft: entering it is not reaching the state, so its owner is no end of
the movement (GUIDELINES: the finest place the report offers for where the movement ended;
the zone gives none). The median line and the Military Demarcation Line are lines, no places
either; a strait whose median line is crossed is passed (via).

Without this the sortie went to Taiwan, and as a movement to Taiwan it was joined to the next
movement inside Taiwan (a battery moved from Taichung to Kinmen), taking its words and strait."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-zones")

# "'s (southwestern) air defence identification zone", "'s ADIZ", "'s KADIZ", "'s JADIZ"
_ZONE_AFTER = _PATTERNS.compile(
    r"(?:['’]s|['’])\s+(?:[a-z-]+\s+){0,3}?(?:air[\s-]+defen[cs]e\s+identification\s+zones?|[A-Z]?ADIZ)\b")


def owns_a_zone(text: str, mention: dict) -> bool:
    """The place ``mention`` is named as the owner of an air defence identification zone."""
    return _ZONE_AFTER.match(text, mention["end"]) is not None


_PATTERNS.save()
