"""What extraction needs from a gazetteer, as a small Protocol, and an adapter for ours.

Extraction never opens a gazetteer itself: the CLI and the package front door hand one in. Any
object with these methods will do (a test double, another gazetteer); :func:`place_book` wraps
:class:`geomove.gazetteer.Gazetteer`, which has the look-ups but not neighbours and borders.
"""

from __future__ import annotations

import functools
import struct
import weakref
from typing import Protocol, runtime_checkable

from ..errors import NO_BORDERS, NO_GAZETTEER
from .weights import BORDER_KM

# a name the store cannot take (a lone surrogate is a UnicodeEncodeError, a ValueError) is no country
NO_NAME = NO_GAZETTEER + (ValueError,)


@runtime_checkable
class PlaceBook(Protocol):
    """The gazetteer as extraction sees it."""

    def lookup(self, name: str) -> list[dict]:
        """PLACE dicts whose name or alternative name is ``name``."""

    def country(self, cc_or_name: str) -> dict | None:
        """The country PLACE for an ISO2 code, a name or a demonym."""

    def demonym(self, word: str) -> str | None:
        """ISO2 of the country a demonym names ('Iraqi' -> 'IQ')."""

    def neighbours(self, a: str | None, b: str | None) -> bool:
        """Do countries ``a`` and ``b`` share a land border?"""

    def near_border(self, place: dict, iso2: str | None, km: float = BORDER_KM) -> bool:
        """Does ``place`` lie within ``km`` of country ``iso2``'s territory?"""

    def country_at(self, lat: float, lon: float) -> str | None:
        """ISO2 of the country holding the point, None at sea."""


class GazetteerBook:
    """A :class:`~geomove.gazetteer.Gazetteer` seen as a :class:`PlaceBook`.

    Neighbours come from GeoNames' country info (the country row's ``neighbours``), borders
    from Natural Earth 10 m polygons; answers are cached per book, not per process, so two
    gazetteers never share them.
    """

    def __init__(self, gazetteer, *, weakly: bool = False):
        # ``weakly``: the book kept for ``gazetteer`` in _BOOKS, a WeakKeyDictionary; a value
        # that held its key kept the entry, and so every gazetteer a process read with, its
        # connections and files, alive to the end
        self._gazetteer = weakref.ref(gazetteer) if weakly else (lambda: gazetteer)
        self._countries: dict[str, dict | None] = {}
        self._demonyms: dict[str, str | None] = {}
        self._borders: dict[tuple, bool] = {}

    @property
    def gazetteer(self):
        return self._gazetteer()

    def lookup(self, name: str) -> list[dict]:
        return self._gazetteer().lookup(name)

    def country(self, cc_or_name: str) -> dict | None:
        if cc_or_name not in self._countries:
            try:
                self._countries[cc_or_name] = self._gazetteer().country(cc_or_name)
            except NO_NAME:  # a malformed name is no country; extraction goes on without it
                self._countries[cc_or_name] = None
        return self._countries[cc_or_name]

    def demonym(self, word: str) -> str | None:
        if word not in self._demonyms:
            try:
                self._demonyms[word] = self._gazetteer().demonym(word)
            except NO_NAME:
                self._demonyms[word] = None
        return self._demonyms[word]

    def neighbours(self, a: str | None, b: str | None) -> bool:
        if not a or not b:
            return False
        raw = (self.country(a) or {}).get("raw") or {}
        return b in (raw.get("neighbours") or "").split(",")

    def near_border(self, place: dict, iso2: str | None, km: float = BORDER_KM) -> bool:
        if not iso2 or place.get("lat") is None:
            return False
        key = (iso2, round(place["lat"], 4), round(place["lon"], 4), km)
        if key not in self._borders:
            self._borders[key] = _near_border(place, iso2, km)
        return self._borders[key]

    def country_at(self, lat: float, lon: float) -> str | None:
        return self._gazetteer().country_at(lat, lon)


def _near_border(place: dict, iso2: str, km: float) -> bool:
    plain = _near_border_plain(place["lat"], place["lon"], iso2, km)
    if plain is not None:
        return plain
    try:
        import shapely
        from ..borders import country_parts
        parts = country_parts(iso2)  # that country's outline only, not the world's
    except NO_BORDERS:  # no polygons: no inference, which is the cautious answer
        return False
    point = shapely.Point(place["lon"], place["lat"])
    degrees = km / 111.0
    return any(part.distance(point) <= degrees for part in parts)


# Most processes ask a handful of border questions (two in a batch of 380 reports): shapely and
# numpy cost ~0.1 CPU s to import for them. _near_border_plain answers from the country's
# polygons read straight from the layer's cached well-known binary, in plain Python, and leaves
# to shapely only what it cannot answer for sure: a distance within _PLAIN_TOLERANCE_DEG of the
# bar (shapely's and this arithmetic's last bits may differ), a polygon it does not read, or no
# cached layer.
_PLAIN_TOLERANCE_DEG = 1e-9


def _near_border_plain(lat: float, lon: float, iso2: str, km: float) -> bool | None:
    """``any(part.distance(Point(lon, lat)) <= km / 111.0 for part in borders.country_parts(iso2))``
    (planar distance in degrees, 0 inside a part) without shapely; None when unsure."""
    degrees = km / 111.0
    tol = _PLAIN_TOLERANCE_DEG
    if not degrees > 10 * tol:
        return None
    parts = _plain_parts(iso2)
    if parts is None:
        return None
    x, y = lon, lat
    unsure = False
    for (minx, miny, maxx, maxy), rings in parts:
        # the part's box first: a point farther from the box is farther from the part
        dx = minx - x if x < minx else (x - maxx if x > maxx else 0.0)
        dy = miny - y if y < miny else (y - maxy if y > maxy else 0.0)
        if dx * dx + dy * dy > (degrees + tol) ** 2:
            continue
        least = _plain_ring_distance(x, y, rings)
        if least <= degrees - tol:
            return True
        if _plain_inside(x, y, rings):
            return True  # (a distance of 0: not near an edge, so the crossing count is sure)
        if least <= degrees + tol:
            unsure = True
    return None if unsure else False


def _plain_ring_distance(x: float, y: float, rings: list) -> float:
    """The smallest planar distance from (x, y) to the edges of ``rings`` (flat x, y tuples)."""
    best = float("inf")
    for ring in rings:
        ax, ay = ring[0], ring[1]
        for i in range(2, len(ring), 2):
            bx, by = ring[i], ring[i + 1]
            ex, ey = bx - ax, by - ay
            px, py = x - ax, y - ay
            len2 = ex * ex + ey * ey
            t = (px * ex + py * ey) / len2 if len2 > 0.0 else 0.0
            if t <= 0.0:
                d2 = px * px + py * py
            elif t >= 1.0:
                qx, qy = x - bx, y - by
                d2 = qx * qx + qy * qy
            else:
                qx, qy = px - t * ex, py - t * ey
                d2 = qx * qx + qy * qy
            if d2 < best:
                best = d2
            ax, ay = bx, by
    return best ** 0.5


def _plain_inside(x: float, y: float, rings: list) -> bool:
    """Is (x, y) inside the polygon of ``rings`` (the shell, then its holes)? By crossings of a
    ray: sure for a point not on an edge."""
    for k, ring in enumerate(rings):
        inside = False
        ax, ay = ring[0], ring[1]
        for i in range(2, len(ring), 2):
            bx, by = ring[i], ring[i + 1]
            if (ay > y) != (by > y) and x < (bx - ax) * (y - ay) / (by - ay) + ax:
                inside = not inside
            ax, ay = bx, by
        if inside != (k == 0):
            return False  # outside the shell, or inside a hole
    return True


@functools.lru_cache(maxsize=64)
def _plain_parts(iso2: str) -> list | None:
    """[((minx, miny, maxx, maxy), [ring as flat (x, y, x, y, ...) tuple, shell first])] of the
    polygon parts of ``iso2``, read from the layer's cached copy (borders.cached_country_rows, as
    borders.country_parts reads it); None without that copy or with geometry this reader does not
    know."""
    try:
        from ..borders import cached_country_rows
        blobs = cached_country_rows(iso2)
        if blobs is None:
            return None
        parts = []
        for blob in blobs:
            polygons = _wkb_polygons(blob)
            if polygons is None:
                return None
            parts += polygons
    except Exception:  # noqa: BLE001 (anything unexpected: shapely answers, as before)
        return None
    out = []
    for rings in parts:
        if not rings or any(len(r) < 8 for r in rings):
            return None
        shell = rings[0]
        xs, ys = shell[0::2], shell[1::2]
        out.append(((min(xs), min(ys), max(xs), max(ys)), rings))
    return out


def _wkb_polygons(data: bytes) -> list | None:
    """The polygons of a 2-D WKB Polygon or MultiPolygon, each a list of rings (flat x, y
    tuples); None for anything else (3-D, other types, extended WKB) or a short blob."""
    polygons: list = []

    def polygon(at: int) -> int:
        order = "<" if data[at] == 1 else ">"
        (kind,) = struct.unpack_from(order + "I", data, at + 1)
        if kind != 3:
            raise ValueError(kind)
        (nrings,) = struct.unpack_from(order + "I", data, at + 5)
        at += 9
        rings = []
        for _ in range(nrings):
            (npoints,) = struct.unpack_from(order + "I", data, at)
            rings.append(struct.unpack_from(f"{order}{2 * npoints}d", data, at + 4))
            at += 4 + 16 * npoints
        polygons.append(rings)
        return at

    try:
        order = "<" if data[0] == 1 else ">"
        (kind,) = struct.unpack_from(order + "I", data, 1)
        if kind == 3:
            end = polygon(0)
        elif kind == 6:
            (count,) = struct.unpack_from(order + "I", data, 5)
            end = 9
            for _ in range(count):
                end = polygon(end)
        else:
            return None
    except (struct.error, ValueError, IndexError):
        return None
    return polygons if end == len(data) else None


class NoBook:
    """A place book that knows nothing: extraction from mentions handed in, without inference."""

    def lookup(self, name: str) -> list[dict]:
        return []

    def country(self, cc_or_name: str) -> dict | None:
        return None

    def demonym(self, word: str) -> str | None:
        return None

    def neighbours(self, a, b) -> bool:
        return False

    def near_border(self, place, iso2, km: float = BORDER_KM) -> bool:
        return False

    def country_at(self, lat, lon) -> str | None:
        return None


def place_book(gazetteer) -> PlaceBook:
    """``gazetteer`` as a PlaceBook: itself when it already is one, else wrapped."""
    if gazetteer is None:
        return NoBook()
    try:  # one book per gazetteer, so its answers are cached across reports
        book = _BOOKS.get(gazetteer)
    except TypeError:  # not weakly referable
        book = None
    if book is not None:  # asked first: the Protocol check below costs ~16 µs a report
        return book
    if isinstance(gazetteer, PlaceBook):
        return gazetteer
    try:
        book = _BOOKS[gazetteer] = GazetteerBook(gazetteer, weakly=True)
        return book
    except TypeError:  # not weakly referable: a fresh book
        return GazetteerBook(gazetteer)


_BOOKS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
