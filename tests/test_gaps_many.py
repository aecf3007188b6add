"""Gaps.smallest_many: the readings of one name measured together give the very floats that
one call a reading gives (ranking in context caches them and prints them in its why)."""

import random
import subprocess
import sys

import pytest

from geomove.distance import Gaps, haversine_km


@pytest.fixture(autouse=True)
def numpy_pays(monkeypatch):
    """Sets of ARRAYS_FROM places or more measured with numpy, as once its import has paid (a
    process starts with the plain loop: see test_numpy_is_imported_only_once_it_pays)."""
    monkeypatch.setattr(Gaps, "_pairs_measured", Gaps.IMPORT_AFTER)


def test_smallest_many_is_the_plain_loops_float_for_every_reading():
    rng = random.Random(11)
    for trial in range(80):
        n = rng.choice([3, 20, 45, 120])
        places = [(rng.uniform(-80, 80), rng.uniform(-180, 180), rng.choice([0.0, 2.5, 60.0, 300.0]))
                  for _ in range(n)]
        if trial % 2:
            places = [(la % 2, lo % 2, u) for la, lo, u in places]  # crowded: ties and overlaps
        left_out = rng.sample(range(n), rng.randint(0, n - 1))
        gaps = Gaps(places).without(left_out)
        kept = [p for i, p in enumerate(places) if i not in set(left_out)]
        queries = []
        for _ in range(rng.randint(1, 9)):
            lat, lon, own = rng.uniform(-80, 80), rng.uniform(-180, 180), rng.choice([0.0, 40.0, 300.0])
            if trial % 2:
                lat, lon = lat % 2, lon % 2
            queries.append((lat, lon, own))
        plain = [min(max(0.0, haversine_km(lat, lon, la, lo) - own - u) for la, lo, u in kept)
                 for lat, lon, own in queries]
        assert gaps.smallest_many(queries) == plain
        assert [gaps.smallest(*q) for q in queries] == plain


def test_a_place_on_the_reading_itself_is_no_gap_and_an_empty_ask_is_no_work():
    places = [(36.2 + i / 100, 37.1, 0.0) for i in range(30)]
    gaps = Gaps(places)
    assert gaps.smallest_many([(36.2, 37.1, 0.0), (36.25, 37.1, 0.0)]) == [0.0, 0.0]
    assert gaps.smallest_many([]) == []
    far = gaps.smallest_many([(51.5, -0.1, 0.0), (36.2, 37.1, 5.0)])
    assert far[0] > 2000 and far[1] == 0.0


def test_a_name_far_from_every_other_name_is_judged_as_by_every_pair():
    from geomove.gazetteer.ranking import FAR_NAMESAKE_KM, _far_from_every_other_name

    rng = random.Random(5)
    for _ in range(200):
        by_key = {f"n{i}": {(rng.uniform(-60, 60), rng.uniform(-170, 170)): None for _ in range(rng.randint(1, 3))}
                  for i in range(rng.randint(1, 6))}
        for k in by_key:
            others = [p for k2, ps in by_key.items() if k2 != k for p in ps]
            every_pair = all(haversine_km(la, lo, la2, lo2) > FAR_NAMESAKE_KM
                             for la, lo in by_key[k] for la2, lo2 in others)
            assert _far_from_every_other_name(by_key, k) == every_pair


def test_small_sets_measured_in_one_loop_give_exacts_floats_nan_and_empty_included():
    """smallest_many's own loop for the plain sets (speed21) is _exact's arithmetic: the same
    float for every query, NaN radii (no gap: 0.0) and an empty set (inf) included."""
    import math

    rng = random.Random(21)
    for trial in range(300):
        n = rng.randint(0, Gaps.NUMPY_FROM - 1)
        places = [(rng.uniform(-89, 89), rng.uniform(-180, 180), rng.choice([0.0, 3.0, 300.0, math.nan]))
                  for _ in range(n)]
        if trial % 3 == 0:
            places = [(la % 1, lo % 1, u) for la, lo, u in places]
        gaps = Gaps(places)
        if n and trial % 2:
            gaps = gaps.without(rng.sample(range(n), rng.randint(1, n)))
        queries = [(rng.uniform(-89, 89) % (1 if trial % 3 == 0 else 180), rng.uniform(-180, 180),
                    rng.choice([0.0, 40.0, math.nan])) for _ in range(rng.randint(0, 6))]
        got = gaps.smallest_many(queries)
        want = [Gaps._exact(la, lo, own, gaps._kept) for la, lo, own in queries]
        assert [repr(g) for g in got] == [repr(w) for w in want]
        assert [repr(g) for g in got] == [repr(gaps.smallest(*q)) for q in queries]


def test_numpy_is_imported_only_once_it_pays():
    """A fresh process measures with the plain loop (no numpy import, ~0.09 s) until the loop has
    measured IMPORT_AFTER pairs on sets of ARRAYS_FROM places or more; small sets never count.
    The floats are the same before and after the switch."""
    code = """
import random, sys
from geomove.distance import Gaps, haversine_km
rng = random.Random(3)
small = Gaps([(rng.uniform(30, 40), rng.uniform(30, 40), 0.0) for _ in range(Gaps.ARRAYS_FROM - 1)])
for _ in range(3000):
    small.smallest_many([(35.0, 35.0, 0.0), (36.0, 36.0, 0.0)])
assert 'numpy' not in sys.modules and Gaps._pairs_measured == 0
places = [(rng.uniform(30, 40), rng.uniform(30, 40), 0.0) for _ in range(100)]
big = Gaps(places)
others = big.without([0, 1])
switched = None
for i in range(Gaps.IMPORT_AFTER // 300 + 2):
    qs = [(rng.uniform(30, 40), rng.uniform(30, 40), 0.0) for _ in range(3)]
    plain = [min(max(0.0, haversine_km(la, lo, a, b) - own - u) for a, b, u in places[2:]) for la, lo, own in qs]
    assert others.smallest_many(qs) == plain
    assert [others.smallest(*q) for q in qs] == plain
    if switched is None and 'numpy' in sys.modules:
        switched = i
assert switched is not None and switched >= Gaps.IMPORT_AFTER // 600, switched
assert big._shared[0] is not None  # (built once, for every set without() made)
print('ok')
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"


def _haversine_with_radians(lat1, lon1, lat2, lon2):
    """haversine_km as written before speed29, with math.radians (the reference)."""
    import math
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def test_x_times_radians_is_math_radians_float_for_float():
    """distance.RADIANS: ``x * RADIANS`` is math.radians(x), bit for bit, so haversine_km and the
    Gaps loops give the floats they gave with math.radians (ranking prints and weighs them)."""
    import math

    from geomove.distance import RADIANS

    rng = random.Random(29)
    xs = [rng.uniform(-360, 360) for _ in range(20000)] + [rng.uniform(-1e-6, 1e-6) for _ in range(2000)]
    xs += [0.0, -0.0, 5e-324, 1e-310, 1e308, math.inf, -math.inf, 90.0, 180.0, 1, -7]
    assert all(repr(x * RADIANS) == repr(math.radians(x)) for x in xs)
    nan = math.nan * RADIANS
    assert nan != nan and math.isnan(math.radians(math.nan))
    for _ in range(20000):
        la, lo, la2, lo2 = rng.uniform(-90, 90), rng.uniform(-180, 180), rng.uniform(-90, 90), rng.uniform(-180, 180)
        if rng.random() < 0.3:  # near pairs and antipodes, where the last bits are most at stake
            la2, lo2 = (la + rng.uniform(-1e-4, 1e-4), lo + rng.uniform(-1e-4, 1e-4)) if rng.random() < 0.5 \
                else (-la, lo + 180.0)
        assert repr(haversine_km(la, lo, la2, lo2)) == repr(_haversine_with_radians(la, lo, la2, lo2))


def test_the_plain_loops_are_the_reference_haversines_float():
    rng = random.Random(290)
    for _ in range(200):
        places = [(rng.uniform(-80, 80), rng.uniform(-180, 180), rng.choice([0.0, 2.5, 300.0]))
                  for _ in range(rng.randint(1, Gaps.ARRAYS_FROM - 1))]
        queries = [(rng.uniform(-80, 80), rng.uniform(-180, 180), rng.choice([0.0, 40.0])) for _ in range(4)]
        want = [min(max(0.0, _haversine_with_radians(lat, lon, la, lo) - own - u) for la, lo, u in places)
                for lat, lon, own in queries]
        gaps = Gaps(places)
        assert [repr(g) for g in gaps.smallest_many(queries)] == [repr(w) for w in want]
        assert [repr(Gaps._exact(*q, gaps._kept)) for q in queries] == [repr(w) for w in want]


def test_a_smaller_set_asked_many_readings_gives_the_plain_loops_floats():
    """Gaps.MANY_PAIRS (s22): once numpy is imported, a set smaller than ARRAYS_FROM asked many
    readings at once is measured with numpy's table; the floats are the plain loop's, repr for
    repr, overlaps, ties and sets with places left out included; a NaN radius asked, or a NaN
    place, keeps the plain loop (whose answer for it is 0.0)."""
    import math

    import numpy  # noqa: F401  (imported: the path under test)

    rng = random.Random(22)
    used = 0
    for trial in range(300):
        n = rng.randint(2, Gaps.ARRAYS_FROM - 1)
        places = [(rng.uniform(-80, 80), rng.uniform(-180, 180), rng.choice([0.0, 2.5, 60.0, 300.0])) for _ in range(n)]
        if trial % 3 == 0:
            places = [(la % 0.5, lo % 0.5, u) for la, lo, u in places]
        if trial % 13 == 5:
            places[0] = (places[0][0], places[0][1], math.nan)
        gaps = Gaps(places)
        if trial % 2:
            gaps = gaps.without(rng.sample(range(n), rng.randint(0, n - 1)))
        queries = [(rng.uniform(-80, 80), rng.uniform(-180, 180), rng.choice([0.0, 40.0, 300.0]))
                   for _ in range(max(2, Gaps.MANY_PAIRS // len(gaps._kept) + rng.randint(0, 5)))]
        if trial % 3 == 0:
            queries = [(la % 0.5, lo % 0.5, u) for la, lo, u in queries]
        if trial % 11 == 4:
            queries.append((queries[0][0], queries[0][1], math.nan))
        want = [Gaps._exact(la, lo, own, gaps._kept) for la, lo, own in queries]
        used += gaps._arrays_for_many(queries) is not None
        assert [repr(g) for g in gaps.smallest_many(queries)] == [repr(w) for w in want], trial
    assert used > 200  # (the table was used, not the loop)


def test_a_large_set_answers_a_nan_as_the_plain_loop_does():
    """The numpy path of a set of ARRAYS_FROM places or more gives the plain loop's answer for a
    NaN too: a NaN radius asked, or a place with a NaN radius or coordinate among those kept, is
    no gap (0.0), as ``not gap > 0.0`` makes it in the loop; a NaN place left out changes nothing.
    (Session 22 found the large path answering inf there.)"""
    import math

    rng = random.Random(23)
    for trial in range(120):
        n = rng.randint(Gaps.ARRAYS_FROM, 3 * Gaps.ARRAYS_FROM)
        places = [(rng.uniform(-80, 80), rng.uniform(-180, 180), rng.choice([0.0, 2.5, 60.0])) for _ in range(n)]
        nan_at = rng.randrange(n)
        if trial % 3 == 1:
            places[nan_at] = (places[nan_at][0], places[nan_at][1], math.nan)
        elif trial % 3 == 2:
            places[nan_at] = (math.nan, places[nan_at][1], 0.0)
        gaps = Gaps(places)
        if trial % 2:
            left_out = rng.sample(range(n), rng.randint(0, n // 2))
            if trial % 4 == 1:
                left_out = sorted(set(left_out) | {nan_at})
            gaps = gaps.without(left_out)
        queries = [(rng.uniform(-80, 80), rng.uniform(-180, 180), rng.choice([0.0, 40.0, math.nan]))
                   for _ in range(rng.randint(1, 6))]
        want = [Gaps._exact(la, lo, own, gaps._kept) for la, lo, own in queries]
        assert gaps._numpy_arrays(0) is not None  # (the path under test)
        assert [repr(g) for g in gaps.smallest_many(queries)] == [repr(w) for w in want], trial
        assert [repr(gaps.smallest(*q)) for q in queries] == [repr(w) for w in want], trial


@pytest.mark.parametrize("crowded", [False, True])
def test_told_points_answered_from_their_nearest_places_give_the_plain_loops_floats(monkeypatch, crowded):
    """Gaps.expect: the points told beforehand are answered from their KEEP nearest places
    (NearestTable), by the set and by every set without() makes of it, with the plain loop's
    floats; points not told, and points whose kept places are all left out or tie past the
    last kept, are measured as before."""
    from geomove.distance import NearestTable

    monkeypatch.setattr(NearestTable, "FROM_PAIRS", 1)
    monkeypatch.setattr(NearestTable, "CHUNK_PAIRS", 50)  # several passes of a few points each
    rng = random.Random(23 + crowded)
    for trial in range(40):
        n = rng.choice([1, 5, 9, 30, 90])
        places = [(rng.uniform(-70, 70), rng.uniform(-170, 170), rng.choice([0.0, 2.5, 60.0, 300.0]))
                  for _ in range(n)]
        if crowded:
            places = [(la % 1, lo % 1, u) for la, lo, u in places]
            places += places[: n // 3]  # the same place twice: ties at the kept edge
        base = Gaps(places)
        told = [(rng.uniform(-70, 70), rng.uniform(-170, 170)) for _ in range(25)]
        if crowded:
            told = [(la % 1, lo % 1) for la, lo in told]
        told += [(la, lo) for la, lo, _ in places[:5]]  # a reading on a place itself
        base.expect(told)
        assert base._table[0], "the table was built"
        for _ in range(6):
            left = rng.sample(range(len(places)), rng.randint(0, len(places) - 1))
            gaps = base.without(left)
            kept = [p for i, p in enumerate(places) if i not in set(left)]
            queries = [(la, lo, rng.choice([0.0, 40.0, 300.0])) for la, lo in told]
            queries.append((1.5, 2.5, 0.0))  # not told: measured as before
            plain = [min(max(0.0, haversine_km(lat, lon, la, lo) - own - u) for la, lo, u in kept)
                     for lat, lon, own in queries]
            assert gaps.smallest_many(queries) == plain
            assert [gaps.smallest(*q) for q in queries] == plain


def test_a_news_reports_few_readings_build_no_table_and_a_nan_place_none_at_all():
    """Before numpy is imported, a table is built only for FROM_PAIRS pairs or more (a news
    report's few thousand stay with the plain loop and never import numpy); after, from
    IMPORTED_FROM_PAIRS. A set with a NaN place gets none (answered as the plain loop does)."""
    code = """
import sys
from geomove.distance import Gaps, NearestTable
places = [(36.2 + i / 100, 37.1, 0.0) for i in range(30)]
gaps = Gaps(places)
gaps.expect([(35.0 + i / 10, 38.0) for i in range(100)])  # 3,000 pairs
assert gaps._table[0] is None and 'numpy' not in sys.modules
gaps.expect([(35.0 + i / 1000, 38.0) for i in range(NearestTable.FROM_PAIRS // 30 + 1)])
assert gaps._table[0] and 'numpy' in sys.modules
few = Gaps(places)
few.expect([(35.0 + i / 10, 38.0) for i in range(NearestTable.IMPORTED_FROM_PAIRS // 30 - 1)])
assert few._table[0] is None
few.expect([(35.0 + i / 10, 38.0) for i in range(NearestTable.IMPORTED_FROM_PAIRS // 30 + 1)])
assert few._table[0]
nan = Gaps(places + [(float("nan"), 37.0, 0.0)])
nan.expect([(35.0 + i / 10, 38.0) for i in range(100)])
assert nan._table[0] is False and nan.smallest(36.2, 37.1, 0.0) == 0.0
print('ok')
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"
