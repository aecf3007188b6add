"""Where a force crossed, told by a town after the area it came from: "having crossed from
Uganda at Mahagi", "crossed from Chad at Adre into Darfur", "entered from Syria at Qaim". The
town is where the border was crossed, a place passed; the area before it is the origin. And the
mirror: "crossed into Katanga at the Kasumbalesa crossing", where a force entered the area it went
to (``entered_area``).

clauses._crossed_from_at reads this for a place the gazetteer calls a crossing ("at the Habur
gate"); a town at the border was read as the finer place of the origin's noun phrase ("Uganda at
Mahagi": the town, finer, replaced the country), and the origin moved to the border town.

why: the task of read57 (a crossing on the way is a via; GUIDELINES: places gone through en route,
a crossing on the way among them, are via). Only after "from <area> at" with a verb of crossing
or entering: "arrived from Uganda at Mahagi" tells where they arrived, as before."""

from __future__ import annotations

import re

from .kept import recompile as _recompile
from .places import _spec

_AT_GAP = _recompile(r"\s*(?:,\s*)?at\s+(?:the\s+(?:town|village|border\s+town|post)\s+of\s+)?$", re.I)
_CROSSING_VERBS = frozenset({"cross", "enter"})


def crossed_from_area_at(role: str, before: list[dict], m: dict, gap: str, verb_stem: str | None) -> bool:
    """Is ``m`` (after ``gap``) the town where a force crossed, told after the origin ``before``
    (a country or province) of a verb of crossing or entering?"""
    return role == "origin" and verb_stem in _CROSSING_VERBS and _AT_GAP.fullmatch(gap) is not None \
        and all(_spec(x) >= 3 for x in before) and _spec(m) <= 2


# the areas a force is told to cross into at a named place: a country, or a province or region of
# one ("crossed into Katanga at X"); a river or a sea is crossed, not entered at a town
_ENTERED_AREA_KINDS = frozenset({"admin1", "region"})


def entered_area(into: list[dict], m: dict) -> bool:
    """Are ``into`` (the destination told by "into") areas a force enters at ``m``, the place told
    after them with "at"? A country, whatever ``m`` is (as before); a province or region when
    ``m`` is finer than it (a town, a crossing), so "crossed into Katanga at the Kasumbalesa
    crossing" keeps Katanga as the destination (GUIDELINES: the finest area named beyond the
    crossing, the crossing as via)."""
    if all(x.get("kind") == "country" for x in into):
        return True
    return all(x.get("kind") in _ENTERED_AREA_KINDS for x in into) and _spec(m) <= 2
