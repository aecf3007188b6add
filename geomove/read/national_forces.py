"""A state's armed force named by its own name or acronym ("The IDF's Golani Brigade", "UPDF
soldiers", "the Bundeswehr"): the state it belongs to is the force's home country, as it is for a
force named with its demonym ("Israeli troops"). The home country is what tells the force's own
side of a border ("redeployed to the northern border with Lebanon" is Israel's side of it:
assemble.own_side_of_named_border) and where "home" is.

The names are data (national_forces.json, each with its source); only names that stand for one
state's force are listed.

why: "The IDF's Golani Brigade was redeployed from Gaza to the northern border with Lebanon" ended
in Lebanon; "Israeli troops were redeployed ..." ended on Israel's side."""

from __future__ import annotations

import re
from dataclasses import replace

from ..mentions.group_homes import NATIONAL_FORCES
from .clauses import _HOME_AFTER
from .places import _place_of

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("read-national-forces")

_DATA = NATIONAL_FORCES  # (national_forces.json, parsed once: by the places wing, which reads it too)
# name -> ISO2; a name matched as a whole word, its case as written ("PLA", not "pla")
COUNTRY_OF_FORCE = {name: force["country"] for force in _DATA["forces"] for name in force["names"]}
_NAMES = _PATTERNS.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(COUNTRY_OF_FORCE, key=len, reverse=True))
                    + r")(?![\w-])")


def force_state(words: str | None) -> tuple[str, str] | None:
    """(the name as written, its state's ISO2) for the first national force named in ``words``;
    None when there is none."""
    m = _NAMES.search(words or "")
    return (m.group(0), COUNTRY_OF_FORCE[m.group(0)]) if m else None


def with_home_of_named_force(frag, book, text: str, start: int):
    """The fragment with its actor's home country when its actor names a national force and no
    demonym gave it one; the fragment unchanged otherwise. The home is a mention of the country
    at the force's name, written in ``text`` from the clause's ``start`` on (its offsets are the
    name's)."""
    if frag.actor_home is not None or not frag.actor:
        return frag
    named = force_state(frag.actor)
    if named is None:
        return frag
    at = text.find(named[0], start, frag.trigger_start if frag.trigger_start > start else len(text))
    home = book.country(named[1])
    if at < 0 or not home or home.get("lat") is None:
        return frag
    frag = replace(frag, actor_home={**home, "surface": named[0], "start": at, "end": at + len(named[0])})
    after = frag.trigger_start + len(frag.trigger or "")
    if not frag.destination and frag.trigger and _HOME_AFTER.match(text, after):
        # "500 KDF soldiers returned home from Somalia": home is the force's own country, as the
        # reader gives it a force named with its demonym (clauses: "the home of a national force")
        place = {**_place_of(frag.actor_home), "precision": "country", "inferred": True}
        frag = replace(frag, destination=[(place, after)],
                       roles_why=frag.roles_why + [f"{named[0]}: destination, the home of a national force"])
    return frag
_PATTERNS.save()
