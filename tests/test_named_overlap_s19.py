"""clauses._Reader._overlaps_a_name (issue 12, session 19): the bisection over the names the
mention finder read answers as the plain test of every name."""

import bisect
import itertools

from hypothesis import given, settings, strategies as st

from geomove.read.clauses import _Reader


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 80), st.integers(1, 12)), max_size=20), st.integers(-2, 90), st.integers(0, 15))
def test_a_name_overlaps_as_the_plain_test_says(spans, lo, n):
    mentions = [{"start": a, "end": a + k} for a, k in spans]
    reader = _Reader.__new__(_Reader)
    named = sorted((m["start"], m["end"]) for m in mentions)  # (as _Reader.__init__ keeps them)
    reader._named_starts = [a for a, _b in named]
    reader._named_reach = list(itertools.accumulate((b for _a, b in named), max))
    hi = lo + n
    assert reader._overlaps_a_name(lo, hi) == any(m["start"] < hi and lo < m["end"] for m in mentions)
    assert bisect.bisect_left(reader._named_starts, hi) <= len(named)
