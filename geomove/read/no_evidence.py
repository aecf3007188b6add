"""A move that the evidence is said not to show: "Apart from the Lida fighters, nothing we saw
shows units being moved toward the Polish border", "Nothing in the imagery suggests troops moving
to X", "None of the passes shows vehicles leaving Y". An imagery analysis or an OSINT thread
tells what its pictures do not show in these words; the move is negated, as "No imagery shows
troops moving to X" already was (the word "no" in the clause: status's negation).

Without this the subject "nothing" was no negation, and the move the pictures do not show was
read as reported (two spurious moves, to Poland and to Lithuania, in read63's Belarus
analysis). Only "nothing" or "none of ..." as the subject of a verb of showing before the verb of
moving: "Nothing stopped the convoy from reaching X" tells of a move that happened."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-no-evidence")

# "nothing (we saw | in the imagery)", "none of the passes": the subject, then a verb of showing
# within a few words, then the move (the verb of moving comes after, as its object)
_NOTHING_SHOWS = _PATTERNS.compile(
    r"\b(?:nothing|none\s+of\s+(?:the|our|these|those|this|its|their)\b[^,.;:]{0,30}?)"
    r"[^,.;:]{0,40}?\b(?:shows?|showed|suggests?|suggested|indicates?|indicated|points?\s+to|pointed\s+to|"
    r"confirms?|confirmed|reveals?|revealed)\b[^.;:]*$", re.I)


def nothing_shows(text: str, s: int, verb_at: int) -> re.Match | None:
    """The words "nothing ... shows" (or "none of the ... shows") before the verb of moving at
    ``verb_at``, in the clause from ``s``; None when there are none."""
    return _NOTHING_SHOWS.search(text, s, verb_at)


_PATTERNS.save()
