"""dates._DatesAround (issue 12, session 19): the bisections answer as the plain scans of every
date they replace."""

import datetime as dt

from hypothesis import given, settings, strategies as st

from geomove.dates import DateMention, _DatesAround, find_dates


def _dated(start, n, relative, years):
    y0, y1 = years
    return DateMention(start, start + n, "x", dt.date(y0, 1, 1), dt.date(y1, 1, 1), "day", relative)


dates = st.lists(st.builds(_dated, st.integers(0, 60), st.integers(0, 8), st.booleans(),
                           st.sampled_from([(2020, 2020), (2020, 2021), (2023, 2023)])), max_size=25)


@settings(max_examples=400, deadline=None)
@given(dates, st.integers(-2, 70), st.integers(0, 10))
def test_dates_around_are_the_plain_tests(found, start, n):
    around = _DatesAround(found)
    end = start + n
    assert around.overlaps(start, end) == any(d.start <= start < d.end or start <= d.start < end for d in found)
    plain = [d for d in found if d.end <= start and not d.relative and d.date_start.year == d.date_end.year]
    assert around.last_with_year_ending_by(start) is (plain[-1] if plain else None)


def test_that_year_takes_the_year_told_before_it():
    text = ("The brigade left Kherson in March 2019. Later that year it moved to Odesa, and the "
            "following year to Mykolaiv. In June 2021 it returned; the year before, it had trained.")
    years = [(d.text, d.date_start.year) for d in find_dates(text, dt.date(2024, 5, 1)) if d.precision == "year"]
    # (the last year told by itself counts over a nearer date written with its year, as
    # before session 19: "the year before" June 2021 is read from "the following year", 2020)
    assert years == [("Later that year", 2019), ("the following year", 2020), ("the year before", 2019)]
