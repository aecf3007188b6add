"""A move that "could be seen": "Serbian troops could be seen moving toward Raska on Monday",
"columns could be heard crossing the bridge overnight". "Could" there is the past of "can" with a
verb of perceiving: what was seen happened (GUIDELINES: told as having happened, reported), no
plan or possibility. ("could move", "could be sent" stay a possibility.)

why: the modal "could" made the clause planned and its "on Monday" the Monday to come (probe of
my own, read84)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import SIGHTING_PARTICIPLES

_PATTERNS = CompiledPatterns("read-could-be-seen")

# "could (clearly) be seen/heard/observed/spotted" right before the verb of moving (the participles
# those of the passive of a sighting, lexicon.json sighting_participles: "could be sighted moving"
# was a plan, s31-tidy49-*)
SEEN_BEFORE = _PATTERNS.compile(r"\bcould\s+(?:clearly\s+|still\s+|also\s+)?be\s+" + SIGHTING_PARTICIPLES + r"\s+$", re.I)


def could_be_seen(text: str, s: int, verb_at: int, clause: str, modal: re.Pattern) -> bool:
    """Is the movement verb at ``verb_at`` told after "could be seen" (``SEEN_BEFORE``), with no
    other word of plans in its clause than that "could"?"""
    if SEEN_BEFORE.search(text, max(s, verb_at - 40), verb_at) is None:
        return False
    return all(m.group(0).lower() == "could" for m in modal.finditer(clause))


_PATTERNS.save()
