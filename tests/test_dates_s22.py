"""A span in one month whose month is written at both ends ("between March 1 and March 3", "from 1
March to 3 March"): the span, as "between 1 and 3 March" and "between 28 February and 3 March"
were read. The sentences are our own."""

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from geomove.dates import find_dates, parse_published

PUB = parse_published("2026-03-10")


def _days(text, published=PUB):
    return [(d.date_start, d.date_end) for d in find_dates(text, published)]


@pytest.mark.parametrize("text", [
    "Between March 1 and March 3, about 1,500 soldiers crossed into South Kivu.",
    "About 1,500 soldiers crossed into South Kivu between March 1 and March 3.",
    "From 1 March to 3 March the brigade moved east.",
    "The brigade moved east from March 1st through March 3rd.",
])
def test_the_month_written_twice_is_one_span(text):
    assert _days(text) == [(dt.date(2026, 3, 1), dt.date(2026, 3, 3))]


@pytest.mark.parametrize("text, want", [
    # two days told apart, not a span ("and" makes a span only after "between")
    ("Convoys left on March 5 and March 2.", [(dt.date(2026, 3, 5),) * 2, (dt.date(2026, 3, 2),) * 2]),
    # the same day twice is no span
    ("Between March 3 and March 3 nothing moved.", [(dt.date(2026, 3, 3),) * 2, (dt.date(2026, 3, 3),) * 2]),
])
def test_no_span_where_none_is_told(text, want):
    assert _days(text) == want


@given(st.integers(1, 25), st.integers(1, 3))
def test_a_span_in_one_month_ends_where_told(first, length):
    last = first + length
    found = _days(f"Troops moved between February {first} and February {last}.", PUB)
    assert found == [(dt.date(2026, 2, first), dt.date(2026, 2, last))]
