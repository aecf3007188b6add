"""dates.within_week_told: "earlier in the week" / "later that week" are days of the calendar week
of the day told before; with none told, "earlier in the week" is the week of publication up to it
(a report published on a Monday: that day alone, as "earlier this week" is)."""

import datetime as dt

import pytest

from geomove.dates import date_after_span, find_dates, tells_a_span, within_week_told

MONDAY = dt.date(2026, 11, 16)


def _day(d: dt.date):
    return find_dates("on " + d.strftime("%d %B %Y"), None)[0]


@pytest.mark.parametrize("text, told, published, span", [
    ("Earlier in the week, a column moved.", dt.date(2026, 11, 13), MONDAY, ("2026-11-09", "2026-11-12")),
    ("a convoy drove on earlier that same week", dt.date(2026, 11, 14), MONDAY, ("2026-11-09", "2026-11-13")),
    ("Later that week they moved on.", dt.date(2026, 11, 16), dt.date(2026, 11, 20), ("2026-11-17", "2026-11-20")),
    ("later in the week they moved on", dt.date(2026, 11, 10), MONDAY, ("2026-11-11", "2026-11-15")),
])
def test_the_week_of_the_day_told(text, told, published, span):
    assert tells_a_span(text)
    d = date_after_span(text, _day(told), published)
    assert (d.date_start.isoformat(), d.date_end.isoformat()) == span and d.precision == "week"


@pytest.mark.parametrize("text, told, published", [
    ("Earlier that week, engineers had driven.", dt.date(2026, 11, 16), dt.date(2026, 11, 20)),  # a Monday: none before
    ("Later that week they moved on.", dt.date(2026, 11, 15), MONDAY),  # a Sunday: none after
    ("Later that week they moved on.", dt.date(2026, 11, 16), MONDAY),  # after publication
    ("Earlier that week, engineers had driven.", None, MONDAY),  # "that week" needs a day told
    ("Later in the week they moved on.", None, MONDAY),
    ("Earlier in the war, a week of talks.", dt.date(2026, 11, 13), MONDAY),  # no such span
])
def test_no_day_of_that_week(text, told, published):
    assert date_after_span(text, _day(told) if told else None, published) is None


def test_a_week_told_is_no_day_to_count_from():
    last_week = find_dates("last week", MONDAY)[0]
    assert within_week_told("Earlier in the week, a column moved.", last_week, MONDAY) is None


def test_a_monday_report_with_no_day_told():
    # (as "earlier this week" published on a Monday: that day alone)
    d = date_after_span("Earlier in the week, a column moved.", None, MONDAY)
    assert (d.date_start, d.date_end) == (MONDAY, MONDAY)
    this_week = find_dates("earlier this week", MONDAY)[0]
    assert (this_week.date_start, this_week.date_end) == (MONDAY, MONDAY)
    friday = dt.date(2026, 11, 20)
    d = date_after_span("Earlier in the week, a column moved.", None, friday)
    assert (d.date_start, d.date_end) == (MONDAY, friday)


@pytest.mark.parametrize("text, published, span", [
    ("will arrive later this week", MONDAY, ("2026-11-16", "2026-11-22")),
    ("will arrive this week", dt.date(2026, 11, 22), ("2026-11-22", "2026-11-22")),  # a Sunday: that day
    ("will deploy this month", dt.date(2026, 12, 10), ("2026-12-10", "2026-12-31")),
    ("will deploy this year", dt.date(2026, 12, 10), ("2026-12-10", "2026-12-31")),
])
def test_a_plan_s_this_week_is_the_rest_of_it(text, published, span):
    from geomove.dates import ahead_when_planned

    d = ahead_when_planned(find_dates(text, published)[0], published)
    assert (d.date_start.isoformat(), d.date_end.isoformat()) == span


def test_a_plan_s_other_dates_are_not_the_rest_of_a_unit():
    from geomove.dates import ahead_when_planned

    for text in ("will arrive late this week", "will arrive next week", "will arrive on Friday"):
        d = find_dates(text, MONDAY)[0]
        ahead = ahead_when_planned(d, MONDAY)
        assert ahead.date_start != MONDAY or ahead.date_end != dt.date(2026, 11, 22) or d.text.lower() == "this week", text


@pytest.mark.parametrize("text, published, told, day", [
    ("moved on Monday last week", MONDAY, "Monday last week", "2026-11-09"),
    ("moved on Tuesday last week", dt.date(2026, 11, 20), "Tuesday last week", "2026-11-10"),
    ("moved on the Tuesday of last week", dt.date(2026, 11, 20), "Tuesday of last week", "2026-11-10"),
    ("moved on Tuesday morning last week", dt.date(2026, 11, 20), "Tuesday morning last week", "2026-11-10"),
    ("Last week, on Thursday, troops moved", dt.date(2026, 11, 19), "Last week, on Thursday", "2026-11-12"),
    ("moved on Wednesday this week", dt.date(2026, 11, 20), "Wednesday this week", "2026-11-18"),
])
def test_a_weekday_of_the_week_told(text, published, told, day):
    assert [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in find_dates(text, published)] == [(told, day, day)]


@pytest.mark.parametrize("text, published", [
    ("moved last week. On Tuesday, more moved", dt.date(2026, 11, 20)),  # another sentence
    ("will move on Friday this week", dt.date(2026, 11, 18)),  # after publication: as read (a plan's)
    # ("moved since Tuesday last week": a stretch from that Tuesday to publication since read153,
    # tests/test_dates_s53_read153.py)
])
def test_no_weekday_of_the_week_told(text, published):
    assert len(find_dates(text, published)) == 2
