"""read78 (session 28): weekend dates read from the publication date, past or to come."""

import datetime as dt

import pytest

from geomove.dates import ahead_when_planned, find_dates

FRIDAY, SUNDAY, MONDAY = dt.date(2026, 11, 20), dt.date(2026, 11, 22), dt.date(2026, 11, 23)


def _one(text, published):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("words,published,days", [
    ("this weekend", MONDAY, ("2026-11-21", "2026-11-22")),        # told in the past: the one gone
    ("this past weekend", FRIDAY, ("2026-11-14", "2026-11-15")),
    ("over the weekend", SUNDAY, ("2026-11-21", "2026-11-22")),
    ("next weekend", FRIDAY, ("2026-11-28", "2026-11-29")),         # the week after publication's
    ("next weekend", SUNDAY, ("2026-11-28", "2026-11-29")),
    ("the coming weekend", FRIDAY, ("2026-11-21", "2026-11-22")),
    ("the coming weekend", SUNDAY, ("2026-11-28", "2026-11-29")),
])
def test_weekend_read_from_publication(words, published, days):
    d = _one(f"The troops moved {words}.", published)
    assert (d.date_start.isoformat(), d.date_end.isoformat()) == days


@pytest.mark.parametrize("words,published,days", [
    ("this weekend", FRIDAY, ("2026-11-21", "2026-11-22")),
    ("this weekend", MONDAY, ("2026-11-28", "2026-11-29")),
    ("over the weekend", FRIDAY, ("2026-11-21", "2026-11-22")),
    ("this weekend", SUNDAY, ("2026-11-21", "2026-11-22")),         # the weekend under way
])
def test_plans_weekend_is_the_one_to_come(words, published, days):
    d = ahead_when_planned(_one(f"The troops will move {words}.", published), published)
    assert (d.date_start.isoformat(), d.date_end.isoformat()) == days


def test_past_weekend_words_stay_past_in_a_plan():
    d = ahead_when_planned(_one("They will move, as they did last weekend.", FRIDAY), FRIDAY)
    assert d.date_start.isoformat() == "2026-11-14"
