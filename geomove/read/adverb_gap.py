"""Nothing but an adverb between two words: "came dangerously within 10 km of X", "deployed
quietly near Y". Where a cue is read only right after its verb, one adverb in -ly may stand
between them and the reading holds (read.came_within, roles._arrived_near_place)."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-adverb-gap")

_ADVERB_GAP = _PATTERNS.compile(r"\s*(?:\w+ly\s+)?")
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def only_an_adverb_between(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` white space, or one word in -ly between white space?"""
    return _ADVERB_GAP.fullmatch(text, start, end) is not None
