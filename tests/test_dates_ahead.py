"""dates.ahead_when_planned: a planned movement's date written without its year or week is the
next such date after publication; every other date is left as the past reading gave it."""

import datetime as dt

import pytest

from geomove.dates import ahead_when_planned, find_dates, heading_date_before

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


# --- dates.heading_date_before: a list's heading dates its items

def _heading_date(text):
    at = text.index("moved")
    return heading_date_before(text, find_dates(text, PUB), at)


def test_a_heading_with_a_day_dates_the_items_below():
    d = _heading_date("SITREP 14 NOV\n- 0600L: a column moved from A to B.")
    assert d is not None and d.date_start == dt.date(2026, 11, 14)
    d = _heading_date("Update, 3 March:\n\n1. A column left X.\n2) A column moved from A to B.")
    assert d is not None and d.date_start == dt.date(2026, 3, 3)


def test_no_heading_date_for_a_sentence_a_long_line_or_a_clause_outside_a_list():
    assert _heading_date("The army said on 3 March that it had left. It listed:\n- A column moved.") is None
    assert _heading_date("SITREP 14 NOV\nA column moved from A to B.") is None
    assert _heading_date("A heading that runs far too long to be a heading, 14 November\n- A column moved.") is None
