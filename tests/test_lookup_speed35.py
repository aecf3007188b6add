"""speed35 (issue 12): shortcuts of a name's first look-up, each compared with the path it skips.

- a spelling's similarity is worked out once a look-up (``_closest_spelling``'s memo, shared with
  the rows of one spelling), not once per row that has it;
- a key the index's trie of every name key does not hold has no rows: no join is asked."""

import random

from lookup_answers import NAMES, finder_candidates, gazetteer_answers


def _reference_similarity(qplain, qwhole, light):
    from rapidfuzz.fuzz import ratio
    return 1.0 if light == qwhole else ratio(qplain, light) / 100.0


def test_the_closest_spelling_with_a_memo_is_the_closest_spelling_without():
    from rapidfuzz.fuzz import ratio
    from geomove.gazetteer import _closest_spelling
    rng = random.Random(35)
    words = ["Homs", "HOMS", "Hims", "Hums", "Homs", "homs", "Hama", "Hamah", "Emesa", "Humus", "Hmeimim"]
    filled = 0
    for _ in range(3000):
        spelled = [rng.choice(words) for _ in range(rng.randint(2, 6))]
        lights = [s.lower().replace("ah", "a") for s in spelled]
        asked = rng.choice(words)
        qplain = asked.lower()
        qwhole = rng.choice([None, "homs", "hims"])
        least = rng.choice([0.0, 0.55, 0.9])
        args = ("|".join(spelled), lights, qplain, qwhole, asked.casefold(), least, ratio)
        # a memo of the look-up so far: empty, some of the row's lights, all of them, others
        memo = {lk: _reference_similarity(qplain, qwhole, lk) for lk in rng.sample(
            [w.lower() for w in words], rng.randint(0, len(words)))}
        before = dict(memo)
        assert _closest_spelling(*args, memo) == _closest_spelling(*args), args
        # the memo gained every light of the row, each with its similarity, and kept the rest
        assert set(memo) == set(before) | set(lights)
        assert all(memo[lk] == _reference_similarity(qplain, qwhole, lk) for lk in memo)
        filled += len(memo) - len(before)
    assert filled > 1000


def test_the_memo_holds_each_spelling_s_similarity_and_changes_no_answer(gazetteer, monkeypatch, own_gazetteer):
    import geomove.gazetteer as G
    with_memo = (finder_candidates(gazetteer, NAMES), gazetteer_answers(gazetteer, NAMES))
    real = G._closest_spelling
    checked = []

    def without_memo(spellings, lights, qplain, qwhole, qfold, least, ratio, memo=None):
        # every similarity the look-up kept so far (rows of one spelling and of several) is
        # the one worked out afresh, and the answer is the one without the memo
        assert memo is not None
        assert all(v == _reference_similarity(qplain, qwhole, lk) for lk, v in memo.items())
        checked.append(len(memo))
        return real(spellings, lights, qplain, qwhole, qfold, least, ratio)

    monkeypatch.setattr(G, "_closest_spelling", without_memo)
    fresh = own_gazetteer(gazetteer.path)
    assert (finder_candidates(fresh, NAMES), gazetteer_answers(fresh, NAMES)) == with_memo
    assert len(checked) > 100 and sum(checked) > 1000


def test_a_key_of_no_name_asks_no_join_and_changes_no_answer(gazetteer, tmp_path, own_gazetteer):
    from geomove.gazetteer import _LOOKUP_LIGHT_SQL
    from geomove.names import name_key
    gaz = own_gazetteer(gazetteer.path, user_places=tmp_path / "none.sqlite")
    assert gaz.has_key(name_key("Paris"))  # (the trie is read)
    assert gaz._key_trie
    absent = [k for k in (name_key(n) for n in NAMES) if k and k not in gaz._key_trie]
    assert len(absent) >= 3
    for key in absent:
        asked = []
        gaz.db.set_trace_callback(asked.append)
        assert gaz._rows_for_key(key) == [([], False)]
        gaz.db.set_trace_callback(None)
        assert asked == []
        assert gaz.db.execute(_LOOKUP_LIGHT_SQL, (key,)).fetchall() == []
    # a reader without the trie (not read yet, or an index without one) joins, and answers alike
    no_trie = own_gazetteer(gazetteer.path, user_places=tmp_path / "none.sqlite")
    no_trie._key_trie = False
    assert (finder_candidates(no_trie, NAMES), gazetteer_answers(no_trie, NAMES)) == \
        (finder_candidates(gaz, NAMES), gazetteer_answers(gaz, NAMES))


def test_a_key_of_the_user_s_own_places_only_is_still_found(gazetteer, tmp_path, own_gazetteer):
    from geomove.gazetteer import add_places
    from geomove.names import name_key
    csv = tmp_path / "mine.csv"
    csv.write_text("name,lat,lon\nQwxzvillé Outpost,12.5,30.25\n", encoding="utf-8")
    add_places(csv, user_db=tmp_path / "mine.sqlite")
    gaz = own_gazetteer(gazetteer.path, user_places=tmp_path / "mine.sqlite")
    key = name_key("Qwxzvillé Outpost")
    assert gaz.has_key(key) and gaz._key_trie and key not in gaz._key_trie
    groups = gaz._rows_for_key(key)
    assert len(groups) == 2 and len(groups[0][0]) == 1 and groups[0][1] is True and groups[1] == ([], False)
    found = gaz.candidates("Qwxzvillé Outpost")
    assert [c["name"] for c in found] == ["Qwxzvillé Outpost"]


def test_the_keep_test_s_prefilter_kept_by_plain_forms_answers_as_the_keep_test_alone(gazetteer, monkeypatch):
    """rejects() reads least_similarity in place: the finder's candidates are those of the keep
    test asked of every PLACE dict, with no prefilter at all, and it answers a row asked about
    twice alike."""
    import geomove.gazetteer as G
    from geomove.mentions.finder import _Finder
    names = NAMES + ["Springfield Township", "San José", "Alexandria Governorate", "Victoria Island",
                     "Al-Waleed border crossing", "Camp Bastion", "Bagram airfield", "Rafah crossing"]
    kinds = (None, "city", "crossing", "base", "airfield", "admin1")
    asked = []
    real = G.Gazetteer.candidates

    def counting(self, name, **kw):
        keep = kw.get("keep")
        rejects = getattr(keep, "rejects", None)
        if rejects is not None:
            def counted(plains, which, kind_):
                answer = rejects(plains, which, kind_)
                asked.append((name, plains, which, kind_, answer))
                assert rejects(plains, which, kind_) is answer  # (asked again: the same)
                return answer
            keep.rejects = counted
        return real(self, name, **kw)

    monkeypatch.setattr(G.Gazetteer, "candidates", counting)
    with_prefilter = {(n, k): _Finder("", gazetteer)._filtered_candidates(n, k) for n in names for k in kinds}
    pairs = [a[:3] for a in asked]
    assert len(asked) > 500 and len(set(pairs)) < len(pairs)  # (some forms met twice in a look-up)
    assert any(a[4] for a in asked) and not all(a[4] for a in asked)

    def no_prefilter(self, name, **kw):
        keep = kw.get("keep")
        if keep is not None:
            kw["keep"] = lambda c: keep(c)  # (a keep test without ``rejects``)
        return real(self, name, **kw)

    monkeypatch.setattr(G.Gazetteer, "candidates", no_prefilter)
    alone = {(n, k): _Finder("", gazetteer)._filtered_candidates(n, k) for n in names for k in kinds}
    assert alone == with_prefilter


def test_the_importance_said_is_the_importance_formatted():
    from geomove.gazetteer import ranking
    rng = random.Random(351)
    q = ranking.Query(how="exact", similarity=0.9)
    values = [0, 0.0, -0.0, 1, 1.0, True, 0.005, 0.015, 0.125, 0.995, 2.5, -0.004, -0.3, None,
              float("inf"), float("nan")] + [rng.random() for _ in range(300)] + [round(rng.random(), 4) for _ in range(300)]
    for _ in range(2):  # (the second pass reads the kept texts)
        for imp in values + [rng.choice(values) for _ in range(200)]:
            for lent in (None, 0.0, 0.5):
                place = {"importance": imp, "_lent_importance": lent}
                x, said = ranking.importance(place, q)
                v = imp or 0.0
                if (lent or 0.0) > v:
                    assert said == f"importance {lent or 0.0:.2f} (a facility is named after it)"
                else:
                    assert said == f"importance {v:.2f}", (imp, said)
                    assert (x == v * 0.9 ** 2) or (x != x and v != v)


def test_the_prefilter_keeps_each_spelling_of_a_row_apart(gazetteer, monkeypatch):
    """One row's plain forms asked about with two of its spellings: each answer is its own."""
    import geomove.gazetteer as G
    from geomove.gazetteer_build import row_plains
    from geomove.mentions.finder import _Finder
    tests = []
    real = G.Gazetteer.candidates

    def grab(self, name, **kw):
        tests.append(kw["keep"].rejects)
        return []

    monkeypatch.setattr(G.Gazetteer, "candidates", grab)
    plains = row_plains("Homs", "Homs|Emesa")
    for order in ((0, 1), (1, 0)):
        _Finder("", gazetteer)._filtered_candidates("Emesa", None)
        rejects = tests[-1]
        answers = {which: rejects(plains, which, None) for which in order}
        assert answers == {0: True, 1: False}
        assert {which: rejects(plains, which, None) for which in order} == answers
    # the facility's lower bar: a close spelling of a crossing asked as a crossing
    _Finder("", gazetteer)._filtered_candidates("al-Walid crossing", "crossing")
    crossing = row_plains("Al-Waleed", "Al-Waleed")
    assert tests[-1](crossing, 0, "crossing") is False and tests[-1](crossing, 0, "city") is True
    monkeypatch.setattr(G.Gazetteer, "candidates", real)


def test_the_best_by_totals_scores_no_row_near_the_line_that_keep_rejects_and_answers_alike(gazetteer, monkeypatch):
    """When every row near the line is among the best anyway, the ones ``keep.rejects`` drops
    are not scored: the answer is the one of a keep test with no ``rejects``, which scores them."""
    import geomove.gazetteer as G
    names = ["Springfield", "San Jose", "Alexandria", "Victoria", "Georgia", "Santa Cruz", "Lincoln",
             "Washington", "Paris", "Tripoli", "Newcastle", "Cordoba", "Rota", "Homs", "Hama", "Goma",
             "San Juan", "Santa Rosa", "Salem", "Richmond", "Kingston", "Jackson", "Franklin", "Clinton"]

    def keep_plain(place):
        return place.get("kind") not in ("admin2", "locality") and not place["gazetteer_id"].endswith(("1", "7"))

    def keep_with_rejects(place):
        return keep_plain(place)

    def rejects(plains, which, kind):
        return kind in ("admin2", "locality")  # (a part of what keep_plain drops, as a row tells)

    keep_with_rejects.rejects = rejects
    best_calls = []
    real = G.Gazetteer._best_by_totals

    def spy(self, items, query, limit, keep, place_of, article, marks):
        best_calls.append(limit)
        return real(self, items, query, limit, keep, place_of, article, marks)

    monkeypatch.setattr(G.Gazetteer, "_best_by_totals", spy)
    for limit in (1, 2, 3, 5, 8, 12, 20, 40):
        for name in names:
            for kind in (None, "city"):
                want = gazetteer.candidates(name, limit=limit, kind=kind, keep=keep_plain, fuzzy=False)
                got = gazetteer.candidates(name, limit=limit, kind=kind, keep=keep_with_rejects, fuzzy=False)
                assert got == want, (name, limit, kind)
    assert len(best_calls) > 100
