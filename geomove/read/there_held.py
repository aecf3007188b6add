""""There" after a place told with the area that holds it: "Israeli forces withdrew from the town
of Khiam in southern Lebanon, and Lebanese army troops deployed there hours later". The last name
before "there" is Lebanon, but it only locates Khiam: "there" is the place the phrase is about,
the most specific one it names (GUIDELINES: the ends are the most specific places the text gives).

Only when the holder is told right after the place, by "in" (a compass adjective allowed) or a
comma ("X in southern Y", "X, Y"), and the gazetteer has it hold the place (places.contains).
"withdrew from Khiam and moved into Lebanon ... deployed there" keeps Lebanon: not one phrase.

why: "deployed there" went to Lebanon, the country, 800 km of error for a town (probe of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .places import _place_of, contains

_PATTERNS = CompiledPatterns("read-there-held")

# between the place and its holder: "in", "in southern", ", in the north of", or a comma
_HOLDER_AFTER = _PATTERNS.compile(r"\s*,?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|far|upper|lower)"
                                  r"(?:-?(?:east|west))?(?:ern)?\s+)?|\s*,\s*", re.I)


def held_place(text: str, holder: dict, told) -> dict:
    """The place ``holder`` is told right after as its holder ("Khiam in southern Lebanon":
    Khiam), when there is one among ``told`` (the places told, by start); else ``holder``."""
    before = next((p for p in reversed(told) if p["end"] <= holder["start"]), None)
    if before is None or _HOLDER_AFTER.fullmatch(text, before["end"], holder["start"]) is None:
        return holder
    return before if contains(_place_of(holder), _place_of(before)) else holder


_PATTERNS.save()
