"""speed37 (issue 12): shortcuts of a name's first look-up, each compared with the path it skips.

- ``ranking.score`` writes FEATURES out (no call and tuple a feature a place): the same dict as
  ``ranking.score_by_features``, which calls each feature function, for every shape of query;
- ``Gazetteer.candidates`` answers alike with either scorer."""

import math
import random

import pytest

from test_lookup_speed35 import NAMES, _answers, _finder_candidates

_KINDS = [None, "city", "town", "village", "crossing", "base", "airfield", "admin1", "admin2", "country",
          "river", "region", "camp", "mountain"]
_GIDS = ["geonames:1", "geonames:2", "curated:x", "user:y", None, "", "geonames:99"]
_NAMES = ["Homs", "al-Hol", "Hol", "O'Neil", "Ḩamāh", "Kansas City", "Donetska oblast'", "", "Ras al-Ayn"]


def _random_place(rng: random.Random) -> dict:
    place = {"name": rng.choice(_NAMES), "matched_name": rng.choice(_NAMES + ["Hims", "HOMS"]),
             "kind": rng.choice(_KINDS), "country": rng.choice(["SY", "IQ", "US", None]),
             "gazetteer_id": rng.choice(_GIDS),
             "importance": rng.choice([None, 0.0, -0.0, 0.5, 0.55, 0.6499, 0.8, 1.0, -0.3, rng.random(),
                                       True, 3])}
    place["lat"], place["lon"] = rng.choice([(None, None), (34.7, 36.7), (-12.25, 44.1), (0.0, 0.0), (36.0, 37.5)])
    for flag, values in (("_derived", [True, False, None, 0, 1]), ("_spelled_with_article", [True, False]),
                         ("_lent_importance", [0.0, 0.3, 0.75, rng.random(), None]),
                         ("_namesake_settlement", ["Homs", "", None]), ("user", [True, False, None])):
        if rng.random() < 0.6:
            place[flag] = rng.choice(values)
    return place


def _random_query(rng: random.Random):
    from geomove.gazetteer import ranking
    points = rng.choice([(), ((34.7, 36.7),), ((34.7, 36.7), (33.3, 44.4)), ((-12.0, 44.0),)])
    own = rng.choice([None, None, 0.5, 0.6, 0.8])
    return ranking.Query(
        how=rng.choice(["exact", "exact", "variant", "fuzzy"]),
        similarity=rng.choice([1.0, 0.995, 0.99, 0.9, 0.75, 0.7499, 0.6, 0.55, 0.0, rng.random()]),
        kind=rng.choice(_KINDS), country=rng.choice([None, None, "SY", "US"]), points=points,
        near_given=bool(points) and rng.random() < 0.3, article=rng.random() < 0.3,
        text=rng.choice(["Homs", "al-Hol", "", "Donetsk"]), exact_elsewhere=rng.random() < 0.4,
        own_importance=own, own_countries=frozenset(rng.sample(["SY", "IQ", "US"], rng.randint(0, 2))))


def _same(a, b) -> bool:
    """Equal, float for float (nan and the sign of zero included)."""
    if isinstance(a, float) and isinstance(b, float):
        return (a == b and math.copysign(1, a) == math.copysign(1, b)) or (math.isnan(a) and math.isnan(b))
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def test_score_written_out_is_score_by_the_feature_functions():
    from geomove.gazetteer import ranking
    rng = random.Random(37)
    shapes, fired = set(), set()
    for _ in range(20000):
        q = _random_query(rng)
        place = _random_place(rng)
        fast = ranking.score(dict(place), q)
        reference = ranking.score_by_features(dict(place), q)
        assert _same(fast, reference), (place, q, fast, reference)
        shapes.add(q.active())
        if fast is not None:
            fired |= set(fast["features"])
    # every shape of query and every feature was met
    assert len(shapes) >= 64
    assert fired == set(ranking._WEIGHT_OF.get(f.__name__, f.__name__) for f in ranking.FEATURES)


def test_a_query_of_other_features_is_scored_by_them(monkeypatch):
    """A list of features changed at run time (a new feature, another order, a weight of another
    name) is not the written-out one: score calls the features then."""
    from geomove.gazetteer import ranking

    def everywhere(place, q):
        return 1.0, "everywhere"

    monkeypatch.setitem(ranking.WEIGHTS, "everywhere", 0.01)
    q = ranking.Query(how="exact", similarity=1.0, text="Homs")
    base = q.active()
    place = {"name": "Homs", "matched_name": "Homs", "importance": 0.5, "kind": "city"}
    for active in (base + ((everywhere, "everywhere"),), tuple(reversed(base)),
                   tuple((f, "importance" if n == "name" else n) for f, n in base), base[1:]):
        q._active = active
        got = ranking.score(dict(place), q)
        assert _same(got, ranking.score_by_features(dict(place), q))
        assert ranking._PLANS[id(active)][1] is None
    q._active = base
    assert ranking._PLANS.get(id(base)) is None or ranking._PLANS[id(base)][1] is not None


def test_a_forgotten_active_tuple_of_the_same_id_is_planned_afresh():
    from geomove.gazetteer import ranking
    q = ranking.Query(how="exact", similarity=1.0, text="Homs")
    active = q.active()
    # a plan kept under the id of another tuple (a tuple freed and its id reused) is not taken
    ranking._PLANS[id(active)] = (object(), None)
    place = {"name": "Homs", "matched_name": "Homs", "importance": 0.5, "kind": "city"}
    assert _same(ranking.score(dict(place), q), ranking.score_by_features(dict(place), q))
    assert ranking._PLANS[id(active)][0] is active and ranking._PLANS[id(active)][1] is not None


def test_candidates_answer_alike_with_the_feature_functions(gazetteer, monkeypatch):
    import geomove.gazetteer as G
    from geomove.gazetteer import ranking
    fast = (_finder_candidates(gazetteer, NAMES), _answers(gazetteer, NAMES))
    calls = []

    def by_features(place, q):
        calls.append(1)
        return ranking.score_by_features(place, q)

    monkeypatch.setattr(ranking, "score", by_features)
    fresh = G.Gazetteer(gazetteer.path)
    assert (_finder_candidates(fresh, NAMES), _answers(fresh, NAMES)) == fast
    assert len(calls) > 1000
