"""A chronology with no year at its head: an item's day told without a year follows the item
before it ("- 25 June 2024: ... - 16 July: ..." is 16 July 2024), rolling into the next year when
the day comes before the last one's. The lists are our own."""

import datetime as dt

from geomove.dates import find_dates, parse_published

PUB = parse_published("2025-10-05")


def _days(text, published=PUB):
    return [d.date_start for d in find_dates(text, published) if d.precision == "day"]


def test_an_item_follows_the_year_of_the_item_before():
    text = ("Chronology of the deployment\n\n"
            "- 25 June 2024: The first 400 officers land in Port-au-Prince.\n"
            "- 16 July: A second contingent of 200 officers arrives.\n")
    assert _days(text) == [dt.date(2024, 6, 25), dt.date(2024, 7, 16)]


def test_an_earlier_day_rolls_into_the_next_year():
    text = ("Chronology of the deployment\n\n"
            "- 10 November 2024: The first company leaves Nairobi.\n"
            "- 23 January: About 200 more officers arrive.\n")
    assert _days(text) == [dt.date(2024, 11, 10), dt.date(2025, 1, 23)]


def test_a_month_item_with_its_year_carries_it():
    text = ("Chronology\n\n"
            "- March 2024: Jamaican soldiers deploy to the Artibonite.\n"
            "- 4 April: A Guatemalan platoon follows.\n")
    assert _days(text) == [dt.date(2024, 4, 4)]


def test_no_year_before_leaves_the_day_to_publication():
    text = ("Chronology\n\n"
            "- 16 July: A second contingent of 200 officers arrives.\n")
    assert _days(text) == [dt.date(2025, 7, 16)]


def test_prose_is_not_a_list():
    # (a day in running text keeps the publication's year when it is no next day of the old one:
    # months after it, or in the weeks before publication; only items of a list follow each other
    # so far)
    text = "The first officers landed on 25 June 2024. A second contingent arrived on 20 September."
    assert _days(text) == [dt.date(2024, 6, 25), dt.date(2025, 9, 20)]


def test_prose_a_few_weeks_after_an_old_day_is_its_chronology():
    # (session 44, read119, dates._in_chronology_year: a day told with its month only, within two
    # months after a day of a year long before publication, is the next day of that history; it
    # was publication's year, 2025-07-16, before)
    text = "The first officers landed on 25 June 2024. A second contingent arrived on 16 July."
    assert _days(text) == [dt.date(2024, 6, 25), dt.date(2024, 7, 16)]


def test_a_later_item_never_passes_publication():
    text = ("Chronology\n\n"
            "- 25 December 2024: The first officers land.\n"
            "- 3 November: More arrive.\n")
    # 3 November 2025 would be after publication (5 October 2025): the day keeps its own reading
    assert _days(text) == [dt.date(2024, 12, 25), dt.date(2024, 11, 3)]
