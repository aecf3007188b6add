"""A ship told into a sea and then heading for a port in the same clause: "transited the Kerch
Strait into the Black Sea on Sunday and was tracked heading for Novorossiysk", "sailed from A
into the Mediterranean, bound for Tartus". The sea is where the ship was when last told of, on
its way to the port it is going to: one movement, the sea passed on the way (GUIDELINES: places
passed on the way are via) and the port its destination, as "entered the Red Sea, bound for
Port Sudan" was read already.

Without this the clause had two destinations, and each became a movement of its own (one to
the sea, one to the port): two arrows for one voyage.

Only a body of water (sea, ocean, strait, gulf) told first and a place that is none told after
it by a word of heading ("heading for", "headed towards", "bound for", "en route to", "making
for", "steaming to"); "sailed to A and B" (two ports) and "into the Black Sea and the Sea of
Azov" (two seas) are left as they were.

why: an OSINT thread of my own (s40 read108, the Black Sea) read a patrol ship's passage of the
Kerch Strait as two movements, to the Black Sea and to Novorossiysk."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-sea-then-port")

# the kinds of place that are a body of water a ship passes through
WATER_KINDS = frozenset({"sea", "ocean", "strait", "gulf", "bay", "channel"})
# the words of heading right before the port: "heading for", "was tracked heading towards the
# port of", "bound for", "en route to", "making for", "steaming to"
_HEADING_TO = _PATTERNS.compile(
    r"\b(?:heading|headed|bound|en\s+route|making|steaming|sailing\s+on)(?:\s+(?:north|south|east|west)\w*)?"
    r"\s+(?:for|to|towards?)\s+(?:the\s+)?(?:(?:port|naval\s+base)\s+of\s+)?$", re.I)
# how far before the port its words of heading are looked for
REACH_CHARS = 50


def _watery(group: list) -> bool:
    return bool(group) and all(m.get("kind") in WATER_KINDS for m in group)


def sea_passed_to_port(text: str, slots: list, why: list) -> list:
    """The clause's slots (role, places, cue offset) with a sea read as a destination turned
    into a place passed, when a port the ship is heading for is the clause's later destination;
    the slots unchanged otherwise."""
    dests = [(k, g, a) for k, (r, g, a) in enumerate(slots) if r == "destination" and g]
    if len(dests) != 2:
        return slots
    (k_sea, sea, at_sea), (_k_port, port, _at_port) = sorted(dests, key=lambda d: d[1][0]["start"])
    if not _watery(sea) or any(m.get("kind") in WATER_KINDS for m in port):
        return slots
    start = port[0]["start"]
    if _HEADING_TO.search(text, max(sea[-1]["end"], start - REACH_CHARS), start) is None:
        return slots
    why.append(f"{sea[0]['surface']}: via, the sea the ship was in on its way to {port[0]['surface']}")
    out = list(slots)
    out[k_sea] = ("via", sea, at_sea)
    return out


_PATTERNS.save()
