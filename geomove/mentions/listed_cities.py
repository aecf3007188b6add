"""A list of cities: each listed name its best-known place, unless the list is local.

"Ukrainian drones struck Donetsk, Luhansk and Belgorod": Donetsk has a namesake in Rostov oblast,
a town (0.57) 46 km from Luhansk and 39 km from Luhansk's airport, that nearness and the
namesake pair ranked above the Ukrainian city (0.70) 115 km off. A list whose other names are
all cities known from afar (LISTED_CITY_IMPORTANCE) names places of that rank: the best-known
place of each name, within REGION_KM of the cities listed beside it, is meant. A list of a front's villages and
small towns ("shelled Dachne, Orlivka and Kurakhove") is local: there the nearness that ranked
its readings stands.
"""

from __future__ import annotations

from ..distance import haversine_km
from ..gazetteer.ranking import LIST_FAME_MARGIN, LISTED_CITY_IMPORTANCE, REGION_KM
from ..names import plain
from .text_order import START

_SETTLEMENTS = frozenset(("city", "town", "village"))


def _own_name_settlement(m: dict, c: dict) -> bool:
    """Is ``c`` a settlement with a point, called by the name the text writes?"""
    return c.get("kind") in _SETTLEMENTS and c.get("lat") is not None \
        and plain(c.get("name") or "") == plain(m.get("surface") or "")


def lists_of_names(mentions: list[dict], joined) -> list[list[dict]]:
    """The runs of two or more place mentions joined by list words (``joined(a, b)``)."""
    ordered = sorted([m for m in mentions if m.get("cands") and m["role"] == "place" and not m.get("drop")],
                     key=START)
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
    """Move the best-known place of a listed name first (see the module doc), saying why.
    Linear in the list's length: whether every other name is a known city is counted once a
    list, and a name's best-known place is measured against its neighbours in the list (the
    names written beside it), once for each name as written (a list of 2,000 names repeated)."""
    for run in lists_of_names(mentions, joined):
        cities = [_known_city(o) for o in run]
        unknown = sum(c is None for c in cities)
        decided: dict[str, dict | None] = {}
        for i, m in enumerate(run):
            if unknown - (cities[i] is None) > 0:
                continue  # a local list, or one of names read as areas only: nearness stands
            if m["surface"] not in decided:
                beside = [cities[k] for k in (i - 1, i + 1) if 0 <= k < len(run)]
                decided[m["surface"]] = _best_known_beside(m, beside)
            pick = decided[m["surface"]]
            if pick is None:
                continue
            first = m["cands"][0]
            # (a repeat's readings are its own dicts: the one of the same place is moved)
            own = next((c for c in m["cands"] if c.get("gazetteer_id") == pick.get("gazetteer_id")), None)
            if own is None or own is first:
                continue
            m["cands"].remove(own)
            own["why"] = own.get("why", "") + (
                f"; listed among cities ({', '.join(o['name'] for o in beside_of(run, cities, i))}): the "
                f"best-known place of the name, not {first['name']} ({first.get('country')}), a lesser namesake near them")
            m["cands"].insert(0, own)


def beside_of(run: list[dict], cities: list, i: int) -> list[dict]:
    """The known cities of the names written beside the ``i``-th name of a list."""
    return [cities[k] for k in (i - 1, i + 1) if 0 <= k < len(run) and cities[k] is not None]


def _best_known_in(m: dict) -> list[dict]:
    """``m``'s own-name towns and cities better known than its first reading by LIST_FAME_MARGIN
    and known from afar (LISTED_CITY_IMPORTANCE)."""
    first = m["cands"][0]
    if not _own_name_settlement(m, first):
        return []
    floor = max((first.get("importance") or 0.0) + LIST_FAME_MARGIN, LISTED_CITY_IMPORTANCE)
    return [c for c in m["cands"][1:] if _own_name_settlement(m, c) and c.get("kind") != "village"
            and (c.get("importance") or 0.0) >= floor]


def _best_known_beside(m: dict, beside: list[dict]) -> dict | None:
    """The best-known of ``m``'s better-known places (_best_known_in) within REGION_KM of each
    known city written beside it in the list, or None."""
    famous = [c for c in _best_known_in(m)
              if all(haversine_km(c["lat"], c["lon"], o["lat"], o["lon"]) <= REGION_KM for o in beside if o)]
    return max(famous, key=lambda c: c.get("importance") or 0.0) if famous else None
