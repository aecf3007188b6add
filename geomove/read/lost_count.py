"""A number of things a force lost or left behind as it moved: "withdrew toward X after heavy
losses, and abandoned at least twelve combat vehicles", "lost 30 trucks on the road", "fled to
Y, destroying four tanks". What was abandoned, lost or destroyed did not move with the force: the
number is no count of what moved (GUIDELINES: count is of the people, else the vehicles, that
moved; never casualties, and wrecks and spoils are no better).

Only the verb right before the number (with "at least", "some", "about" between): "abandoned
positions held by 200 soldiers" counts the soldiers as before.

why: "The militia's forces withdrew ... and abandoned at least twelve combat vehicles" was read
as a withdrawal of 12."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-lost-count")

_LOST_BEFORE = _PATTERNS.compile(
    r"\b(?:abandon(?:ed|ing|s)?|los(?:t|ing|es)|destroy(?:ed|ing|s)?|wreck(?:ed|ing)|burn(?:ed|t|ing)|torch(?:ed|ing)|"
    r"scuttl(?:ed|ing)|seiz(?:ed|ing)|left\s+behind)\s+"
    r"(?:(?:at\s+least|some|about|around|nearly|almost|roughly|more\s+than|over|up\s+to)\s+)?$", re.I)


def lost_or_left(text: str, s: int, num_at: int) -> bool:
    """Is the number at ``num_at`` the object of a verb of losing or abandoning right before it
    (in the clause from ``s``)?"""
    return _LOST_BEFORE.search(text, max(s, num_at - 40), num_at) is not None


_PATTERNS.save()
