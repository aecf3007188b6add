"""dates.ahead_when_planned: a planned movement's date written without its year or week is the
next such date after publication; every other date is left as the past reading gave it."""

import datetime as dt

import pytest

from geomove.dates import ahead_when_planned, find_dates

PUB = dt.date(2026, 11, 20)  # a Friday


def _one(text: str, published=PUB):
    (d,) = find_dates(text, published)
    return d


@pytest.mark.parametrize("text, start, end", [
    ("in March", "2027-03-01", "2027-03-31"),
    ("on 3 January", "2027-01-03", "2027-01-03"),
    ("by Thursday", "2026-11-26", "2026-11-26"),
    ("in February", "2027-02-01", "2027-02-28"),
    ("on 25 November", "2026-11-25", "2026-11-25"),  # (read as 2025 by the past reading)
])
def test_a_date_without_its_year_moves_ahead(text, start, end):
    d = ahead_when_planned(_one(text), PUB)
    assert (d.date_start.isoformat(), d.date_end.isoformat()) == (start, end)
    assert d.date_start > PUB


@pytest.mark.parametrize("text", ["in March 2026", "last Thursday", "yesterday", "in June 2027"])
def test_a_written_year_a_past_word_or_a_date_ahead_stays(text):
    d = _one(text)
    assert ahead_when_planned(d, PUB) == d


def test_the_29th_of_february_moves_to_the_28th():
    pub = dt.date(2028, 3, 10)  # 2028 is a leap year, 2029 is not
    d = ahead_when_planned(_one("on 29 February", pub), pub)
    assert d.date_start == dt.date(2029, 2, 28)


def test_no_date_or_no_publication_stays():
    assert ahead_when_planned(None, PUB) is None
    d = _one("in March")
    assert ahead_when_planned(d, None) is d
