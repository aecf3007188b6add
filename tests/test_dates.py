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


# spans of days told as one date (THURSDAY is 2022-06-23)
@pytest.mark.parametrize("text, start, end, precision", [
    ("on the night of 3 to 4 June", "2022-06-03", "2022-06-04", "day"),
    ("between 3 and 5 June", "2022-06-03", "2022-06-05", "week"),
    ("from 2 to 16 May", "2022-05-02", "2022-05-16", "month"),
    ("on June 3-4", "2022-06-03", "2022-06-04", "day"),
    ("on 7\u20139 Jun. 2021", "2021-06-07", "2021-06-09", "week"),
    ("between May 10 and 12", "2022-05-10", "2022-05-12", "week"),
    ("on 20 to 22 December", "2021-12-20", "2021-12-22", "week"),  # later would be in the future
])
def test_spans_of_days(text, start, end, precision):
    d = one(text)
    assert (d.date_start.isoformat(), d.date_end.isoformat(), d.precision) == (start, end, precision)


@pytest.mark.parametrize("text, day", [
    ("on 5 to 3 June", "2022-06-03"),       # no span backwards: the single day after it
    ("on June 3 to 40 soldiers", "2022-06-03"),  # a count after 'to', not a day
    ("on June 3-4 percent", "2022-06-03"),
])
def test_what_is_no_span_of_days(text, day):
    found = find_dates(text, THURSDAY)
    assert [d.date_start.isoformat() for d in found] == [day]
    assert found[0].date_start == found[0].date_end


@pytest.mark.parametrize("published, start, end", [
    (THURSDAY, "2022-06-18", "2022-06-19"),            # the Saturday and Sunday before
    (dt.date(2022, 6, 19), "2022-06-18", "2022-06-19"),  # published on the Sunday: that weekend
    (dt.date(2022, 6, 18), "2022-06-18", "2022-06-18"),  # on the Saturday: up to publication
])
def test_over_the_weekend_is_the_latest_one(published, start, end):
    for text in ("troops moved over the weekend", "they left last weekend"):
        d = one(text, published)
        assert (d.date_start.isoformat(), d.date_end.isoformat(), d.precision) == (start, end, "day")


@pytest.mark.parametrize("text, start, end", [
    ("passed through on Tuesday and Wednesday", "2022-06-21", "2022-06-22"),
    ("moved between Monday and Wednesday", "2022-06-20", "2022-06-22"),
    ("flew from Friday to Sunday", "2022-06-17", "2022-06-19"),   # the latest Sunday up to Thursday
    ("arrived Tuesday-Wednesday", "2022-06-21", "2022-06-22"),
])
def test_two_weekdays_joined_are_the_days_between(text, start, end):
    d = one(text, THURSDAY)
    assert (d.date_start.isoformat(), d.date_end.isoformat(), d.precision) == (start, end, "day")


@pytest.mark.parametrize("text", ["left on Tuesday and Wednesday respectively", "on Monday and Monday"])
def test_no_span_of_weekdays_given_one_each_or_the_same(text):
    assert all(d.date_start == d.date_end for d in find_dates(text, THURSDAY))
