"""Session 52 (speed124): the km of ranking's why texts printed as ``round(d)`` for a finite
d > 0, ``format(d, '.0f')`` for anything else, must be the text ``f"{d:.0f}"`` always was."""
import math

from hypothesis import example, given, settings, strategies as st

from geomove.gazetteer.ranking import REGION_KM
from geomove.mentions import context


def km_new(d: float) -> str:
    # (the expression written at each site of geomove/mentions/context.py and ranking.near_context)
    return f"{round(d) if 0.0 < d < context._INF else format(d, '.0f')}"


def km_old(d: float) -> str:
    return f"{d:.0f}"


@settings(max_examples=3000, deadline=None)
@given(st.floats(allow_nan=True, allow_infinity=True))
@example(0.5)
@example(1.5)
@example(2.5)
@example(1234.5)
@example(0.49999999999999994)
@example(4503599627370496.5)
@example(4503599627370497.0)
@example(1e300)
@example(1.7976931348623157e308)
@example(5e-324)
@example(0.0)
@example(-0.0)
@example(-0.4)
@example(-2.5)
@example(math.inf)
@example(-math.inf)
@example(math.nan)
def test_km_text_is_the_format_s(d):
    assert km_new(d) == km_old(d)


@settings(max_examples=2000, deadline=None)
@given(st.integers(min_value=0, max_value=10**7))
def test_halves_round_to_even_as_the_format(n):
    d = n + 0.5
    assert km_new(d) == km_old(d)
    assert km_new(float(n)) == km_old(float(n))


@settings(max_examples=2000, deadline=None)
@given(st.floats(min_value=0.0, max_value=25000.0))
def test_earth_distances(d):
    assert km_new(d) == km_old(d)


def test_the_round_branch_is_taken_for_positive_finite_only():
    # (-0.0 and zero go to the format: round would print "0" for -0.0)
    assert f"{-0.0:.0f}" == "-0" and str(round(-0.0)) == "0"
    assert km_new(-0.0) == "-0"
    assert km_new(2.5) == "2" and km_new(3.5) == "4"


def test_the_namesake_text_is_the_old_one():
    assert context._NAMESAKE_WITHIN_REGION == f"a namesake lies within {REGION_KM:.0f} km of the text's places"
    assert context._NAMESAKE_WITHIN_REGION == "a namesake lies within 1000 km of the text's places"
