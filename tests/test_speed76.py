"""Session 41 (speed76): ranking in context made cheaper with the same answers.

- Gaps' plain loop walks its places by latitude (distance._LatitudeOrder) and passes those whose
  latitude alone puts them farther than the smallest gap so far: the floats must be the plain
  loop's, at the poles, on the antimeridian, with NaN and infinite radii and places left out.
- context._another_name keeps its answers: the kept function answers as no_place's.
"""

import math
import random

from geomove.distance import Gaps, _LatitudeOrder, haversine_km


def _plain(places, lat, lon, own):
    """The plain loop over every place (Gaps' documented float)."""
    best = math.inf
    for la, lo, u in places:
        gap = haversine_km(lat, lon, la, lo) - own - u
        if not gap > 0.0:
            return 0.0
        if gap < best:
            best = gap
    return best


def _same(a, b):
    return a == b or (a != a and b != b)


def test_the_walk_by_latitude_gives_the_plain_loops_float():
    rng = random.Random(76)
    checked = walked = 0
    for trial in range(1500):
        spread = rng.choice([0.01, 0.5, 5.0, 40.0, 180.0])
        clat, clon = rng.uniform(-89, 89), rng.uniform(-180, 180)
        places = [(max(-90.0, min(90.0, clat + rng.uniform(-spread, spread))),
                   clon + rng.uniform(-spread, spread) * 2,
                   rng.choice([0.0, 0.0, 3.0, 50.0, 300.0, rng.uniform(0, 300)]))
                  for _ in range(rng.randint(1, 39))]
        if trial % 17 == 0:
            places.append(rng.choice([(90.0, 10.0, 0.0), (-90.0, 0.0, 5.0), (45.0, 179.99, 0.0)]))
        left = rng.sample(range(len(places)), rng.randint(0, min(3, len(places) - 1)))
        gaps = Gaps(places).without(left)
        kept = [p for i, p in enumerate(places) if i not in set(left)]
        queries = [(max(-90.0, min(90.0, clat + rng.uniform(-spread, spread))), clon + rng.uniform(-spread, spread),
                    rng.choice([0.0, 1.0, 300.0])) for _ in range(rng.randint(1, 6))]
        if trial % 23 == 0:
            queries += [(math.nan, 1.0, 0.0), (10.0, 1.0, math.nan), (10.0, math.nan, 0.0),
                        (10.0, 1.0, math.inf), (10.0, 1.0, -math.inf), (-90.0, 180.0, 0.0)]
        got = gaps.smallest_many(queries)
        walked += bool(gaps._by_latitude)
        for (lat, lon, own), x in zip(queries, got):
            assert _same(x, _plain(kept, lat, lon, own)), (places, left, lat, lon, own, x)
            checked += 1
    assert checked > 5000 and walked > 1000  # (the walk itself was asked, not only the plain loop)


def test_places_beyond_the_poles_or_not_finite_keep_the_plain_loop():
    trig = [(math.radians(la), math.cos(math.radians(la)), lo, u)
            for la, lo, u in [(10.0, 1.0, 0.0)] * 5 + [(95.0, 1.0, 0.0)]]
    assert _LatitudeOrder.of(trig) is None  # (a latitude past 90: its sine no longer bounds the gap)
    trig[-1] = (0.1, math.cos(0.1), math.nan, 0.0)
    assert _LatitudeOrder.of(trig) is None
    places = [(10.0 + i, 1.0, 0.0) for i in range(8)] + [(95.0, 1.0, 0.0)]
    gaps = Gaps(places)
    assert gaps.smallest_many([(12.2, 1.0, 0.0)]) == [_plain(places, 12.2, 1.0, 0.0)]
    assert gaps._by_latitude is False  # (asked once, then the plain loop for good)


def test_the_walk_measures_few_of_a_long_row_of_places():
    # (a section's places strung along a meridian: a reading near one end measures its
    # neighbours, not the row; counted by a place whose radius is a float that counts its reads)
    places = [(float(i), 30.0, 0.0) for i in range(-60, 61)]
    order = _LatitudeOrder.of(Gaps(places)._kept)
    reads = []

    class Counted(float):
        def __rsub__(self, other):
            reads.append(1)
            return float.__rsub__(self, other)

    order.places = [(p, c, lo, Counted(u)) for p, c, lo, u in order.places]
    lat, lon = 40.3, 30.2
    p1 = math.radians(lat)
    assert order.smallest(p1, math.cos(p1), lon, 0.0) == _plain(places, lat, lon, 0.0)
    assert 0 < len(reads) < 10


def test_kept_other_names_answer_as_no_place_does():
    from geomove.mentions import context
    from geomove.mentions.no_place import _another_name as worked_out

    pairs = [("afgoye", "afgooye"), ("pokrovsk", "engels"), ("kiev", "kyiv"), ("gomel", "homyel"),
             ("santa rosa", "santa rosa de copan"), ("", "x"), ("enguri", "ankara")]
    for said, own in pairs * 2:
        assert context._another_name(said, own) == worked_out(said, own)

