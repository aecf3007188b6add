"""Which movements read so far may share an end with a new route, told by keys of their ends.

A clause's route is compared (events.same_event) with every movement in reach, and in the
verdict alone that is asked (``settle``) two movements are one only when they share an end:
their origins are one place or one holds the other, or their destinations are compatible
(places.compatible). A sentence of seven hundred clauses ("troops moved from A to B; units
left C for D; ...") compared each route with every movement before it, all of them in reach:
a second for 16,000 characters. The keys below let a route skip, at the cost of a few set
tests, the movements none of whose ends can be compatible with its own.

The keys hold only for a plain point (a settlement or a site, not a border, an airfield or a
base, a district, an area, a river or a sea): two plain points are compatible only when they
are one gazetteer row, lie within SAME_SITE_KM of each other, or one is a city named like its
province and both lie in it (places.compatible, its branches written out; the others need an
area, a border, a river or a sea, a district, an airfield or a base). Any other end, a point
with no finite coordinates or one beyond 60 degrees of latitude may meet any end: the
comparison is made as before. So may a route with no end but places passed (a title's
passage: events._title_passage_told).
"""

from __future__ import annotations

import math

from ..distance import EARTH_DIAMETER_KM
from .places import _is_border, _spec
from .weights import SAME_ROW_KM, SAME_SITE_KM

# (a band of latitude wider than the farthest two points of one site can lie apart: two such
# points lie in one band or two next to each other, whatever their longitude; a great circle
# between them is at least as long as the meridian between their latitudes)
_BAND_DEGREES = 0.5
_KM_PER_DEGREE = EARTH_DIAMETER_KM * math.pi / 360.0
assert max(SAME_SITE_KM, SAME_ROW_KM) < _BAND_DEGREES * _KM_PER_DEGREE
# (and a band of longitude, below this latitude, wider than the same distance at its edge: the
# distance is at least the chord of the longitudes at the higher latitude)
_LON_BAND_DEGREES = 1.0
_LON_BANDS = int(360 / _LON_BAND_DEGREES)
_LON_BANDED_BELOW = 60.0
assert max(SAME_SITE_KM, SAME_ROW_KM) < _LON_BAND_DEGREES * _KM_PER_DEGREE * math.cos(math.radians(_LON_BANDED_BELOW))

_NOT_PLAIN_KINDS = frozenset({"airfield", "base", "admin2"})  # (a site of a city, a district named after a town)

ANY = "any"  # the keys of an end that may meet any other
_NO_END = (frozenset(), frozenset())  # (no end: it shares none)


def _plain_point(place: dict) -> bool:
    """A point whose compatibility with another plain point is only a shared row, a shared
    site or a shared province named like one of them (see the module)."""
    return _spec(place) < 2 and place.get("kind") not in _NOT_PLAIN_KINDS and not _is_border(place)


def _bands(lat: float, lon: float) -> tuple[int, int]:
    return int(math.floor(lat / _BAND_DEGREES)), int(math.floor((lon % 360.0) / _LON_BAND_DEGREES)) % _LON_BANDS


def _own_and_near(place: dict) -> tuple[frozenset, frozenset] | str:
    """The keys an end has, and those of the ends it may meet; ANY: it may meet any."""
    if not _plain_point(place):
        return ANY
    own, near = set(), set()
    row = place.get("gazetteer_id")
    if row:
        own.add(("row", row))
        near.add(("row", row))
    lat, lon = place.get("lat"), place.get("lon")
    if lat is not None and lon is not None:
        try:
            lat, lon = float(lat), float(lon)
        except (TypeError, ValueError):
            return ANY
        if not (math.isfinite(lat) and math.isfinite(lon)):
            return ANY
        if abs(lat) >= _LON_BANDED_BELOW:
            return ANY  # (far north or south a degree of longitude is too narrow to band by)
        band, lon_band = _bands(lat, lon)
        own.add(("band", band, lon_band))
        near.update(("band", band + d, (lon_band + e) % _LON_BANDS) for d in (-1, 0, 1) for e in (-1, 0, 1))
    admin = place.get("admin1")
    if admin:
        from ..names import name_key
        country = place.get("country")
        own.add(("in", admin, country))
        near.add(("named", admin, country))  # (a city named like the province it lies in)
        if name_key(place.get("name") or "") == name_key(admin):
            own.add(("named", admin, country))
            near.add(("in", admin, country))
    return frozenset(own), frozenset(near)


def _passage_only(draft) -> bool:
    """A route with no start and no end, only places passed ("... transits Miyako Strait"): the
    place passed may be the end it shares with another (events._title_passage_told)."""
    return draft.origin is None and draft.destination is None and bool(draft.via)


class EndKeys:
    """The keys of the ends of the movements of one reading, each worked out once per place
    object and once per movement object and its two ends (the reader makes a place once and
    does not change it, and may give a movement another end; each object is held so that its
    id is not reused while kept)."""

    __slots__ = ("_places", "_drafts")

    def __init__(self):
        self._places: dict[int, tuple] = {}
        self._drafts: dict[int, tuple] = {}

    def of(self, place: dict | None):
        """The (own, near) keys of an end, ANY, or _NO_END for no end."""
        if place is None:
            return _NO_END
        kept = self._places.get(id(place))
        if kept is None or kept[0] is not place:
            kept = self._places[id(place)] = (place, _own_and_near(place))
        return kept[1]

    def _ends_of(self, draft) -> tuple:
        kept = self._drafts[id(draft)] = (draft, draft.origin, draft.destination,
                                          self.of(draft.origin), self.of(draft.destination))
        return kept

    def route(self, new):
        """A test of each movement in turn: may it share an end with route ``new`` (their
        origins, or their destinations)? False only where events.same_event finds no shared
        end. None: a route with an end that may meet any is compared with every movement."""
        origin, destination = self.of(new.origin), self.of(new.destination)
        if origin is ANY or destination is ANY or _passage_only(new):
            return None
        near_origin, near_destination = origin[1], destination[1]
        kept_of, ends_of = self._drafts.get, self._ends_of

        def may_share_an_end(old) -> bool:
            kept = kept_of(id(old))
            if kept is None or kept[0] is not old or kept[1] is not old.origin or kept[2] is not old.destination:
                kept = ends_of(old)
            o, d = kept[3], kept[4]
            if o is _NO_END and d is _NO_END and old.via:
                return True  # (a title's passage alone may be the route's: events._title_passage_told)
            return (o is ANY and new.origin is not None) or (o is not ANY and not o[0].isdisjoint(near_origin)) \
                or (d is ANY and new.destination is not None) or (d is not ANY and not d[0].isdisjoint(near_destination))

        return may_share_an_end
