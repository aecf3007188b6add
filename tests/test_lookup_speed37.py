"""speed37 (issue 12): shortcuts of a name's first look-up, each compared with the path it skips.

- ``ranking.score`` writes FEATURES out (no call and tuple a feature a place): the same dict as
  ``ranking.score_by_features``, which calls each feature function, for every shape of query;
  ``Gazetteer.candidates`` answers alike with either scorer;
- the found rows' facility test, "a row bears the very name asked" and the rows spelled so, read
  knowing the stage that found them all, answer as the loops over the found rows they replace;
- the finder's keep prefilter (``rejects``) with stored_similarity written out rejects exactly
  the rows the keep test drops, with the same similarity."""

import math
import random

from lookup_answers import NAMES, finder_candidates, gazetteer_answers

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
        own_importance=own, own_countries=frozenset(rng.sample(["SY", "IQ", "US"], rng.randint(0, 2))),
        # (s39 gaz63: the famous name the name asked is a slip of, or none: slip_of_a_famous_name)
        slip_of=rng.choice([None, None, "homs", "israel"]))


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


def test_candidates_answer_alike_with_the_feature_functions(gazetteer, monkeypatch, own_gazetteer):
    import geomove.gazetteer as G
    from geomove.gazetteer import ranking
    fast = (finder_candidates(gazetteer, NAMES), gazetteer_answers(gazetteer, NAMES))
    calls = []

    def by_features(place, q):
        calls.append(1)
        return ranking.score_by_features(place, q)

    monkeypatch.setattr(ranking, "score", by_features)
    fresh = own_gazetteer(gazetteer.path)
    assert (finder_candidates(fresh, NAMES), gazetteer_answers(fresh, NAMES)) == fast
    assert len(calls) > 1000


def _take(items, how, qplain, ratio, found):
    """The found rows of candidates' take (rows with their light keys), as it keeps them:
    {gazetteer_id: ((row, is_user, spelled, which, plains), how, similarity)}."""
    import geomove.gazetteer as G
    least = G._LEAST_SIMILARITY[how]
    for row, is_user, plains in items:
        closest = G._closest_spelling(row[17], row[18].split("|"), qplain, None, qplain, least, ratio)
        if closest is not None and row[1] not in found:
            sim, spelled, which = closest
            found[row[1]] = ((row, is_user, spelled, which, plains), how, sim)


def test_the_found_rows_read_by_stage_answer_as_the_loops(gazetteer):
    from rapidfuzz.fuzz import ratio
    import geomove.gazetteer as G
    from geomove.gazetteer import ranking
    from geomove.names import light_key, name_key
    seen = {True: 0, False: 0}
    facilities = {True: 0, False: 0}
    for name in NAMES + ["Al-Waleed", "Kabul airport", "Bagram", "Rafah crossing", "Camp Lemonnier"]:
        items = gazetteer._places_for_key(name_key(name))
        if not items:
            continue
        for how in ("exact", "variant", "fuzzy"):
            for qplain in (light_key(name), light_key(items[0][0][17].split("|")[0]), "zzq"):
                found = {}
                _take(items, how, qplain, ratio, found)
                loop = any(h == "exact" and sim > ranking._SAME_SPELLING for _rec, h, sim in found.values())
                assert G._found_exact_elsewhere(found, how) == loop
                seen[loop] += 1
                if how == "exact":
                    spelled_as_asked = [rec[0] for rec, h, sim in found.values()
                                        if h == "exact" and sim > ranking._SAME_SPELLING]
                    assert G._rows_spelled_as_asked(found) == spelled_as_asked
                    assert bool(spelled_as_asked) == loop
                has = any(rec[0][3] in ranking.FACILITY_KINDS and rec[0][6] is not None for rec, _, _ in found.values())
                assert G._found_a_facility(found) == has
                facilities[has] += 1
                # a facility without a point is none
                for gid, (rec, h, sim) in list(found.items()):
                    if rec[0][3] in ranking.FACILITY_KINDS:
                        row = rec[0][:6] + (None,) + rec[0][7:]
                        found[gid] = ((row,) + rec[1:], h, sim)
                assert not G._found_a_facility(found) or any(
                    rec[0][3] in ranking.FACILITY_KINDS and rec[0][6] is not None for rec, _, _ in found.values())
    assert min(seen.values()) > 5 and min(facilities.values()) > 2


def test_the_prefilter_written_out_rejects_as_the_keep_test(gazetteer, monkeypatch, own_gazetteer):
    """keep.rejects (stored_similarity written out) rejects a row exactly when looks_alike, asked
    of its stored plain forms afresh (stored_similarity), drops it, and keeps the same similarity."""
    import geomove.gazetteer as G
    real = G.Gazetteer.candidates
    checked = {True: 0, False: 0}

    def checking(self, name, **kw):
        keep = kw.get("keep")
        rejects = getattr(keep, "rejects", None)
        if rejects is not None:
            passed = rejects.__closure__[rejects.__code__.co_freevars.index("passed")].cell_contents

            def both(plains, which, kind):
                answer = rejects(plains, which, kind)
                sim = passed.pop((plains, which), None)
                assert (sim is None) == answer
                probe = {"_plains": (plains, which), "kind": kind}
                assert keep(probe) is (not answer)  # (passed emptied: stored_similarity afresh)
                if sim is not None:
                    similar = keep.__closure__[keep.__code__.co_freevars.index("similar")].cell_contents
                    assert similar[id(probe)] == sim
                    passed[(plains, which)] = sim
                checked[answer] += 1
                return answer

            keep.rejects = both
        return real(self, name, **kw)

    monkeypatch.setattr(G.Gazetteer, "candidates", checking)
    # (and names of places whose rows' names carry a kind word or a qualifier: their core names)
    finder_candidates(own_gazetteer(gazetteer.path), NAMES + [
        "Al-Waleed", "Tanf", "Rafah", "Kerem Shalom", "Ain al-Asad", "Bagram", "Incirlik", "Hmeimim", "Al Udeid",
        "Zaporizhzhia", "Kherson", "Qaim", "Nasib", "Bab al-Hawa", "Camp Bastion", "Shayrat", "Tabqa"])
    assert checked[True] > 100 and checked[False] > 50


def test_the_prefilter_written_out_on_plain_forms_of_our_own():
    """The same, on stored plain forms made up here (a row's name, core name, spellings and their
    folds: gazetteer_build.row_plains), where the core name or a fold alone decides."""
    from geomove.gazetteer import _split_kind_quick
    from geomove.gazetteer_build import row_plains
    from geomove.mentions.finder import _Finder

    kept = []

    class Asked:
        split_kind = staticmethod(_split_kind_quick)

        def candidates(self, name, **kw):
            kept.append(kw["keep"])
            return []

    rng = random.Random(373)
    names = ["Al-Waleed border crossing (Anbar, official)", "Tall Abyad", "Tell Abiad", "Hamah", "Hama",
             "Raqqah", "Ar Raqqah", "Deir ez-Zor", "Dayr az Zawr", "Rafah crossing", "Kabul", "Qabul",
             "Bakhmut", "Artemivsk", "Homs (old city)", "Al Waleed", "Walid", "Abyad air base"]
    checked = {True: 0, False: 0}
    for asked in ["Al-Waleed", "Tal Abyad", "Hama", "Raqqa", "Deir ez-Zor", "Rafah", "Kabul", "Bakhmut", "Homs"]:
        for kind in (None, "crossing", "base"):
            del kept[:]
            _Finder("", Asked())._filtered_candidates(asked, kind)
            keep = kept[0]
            rejects = keep.rejects
            passed = rejects.__closure__[rejects.__code__.co_freevars.index("passed")].cell_contents
            for _ in range(300):
                name = rng.choice(names)
                spellings = "|".join(rng.sample(names, rng.randint(1, 3)))
                plains = row_plains(name, spellings)
                which = rng.randrange(len(spellings.split("|")))
                row_kind = rng.choice(["city", "crossing", "base", "admin2"])
                answer = rejects(plains, which, row_kind)
                passed.clear()
                assert keep({"_plains": (plains, which), "kind": row_kind}) is (not answer)
                checked[answer] += 1
    assert checked[True] > 500 and checked[False] > 500
