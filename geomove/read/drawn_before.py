"""Where a force was drawn from, told in the sentence before it moved: "Two companies were drawn
from the garrison at Kidal. They were then moved to Gao", "A platoon was detached from the 3rd
Battalion in Bor on Sunday. On Monday it was flown to Malakal". The first sentence tells what
the force was taken from, with no verb of movement; the next moves the same force (an
anaphoric subject: "they", "the companies") to a place of its own and names no origin. The
force left from where it was drawn: the finest place the report offers for where the
movement began (GUIDELINES), as a group seen at a place the sentence before leaves from there
(read.seen_before, whose assembly pass asks this too).

Told in one sentence ("Two companies drawn from the garrison at Kidal were moved to Gao") the
place is the clause's origin already (roles._from_site_before); this is the two-sentence telling.
Only the participles of taking a part of a force away (drawn, detached, taken, pulled) right
before "from", the place within a few words after it, a point, and no movement read in that
sentence.

why: "Two companies were drawn from the garrison at Kidal. They were then moved to Gao." was
read with no origin (s49 left it; sentences of my own, s50 read144)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .places import _place_of, _spec

_PATTERNS = CompiledPatterns("read-drawn-before")

# the participle and "from", then up to five words of the unit or site, right before the place
# ("drawn from the garrison at", "detached from the 3rd Battalion in", "taken from units in",
# "drawn from the" of "the Kidal garrison"); no comma, no second verb between
_DRAWN_FROM_AT = _PATTERNS.compile(r"\b(?:drawn|detached|taken|pulled)\s+from\s+(?:[\w'’-]+\s+){0,5}?$", re.I)
# the cheap gate: the participle and "from" in the sentence before
_DRAWN_FROM = _PATTERNS.compile(r"\b(?:drawn|detached|taken|pulled)\s+from\b", re.I)
# how far before the place the participle may stand
_DRAWN_REACH = 70
_PATTERNS.save()


def place_drawn_from(reader, index: int, head: str | None) -> dict | None:
    """The point sentence ``index`` says its subject was drawn from ("Two companies were drawn
    from the garrison at X"); None when it says none, or when ``head`` (the noun the next
    sentence refers back by, None for a pronoun) is no word told before the participle ("Two
    companies were drawn from X. The battalion ...")."""
    s, e = reader.spans[index]
    drawn = _DRAWN_FROM.search(reader.text, s, e)
    if drawn is None:
        return None
    if head is not None and re.search(r"\b" + re.escape(head), reader.text[s:drawn.start()], re.I) is None:
        return None
    for m in reader._within(reader.places, drawn.end(), e):
        if m.get("lat") is not None and _DRAWN_FROM_AT.search(reader.text, max(s, m["start"] - _DRAWN_REACH), m["start"]):
            place = _place_of(m)
            return place if _spec(place) <= 2 else None
    return None
