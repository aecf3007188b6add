"""A list of cities: each listed name its best-known place, unless the list is local.

"Ukrainian drones struck Donetsk, Luhansk and Belgorod": Donetsk has a namesake in Rostov oblast,
a town (0.57) 46 km from Luhansk and 39 km from Luhansk's airport, that nearness and the
namesake pair ranked above the Ukrainian city (0.70) 115 km off. A list whose other names are
all cities known from afar (LISTED_CITY_IMPORTANCE) names places of that rank: the best-known
place of each name, within REGION_KM of the others, is meant. A list of a front's villages and
small towns ("shelled Dachne, Orlivka and Kurakhove") is local: there the nearness that ranked
its readings stands.
"""

from __future__ import annotations

from ..distance import haversine_km
from ..gazetteer.ranking import LIST_FAME_MARGIN, LISTED_CITY_IMPORTANCE, REGION_KM
from ..names import plain

_SETTLEMENTS = frozenset(("city", "town", "village"))


def _own_name_settlement(m: dict, c: dict) -> bool:
    """Is ``c`` a settlement with a point, called by the name the text writes?"""
    return c.get("kind") in _SETTLEMENTS and c.get("lat") is not None \
        and plain(c.get("name") or "") == plain(m.get("surface") or "")


def lists_of_names(mentions: list[dict], joined) -> list[list[dict]]:
    """The runs of two or more place mentions joined by list words (``joined(a, b)``)."""
    ordered = sorted((m for m in mentions if m.get("cands") and m["role"] == "place" and not m.get("drop")),
                     key=lambda m: m["start"])
    out: list[list[dict]] = []
    run: list[dict] = []
    for m in ordered:
        if run and joined(run[-1], m):
            run.append(m)
            continue
        if len(run) > 1:
            out.append(run)
        run = [m]
    if len(run) > 1:
        out.append(run)
    return out


def _known_city(m: dict) -> dict | None:
    """The city or town known from afar (LISTED_CITY_IMPORTANCE) that ``m`` is read as: its first
    reading, or the city read beside the province first that is named after it ("Rostov": Rostov
    oblast, or Rostov-on-Don, the oblast's seat); else None."""
    best = m["cands"][0]
    if best.get("kind") in ("admin1", "admin2"):
        best = next((c for c in m["cands"][1:3] if c.get("kind") in _TOWNS and c.get("country") == best.get("country")),
                    None)
    if best is None or best.get("kind") not in _TOWNS or best.get("lat") is None \
            or (best.get("importance") or 0.0) < LISTED_CITY_IMPORTANCE:
        return None
    return best


_TOWNS = frozenset(("city", "town"))


def best_known_in_lists_of_cities(mentions: list[dict], joined) -> None:
    """Move the best-known place of a listed name first (see the module doc), saying why."""
    for run in lists_of_names(mentions, joined):
        for m in run:
            others = [_known_city(o) for o in run if o is not m]
            if not all(others):
                continue  # a local list, or one of names read as areas only: nearness stands
            first = m["cands"][0]
            if not _own_name_settlement(m, first):
                continue
            floor = max((first.get("importance") or 0.0) + LIST_FAME_MARGIN, LISTED_CITY_IMPORTANCE)
            famous = [c for c in m["cands"][1:] if _own_name_settlement(m, c) and c.get("kind") != "village"
                      and (c.get("importance") or 0.0) >= floor
                      and all(haversine_km(c["lat"], c["lon"], o["lat"], o["lon"]) <= REGION_KM for o in others)]
            if not famous:
                continue
            pick = max(famous, key=lambda c: c.get("importance") or 0.0)
            m["cands"].remove(pick)
            pick["why"] = pick.get("why", "") + (
                f"; listed among cities ({', '.join(o['name'] for o in others)}): the best-known "
                f"place of the name, not {first['name']} ({first.get('country')}), a lesser namesake near them")
            m["cands"].insert(0, pick)
