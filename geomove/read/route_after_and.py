"""A ship or force taken off its station, then a route told after "and" with no subject of its
own: "The destroyer was diverted from the Arabian Sea and sailed from Djibouti to Jeddah".

The first clause names only where the force was taken from (its station, the task it left:
"diverted", "recalled", "withdrew"); the second tells the journey with both of its ends. An
analyst records one movement, the route told (Djibouti -> Jeddah), moved by the first clause's
subject. Before, the station was read as a movement of its own with no end ("Arabian Sea -> ?")
and the route as a second one with no subject (what moved: none).

The verbs are data (route_after_and.json): only verbs of being taken off a station or a task,
whose "from" names where the force was, not a leg of the journey told after.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .lexicon import _stem
from .state import _Draft

_PATTERNS = CompiledPatterns("read-route-after-and")
_DATA = read_data("route_after_and.json")["route_after_and"]
_TAKEN_OFF = frozenset(_DATA["verbs"])
# the words between the two verb phrases of one subject (as assemble._AND_BETWEEN)
_AND_BETWEEN = _PATTERNS.compile(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?", re.I)


def route_after_and(text: str, spans: list, i: int, frag, routes: list, last: _Draft | None) -> _Draft | None:
    """The one movement told by clause ``i`` (``frag``, read as ``routes``) when it follows, after
    "and" and with no subject of its own, the clause before it in the same sentence that took
    the same force off a station with no end ("was diverted from A and sailed from B to C"):
    the route B -> C, moved by what the clause before named; None when the construction is not
    there.

    why: "The destroyer was diverted from the Arabian Sea and sailed from Djibouti to Jeddah"
    read two movements, 'Arabian Sea -> ?' (the destroyer) and 'Djibouti -> Jeddah' (no mover)."""
    if last is None or i == 0 or len(routes) != 1 or len(last.frags) != 1:
        return None
    before, route = last.frags[0], routes[0]
    if before.sentence != i - 1 or _stem(before.trigger) not in _TAKEN_OFF:
        return None
    if last.origin is None or last.destination is not None or last.via:
        return None  # (an end told after the station: "diverted from A to B and ...": a route of its own)
    if route.origin is None or route.destination is None:
        return None  # ("... and sailed to Jeddah": the station is the route's origin, read as one clause)
    pe, s = spans[i - 1][1], spans[i][0]
    if pe > s or not _AND_BETWEEN.fullmatch(text, pe, s) or text[s:frag.trigger_start].strip():
        return None
    if frag.actor is not None or frag.what or frag.counts:
        return None  # a subject of its own: another mover (the fragment as read, before
        # assemble._subject_shared lent it the actor of the clause before)
    route.frags = [replace(f, actor=before.actor, actor_home=f.actor_home or before.actor_home,
                           what=before.what, counts=before.counts) for f in route.frags]
    return route


_PATTERNS.save()
