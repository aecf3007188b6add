"""A geopy geocoder backed by the offline gazetteer, so existing geopy code runs offline.

>>> from geomove.geocoder import Geomove
>>> Geomove().geocode("Tell Tamer", country_codes="SY")  # doctest: +SKIP
Location(Tal Tamr, SY, (36.65556, 40.37079, 0.0))
"""

from __future__ import annotations

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from .gazetteer import Gazetteer


class Geomove(Geocoder):
    """geopy ``Geocoder`` over :class:`geomove.gazetteer.Gazetteer`; never touches the network.

    ``geocode`` returns None, one ``Location`` or (``exactly_one=False``) a list; each
    Location's ``raw`` is the gazetteer PLACE dict (with ``score``, ``why`` and the row).
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, min_score: float | None = None, **kwargs):
        from .gazetteer.ranking import NO_PLACE
        super().__init__(**kwargs)
        self._gazetteer = gazetteer
        self.min_score = NO_PLACE if min_score is None else min_score

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    def geocode(self, query, *, exactly_one=True, timeout=None, limit=None, country_codes=None,
                near=None, kind=None, context=None):
        """Look ``query`` up offline. ``country_codes`` (one ISO2 code or a list) binds: only
        places in those countries are answers, and none is an empty answer."""
        if isinstance(query, dict):
            query = ", ".join(str(v) for v in query.values() if v)
        if isinstance(country_codes, str):
            country_codes = [country_codes]
        codes = [c.strip().upper() for c in (country_codes or ()) if c and c.strip()]
        if near is not None and not isinstance(near, tuple):
            p = Point(near)
            near = (p.latitude, p.longitude)
        from .gazetteer.answers import answers
        want = 1 if exactly_one else (limit or 10)
        # areas (areas.csv) answer too; hints bind; a loose spelling far from every reading
        # spelled as asked is no answer (see geomove.gazetteer.answers)
        found = answers(self.gazetteer, str(query), countries=codes, near=near, kind=kind, context=context,
                        limit=max(want, 5))
        found = [c for c in found if c["score"] >= self.min_score and (not codes or c.get("country") in codes
                                                                      or c["gazetteer_id"].startswith("geomove-area:"))]
        found = found[:want]
        locations = [self._location(c) for c in found]
        if exactly_one:
            return locations[0] if locations else None
        return locations

    def reverse(self, query, *, exactly_one=True, timeout=None):
        raise NotImplementedError("geomove's gazetteer does not reverse-geocode (try Gazetteer.country_at)")

    @staticmethod
    def _location(place: dict) -> Location:
        address = ", ".join(x for x in (place["name"], place.get("admin1"), place.get("country")) if x)
        return Location(address, Point(place["lat"], place["lon"]), place)
