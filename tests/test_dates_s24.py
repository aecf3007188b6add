"""A part of a calendar week told relative to publication ("late last week", "early this week",
"at the end of last week"): those days, not the whole week. The sentences are our own."""

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from geomove.dates import find_dates, parse_published

PUB = parse_published("2026-11-20")  # a Friday


def _days(text, published=PUB):
    return [(d.date_start, d.date_end, d.precision) for d in find_dates(text, published)]


@pytest.mark.parametrize("text, first, last", [
    ("Troops were pulled back to Surin late last week.", dt.date(2026, 11, 12), dt.date(2026, 11, 15)),
    ("Troops were pulled back to Surin at the end of last week.", dt.date(2026, 11, 12), dt.date(2026, 11, 15)),
    ("Troops were pulled back to Surin early last week.", dt.date(2026, 11, 9), dt.date(2026, 11, 11)),
    ("Troops were pulled back to Surin in the middle of last week.", dt.date(2026, 11, 10), dt.date(2026, 11, 12)),
    ("Marines were flown to Ishigaki early this week.", dt.date(2026, 11, 16), dt.date(2026, 11, 18)),
    ("Marines were flown to Ishigaki late this week.", dt.date(2026, 11, 19), dt.date(2026, 11, 20)),
])
def test_part_of_a_week(text, first, last):
    assert _days(text) == [(first, last, "week" if (last - first).days > 1 else "day")]


def test_the_whole_week_stays_whole():
    assert _days("Troops were pulled back to Surin last week.") == [
        (dt.date(2026, 11, 9), dt.date(2026, 11, 15), "week")]


def test_late_this_week_told_before_thursday_is_a_plans_days():
    tuesday = parse_published("2026-11-17")
    assert _days("More troops will arrive late this week.", tuesday) == [
        (dt.date(2026, 11, 19), dt.date(2026, 11, 22), "week")]


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)),
       st.sampled_from(["early", "mid", "late"]), st.sampled_from(["last", "this"]))
def test_a_part_of_a_week_lies_in_that_week_and_after_publication_only_when_all_of_it_is(published, part, which):
    found = [d for d in find_dates(f"Units moved to the front {part} {which} week.", published) if d.date_start]
    monday = published - dt.timedelta(days=published.weekday()) - dt.timedelta(days=7 if which == "last" else 0)
    assert len(found) == 1
    d = found[0]
    assert monday <= d.date_start <= d.date_end <= monday + dt.timedelta(days=6)
    assert d.date_end <= published or d.date_start > published


@pytest.mark.parametrize("text, day", [
    ("SNA factions advanced toward Manbij on Mon, but were halted.", dt.date(2026, 11, 16)),
    ("A statement said the unit relocated on Tue.", dt.date(2026, 11, 17)),
    ("The convoy left Baghdad on Thurs and reached al-Qaim.", dt.date(2026, 11, 19)),
    ("Patrols were withdrawn on Sat; none returned.", dt.date(2026, 11, 14)),
])
def test_a_weekday_abbreviated_after_on(text, day):
    assert _days(text, parse_published("2026-11-19")) == [(day, day, "day")]


@pytest.mark.parametrize("text", [
    "Marines landed on Sun Island from Manado.",
    "Fighting spread on Mon State's border.",
    "The Wed convoy was late.",
    "monitors said the convoy moved on mon",
])
def test_no_weekday_abbreviated_without_on_or_before_a_name(text):
    assert _days(text, parse_published("2026-11-19")) == []
