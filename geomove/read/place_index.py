"""Which of many movements may share a place with one: an index of items by place that gives, for
a place, every item whose place :func:`~geomove.read.places.same_place` may call the same (and
some it will not: the caller tests those with same_place itself).

why: passes that ask, for each movement, "was a movement to this place told before?" tested
every movement of the report with same_place, which a long report (thousands of movements) made
quadratic. same_place says two places are one by a shared gazetteer row, by country (two
countries), by name and country (an area and anything), or by distance (two sites within
SAME_SITE_KM); each of those is a bucket here, and the distance one a list by latitude (two points
within SAME_SITE_KM are within that many km of latitude apart, whatever their longitudes)."""

from __future__ import annotations

import bisect
import math

from ..distance import KM_PER_DEGREE_LATITUDE
from .places import _spec
from .weights import SAME_ROW_KM, SAME_SITE_KM

# (degrees of latitude: twice what same_place measures, so that no rounding of a float can leave
# out a place it would call the same)
_LAT_WINDOW = 2 * max(SAME_SITE_KM, SAME_ROW_KM) / KM_PER_DEGREE_LATITUDE


def _latitude(place: dict) -> float | None:
    lat, lon = place.get("lat"), place.get("lon")
    if lat is None or lon is None:
        return None  # (same_place measures no distance without both)
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    return lat if math.isfinite(lat) and math.isfinite(lon) else None


class SamePlaceIndex:
    """Items, each with a place (a dict as same_place reads it), asked by place: :meth:`near`
    gives every item whose place same_place(place, its place) may hold, in the order added."""

    def __init__(self, pairs=()):
        self._seq = 0
        self._by_row: dict = {}  # gazetteer_id -> [(seq, item)]
        self._by_country: dict = {}  # country of a place of specificity 4 -> [(seq, item)]
        self._by_name: dict = {}  # (name, country) of any other place -> [(seq, item)]
        self._lats: list[float] = []  # sites (specificity < 3) by latitude
        self._sites: list = []  # ... their (seq, item), in the same order
        for place, item in pairs:
            self.add(place, item)

    def add(self, place: dict, item) -> None:
        entry = (self._seq, item)
        self._seq += 1
        if place.get("gazetteer_id"):
            self._by_row.setdefault(place["gazetteer_id"], []).append(entry)
        spec = _spec(place)
        if spec == 4:
            self._by_country.setdefault(place.get("country"), []).append(entry)
            return
        self._by_name.setdefault((place.get("name"), place.get("country")), []).append(entry)
        lat = _latitude(place) if spec < 3 else None
        if lat is not None:
            k = bisect.bisect_right(self._lats, lat)
            self._lats.insert(k, lat)
            self._sites.insert(k, entry)

    def near(self, place: dict | None) -> list:
        """The items whose place may be ``place`` (a superset of those same_place says are)."""
        if not place:
            return []
        found: dict = {}
        if place.get("gazetteer_id"):
            found.update(self._by_row.get(place["gazetteer_id"], ()))
        spec = _spec(place)
        if spec == 4:
            found.update(self._by_country.get(place.get("country"), ()))
        else:
            found.update(self._by_name.get((place.get("name"), place.get("country")), ()))
            lat = _latitude(place) if spec < 3 else None
            if lat is not None:
                lo = bisect.bisect_left(self._lats, lat - _LAT_WINDOW)
                hi = bisect.bisect_right(self._lats, lat + _LAT_WINDOW)
                found.update(self._sites[lo:hi])
        return [found[seq] for seq in sorted(found)]
