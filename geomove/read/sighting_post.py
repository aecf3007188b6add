"""An OSINT post's sighting told by a label: "Spotted: 6 HIMARS launchers on the E40 near
Pavlohrad, moving north", "Seen: a column of 20 trucks outside Gao, heading south toward
Ansongo". The label opening the line says the force was seen; the place told by "near", "in",
"at" or "outside" before the verb of moving is where it was seen (roles: seen_at, as "were seen
near X" is): the earliest point known when a destination is told, else where it went on from
when the verb names only a direction ("moving north") and the place is told as near ("near",
"outside", "around": the force is in its area, moving off), else where it got to (a place seen
"at" or "in", "filmed at X station heading south", as before: the hand count of unseen44).

why: the place had no role (no cue before it, the verb after it), so the sighting with only a
direction read nothing and the one with a destination read no origin (session 42's gap, probes
of my own, read116)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-sighting-post")

# the label of a sighting opening a line (or the text): "Spotted:", "SEEN -", "Sighted:"
# (a word of time may stand before the colon: "Seen today:", "Spotted this morning -")
_LABEL_WORD = (r"[ \t]*(?:[^\w\s]{1,3}[ \t]*)?(?:spotted|seen|sighted|filmed|observed|geolocated)"
               r"(?:[ \t]+(?:today|tonight|yesterday|earlier|now|just\s+now|this\s+(?:morning|afternoon|evening)))?")
_LINE_OPENS = r"(?<![^\n])"  # (at the text's start or after a line break: no '^' in a pattern searched from an offset)
_LABEL = _PATTERNS.compile(_LINE_OPENS + _LABEL_WORD + r"[ \t]*[:\u2013\u2014-][ \t]*[^\n]*$", re.I)
# ... or the label holding the place itself: "Spotted near X: a column ... moving north"
_LABEL_OPENS_PLACE = _PATTERNS.compile(_LINE_OPENS + _LABEL_WORD + r"[ \t]+(?:near|in|at|outside|around)[ \t]+(?:the[ \t]+)?$", re.I)
# ... right at the clause's start
_LABEL_AT = _PATTERNS.compile(_LABEL_WORD + r"[ \t]*[:\u2013\u2014-]", re.I)
# the words right before the place: where it was seen, not an end ("near X", "outside X")
_AT_PLACE = _PATTERNS.compile(r"\b(?:near|in|at|outside|around|close\s+to|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?$", re.I)
# a compass direction right after the verb of moving, no place between: "moving north", "heading
# south-east", "heading E", "driving westwards"
_DIRECTION = _PATTERNS.compile(r"\s+(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west|(?-i:[NS][EW]?|[EW]))(?:wards?)?\b"
                               r"(?!\s+(?:of|bank)\b)", re.I)
# how far back the line's label is looked for
_LINE_REACH = 240


def sighted_in_post(text: str, start: int, verb_at: int | None) -> bool:
    """Is the place whose phrase starts at ``start`` told as where a labelled sighting put the
    force ("Spotted: ... near X, moving north"): its line opens with the label, the place is
    told by "near / in / at / outside" and stands before the verb of moving at ``verb_at``?"""
    if verb_at is None or verb_at < start or _AT_PLACE.search(text, max(0, start - 40), start) is None:
        return False
    return _LABEL_OPENS_PLACE.search(text, max(0, start - 60), start) is not None \
        or _LABEL.search(text, max(0, start - _LINE_REACH), start) is not None  # ("Spotted near X: ...", "Spotted: ... near X")


# where the labelled sighting put the force, after its noun: "6 launchers| on the E40 near X",
# "a column of pickups| outside X" (a name follows the place's word)
_SEEN_PLACE_IN_WHAT = _PATTERNS.compile(r"\s+(?:on\s+the\s+(?:[\w-]+\s+){1,2}?(?=(?:near|outside|in|at|around)\s)|"
                                        r"(?:near|outside|in|at|around|close\s+to|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?-i:[A-Z])|"
                                        r"on\s+the\s+(?-i:[A-Z0-9])[\w-]*(?:\s+(?:road|highway|motorway))?\s*$)", re.I)


def what_before_seen_place(text: str, s: int, told: str) -> str:
    """What moved, without the words of where a labelled sighting put it ("Spotted: 6 launchers
    on the E40 near X, moving north": "6 launchers"), when the line of the clause at ``s`` opens
    with the label; else ``told`` as it is."""
    # (the subject's few words first: most hold no place word, and the line is not looked at)
    m = _SEEN_PLACE_IN_WHAT.search(told) if told else None
    if m is None or m.start() == 0:
        return told
    if _LABEL.search(text, max(0, s - _LINE_REACH), s) is None and _LABEL_AT.match(text, s) is None:
        return told
    return told[:m.start()]


def heading_away(text: str, verb_end: int) -> bool:
    """Does a bare compass direction follow the verb of moving ending at ``verb_end`` ("moving
    north", "heading SE")? Then a place the force was seen at is where it went on from."""
    return _DIRECTION.match(text, verb_end) is not None


_PATTERNS.save()
