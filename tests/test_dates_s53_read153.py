"""dates: a stretch told "since" a day or unit relative to publication runs up to publication
(as "since Monday" does, read82): "since Tuesday last week" (_weekday_of_week_told), "since last
week", "since early last month" (_since_unit_told); without "since", each is read as before."""

import datetime as dt

import pytest

from geomove.dates import find_dates

WEDNESDAY = dt.date(2026, 11, 18)
MONDAY = dt.date(2026, 11, 16)


def _read(text, published):
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat(), d.precision) for d in find_dates(text, published)]


@pytest.mark.parametrize("text, published, told", [
    ("moved since Tuesday last week", WEDNESDAY, ("since Tuesday last week", "2026-11-10", "2026-11-18", "day")),
    ("Since Monday last week, units have moved", MONDAY, ("Since Monday last week", "2026-11-09", "2026-11-16", "day")),
    ("moving since Friday of last week", WEDNESDAY, ("since Friday of last week", "2026-11-13", "2026-11-18", "day")),
    ("have been moving since last week", WEDNESDAY, ("since last week", "2026-11-09", "2026-11-18", "week")),
    ("Since early last month, columns have", WEDNESDAY, ("Since early last month", "2026-10-01", "2026-11-18", "week")),
    ("since late last week", MONDAY, ("since late last week", "2026-11-12", "2026-11-16", "week")),
    ("arriving since last month", WEDNESDAY, ("since last month", "2026-10-01", "2026-11-18", "month")),
])
def test_since_runs_to_publication(text, published, told):
    assert _read(text, published) == [told]


@pytest.mark.parametrize("text, published, told", [
    ("moved on Tuesday last week", WEDNESDAY, ("Tuesday last week", "2026-11-10", "2026-11-10", "day")),
    ("moved last week", WEDNESDAY, ("last week", "2026-11-09", "2026-11-15", "week")),
    ("moved early last month", WEDNESDAY, ("early last month", "2026-10-01", "2026-10-10", "week")),
    ("ever since this week began", WEDNESDAY, ("this week", "2026-11-16", "2026-11-18", "week")),  # no stretch from "this week"
])
def test_without_since_as_before(text, published, told):
    assert _read(text, published) == [told]


def test_last_week_then_since_a_weekday_is_two_dates():
    # ("last week, since Tuesday": the weekday is not of the week told before it)
    assert len(find_dates("moved last week, since Tuesday", WEDNESDAY)) == 2
