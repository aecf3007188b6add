"""A sentence that opens by moving the story over a border: "Across the border in Niger, the
army redeployed a battalion from Niamey to Tillaberi", "Meanwhile, over the frontier in Chad,
troops moved from A to B". The opener sets the scene of the news that follows (the country
next door to the one told before), as "In Niger, ..." does: it is no place the force passed.
Without this, "across" was read as the cue of a place passed on the way and the country stood
as the movement's via.

Only an opener: "across" or "over", "the border" or "the frontier", "in" and the place, a comma
after it, at a sentence's or line's start (or after a connective such as "Meanwhile,"). A
crossing told by the verb ("moved across the border into Niger") keeps its via.

why: a radio bulletin of my own (s40 read108, the Sahel) read Niger as passed on the way from
Niamey to Tillaberi."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .window_start import opens_in_window

_PATTERNS = CompiledPatterns("read-scene-across")

# the opener's words from the cue to the place: "across the border in", "over the northern frontier in the"
_OPENER_TO_PLACE = _PATTERNS.compile(
    r"(?:across|over)\s+the\s+(?:[a-z]+\s+)?(?:border|frontier)\s+in\s+(?:the\s+)?", re.I)
# what may stand before the cue: the sentence's or line's start, maybe a connective and its comma
_SENTENCE_OPENS_BEFORE = _PATTERNS.compile(
    r"(?:\A|(?<=[\n.!?:]))\s*(?:(?:meanwhile|elsewhere|and|but|now|further\s+\w+)\s*,?\s*)?\Z", re.I)
# the comma that closes the opener right after the place
_OPENER_CLOSE = _PATTERNS.compile(r"\s*,")
# how far back the sentence's start is looked for
REACH_CHARS = 30


def scene_across_border(text: str, at: int, place_start: int, place_end: int) -> bool:
    """Is the cue at ``at`` ("across", "over") the opener "Across the border in <place>," that
    sets the sentence's scene, for the place at ``place_start``..``place_end``?"""
    if not _OPENER_CLOSE.match(text, place_end):
        return False
    if not _OPENER_TO_PLACE.fullmatch(text, at, place_start):
        return False
    return opens_in_window(_SENTENCE_OPENS_BEFORE, text, at, REACH_CHARS, "\n.!?:")


_PATTERNS.save()
