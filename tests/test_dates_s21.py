"""A day of the month told alone ("on the 21st"): the latest such day up to publication. The
sentences are our own."""

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from geomove.dates import find_dates, parse_published

PUB = parse_published("2026-03-03")


def _days(text, published=PUB):
    return [(d.date_start, d.date_end, d.precision) for d in find_dates(text, published)]


@pytest.mark.parametrize("text, day", [
    ("A convoy left Gao for Kidal on the 21st.", dt.date(2026, 2, 21)),
    ("The battalion arrived on the 2nd, officials said.", dt.date(2026, 3, 2)),
    ("Troops crossed at Adre on the 3rd and moved to Geneina.", dt.date(2026, 3, 3)),
])
def test_the_latest_such_day_up_to_publication(text, day):
    assert _days(text) == [(day, day, "day")]


@pytest.mark.parametrize("text", [
    "The column advanced on the 5th day of the offensive.",      # a count of days, no date
    "Units acted on the 3rd Brigade's orders.",                   # a unit's name
    "They arrived on the 30th.",                                  # no 30 February before 3 March
    "A convoy left Gao on the 21st without a publication date.",  # (read with none below)
])
def test_no_day_where_none_is_told(text):
    published = None if "without" in text else PUB
    assert not [d for d in _days(text, published) if d[0].day in (3, 5, 21, 30)]


def test_with_its_month_the_day_is_that_months():
    assert _days("They left on the 21st of January.") == [(dt.date(2026, 1, 21), dt.date(2026, 1, 21), "day")]


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)), st.integers(1, 31))
def test_a_day_told_alone_is_never_after_publication_nor_a_month_before(published, day):
    found = _days(f"The brigade moved on the {day}th, residents said.", published)
    for start, end, precision in found:
        assert start == end and start.day == day and precision == "day"
        assert dt.timedelta(0) <= published - start < dt.timedelta(days=31)
