"""A base, depot, school or naval "ship" named before the town that holds it, set off by commas
as an address: "gunboats from the Nigerian Navy Ship Pathfinder, Port Harcourt, to the creeks",
"recruits from the Depot Nigerian Army, Zaria, arrived in Maiduguri". The town is where the
force left (or went to): the cue before the site's name governs it.

why: a comma between a cue and its place breaks the cue (roles._cue_for), except before a
country or province written as an address ("to Bemowo Piskie Training Area, Poland"). Nigerian
and other Commonwealth copy writes a base's town the same way, so the move had no origin and the
town became what moved. Only a name that holds a word of a site (site_address.json: "Ship",
"Depot", "Barracks", "Academy"...), so that "from the Wagner Group, Bamako said" or a list of
names is read as before (read60)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_DATA = read_data("site_address.json")
_PATTERNS = CompiledPatterns("read-site-address")

_WORDS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_DATA["site_words"], key=len, reverse=True))
# the site's name: capitalised words (at most six) one of which is a site word, then a comma
_SITE_NAMED = _PATTERNS.compile(r"^\s*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*\s*,\s*$")
_SITE_WORD = _PATTERNS.compile(r"(?<![\w'’.-])(?:" + _WORDS + r")(?![\w'’-])")
# the kinds of place an address names as the town that holds a site
_TOWN_KINDS = frozenset({"city", "town", "village", "admin2", "admin3"})


def site_addressed(gap: str, mention: dict) -> bool:
    """Is ``gap`` (the words from a cue to ``mention``) a site's name and a comma, and the
    mention a town, so that the town holds the site: "from the Nigerian Navy Ship Pathfinder,
    Port Harcourt"?"""
    return mention.get("kind") in _TOWN_KINDS and _SITE_NAMED.match(gap) is not None \
        and _SITE_WORD.search(gap) is not None



# a part of the subject that is only the town of the site named at the end of the part before:
# "Recruits from the Depot Nigerian Army", " Zaria" (the parts a comma cuts the subject into)
_TOWN_PART = _PATTERNS.compile(r"\s*(?:[A-Z][\w'’.-]*\s*){1,3}")
_SITE_ENDS = _PATTERNS.compile(r"\b(?:from|of|at)\s+(?:the\s+)?(?P<site>(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*)\s*$")


def town_of_site_part(parts: list[str], k: int) -> bool:
    """Is ``parts[k]`` of a subject cut at its commas only the town of the site the part before
    ends with ("Cadets from the Defence Academy", " Kaduna")? Then it is the site's address,
    not what moved (the address is read as the move's origin: site_addressed)."""
    if k == 0 or _TOWN_PART.fullmatch(parts[k]) is None:
        return False
    site = _SITE_ENDS.search(parts[k - 1])
    return site is not None and _SITE_WORD.search(site.group("site")) is not None


_PATTERNS.save()
