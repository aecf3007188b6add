"""Ranking many candidates at once: ranking.approx_totals (numpy over columns) must add up what
ranking.score adds up, and Gazetteer.candidates must return the same list whether it scores every
place found or only those that can be among the best."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.gazetteer import Gazetteer, ranking

KINDS = ["city", "town", "village", "admin1", "admin2", "airfield", "crossing", "base", "country", None]

place_st = st.fixed_dictionaries({
    "name": st.sampled_from(["Mirpur", "Mirpur Khas", "al-Hol", "Hol", "Tell Abyad"]),
    "matched_name": st.sampled_from(["Mirpur", "Hol", "Tall Abyad"]),
    "kind": st.sampled_from(KINDS),
    "country": st.sampled_from(["PK", "IN", "SY", "NO", None]),
    "importance": st.one_of(st.none(), st.floats(0, 1)),
    "_lent_importance": st.floats(0, 1),
    "_derived": st.booleans(),
    "_spelled_with_article": st.booleans(),
    "_namesake_settlement": st.sampled_from([None, "", "Mirpur"]),
    "user": st.booleans(),
    "lat": st.just(30.0), "lon": st.just(70.0),
    "gazetteer_id": st.sampled_from(["geonames:1", "curated:x", None]),
})

query_st = st.builds(
    ranking.Query,
    how=st.sampled_from(["exact", "variant", "fuzzy"]),
    similarity=st.just(1.0),
    kind=st.sampled_from([None, "city", "airfield", "admin1"]),
    country=st.sampled_from([None, "PK", "SY"]),
    article=st.booleans(),
    text=st.sampled_from(["", "Mirpur", "al-Hol"]),
    exact_elsewhere=st.booleans(),
    own_importance=st.sampled_from([None, 0.0, 0.5, 0.6]),
    own_countries=st.sampled_from([frozenset(), frozenset({"PK"})]),
)


@settings(max_examples=300, deadline=None)
@given(places=st.lists(place_st, min_size=1, max_size=12), sims=st.data(), query=query_st)
def test_column_totals_add_up_what_score_adds_up(places, sims, query):
    sim = [sims.draw(st.floats(0.55, 1.0)) for _ in places]
    totals = ranking.approx_totals(Gazetteer._columns(places, sim, query), query)
    for p, s, total in zip(places, sim, totals):
        query.similarity = s
        scored = ranking.score(dict(p), query)
        python_total = 0.0
        for share in scored["features"].values():
            python_total += share
        if query.how == "fuzzy":
            python_total = min(python_total, ranking.FUZZY_ALONE_CAP)
        assert total == pytest.approx(python_total, abs=1e-12)
        assert round(max(0.0, min(1.0, float(total))), 3) == pytest.approx(scored["score"], abs=0.0011)


def test_context_points_have_no_column_form():
    q = ranking.Query(how="exact", similarity=1.0, points=((30.0, 70.0),))
    cols = Gazetteer._columns([{"name": "X", "kind": "city", "importance": 0.5}], [1.0], q)
    assert ranking.approx_totals(cols, q) is None


@pytest.mark.parametrize("name,limit,kind", [
    ("San Jose", 3, None), ("Springfield", 5, None), ("Mirpur", 2, None), ("Alexandria", 4, None),
    ("Santa Cruz", 10, None), ("Salem", 1, "town"), ("Springfield", 3, "city"),
])
def test_the_best_by_totals_are_the_best_by_scores(gazetteer, monkeypatch, name, limit, kind):
    """A name with many namesakes: the shortcut's list is the list of scoring every one,
    with and without a ``keep`` test."""
    def keep(c):
        return c.get("kind") != "village"

    fast = [gazetteer.candidates(name, limit=limit, kind=kind, fuzzy=False),
            gazetteer.candidates(name, limit=limit, kind=kind, fuzzy=False, keep=keep)]
    calls = []
    real = Gazetteer._best_by_totals

    def slow(self, *args, **kwargs):
        calls.append(real(self, *args, **kwargs) is not None)
        return None  # the full path: every place scored

    monkeypatch.setattr(Gazetteer, "_best_by_totals", slow)
    gazetteer._lookup_cache.clear()
    full = [gazetteer.candidates(name, limit=limit, kind=kind, fuzzy=False),
            gazetteer.candidates(name, limit=limit, kind=kind, fuzzy=False, keep=keep)]
    assert calls and all(calls)  # the shortcut did apply to this name
    assert fast == full
    assert [list(p) for p in fast[0]] == [list(p) for p in full[0]]  # same keys, same order


def test_a_limit_of_nothing_gives_nothing(gazetteer):
    assert gazetteer.candidates("Springfield", limit=0) == []
    assert len(gazetteer.candidates("Springfield", limit=1)) == 1
