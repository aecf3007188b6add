"""speed100 (issue 12): a second round's distances when the context lost points (a name whose
reading ranking overturned took its point back, a far point dropped): a reading keeps its first
distance when every lost point lies strictly farther than it, and the caller measures the others
anew; together they equal the distances measured against the whole new context."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.distance import Gaps
from geomove.mentions import context

_LAT = st.floats(-60, 60, allow_nan=False)
_LON = st.floats(-170, 170, allow_nan=False)
_POINT = st.tuples(_LAT, _LON, st.sampled_from([0.0, 0.0, 5.0, 30.0, 300.0]))


def _record(pts: list, left: list, queries: list):
    """A FirstRanking of readings at ``queries`` measured against the context ``pts`` less
    ``left``, with the rows and asked keys a second round would pass."""
    old = context.context_points(pts, left)
    readings = [{"lat": q[0], "lon": q[1], "context_score": 1.0, "why": ""} for q in queries]
    asked, rows, first = {}, [], {}
    for i, (c, q) in enumerate(zip(readings, queries)):
        key = ("ctx", i)
        asked[key] = q
        rows.append((c, c.get, key, c["lat"], "town"))
        first[key] = (Gaps(list(old)).smallest_many([q])[0],)
    return context.FirstRanking([id(c) for c in readings], rows, first, set(), {}, {}, pts, left), rows, asked


def _filled(found: list, now: frozenset, asked: dict) -> list:
    """What _rank_in_context does with gaps_since's answer: its None entries measured anew."""
    anew = iter(Gaps(list(now)).smallest_many([q for q, d in zip(asked.values(), found) if d is None]))
    return [next(anew) if d is None else d for d in found]


@settings(max_examples=300, deadline=None)
@given(pts=st.lists(_POINT, min_size=2, max_size=12, unique=True), queries=st.lists(_POINT, min_size=1, max_size=6),
       gained=st.lists(_POINT, max_size=3), data=st.data())
def test_lost_points_keep_the_distances_measured_anew(pts, queries, gained, data):
    left = data.draw(st.lists(st.integers(0, len(pts) - 1), unique=True, max_size=len(pts) - 1))
    rec, rows, asked = _record(pts, left, queries)
    old = rec.context
    lost = data.draw(st.sets(st.sampled_from(sorted(old)), min_size=1, max_size=len(old)))
    now = frozenset((old - lost) | set(gained))
    found = rec.gaps_since(rows, asked, now)
    if not now:
        return  # (no context left: the caller measures nothing)
    assert _filled(found, now, asked) == Gaps(list(now)).smallest_many(list(asked.values()))


def test_lost_points_far_from_every_reading_leave_the_first_distances():
    """The shortcut is taken: a point lost far beyond a reading's nearest leaves it standing
    (not None), and one lost where it was the nearest is measured anew (None)."""
    rng = random.Random(100)
    kept = anew = 0
    for _ in range(200):
        centre = (rng.uniform(-50, 50), rng.uniform(-160, 160))
        near = [(centre[0] + rng.gauss(0, 1), centre[1] + rng.gauss(0, 1), 0.0) for _ in range(4)]
        far = (centre[0] + 30.0, centre[1], 0.0)  # (some 3,300 km off)
        pts = near + [far]
        queries = [(centre[0] + rng.gauss(0, 0.5), centre[1] + rng.gauss(0, 0.5), 0.0) for _ in range(3)]
        rec, rows, asked = _record(pts, [], queries)
        got = rec.gaps_since(rows, asked, frozenset(near))
        assert None not in got and got == Gaps(near).smallest_many(list(asked.values()))
        kept += len(got)
        # (the nearest point of the first reading lost: that reading is measured anew)
        nearest = min(near, key=lambda p: Gaps([p]).smallest(*queries[0]))
        fewer = frozenset(pts) - {nearest}
        got = rec.gaps_since(rows, asked, fewer)
        assert got[0] is None
        anew += 1
        assert _filled(got, fewer, asked) == Gaps(list(fewer)).smallest_many(list(asked.values()))
    assert kept == 600 and anew == 200


def test_a_memo_of_a_lost_point_serves_the_name_s_other_mentions():
    """The lost points are compared once a name (the memo), with the same answers as without."""
    pts = [(10.0, 10.0, 0.0), (10.5, 10.5, 0.0), (40.0, 40.0, 0.0)]
    queries = [(10.2, 10.1, 0.0), (39.0, 39.0, 0.0)]
    rec, rows, asked = _record(pts, [], queries)
    now = frozenset(pts[:2])
    memo: dict = {}
    want = rec.gaps_since(rows, asked, now)
    assert rec.gaps_since(rows, asked, now, memo, "name") == want
    gained, lost = memo["name"]
    assert gained == () and lost is not None
    assert rec.gaps_since(rows, asked, now, memo, "name") == want
    assert want[0] is not None and want[1] is None  # (the lost point was the second reading's nearest)
