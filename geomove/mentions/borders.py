"""A place beside a country: within a short way of its border (Natural Earth land, that
country's outline only: read.book's near-border test)."""

from __future__ import annotations

from ..distance import haversine_km

# a place this close to a country's border lies "next to" it
BESIDE_COUNTRY_KM = 40.0
# ... asked only of a reading this near a point of the country's places (its own point: Zakho
# lies 690 km from Turkey's; at 1,500 km a Quebec town read beside US places of a dev text made
# the one call of 380 documents, and reading the US outline cost 0.16 CPU s)
ASK_BORDERS_WITHIN_KM = 1000.0


def lies_beside(lat: float, lon: float, cc: str, km: float = BESIDE_COUNTRY_KM) -> bool:
    """Does the point lie in country ``cc`` or within ``km`` of its border? Asked of that
    country's outline only (read.book's near-border test: a few ms and MB), not of the whole
    world's layer, whose load cost ~40 MB of peak memory and ~0.1 CPU s of a process that
    asked it once."""
    from ..read.book import _near_border  # (the one near-border test; imported when first asked)
    return _near_border({"lat": lat, "lon": lon}, cc, km)


def beside_the_only_country(best: dict, others) -> bool:
    """Is ``best`` beside the one country of the text's other places (``others``: (lat, lon,
    country) of each), when they name one country only?

    why: "Turkish forces moved into Zakho": the only other place is Turkey (by its demonym),
    whose point lies 600 km from Zakho, which lies in Iraq 10 km from the Turkish border. A
    place next to the only country named needs that country no more than one inside it."""
    countries = {cc for _, _, cc in others if cc}
    if len(countries) != 1 or best.get("lat") is None:
        return False
    # (the borders are read only for a reading near one of those places: they take a second
    # or two to load, and most far readings are far from the country too)
    if not any(la is not None and haversine_km(best["lat"], best["lon"], la, lo) <= ASK_BORDERS_WITHIN_KM
               for la, lo, _ in others):
        return False
    return lies_beside(best["lat"], best["lon"], next(iter(countries)))
