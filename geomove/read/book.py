"""What extraction needs from a gazetteer, as a small Protocol, and an adapter for ours.

Extraction never opens a gazetteer itself: the CLI and the package front door hand one in. Any
object with these methods will do (a test double, another gazetteer); :func:`place_book` wraps
:class:`geomove.gazetteer.Gazetteer`, which has the look-ups but not neighbours and borders.
"""

from __future__ import annotations

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

    def __init__(self, gazetteer):
        self.gazetteer = gazetteer
        self._countries: dict[str, dict | None] = {}
        self._demonyms: dict[str, str | None] = {}
        self._borders: dict[tuple, bool] = {}

    def lookup(self, name: str) -> list[dict]:
        return self.gazetteer.lookup(name)

    def country(self, cc_or_name: str) -> dict | None:
        if cc_or_name not in self._countries:
            try:
                self._countries[cc_or_name] = self.gazetteer.country(cc_or_name)
            except NO_NAME:  # a malformed name is no country; extraction goes on without it
                self._countries[cc_or_name] = None
        return self._countries[cc_or_name]

    def demonym(self, word: str) -> str | None:
        if word not in self._demonyms:
            try:
                self._demonyms[word] = self.gazetteer.demonym(word)
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
        return self.gazetteer.country_at(lat, lon)


def _near_border(place: dict, iso2: str, km: float) -> bool:
    try:
        import shapely
        from ..borders import country_parts
        parts = country_parts(iso2)  # that country's outline only, not the world's
    except NO_BORDERS:  # no polygons: no inference, which is the cautious answer
        return False
    point = shapely.Point(place["lon"], place["lat"])
    degrees = km / 111.0
    return any(part.distance(point) <= degrees for part in parts)


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
        book = _BOOKS[gazetteer] = GazetteerBook(gazetteer)
        return book
    except TypeError:  # not weakly referable: a fresh book
        return GazetteerBook(gazetteer)


_BOOKS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
