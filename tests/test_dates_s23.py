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


@pytest.mark.parametrize("text, want", [
    ("Late last month, troops moved toward Djibo.", (dt.date(2026, 10, 21), dt.date(2026, 10, 31))),
    ("Troops moved toward Djibo early last month.", (dt.date(2026, 10, 1), dt.date(2026, 10, 10))),
    ("At the end of last month, troops moved toward Djibo.", (dt.date(2026, 10, 21), dt.date(2026, 10, 31))),
    # this month's third runs up to publication at most
    ("Troops moved toward Djibo in mid-November.", (dt.date(2026, 11, 11), dt.date(2026, 11, 20))),
    ("Late this month, troops moved toward Djibo.", (dt.date(2026, 11, 21), dt.date(2026, 11, 30))),
])
def test_a_third_of_last_month(text, want):
    assert _days(text) == [want + ("week",)]


@pytest.mark.parametrize("text, want", [
    ("Troops moved toward Djibo in the first week of November.", (dt.date(2026, 11, 1), dt.date(2026, 11, 7))),
    ("Troops moved toward Djibo in the third week of October.", (dt.date(2026, 10, 15), dt.date(2026, 10, 21))),
    ("Troops moved toward Djibo in the last week of October.", (dt.date(2026, 10, 25), dt.date(2026, 10, 31))),
    ("Troops moved toward Djibo in the second week of December 2025.", (dt.date(2025, 12, 8), dt.date(2025, 12, 14))),
])
def test_the_nth_week_of_a_month(text, want):
    assert _days(text) == [want + ("week",)]


def test_last_month_alone_is_still_the_whole_month():
    assert _days("Troops moved toward Djibo last month.") == [(dt.date(2026, 10, 1), dt.date(2026, 10, 31), "month")]


@pytest.mark.parametrize("text, want", [
    # 2026-11-20 is a Friday
    ("- 2 Su-34s relocated from Marinovka to Morozovsk (Mon)", (dt.date(2026, 11, 16), dt.date(2026, 11, 16), "day")),
    ("- 47th Bde: Avdiivka -> Pokrovsk area (Tue-Wed)", (dt.date(2026, 11, 17), dt.date(2026, 11, 18), "day")),
    ("- SOF company returned to Maryina Gorka (Thu.)", (dt.date(2026, 11, 19), dt.date(2026, 11, 19), "day")),
    ("- a convoy left Valuyki (Fri)", (dt.date(2026, 11, 20), dt.date(2026, 11, 20), "day")),
])
def test_a_sitreps_abbreviated_day_in_brackets(text, want):
    assert _days(text) == [want]


@pytest.mark.parametrize("text", [
    "The Sun reported that troops moved.",  # a newspaper, no day
    "Troops moved, the Sat-Nav logs show.",
    "Forces moved (see map).",
])
def test_no_abbreviated_day_outside_brackets(text):
    assert _days(text) == []
