"""A stay at the place reached, then a move on: "moved from Leh to Chushul, where they stayed for
a week before moving on to Demchok", "sailed into waters near the Penghu islands, where they
remained for six hours before turning back toward Xiamen". The relative clause says the force
arrived and stayed; "before <moving>" says it left again: two legs, the second from the place
of the stay (GUIDELINES: a route is split into legs where the report tells of an arrival and
a later departure).

why: "moved to X before heading to Y" is one route through X (lexicon._CHAIN), and only a verb of
going back after "before" made a next leg (read.fell_back), so a week's stay at Chushul was read
as a place passed on the way to Demchok (a probe of my own, s40 lead)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _TRIGGER_RE

_PATTERNS = CompiledPatterns("read-stayed-before")

# ", where they stayed for a week before (being) ", ", where the ships remained until dusk before ":
# the relative clause of the stay, up to the "before" that opens the move on (no clause break
# inside: a comma, a semicolon or a full stop ends the stay)
_STAY_THEN = _PATTERNS.compile(
    r",\s+where\s+(?:[\w'’-]+\s+){1,3}?(?:(?:had|have|has)\s+)?"
    r"(?:stayed|remained|spent|halted|waited|rested|paused|refuelled|refueled|regrouped|camped)\b"
    r"[^,;.!?]{0,60}?(?P<join>\s+before\s+(?:being\s+)?)", re.I)


def stay_then_joins(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """(start, end) of each "before" in [s, e) that follows a relative clause of staying at the
    place reached and opens a verb of movement: the move on from there, a next leg."""
    if "where" not in text[s:e]:
        return []  # (most sentences: no relative clause of place at all)
    out = []
    for m in _STAY_THEN.finditer(text, s, e):
        verb = _TRIGGER_RE.match(text, m.end("join"))
        if verb is not None and verb.group("verb"):
            out.append(m.span("join"))
    return out


_PATTERNS.save()
