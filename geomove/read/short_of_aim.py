"""A force told leaving for a place, then, in a later sentence, reaching another that lies on its
way there: "A rebel column set out from Goma for Bukavu. On Friday the column reached Minova."
Bukavu was only the aim ("for", "toward", "bound for"): the text never says the column got there,
so Minova is no leg on from Bukavu (GUIDELINES: a route is cut into legs only where the force
got somewhere and afterwards set off again) but a place passed on the way, a via of the one movement.

Only an arrival verb ("reached", "arrived in", "entered"), a subject that refers back with no
force told between (the caller asks that), an end told as an aim, and a place that lies on the
way from the origin to that aim (places.on_the_way), nearer the origin than the aim. A place
beyond the aim, or off the road, keeps the reading as before.

why: s34's xfail s34-read94-column-dated-short-of-end read Goma -> Bukavu and Bukavu -> Minova
(a time word before "the column reached" made it a next leg from where the move before ended)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _stem
from .places import _km, on_the_way

_PATTERNS = CompiledPatterns("read-short-of-aim")

# the cue of an end that was only aimed at, right before its name
_AIM_BEFORE = _PATTERNS.compile(r"\b(?:for|towards?|bound\s+for|in\s+the\s+direction\s+of)\s+(?:the\s+)?$", re.I)
# the verbs of getting somewhere
_ARRIVAL_STEMS = frozenset(("reach", "arrive", "enter"))
# how far before the aim's name its cue is looked for
_AIM_CUE_CHARS = 30


def end_only_aimed(text: str, destination: dict) -> bool:
    """Was ``destination`` told only as an aim ("left A for B", "set out toward B")?"""
    start = (destination.get("offsets") or [None])[0]  # (where its name is told: the place's offsets)
    return start is not None and _AIM_BEFORE.search(text, max(0, start - _AIM_CUE_CHARS), start) is not None


def reached_short_of_aim(text: str, trigger: str, last, draft) -> bool:
    """Does ``draft`` (read from a clause whose verb is ``trigger``) tell the force of ``last``
    reaching a place on its way to ``last``'s end, an end told only as an aim?"""
    if _stem(trigger) not in _ARRIVAL_STEMS or draft.origin is not None or draft.destination is None:
        return False
    if last.origin is None or last.destination is None or not end_only_aimed(text, last.destination):
        return False
    # (short of the aim: nearer the origin than the aim is; "left Damascus for Homs ... reached Hama",
    # beyond Homs, is no place passed before it)
    return on_the_way(last.origin, draft.destination, last.destination) \
        and _km(last.origin, draft.destination) < _km(last.origin, last.destination)


_PATTERNS.save()
