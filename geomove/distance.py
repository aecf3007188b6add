"""Great-circle distance, the one formula every module measures "near" with."""

from __future__ import annotations

import itertools
import math
import sys
from bisect import bisect_left
from typing import ClassVar

EARTH_DIAMETER_KM = 12742.0  # twice the mean radius, 6,371 km
# math.radians(x) is x * (pi / 180) in C: ``x * RADIANS`` is the same double without the call
RADIANS = math.pi / 180.0
# km along a meridian per degree of latitude: two points d km apart are at least d / this many
# degrees of latitude apart, whatever their longitudes (the meridian arc is the shortest way
# between two latitudes), so a list sorted by latitude is cut to the band that can hold them
KM_PER_DEGREE_LATITUDE = EARTH_DIAMETER_KM / 2 * RADIANS


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in km between two WGS84 points on a sphere of the Earth's mean radius."""
    p1, p2 = lat1 * RADIANS, lat2 * RADIANS  # (math.radians's floats, see RADIANS)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin((lon2 - lon1) * RADIANS / 2) ** 2)
    return EARTH_DIAMETER_KM * math.asin(min(1.0, math.sqrt(a)))


def _unit_vectors(lat, lon):
    """Points given in radians (numpy arrays) as rows of points on the unit sphere: the chord
    between two is one subtraction and one sum of squares (or a dot product), where the
    haversine takes a dozen passes. Every numpy path of Gaps and NearestTable makes them so."""
    import numpy as np
    c = np.cos(lat)
    return np.stack([c * np.cos(lon), c * np.sin(lon), np.sin(lat)], axis=1)


class Gaps:
    """The smallest gap from a point to a fixed set of places, each place a (lat, lon, radius_km):
    ``min(max(0, haversine_km(point, place) - own_radius - radius))``, exactly as that Python
    expression gives it.

    A long text has thousands of places and asks this for every candidate of every name: one
    pass of numpy over all places finds the few that come within a metre of the smallest gap,
    and only those are measured again with :func:`haversine_km`'s arithmetic, so the answer is the same float
    the plain loop returns (numpy's and math's last bits may differ; a metre is far more than
    they can). Small sets are measured with the plain loop, and so is every set until numpy
    pays for its import: a batch of news reports never needs it, a long text soon does."""

    NUMPY_FROM: ClassVar[int] = 20  # (mentions.acceptance asks a Gaps from this many points, its own loop below)
    # numpy from this many places: below, the plain loop is quicker than numpy's per-call
    # overhead (replaying a batch's 277 calls on 20-31 places: plain 13 ms, numpy 16 ms without
    # its import; from ~40 places numpy is even, from 80 two to seven times quicker)
    ARRAYS_FROM: ClassVar[int] = 40
    # place pairs the plain loop measures on sets of ARRAYS_FROM or more before numpy is
    # imported for them: its import (~310M instructions, ~0.09 s) costs about 80,000 pairs of
    # the loop (~3,900 instructions a pair)
    IMPORT_AFTER: ClassVar[int] = 80_000
    # a smaller set asked many readings at once (a section of a long text: ~30 places, a name's
    # dozens of readings) is measured with numpy too once numpy is imported, from this many pairs:
    # one pass over the (readings x places) table costs less than the loop over them (replayed on
    # a 1 MB text's calls: 0.263 -> 0.225 s); single readings keep the plain loop
    MANY_PAIRS: ClassVar[int] = 300
    _pairs_measured: ClassVar[int] = 0  # (over the process: see _numpy_arrays)
    # the plain loop walks the places in order of latitude from this many (see _LatitudeOrder):
    # below, its sort costs more than the few places it spares
    BY_LATITUDE_FROM: ClassVar[int] = 6
    TOLERANCE_KM: ClassVar[float] = 1e-3

    def __init__(self, places: list[tuple[float, float, float]]):
        self.places = places
        self._left_out: list[int] = []
        # the numpy arrays, built once numpy pays (see _numpy_arrays), shared with the sets
        # made by without(): [arrays or None]
        self._shared: list = [None]
        # each place's latitude in radians and its cosine, as haversine_km works them out (the
        # same floats: the loop below repeats its arithmetic operation for operation)
        self._trig = [(math.radians(la), math.cos(math.radians(la)), lo, u) for la, lo, u in places]
        self._kept = self._trig  # the places measured by the plain loop (see without)
        self._shared_small: list = [None]  # the numpy form of a smaller set, for many readings at once (see _arrays_for_many)
        # the nearest places of readings told beforehand (see expect), shared with the sets made
        # by without(): [NearestTable, None while none was asked, or False: a place without a point]
        self._table: list = [None]
        self._left_set: frozenset | set = frozenset()
        self._by_latitude = None  # (the plain loop's places by latitude, made at its first use: _LatitudeOrder)

    def _numpy_arrays(self, queries: int):
        """The numpy form of the places, built on first need; None while the plain loop is the
        cheaper: a set of fewer than ARRAYS_FROM places, or numpy not imported yet and the
        plain loop has not measured IMPORT_AFTER pairs on larger sets (``queries`` points now
        are counted). Either way the answers are the same floats."""
        arrays = self._shared[0]
        if arrays is not None or len(self.places) < self.ARRAYS_FROM:
            return arrays
        if "numpy" not in sys.modules and Gaps._pairs_measured < self.IMPORT_AFTER:
            Gaps._pairs_measured += queries * len(self._kept)
            return None
        import numpy as np
        a = np.asarray(self.places, dtype=float).reshape(-1, 3)
        unit = _unit_vectors(np.radians(a[:, 0]), np.radians(a[:, 1]))
        arrays = self._shared[0] = (unit, a[:, 2].copy())
        return arrays

    def _arrays_for_many(self, queries: list[tuple[float, float, float]]):
        """The numpy form of a set smaller than ARRAYS_FROM, for ``queries`` asked at once: only
        once numpy is imported (a batch of news reports never imports it for this), for
        MANY_PAIRS pairs or more, and no NaN radius asked (the plain loop's answer for one is
        0.0, which the table's bound does not give). None otherwise."""
        if len(queries) < 2 or "numpy" not in sys.modules or len(queries) * len(self._kept) < self.MANY_PAIRS \
                or not all(own == own for _lat, _lon, own in queries):
            return None
        arrays = self._shared_small[0]
        if arrays is None:
            import numpy as np
            a = np.asarray(self.places, dtype=float).reshape(-1, 3)
            if np.isnan(a).any():
                arrays = self._shared_small[0] = False  # (a NaN place: the plain loop's 0.0, not the table's)
                return None
            unit = _unit_vectors(np.radians(a[:, 0]), np.radians(a[:, 1]))
            arrays = self._shared_small[0] = (unit, a[:, 2].copy())
        return arrays or None

    def __bool__(self) -> bool:
        return len(self.places) > len(self._left_out)

    def without(self, indexes) -> "Gaps":
        """The same places less those at ``indexes`` (distinct; the arrays are shared)."""
        if not indexes:
            return self
        other = object.__new__(Gaps)
        other.places, other._shared, other._left_out = self.places, self._shared, list(indexes)
        other._shared_small = self._shared_small
        other._trig = self._trig
        other._table = self._table
        # the plain loop's places, left out once here rather than on every call
        left_out = other._left_set = set(other._left_out)
        other._kept = [t for i, t in enumerate(self._trig) if i not in left_out]
        other._by_latitude = None
        return other

    def expect(self, points) -> None:
        """Tell the set the (lat, lon) points it is about to be asked about, by this set and by
        every set without() makes of it: when they are many against many places (a section of
        a long text: a few thousand readings against a hundred places), each point's nearest
        places are found now in one numpy pass (NearestTable), and each later call measures
        only those. A news report's few readings are not worth numpy's import: nothing is done."""
        table = self._table[0]
        if table is False:
            return
        new = {p for p in points if table is None or p not in table.rows}
        pairs = len(new) * len(self.places)
        if pairs < NearestTable.FROM_PAIRS and ("numpy" not in sys.modules or pairs < NearestTable.IMPORTED_FROM_PAIRS):
            return
        if table is None:
            table = NearestTable.of(self.places)
            self._table[0] = table if table is not None else False
            if table is None:
                return
        table.add(new)

    def smallest(self, lat: float, lon: float, own_radius: float) -> float:
        table = self._table[0]
        if table:
            found = table.answer(lat, lon, own_radius, self._left_set, self._trig)
            if found is not None:
                return found
        arrays = self._numpy_arrays(1)
        if arrays is None:
            trig = self._kept
        else:
            import numpy as np
            unit, radius = arrays
            p1, l1 = math.radians(lat), math.radians(lon)
            c1 = math.cos(p1)
            diff = unit - (c1 * math.cos(l1), c1 * math.sin(l1), math.sin(p1))
            # the great-circle distance is twice the arcsine of half the chord (times the radius);
            # fmin, not minimum: a NaN coordinate's chord is clamped to 1.0, as the loop's
            # ``s if s < 1.0 else 1.0`` clamps it (the far side of the Earth, not no gap)
            half_chord = np.sqrt(np.einsum("ij,ij->i", diff, diff)) * 0.5
            gaps = EARTH_DIAMETER_KM * np.arcsin(np.fmin(half_chord, 1.0)) - radius
            if self._left_out:
                gaps[self._left_out] = np.inf
            least = gaps.min() - own_radius
            # (overlapping beyond doubt: the plain loop's max(0, ...) gives 0.0 too; and a NaN,
            # which min() carries from any kept place or the radius asked, is no gap there either)
            if not least >= -self.TOLERANCE_KM:
                return 0.0
            near = np.flatnonzero(gaps <= max(least, 0.0) + own_radius + self.TOLERANCE_KM)
            trig = [self._trig[i] for i in near.tolist()]
        return self._exact(lat, lon, own_radius, trig)

    def smallest_many(self, queries: list[tuple[float, float, float]]) -> list[float]:
        """``[self.smallest(lat, lon, own_radius) for lat, lon, own_radius in queries]``, the
        same floats. The readings of one name are asked together: numpy's cost per call, not
        the number of places, is what a section of a long text with dozens of places pays, so
        one pass over a (readings x places) table replaces one pass per reading."""
        table = self._table[0]
        if table and queries:
            answer, left, trig = table.answer, self._left_set, self._trig
            found = [answer(lat, lon, own, left, trig) for lat, lon, own in queries]
            missing = [i for i, f in enumerate(found) if f is None]
            if missing:
                for i, f in zip(missing, self._smallest_many([queries[i] for i in missing])):
                    found[i] = f
            return found
        return self._smallest_many(queries)

    def _smallest_many(self, queries: list[tuple[float, float, float]]) -> list[float]:
        if len(self.places) < self.ARRAYS_FROM and "numpy" not in sys.modules:
            arrays = None  # (a news report's few places: what both calls below answer, without them)
        else:
            arrays = self._numpy_arrays(len(queries))
            if arrays is None:
                arrays = self._arrays_for_many(queries)
        if arrays is None:
            # (the plain loop's places, every query measured in this one loop: _exact's
            # arithmetic, operation for operation, without two calls a query)
            trig = self._kept
            # (radians(x) written x * RADIANS: the same float, one call a place fewer; x / 2
            # written x * 0.5: the same float, halving is exact either way)
            sin, asin, sqrt, cos, rad, inf = math.sin, math.asin, math.sqrt, math.cos, RADIANS, math.inf
            by_lat = self._by_latitude
            if by_lat is None and len(trig) >= self.BY_LATITUDE_FROM:
                by_lat = self._by_latitude = _LatitudeOrder.of(trig) or False
            out = []
            for lat, lon, own_radius in queries:
                p1 = lat * rad
                c1 = cos(p1)
                if by_lat and -90.0 <= lat <= 90.0:
                    out.append(by_lat.smallest(p1, c1, lon, own_radius))
                    continue
                best = inf
                for p2, c2, lo, u in trig:
                    a = sin((p2 - p1) * 0.5) ** 2 + c1 * c2 * sin((lo - lon) * rad * 0.5) ** 2
                    s = sqrt(a)
                    gap = EARTH_DIAMETER_KM * asin(s if s < 1.0 else 1.0) - own_radius - u
                    if not gap > 0.0:
                        best = 0.0
                        break
                    if gap < best:
                        best = gap
                out.append(best)
            return out
        if len(queries) < 2:
            return [self.smallest(lat, lon, own) for lat, lon, own in queries]
        import numpy as np
        unit, radius = arrays
        q = np.asarray(queries, dtype=float).reshape(-1, 3)
        diff = unit[None, :, :] - _unit_vectors(np.radians(q[:, 0]), np.radians(q[:, 1]))[:, None, :]
        half_chord = np.sqrt(np.einsum("qnk,qnk->qn", diff, diff)) * 0.5
        gaps = EARTH_DIAMETER_KM * np.arcsin(np.fmin(half_chord, 1.0)) - radius
        if self._left_out:
            gaps[:, self._left_out] = np.inf
        least = gaps.min(axis=1) - q[:, 2]
        bound = np.maximum(least, 0.0) + q[:, 2] + self.TOLERANCE_KM
        near: list[list] = [[] for _ in queries]
        rows, cols = np.nonzero(gaps <= bound[:, None])
        trig = self._trig
        for r, c in zip(rows.tolist(), cols.tolist()):
            near[r].append(trig[c])
        # (overlapping beyond doubt: the plain loop's max(0, ...) gives 0.0 too; so does a NaN,
        # which min() carries from any kept place or the radius asked, as the loop's ``not gap > 0.0``)
        overlapping = (~(least >= -self.TOLERANCE_KM)).tolist()
        return [0.0 if over else self._exact(lat, lon, own, found)
                for (lat, lon, own), over, found in zip(queries, overlapping, near)]

    @staticmethod
    def _exact(lat: float, lon: float, own_radius: float, trig) -> float:
        # haversine_km(lat, lon, la, lo) - own_radius - u for each place, inlined
        sin, asin, sqrt, rad = math.sin, math.asin, math.sqrt, RADIANS
        p1 = lat * rad
        c1 = math.cos(p1)
        best = math.inf
        for p2, c2, lo, u in trig:
            a = sin((p2 - p1) / 2) ** 2 + c1 * c2 * sin((lo - lon) * rad / 2) ** 2
            # min(1.0, s) and max(0.0, g) written out (the same floats, NaN included: min keeps
            # 1.0 unless s < 1.0, max keeps 0.0 unless g > 0.0), without two calls a place
            s = sqrt(a)
            gap = EARTH_DIAMETER_KM * asin(s if s < 1.0 else 1.0) - own_radius - u
            if not gap > 0.0:
                return 0.0  # no gap is smaller: the plain loop ends with this 0.0 too
            if gap < best:
                best = gap
        return best


class _LatitudeOrder:
    """A set's places for the plain loop (Gaps._kept: radians of latitude, its cosine, longitude,
    radius) sorted by latitude, to measure from a point only the places that may hold its smallest
    gap, walking north and south from its own latitude. Two places d km apart are at least
    d / KM_PER_DEGREE_LATITUDE degrees of latitude apart, and the loop's haversine keeps that: its
    sum under the root is the latitude's term plus a term never below 0 (both cosines are, within
    +-90 degrees), so the gap it gives is never below ``latitudes apart in km - own radius -
    radius``, less rounding far under MARGIN_KM. A place whose bound exceeds the smallest gap so
    far is passed, and the walk stops where even the largest radius cannot bring a place that
    near: the places measured give the same float as the loop over all (the smallest, or 0.0 where
    some gap is not positive, which no passed place's is). A report's readings in a section of a
    long text (places of a dozen reports, in as many theatres) are measured against a handful of
    their places instead of every one. None for places not all finite within +-90 degrees."""

    __slots__ = ("lats", "places", "reach")

    MARGIN_KM = 1e-3  # (the haversine's rounding, ~1e-11 km, many times over)

    def __init__(self, lats: list, places: list, reach: float):
        self.lats, self.places, self.reach = lats, places, reach

    @classmethod
    def of(cls, trig: list) -> "_LatitudeOrder | None":
        half_pi = 90.0 * RADIANS
        if not all(-half_pi <= p <= half_pi and math.isfinite(lo) and math.isfinite(u) for p, _c, lo, u in trig):
            return None
        places = sorted(trig, key=_first)
        return cls([t[0] for t in places], places, max(t[3] for t in places))

    def smallest(self, p1: float, c1: float, lon: float, own_radius: float) -> float:
        """The plain loop's float for a point at latitude ``p1`` (radians, within +-90 degrees)
        whose cosine is ``c1``."""
        sin, asin, sqrt, rad = math.sin, math.asin, math.sqrt, RADIANS
        half = EARTH_DIAMETER_KM * 0.5
        places, margin = self.places, self.MARGIN_KM
        far = self.reach + margin  # (beyond, no place can be nearer: the walk that way ends)
        best = bound = math.inf  # (bound: best + margin, the bar a place's lower bound must pass)
        start = bisect_left(self.lats, p1)
        # north from the point's latitude (p2 >= p1), then south (p2 < p1): each walk ends where
        # no place farther that way can be nearer
        for order in (range(start, len(places)), range(start - 1, -1, -1)):
            for i in order:
                p2, c2, lo, u = places[i]
                apart = p2 - p1
                lower = half * (apart if apart >= 0.0 else -apart) - own_radius
                if lower - far > best:
                    break
                if lower - u > bound:
                    continue
                a = sin(apart * 0.5) ** 2 + c1 * c2 * sin((lo - lon) * rad * 0.5) ** 2
                s = sqrt(a)
                gap = EARTH_DIAMETER_KM * asin(s if s < 1.0 else 1.0) - own_radius - u
                if not gap > 0.0:
                    return 0.0
                if gap < best:
                    best = gap
                    bound = gap + margin
        return best


def _first(t: tuple) -> float:
    return t[0]


class NearestTable:
    """Each told point's KEEP nearest places of a Gaps set (by numpy's gap, from the place's
    edge: the chord's arcsine less its radius), found for many points in one pass, and the gap
    of the first place beyond them. A call then measures only the kept places within MARGIN_KM
    of the smallest gap, with the plain loop's arithmetic (Gaps._exact): the same floats as
    Gaps' other paths. Where that cannot be told from the kept places (every one left out by
    without(), or the place beyond them within the margin too), it answers None and the caller
    measures as before.

    A section of a long text asks its names' readings (thousands) against its places (dozens)
    once a name and a context each: per call, numpy's set-up or the plain loop over every
    place cost more than the pass that finds every reading's neighbours at once."""

    KEEP: ClassVar[int] = 8
    # told points x places from which the table pays: numpy's import (~0.09 s) is ~80,000 pairs
    # of the plain loop (Gaps.IMPORT_AFTER), and a news report asks a few thousand pairs
    FROM_PAIRS: ClassVar[int] = 50_000
    IMPORTED_FROM_PAIRS: ClassVar[int] = 500  # (once numpy is imported: a pass costs ~0.1 ms, the loop ~0.5 us a pair)
    CHUNK_PAIRS: ClassVar[int] = 1_000_000  # (points x places a pass holds at once: ~8 MB a float64 array)
    # numpy's gaps come from the chord by a dot product, 2 - 2 u.v, whose rounding near zero
    # is ~0.2 m (1e-15 of the chord squared); every place within this margin of the smallest
    # is measured exactly, so the nearest is among them while numpy errs by less than half of it
    MARGIN_KM: ClassVar[float] = 0.01
    SORT_ALL_BELOW: ClassVar[int] = 64  # (a row of fewer places is sorted whole: quicker than a partition, then a sort)

    __slots__ = ("unit", "radius", "rows")

    def __init__(self, unit, radius):
        self.unit, self.radius = unit, radius
        # (lat, lon) -> (indexes of the nearest places, their gaps ascending, the gap beyond them)
        self.rows: dict[tuple[float, float], tuple[list, list, float]] = {}

    @classmethod
    def of(cls, places: list[tuple[float, float, float]]) -> "NearestTable | None":
        """The table of ``places``; None for a set with a place that is not all finite (the
        plain loop's answers for a NaN are not what a bound on numpy's gaps would give)."""
        import numpy as np
        a = np.asarray(places, dtype=float).reshape(-1, 3)
        if not len(a) or not np.isfinite(a).all():
            return None
        unit = _unit_vectors(np.radians(a[:, 0]), np.radians(a[:, 1]))
        return cls(np.ascontiguousarray(unit.T), a[:, 2].copy())

    def add(self, points) -> None:
        """Find the nearest places of ``points`` ((lat, lon) pairs not yet in the table; a point
        that is not finite is left to the other paths)."""
        import numpy as np
        pts = [p for p in points if math.isfinite(p[0]) and math.isfinite(p[1])]
        if not pts:
            return
        n = len(self.radius)
        keep = min(self.KEEP, n)
        q = np.fromiter(itertools.chain.from_iterable(pts), dtype=float, count=2 * len(pts)).reshape(-1, 2)
        q = np.radians(q)
        qunit = _unit_vectors(q[:, 0], q[:, 1])
        step = max(1, self.CHUNK_PAIRS // n)
        rows = self.rows
        for lo in range(0, len(pts), step):
            half_chord = np.sqrt(np.maximum(2.0 - 2.0 * (qunit[lo:lo + step] @ self.unit), 0.0)) * 0.5
            gaps = EARTH_DIAMETER_KM * np.arcsin(np.fmin(half_chord, 1.0)) - self.radius
            if keep < n:
                if n < self.SORT_ALL_BELOW:
                    order = np.argsort(gaps, axis=1)[:, :keep + 1]
                else:
                    part = np.argpartition(gaps, keep, axis=1)[:, :keep + 1]
                    part_gaps = np.take_along_axis(gaps, part, axis=1)
                    order = np.take_along_axis(part, np.argsort(part_gaps, axis=1), axis=1)
                ordered = np.take_along_axis(gaps, order, axis=1)
                beyond = ordered[:, keep].tolist()
                idx, vals = order[:, :keep].tolist(), ordered[:, :keep].tolist()
            else:
                order = np.argsort(gaps, axis=1)
                idx, vals = order.tolist(), np.take_along_axis(gaps, order, axis=1).tolist()
                beyond = itertools.repeat(math.inf)
            for p, i, v, b in zip(pts[lo:lo + step], idx, vals, beyond):
                rows[p] = (i, v, b)

    def answer(self, lat: float, lon: float, own_radius: float, left, trig) -> float | None:
        """Gaps.smallest's float for a told point, the places at ``left`` left out (``trig``:
        the set's places as its plain loop reads them); None when the kept places cannot tell."""
        row = self.rows.get((lat, lon))
        if row is None or not own_radius == own_radius:
            return None
        idx, vals, beyond = row
        bound = None
        near = []
        for i, g in zip(idx, vals):
            if left and i in left:
                continue
            if bound is None:
                least = g - own_radius
                bound = (least if least > 0.0 else 0.0) + own_radius + self.MARGIN_KM
            if g <= bound:
                near.append(trig[i])
            else:
                break  # (ascending: no later place is within the bound)
        if bound is None or not beyond > bound:
            return None  # every kept place left out, or more places within the margin than kept
        # (an overlap, a gap not above 0.0, is among them too: _exact answers it with 0.0)
        return Gaps._exact(lat, lon, own_radius, near)
