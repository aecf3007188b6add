"""A force's home told in its subject by "from": "Peacekeepers from Nepal flew home from Beirut",
"Troops from Chad returned home from Mali", "UN peacekeepers from Nepal completed their rotation,
flying home from Beirut". With "home" after the verb, the country after "<force> from" is where
the force belongs and where it goes back to: the destination, and no origin of this move.

A force named by its demonym ("Nepalese peacekeepers flew home") has its home already
(clauses._actor, ``actor_home``); named with "from <country>", the country was read as the
origin ("Chad -> ?" for troops going back to Chad from Mali) and home found no place.

Only with "home" after the verb: "Troops from Chad arrived in Niamey" came from Chad, and that
reading stays.

why: probe reports of my own (s23), UN press-release style, where a contingent is named by the
country that sent it."""

from __future__ import annotations

import re

from .kept import recompile as _recompile
from .by_start import ByStart, mention_start

# a force's noun (plural, or a contingent) right before "from" and the country's name
_FORCE_FROM = _recompile(
    r"\b(?:peacekeepers|troops|soldiers|police(?:\s+officers)?|officers|personnel|contingents?|battalions?|"
    r"units|forces|marines|sailors|airmen|gendarmes|blue\s+helmets|servicemen|service\s+members)\s*,?\s+from\s+(?:the\s+)?$",
    re.I)
# (also set off by commas: "its last troops, from South Africa, flew home from Pemba", s32m)


def home_country_after_force(text: str, countries: list[dict], start: int, verb_at: int) -> dict | None:
    """The country mention told as "<force> from <country>" in [start, verb_at), the last one
    before the verb; None when there is none."""
    found = None
    for m in ByStart.of(countries, mention_start, "home country after force").between(start, verb_at):
        if start <= m["start"] and m["end"] <= verb_at \
                and _FORCE_FROM.search(text, max(start, m["start"] - 40), m["start"]) is not None:
            found = m
    return found


def without_place_at(slots: list[tuple[dict, int]], mention: dict) -> list[tuple[dict, int]]:
    """``slots`` less the place read from ``mention`` (by its offsets)."""
    at = [mention["start"], mention["end"]]
    return [(p, cue) for p, cue in slots if p.get("offsets") != at]
