"""A name's look-up makes PLACE dicts only for the rows that can be answers (issue 12): the rows
a look-up finds stay rows until they pass the finder's keep test or can be among the best, and
what is worked out from the rows is what was worked out from the dicts."""

import json

import pytest

# (our own choice of names: common names of many places, facilities and their towns, names
# with an Arabic article, names asked with a kind word)
NAMES = [("Springfield", None), ("San Jose", None), ("Alexandria", None), ("Santa Cruz", None),
         ("Salem", "town"), ("Victoria", None), ("Jackson", "city"), ("Homs", None), ("Hama", None),
         ("Qamishli", None), ("Qamishli crossing", "crossing"), ("Tal Abyad", None), ("al-Hol", None),
         ("Al Waleed crossing", "crossing"), ("Rafah", None), ("Ras al-Ayn", None), ("Kharkiv", None),
         ("Mirpur", None), ("Georgia", None), ("Bagram air base", "base"), ("Al Asad", "base"),
         ("Benin City", None), ("Kansas City", None), ("Richmond", None), ("Marion", None)]


def _finder(gazetteer):
    from geomove.mentions.finder import _Finder
    return _Finder("", gazetteer)


def _lists(gazetteer):
    finder = _finder(gazetteer)
    return [json.dumps(finder._filtered_candidates(name, kind), sort_keys=False, default=repr)
            for name, kind in NAMES]


def test_the_keep_tests_prefilter_of_rows_drops_only_what_keep_drops(gazetteer, monkeypatch):
    """The finder's keep test tells from a row's stored plain forms (``keep.rejects``) which
    rows it would drop, before their PLACE dicts are made: the finder's candidates are the
    same, name for name, as with the keep test asked of every PLACE dict."""
    from geomove.gazetteer import Gazetteer
    real = Gazetteer.candidates
    said = []

    def counting(self, name, *, keep=None, **kw):
        if keep is not None and hasattr(keep, "rejects"):
            rejects = keep.rejects

            def counted(*args):
                said.append(rejects(*args))
                return said[-1]
            keep.rejects = counted
        return real(self, name, keep=keep, **kw)

    monkeypatch.setattr(Gazetteer, "candidates", counting)
    gazetteer._lookup_cache.clear()
    fast = _lists(gazetteer)
    assert said.count(True) > 50 and said.count(False) > 10  # (the prefilter did decide rows)

    def plain_keep(self, name, *, keep=None, **kw):
        # the keep test without its prefilter: asked of every PLACE dict
        return real(self, name, keep=(lambda c: keep(c)) if keep is not None else None, **kw)

    monkeypatch.setattr(Gazetteer, "candidates", plain_keep)
    gazetteer._lookup_cache.clear()
    slow = _lists(gazetteer)
    assert fast == slow


def test_a_row_the_prefilter_rejects_gets_no_place_dict(gazetteer):
    """``keep.rejects`` is asked before a PLACE dict is made: a prefilter that rejects every
    row leaves only rows without stored plain forms to the keep test itself."""
    asked = []

    def keep(place):
        asked.append(place)
        return True

    keep.rejects = lambda plains, which, kind: True
    gazetteer._lookup_cache.clear()
    got = gazetteer.candidates("Homs", limit=40, fuzzy=False, keep=keep)
    assert all("_plains" not in p for p in asked)
    assert len(got) == len(asked)
    assert gazetteer.candidates("Homs", limit=40, fuzzy=False)  # (without it, Homs has places)


def test_the_totals_of_found_rows_are_what_score_adds_up(gazetteer, monkeypatch):
    """A name of more than ``limit`` places is ranked by totals read from the rows found
    (namesake marks included), without numpy: each is what ranking.score adds up for the row's
    PLACE dict, to the last bit, and what ranking.approx_totals (numpy over the places' columns)
    gives, for every way a name is found."""
    from geomove.gazetteer import Gazetteer, ranking
    real = Gazetteer._best_by_totals
    compared = []

    def both(self, items, query, limit, keep, place_of, article, marks):
        sims = [it[2] for it in items]
        rows = [it[0] for it in items]
        places = [place_of(row) for row in rows]
        how = query.how
        for query.how in ("exact", "variant", "fuzzy"):
            totals = Gazetteer._row_totals(rows, sims, query, article, marks)
            approx = ranking.approx_totals(Gazetteer._columns(places, sims, query), query)
            assert totals == pytest.approx(approx.tolist(), abs=1e-12)
            for place, sim, total in zip(places, sims, totals):
                query.similarity = sim
                exact = 0.0
                for share in ranking.score(dict(place), query)["features"].values():
                    exact += share
                if query.how == "fuzzy":
                    exact = min(exact, ranking.FUZZY_ALONE_CAP)
                assert total == exact, (place["name"], query)
        query.how = how
        compared.append((len(items), bool(marks[0]), bool(marks[1]), bool(query.kind), bool(query.country),
                         bool(query.article), query.exact_elsewhere, query.own_importance is not None))
        return real(self, items, query, limit, keep, place_of, article, marks)

    monkeypatch.setattr(Gazetteer, "_best_by_totals", both)
    gazetteer._lookup_cache.clear()
    for name, kind in NAMES:
        for hints in ({}, {"kind": kind or "city"}, {"country": "US"}):
            gazetteer.candidates(name, limit=3, fuzzy=False, **hints)
    assert len(compared) > 10
    assert any(named and lent for _, named, lent, *_ in compared)  # (namesake marks among them)
    # (a kind, a country, an article, a name some place bears exactly, a name some place bears as its own)
    for i in (3, 4, 5, 6, 7):
        assert any(c[i] for c in compared), i


def test_totals_need_no_numpy(gazetteer):
    """A batch whose names have many places is ranked without importing numpy (~0.1 s a process)."""
    import subprocess
    import sys
    code = ("import sys\n"
            "from geomove.gazetteer import Gazetteer\n"
            f"gaz = Gazetteer({str(gazetteer.path)!r})\n"
            "assert len(gaz.candidates('Springfield', limit=3, fuzzy=False)) == 3\n"
            "assert len(gaz.candidates('San Jose', limit=3, kind='city', fuzzy=False)) == 3\n"
            "print('numpy' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_context_points_have_no_row_totals():
    from geomove.gazetteer import Gazetteer, ranking
    q = ranking.Query(how="exact", similarity=1.0, points=((30.0, 70.0),))
    row = (1, "g1", "X", "city", "SY", None, 30.0, 70.0, 0, 0.5, 1.0, "town", "src", "lic", None, "X", 0, None, "x")
    assert Gazetteer._row_totals([(row, False, "X", 0, None)], [1.0], q, False, ({}, {})) is None


def _similarity_reference(pa, fa, pb, fb):
    """folded_spelling_similarity as it was written before the folds were compared first."""
    from rapidfuzz.fuzz import ratio
    from geomove.mentions.similarity import _OU_RE
    if pa == pb:
        return 1.0
    if min(len(pa), len(pb)) >= 4 and fa == fb:
        return 0.9
    if len(pa) <= 4 or len(pb) <= 4:
        return 0.0
    if "ou" in pa or "ou" in pb:
        ua, ub = _OU_RE.sub("u", pa), _OU_RE.sub("u", pb)
        if (ua == pa) != (ub == pb):
            return max(ratio(pa, pb), ratio(ua, ub)) / 100.0
    return ratio(pa, pb) / 100.0


def test_the_folded_similarity_is_what_it_was():
    """The keep test's comparison of two plain spellings given their folds: the same value for
    short and long spellings, equal folds, and French 'ou' spellings."""
    import random
    from geomove.mentions.similarity import folded_spelling_similarity
    rng = random.Random(24)
    seen = set()
    for _ in range(50_000):
        pa, pb = ("".join(rng.choice("mnoubah") for _ in range(rng.randint(0, 7))) for _ in range(2))
        fa = rng.choice([pa, pa.replace("h", ""), pb])
        fb = rng.choice([pb, fa])
        want = _similarity_reference(pa, fa, pb, fb)
        assert folded_spelling_similarity(pa, fa, pb, fb) == want, (pa, fa, pb, fb)
        seen.add(want if want in (0.0, 0.9, 1.0) else "ratio")
    assert seen == {0.0, 0.9, 1.0, "ratio"}
