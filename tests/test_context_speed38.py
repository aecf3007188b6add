"""Ranking in context with fewer instructions (speed38, issue 12): each shortcut against the
path it skips. The sentences are written for these tests."""

from __future__ import annotations

import math
import random
import struct


from geomove.distance import Gaps, haversine_km
from geomove.gazetteer.ranking import PAIR_KM, PairIndex, _PAIR_RADIUS_CAP
from geomove.mentions import context, find_mentions
from geomove.mentions.context import ContextRanking, round4


def _bits(x: float) -> bytes:
    return struct.pack("<d", x)


# -- round4: round(s, 4)'s float without its decimal conversion

def test_round4_gives_the_float_round_gives():
    rng = random.Random(38)
    values = [rng.uniform(-5.0, 5.0) for _ in range(200_000)]
    values += [rng.uniform(-1e-3, 1e-3) for _ in range(50_000)]  # (around 0: -0.0 kept)
    values += [(rng.randrange(-300_000, 300_000) + 0.5) / 10_000 for _ in range(50_000)]  # (near halves)
    values += [rng.randrange(-300_000, 300_000) / 20_000 for _ in range(50_000)]  # (halves, some exact)
    values += [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0] for _ in range(20_000)]
    values += [0.0, -0.0, 0.03125, -0.03125, 5e-5, -5e-5, 4.99999e-5, 1.00005, 2.00015, 1e9, -1e300,
               math.inf, -math.inf, math.nan, 123456.78905]
    exact_halves = 0
    for x in values:
        assert _bits(round4(x)) == _bits(round(x, 4)), repr(x)
        exact_halves += (x * 10_000) % 1 == 0.5
    assert exact_halves  # (0.03125 * 10**4 = 312.5 exactly: round itself decides)


def test_ranking_with_round4_equals_ranking_with_round(gazetteer, monkeypatch):
    texts = [
        "Militia fighters left Springfield for Jacksonville on Monday; police in Illinois said "
        "the convoy passed Peoria and Decatur before dawn.",
        "Honduran soldiers moved from Santa Rosa to San Pedro Sula, then on to Tegucigalpa.",
        "Troops withdrew from Kherson towards Mykolaiv while shelling hit Odesa and Zaporizhzhia.",
    ]
    fast = [find_mentions(t, gazetteer=gazetteer) for t in texts]
    monkeypatch.setattr(context, "round4", lambda s: round(s, 4))
    assert [find_mentions(t, gazetteer=gazetteer) for t in texts] == fast
    assert any(r.get("name") for out in fast for r in out)


# -- PairIndex: cells by latitude row then column, min and max written out

def _nearest_plain(readings: dict, lat: float, lon: float, own: str, radius: float = 0.0):
    """PairIndex.nearest_other as main c256dd7 wrote it: cells keyed by (row, column) tuples."""
    cells: dict = {}
    for key, pts in readings.items():
        for la, lo, u in dict.fromkeys(pts):
            cells.setdefault((int(la // 2.0), int(lo // 2.0)), []).append(
                (la, lo, u if u < _PAIR_RADIUS_CAP else _PAIR_RADIUS_CAP, key))
    radius = min(radius, _PAIR_RADIUS_CAP)
    ci, cj = int(lat // 2.0), int(lon // 2.0)
    wide = 2 if abs(lat) > 60 else 1
    box = (PAIR_KM + radius + _PAIR_RADIUS_CAP) / 111.0
    best = None
    for di in (-1, 0, 1):
        for dj in range(-wide, wide + 1):
            for la, lo, u, key in cells.get((ci + di, cj + dj), ()):
                if key != own and abs(la - lat) <= box:
                    d = max(0.0, haversine_km(lat, lon, la, lo) - radius - u)
                    if d <= PAIR_KM and (best is None or d < best):
                        best = d
    return best


def test_nearest_other_equals_the_plain_cells():
    rng = random.Random(3800)
    found = polar = overlapping = 0
    for _ in range(400):
        centre = (rng.uniform(-80, 80), rng.uniform(-179, 179))
        readings = {f"name{i}": [(centre[0] + rng.gauss(0, 0.6), centre[1] + rng.gauss(0, 0.9),
                                  rng.choice([0.0, 0.0, 5.0, 40.0, 90.0, math.nan]))
                                 for _ in range(rng.randint(1, 4))] for i in range(rng.randint(1, 6))}
        index = PairIndex(readings)
        for own, pts in readings.items():
            for la, lo, u in pts:
                for radius in (u, 0.0, 75.0, math.nan):
                    want = _nearest_plain(readings, la, lo, own, radius)
                    assert index.nearest_other(la, lo, own, radius) == want
                    assert index.nearest_other(la, lo, own, radius) == want  # (the memo's answer)
                    found += want is not None
                    overlapping += want == 0.0
                    polar += abs(la) > 60
    assert found > 500 and polar > 100 and overlapping > 50
    # (the cells as (row, column) -> readings, as the index kept them before)
    index = PairIndex({"a": [(10.5, 20.5, 0.0), (10.7, 20.1, 100.0)], "b": [(-0.5, -0.5, 3.0)]})
    assert index.cells == {(5, 10): [(10.5, 20.5, 0.0, "a"), (10.7, 20.1, 60.0, "a")],
                           (-1, -1): [(-0.5, -0.5, 3.0, "b")]}


# -- Gaps.smallest_many: x / 2 written x * 0.5

def test_halving_by_a_product_is_the_quotient():
    rng = random.Random(12)
    xs = [rng.uniform(-7.0, 7.0) for _ in range(100_000)] + [5e-324, -5e-324, 1e-308, 3e-323, 2.2250738585072014e-308]
    xs += [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0] for _ in range(20_000)]
    for x in xs:
        assert _bits(x * 0.5) == _bits(x / 2) or (math.isnan(x) and math.isnan(x * 0.5))


def test_smallest_many_equals_haversine_km():
    """The plain loop against haversine_km itself (min(max(0, d - own - u))), point by point."""
    rng = random.Random(380)
    for _ in range(300):
        places = [(rng.uniform(-89, 89), rng.uniform(-180, 180), rng.choice([0.0, 3.0, 300.0]))
                  for _ in range(rng.randint(1, Gaps.NUMPY_FROM - 1))]
        queries = [(rng.uniform(-89, 89), rng.uniform(-180, 180), rng.choice([0.0, 40.0]))
                   for _ in range(rng.randint(1, 6))]
        got = Gaps(places).smallest_many(queries)
        want = [min(max(0.0, haversine_km(la, lo, pla, plo) - own - u) for pla, plo, u in places)
                for la, lo, own in queries]
        assert [repr(g) for g in got] == [repr(w) for w in want]


# -- what ranking in context reads once or only where it weighs

def test_accord_words_asked_only_of_a_name_with_a_city_reading(gazetteer, monkeypatch):
    asked = []
    plain_way = ContextRanking._names_an_accord

    def counted(self, m):
        asked.append(m["surface"])
        return plain_way(self, m)

    monkeypatch.setattr(ContextRanking, "_names_an_accord", counted)
    text = ("Delegates flew from Geneva to Paris after the Paris climate agreement talks stalled; "
            "the envoys later met in Victoria and in Georgia.")
    out = find_mentions(text, gazetteer=gazetteer)
    paris = [r for r in out if r["surface"] == "Paris"]
    assert paris and all(r["country"] == "FR" for r in paris)
    assert asked and all(s in ("Paris", "Geneva", "Victoria", "Georgia") for s in asked)


def test_distance_reasons_say_the_km_measured(gazetteer):
    """A reading's why gives its distance to the text's other places as that distance is
    measured (written once a distance, when a scored reading first needs it)."""
    from geomove.mentions.finder import _Finder

    text = "Rebels marched from Gao to Timbuktu and then on to Mopti, Segou and Kayes."
    finder = _Finder(text, gazetteer)
    finder.run()
    seen = 0
    recorded = finder.__dict__.get("_first_rankings", {})
    for rec in recorded.values():
        if rec is None:
            continue
        for c, _, key, _, _ in rec.rows:
            if key is None or "_why0" not in c:
                continue
            d = rec.distances[key][0]
            if f"{d:.0f} km from other places in the text" in c["why"]:
                seen += 1
    assert seen
