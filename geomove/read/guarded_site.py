"""A force told in its subject by the site it held: "Ugandan soldiers who had been guarding the
airport in Mogadishu were flown home to Entebbe", "Ugandan soldiers guarding the airport in
Mogadishu were flown home"; or by where it was active ("The 36th Division, which had been
operating in southern Lebanon, moved back into northern Israel", "troops fighting in Gedo
pulled back to Dolo Ado": read68's probes; before, no origin). Where the force guarded, manned or held a site is where it was when
the main verb moved it: the origin, as "soldiers who had been stationed in Mogadishu" already
gave it (roles: the cue after a participle of presence).

Only in the subject, before the main verb, only a form in -ing (a passive "held in reserve near
X" is a participle of presence, read elsewhere: read50's hand count), and only when the clause
tells no origin of its own: "Soldiers guarding the airport in X were flown from Y to Z" left Y.

why: the place had no role (the verb of holding is no cue), and the movement no origin (probe of
my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-guarded-site")

# a verb of holding a site, its object, and the preposition that locates the site, right before the place
_HELD_SITE_BEFORE = _PATTERNS.compile(
    r"\b(?:guarding|manning|securing|protecting|defending|holding|occupying|patrolling)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:in|at|near|of|outside)\s+"
    r"(?:the\s+)?$|\b(?:guarding|manning|securing|protecting|defending|holding|occupying|patrolling)\s+(?:the\s+)?$"
    # (or where it was active, no site named: "which had been operating in southern Lebanon",
    # "troops fighting in Gedo", read68)
    r"|\b(?:operating|fighting|serving)\s+(?:in|inside|around|near)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?\s+)?$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_HELD_SITE_BEFORE_GATE = Gate(_HELD_SITE_BEFORE, ("defending", "fighting", "guarding", "holding", "manning", "occupying", "operating", "patrolling", "protecting", "securing", "serving"))


def origin_of_guarded_site(text: str, s: int, verb_at: int, slots: list, mentions: list[dict]) -> dict | None:
    """The place, in the subject [s, verb_at), of the site the force held, when ``slots`` hold
    no origin; None otherwise."""
    if any(r == "origin" for r, _g, _a in slots):
        return None
    taken = {id(m) for _r, g, _a in slots for m in g}
    for m in sorted(mentions, key=lambda m: m["start"]):
        if s <= m["start"] and m["end"] <= verb_at and id(m) not in taken and m.get("role") == "place" \
                and _HELD_SITE_BEFORE_GATE.search(text, max(s, m["start"] - 60), m["start"]) is not None:
            return m
    return None


_PATTERNS.save()
