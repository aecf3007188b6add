"""The service named before the vessels it sailed: "Two Nigerian Navy patrol boats sailed from
Lagos to Bioko" -> actor "Nigerian Navy", as "Twelve French army trucks" -> "French army"
(clauses._actor): the owner named is who moved, the vessels are what.

why: "patrol boats", "warships", "frigates" are force nouns (a navy's force, lexicon._FORCE_NOUN),
so the name read ran on through them ("Nigerian Navy patrol boats") where the service had
already named the owner (read59). A vessel noun after a demonym alone ("Nigerian patrol boats")
is left as it is: the ships stand for their navy (b2d56ee)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-vessels-owner")

# the services that own ships (English words)
SERVICES = ("navy", "coast guard", "coastguard", "naval forces", "marine corps", "border guard")
# the vessel nouns of lexicon._FORCE_NOUN
VESSELS = ("warships", "frigates", "destroyers", "corvettes", "submarines", "gunboats", "naval vessels", "patrol boats",
           "cruisers", "patrol vessels", "patrol ships", "missile boats", "naval ships", "landing ships", "amphibious ships",
           "amphibious vessels", "minesweepers", "minehunters", "cutters", "supply boats", "supply ships", "supply vessels",
           "resupply boats", "resupply ships", "resupply vessels")

_OWNER_THEN_VESSELS = _PATTERNS.compile(
    r"(?P<owner>.*\b(?:" + "|".join(s.replace(" ", r"\s+") for s in SERVICES) + r"))\s+"
    r"(?:" + "|".join(v.replace(" ", r"\s+") for v in VESSELS) + r")", re.I)


def owner_of_vessels(actor: str | None) -> str | None:
    """``actor`` without the vessel noun that follows a service's name in it ("Nigerian Navy
    patrol boats" -> "Nigerian Navy"); ``actor`` unchanged otherwise."""
    m = _OWNER_THEN_VESSELS.fullmatch(actor) if actor else None
    return m.group("owner") if m else actor


_PATTERNS.save()
