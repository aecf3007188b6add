"""A week told by the day it ends or begins ("in the week to 14 November", "the week ending
November 14", "the week of 3 November"), as weekly roundups date what they tell: the seven days,
not the day alone. The sentences are our own."""

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from geomove.dates import find_dates, parse_published

PUB = parse_published("2026-11-20")


def _days(text, published=PUB):
    return [(d.date_start, d.date_end, d.precision) for d in find_dates(text, published)]


@pytest.mark.parametrize("text", [
    "In the week to 14 November, JNIM fighters moved toward Djibo.",
    "In the week ending November 14, JNIM fighters moved toward Djibo.",
    "JNIM fighters moved toward Djibo in the week ended 14 Nov.",
    "Over the seven days through Saturday, 14 November, fighters moved toward Djibo.",
    "In the week to 14 November 2026, fighters moved toward Djibo.",
])
def test_the_week_up_to_a_day(text):
    assert _days(text) == [(dt.date(2026, 11, 8), dt.date(2026, 11, 14), "week")]


def test_the_week_of_a_day_runs_from_it():
    assert _days("During the week of 3 November, fighters moved toward Djibo.") == \
        [(dt.date(2026, 11, 3), dt.date(2026, 11, 9), "week")]


@pytest.mark.parametrize("text, want", [
    # a day with no week around it stays a day
    ("Fighters moved toward Djibo on 14 November.", [(dt.date(2026, 11, 14),) * 2 + ("day",)]),
    # "the week after" a day is not read as a week (the day alone, as before)
    ("The week after 14 November, fighters moved.", [(dt.date(2026, 11, 14),) * 2 + ("day",)]),
])
def test_no_week_where_none_is_told(text, want):
    assert _days(text) == want


@given(st.integers(7, 28))
def test_the_week_ends_on_the_day_told(day):
    found = _days(f"In the week to {day} October, troops moved.")
    assert found == [(dt.date(2026, 10, day - 6), dt.date(2026, 10, day), "week")]
