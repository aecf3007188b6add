"""Great-circle distance, the one formula every module measures "near" with."""

from __future__ import annotations

import math
import sys

EARTH_DIAMETER_KM = 12742.0  # twice the mean radius, 6,371 km
# math.radians(x) is x * (pi / 180) in C: ``x * RADIANS`` is the same double without the call
RADIANS = math.pi / 180.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in km between two WGS84 points on a sphere of the Earth's mean radius."""
    p1, p2 = lat1 * RADIANS, lat2 * RADIANS  # (math.radians's floats, see RADIANS)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin((lon2 - lon1) * RADIANS / 2) ** 2)
    return EARTH_DIAMETER_KM * math.asin(min(1.0, math.sqrt(a)))


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

    NUMPY_FROM = 20  # (mentions.acceptance asks a Gaps from this many points, its own loop below)
    # numpy from this many places: below, the plain loop is quicker than numpy's per-call
    # overhead (replaying a batch's 277 calls on 20-31 places: plain 13 ms, numpy 16 ms without
    # its import; from ~40 places numpy is even, from 80 two to seven times quicker)
    ARRAYS_FROM = 40
    # place pairs the plain loop measures on sets of ARRAYS_FROM or more before numpy is
    # imported for them: its import (~310M instructions, ~0.09 s) costs about 80,000 pairs of
    # the loop (~3,900 instructions a pair)
    IMPORT_AFTER = 80_000
    # a smaller set asked many readings at once (a section of a long text: ~30 places, a name's
    # dozens of readings) is measured with numpy too once numpy is imported, from this many pairs:
    # one pass over the (readings x places) table costs less than the loop over them (replayed on
    # a 1 MB text's calls: 0.263 -> 0.225 s); single readings keep the plain loop
    MANY_PAIRS = 300
    _pairs_measured = 0  # (over the process: see _numpy_arrays)
    TOLERANCE_KM = 1e-3

    def __init__(self, places: list[tuple[float, float, float]]):
        self.places = places
        self._left_out: list[int] = []
        # the numpy arrays, built once numpy pays (see _numpy_arrays), shared with the sets
        # made by without(): [arrays or None]
        self._shared = [None]
        # each place's latitude in radians and its cosine, as haversine_km works them out (the
        # same floats: the loop below repeats its arithmetic operation for operation)
        self._trig = [(math.radians(la), math.cos(math.radians(la)), lo, u) for la, lo, u in places]
        self._kept = self._trig  # the places measured by the plain loop (see without)
        self._shared_small = [None]  # the numpy form of a smaller set, for many readings at once (see _arrays_for_many)

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
        lat, lon = np.radians(a[:, 0]), np.radians(a[:, 1])
        # each place as a point on the unit sphere: the chord to the point asked about is
        # one subtraction and one sum of squares, where the haversine takes a dozen passes
        unit = np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=1)
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
            lat, lon = np.radians(a[:, 0]), np.radians(a[:, 1])
            unit = np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=1)
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
        # the plain loop's places, left out once here rather than on every call
        left_out = set(other._left_out)
        other._kept = [t for i, t in enumerate(self._trig) if i not in left_out]
        return other

    def smallest(self, lat: float, lon: float, own_radius: float) -> float:
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
            out = []
            for lat, lon, own_radius in queries:
                p1 = lat * rad
                c1 = cos(p1)
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
        p1, l1 = np.radians(q[:, 0]), np.radians(q[:, 1])
        c1 = np.cos(p1)
        diff = unit[None, :, :] - np.stack([c1 * np.cos(l1), c1 * np.sin(l1), np.sin(p1)], axis=1)[:, None, :]
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
