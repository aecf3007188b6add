import datetime as dt

import pytest

from geomove.dates import find_dates, parse_published
from geomove.errors import DateError, InputError

THURSDAY = dt.date(2022, 6, 23)


def one(text, published=THURSDAY):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, start, end, precision", [
    ("the column left on Tuesday", "2022-06-21", "2022-06-21", "day"),
    ("it arrived yesterday", "2022-06-22", "2022-06-22", "day"),
    ("trucks crossed this evening", "2022-06-23", "2022-06-23", "day"),
    ("in the past few days", "2022-06-20", "2022-06-23", "week"),
    ("last week", "2022-06-13", "2022-06-19", "week"),
    ("last month", "2022-05-01", "2022-05-31", "month"),
    ("three days ago", "2022-06-20", "2022-06-20", "day"),
    ("On November 5, a convoy", "2021-11-05", "2021-11-05", "day"),  # a later date would be in the future
    ("on 5 June", "2022-06-05", "2022-06-05", "day"),
    ("on 12 March 2019", "2019-03-12", "2019-03-12", "day"),
    ("in March 2020", "2020-03-01", "2020-03-31", "month"),
])
def test_relative_and_absolute_dates(text, start, end, precision):
    d = one(text)
    assert (d.date_start.isoformat(), d.date_end.isoformat(), d.precision) == (start, end, precision)
    assert text[d.start:d.end] == d.text


def test_weekday_on_publication_day_is_that_day_unless_last():
    assert one("on Thursday").date_start == THURSDAY
    assert one("last Thursday").date_start == THURSDAY - dt.timedelta(days=7)


def test_relative_dates_need_a_publication_date():
    assert find_dates("yesterday the convoy left", None) == []
    assert one("on 12 March 2019", None).date_start == dt.date(2019, 3, 12)


def test_modal_may_is_not_a_month():
    assert find_dates("forces may withdraw from the town", THURSDAY) == []


@pytest.mark.parametrize("bad", ["2022-13-01", "yesterday", "23/06/2022", "2022-6-x"])
def test_malformed_published_date_is_a_date_error(bad):
    with pytest.raises(DateError) as err:
        parse_published(bad)
    assert isinstance(err.value, InputError) and "--published" in str(err.value)


def test_published_month_only_is_first_of_month():
    assert parse_published("2021-11") == dt.date(2021, 11, 1)


@pytest.mark.parametrize("text, start, end", [
    ("the base was emptied in April", "2022-04-01", "2022-04-30"),
    ("the convoys have run since early June", "2022-06-01", "2022-06-23"),   # not past publication
    ("the pullout ended in September", "2021-09-01", "2021-09-30"),       # the latest September
])
def test_month_without_a_year_is_the_latest_one_not_after_publication(text, start, end):
    d = one(text)
    assert (str(d.date_start), str(d.date_end), d.precision) == (start, end, "month")


def test_modal_may_and_verb_march_are_no_months():
    assert find_dates("troops may march to the border", THURSDAY) == []
