"""A country a force crossed into on its way to a place beyond it: "The convoy left Tallinn and
crossed into Latvia before arriving in Vilnius", "The brigade's vehicles left Hamburg by rail,
crossed into Poland at Szczecin and arrived in Rukla three days later". Latvia and Poland are
passed, one movement to Vilnius or Rukla.

GUIDELINES: a route with stops is cut into legs only where the report tells of an arrival and
a later departure; places gone through en route (a crossing among them) are via. To cross into a
country is to pass its border, no stop; where the clause then tells an arrival at a place outside
that country, the country lay on the way (read.crossing_passed reads the same of a later end
inside it: "crossed into Congo near Goma and moved toward Sake").

Not when the later end lies in the country the force left ("crossed into Lebanon and pulled back
to Metula": it went back, two legs, read.way_back), nor for a list of countries entered ("crossed
into Latvia and Lithuania": no verb of going on between them).

why: the country crossed into was read as a destination beside the later end: two movements, one
ending at the country (a list distributed), or two legs, the second from the country as a whole
(probes of my own, s36 lead: a rail deployment to the Baltic)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .places import _place_of

_PATTERNS = CompiledPatterns("read-transit-country")

# the verb of crossing right before the country: "crossed into", "crossing the border into",
# "entered" (matched on the few words before the country's name)
_CROSSED_INTO = _PATTERNS.compile(
    r"\b(?:(?:cross(?:ed|es|ing)|pass(?:ed|es|ing)|mov(?:ed|es|ing)|dr(?:ove|ives|iving))(?:\s+the\s+border)?\s+into"
    r"|enter(?:ed|s|ing))\s+(?:the\s+)?$", re.I)
# a verb of arriving or going on between the country and the later end: the later end is reached,
# not listed beside the country
_WENT_ON = _PATTERNS.compile(
    r"\b(?:arriv(?:ed|es|ing)|reach(?:ed|es|ing)|continu(?:ed|es|ing)|head(?:ed|s|ing)|pressed\s+on|"
    r"went\s+on|moved\s+on|on\s+to|onward|travell?(?:ed|ing)|dr(?:ove|iving)|roll(?:ed|ing))\b", re.I)
_PATTERNS.save()


def _country_crossed(text: str, group: list[dict]) -> dict | None:
    """The country mention of ``group`` when it is one country told after a verb of crossing."""
    if len(group) != 1 or group[0].get("kind") != "country" or not group[0].get("country"):
        return None
    m = group[0]
    return m if _CROSSED_INTO.search(text[max(0, m["start"] - 40):m["start"]]) else None


def transit_country_passed(text: str, slots: list[tuple[str, list, int]],
                           why: list[str]) -> list[tuple[str, list, int]]:
    """``slots`` with a destination that is a country crossed into made a via, when a later
    destination of the clause, reached by a verb of arriving or going on, lies outside it and
    outside the country of the clause's origin; ``slots`` itself otherwise."""
    ends = sorted(((at, grp) for role, grp, at in slots if role == "destination" and grp), key=lambda x: x[0])
    if len(ends) < 2:
        return slots
    origin_countries = {_place_of(m).get("country") for role, grp, _a in slots if role == "origin" for m in grp}
    out = list(slots)
    for k, (at, grp) in enumerate(ends[:-1]):
        crossed = _country_crossed(text, grp)
        if crossed is None:
            continue
        later = ends[k + 1]
        beyond = min(later[1], key=lambda m: m["start"])
        country = _place_of(beyond).get("country")
        if not country or country == crossed["country"] or country in origin_countries \
                or not _WENT_ON.search(text, crossed["end"], beyond["start"]):
            continue
        out = [("via", g, a) if g is grp and r == "destination" else (r, g, a) for r, g, a in out]
        why.append(f"{crossed['surface']}: via, a country crossed on the way to {beyond['surface']} beyond it")
    return out
