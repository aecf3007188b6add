"""Where the flight a force arrived on came from: "The troops landed at Vienna International
Airport on a charter flight from Larnaca". A flight crosses seas and continents, so a town at the
end of "a flight from" is no namesake chosen far from the report's other places: assemble's
drop_far_namesakes asks :func:`flight_origin_told` and keeps it (as it keeps an airfield or base
at an end of a move told by a verb of flying).

The place must follow "<aircraft word> from" (flight_from.json) right before it. Flights told as
a service, with a verb of their own after the place ("An earlier flight from Larnaca had been
cancelled", "days after commercial flights from Larnaca resumed"), give no end at all:
:func:`flights_as_service`, asked by roles._cue_for (before, the second read Larnaca as a place
the force's own move passed).

why: session 51 (read148) left a homecoming body's "on a charter flight from Larnaca" giving no
origin, and so no place passed: the town in Cyprus, 3,000 km from the report's other places in
a country no other mention is in, was dropped as a far namesake; golden lines
s52-read150-flight-from-* of my own (Austria, Finland, Nepal)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-flight-from")
_DATA = read_data("flight_from.json")

_FLIGHT_FROM = _PATTERNS.compile(r"\b(?:" + "|".join(_DATA["aircraft_words"]) + r")\s+(?:[\w-]+\s+){0,2}?from\s+$", re.I)
# "<aircraft word> from", right before the place ("flights from X"), and after it a verb of the
# service ("resumed", "had been cancelled")
_AIRCRAFT_FROM = _PATTERNS.compile(r"\b(?:" + "|".join(_DATA["aircraft_words"]) + r")\s+from\s+$", re.I)
_SERVICE_VERB_AFTER = _PATTERNS.compile(r"\s+(?:(?:" + "|".join(_DATA["service_auxiliaries"]) + r")\s+)?(?:\w+ly\s+)?(?:"
                                        + "|".join(_DATA["service_verbs"]) + r")\b", re.I)
_PATTERNS.save()


def flight_origin_told(text: str, start: int) -> bool:
    """Does the place at ``start`` follow "<a flight> from" ("on a charter flight from X")?"""
    if text.rfind("from", max(0, start - 6), start) < 0:
        return False  # (the cheap test first)
    return _FLIGHT_FROM.search(text, max(0, start - 60), start) is not None


def flights_as_service(text: str, place_start: int, place_end: int) -> bool:
    """Is the place at [``place_start``, ``place_end``) told after "<flights> from", with a verb of
    the flights' own right after it ("commercial flights from Larnaca resumed", "a flight from X
    had been cancelled")? Then it is the service's, no end of a force's move (roles._cue_for)."""
    # (the verb after the place first: an anchored match that fails at its first letters for
    # almost every origin)
    return _SERVICE_VERB_AFTER.match(text, place_end) is not None \
        and _AIRCRAFT_FROM.search(text, max(0, place_start - 30), place_start) is not None
