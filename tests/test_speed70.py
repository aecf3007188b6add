"""Session 39's speed work on ranking in context (speed70): a reading's distance key is one int
(the context's slot and the point's number, see mentions.context._POINT_BITS) where it was the
tuple (id(context), lat, lon, radius). Checked on random texts of sentences written for these
tests: one key for one (context, point) and back, and every distance kept under a key is the
float a fresh Gaps over the name's context points gives for the reading's own point."""

import random

from geomove.distance import Gaps
from geomove.mentions import context
from geomove.mentions.finder import _Finder

# sentences of my own: towns of one front, namesakes on other continents, provinces and
# counties (readings with a radius), a repeated name, several countries in one text
_SENTENCES = [
    "Militia fighters left Bunia for Mahagi and then Aru.",
    "Police in Lafayette said the convoy passed Lebanon and Columbus.",
    "A brigade moved from Mykolaiv toward Kherson and Nova Kakhovka.",
    "Relief flights landed in Kandahar, Herat and Mazar-i-Sharif.",
    "Rebels withdrew from Kidal to Tessalit near the Algerian border.",
    "Storms hit Georgia, flooding Macon, Augusta and Albany.",
    "Patrols from Victoria reached Santa Cruz and San Carlos.",
    "Troops in Punjab were sent from Ludhiana to Amritsar.",
    "The navy moved ships from Manila to Subic Bay and Legazpi.",
    "Gunmen attacked Maiduguri and fled toward Bama and Gwoza.",
    "Crews from Bendigo went to Ballarat, Horsham and Springfield.",
    "Engineers arrived in Kingston, Richmond and London overnight.",
]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_SENTENCES) for _ in range(rng.randint(2, 5))) for _ in range(n)]


def _point(c: dict) -> tuple:
    unc = c.get("uncertainty_km") or 0.0
    return (c["lat"], c["lon"], unc if not 300.0 < unc else 300.0)


def test_distance_keys_stand_for_one_context_and_point(gazetteer):
    checked = 0
    for text in _texts(70, 60):
        finder = _Finder(text, gazetteer)
        finder.run()
        by_key: dict = {}   # (id(distances), key) -> (context points, point)
        by_place: dict = {}  # (id(distances), context points, point) -> key
        for rec in (finder.__dict__.get("_first_rankings") or {}).values():
            if rec is None or rec.wide_id is not None:
                continue
            ctx = rec.context
            for c, _get, key, _lat, _kind in rec.rows:
                if key is None or key not in rec.distances:
                    continue
                assert isinstance(key, int) and key > 0
                point = _point(c)
                seen = by_key.setdefault((id(rec.distances), key), (ctx, point))
                assert seen == (ctx, point)
                other = by_place.setdefault((id(rec.distances), ctx, point), key)
                assert other == key
                # (the very float: the context's nearest gap measured anew)
                assert rec.distances[key][0] == Gaps(sorted(ctx)).smallest(*point)
                checked += 1
    assert checked > 300


def test_wide_key_keeps_the_point_and_takes_the_context():
    own, wide = 3 << context._POINT_BITS, 7 << context._POINT_BITS
    for pid in (1, 2, 12345, context._POINT_MASK):
        key = own | pid
        assert context._wide_key(key, wide) == wide | pid
        assert context._wide_key(key, wide) != key
        assert context._wide_key(key, wide) & context._POINT_MASK == pid
    # (a section's record reads both distances of a reading by its key)
    a = {"context_score": 1.0, "why": "w"}
    key = own | 5
    distances = {key: (12.5,), wide | 5: (40.0,)}
    rec = context.FirstRanking([id(a)], [(a, a.get, key, 1.0, "town")], distances, set(), {}, {}, [],
                               (), wide)
    assert rec.measure(key, distances, wide) == (12.5, 40.0)
    assert rec.measure(key, {key: (12.5,)}, wide) == (12.5, None)
    assert context.FirstRanking.recordable([(a, a.get, key, 1.0, "town")], distances, True, True, wide)
    assert not context.FirstRanking.recordable([(a, a.get, key, 1.0, "town")], {key: (12.5,)}, True, True, wide)
