"""read32's own reports (tests/fixtures/unseen32/), in genres and theatres the dev set lacks: a
defence ministry statement in translation, an ISW-style assessment with a timeline, a NATO
rotation in the Baltic, the Indo-Pacific, the Caucasus, South Asia, KFOR in Kosovo and a
roundup with all-caps country headings. Each report must give its hand-counted movements
(gold.json): every movement the reader gets, with the keys it gets right; the ones it still
gets wrong carry a 'gap' that says why (a missing gazetteer row, a namesake, a clause cut), and
those keys or movements are not checked. No more reported readings than the gold and the
known spurious ones. And the constructions read32 fixed, on sentences of our own."""

import datetime as dt

import pytest

from geomove.dates import find_dates, opens_list_item
from geomove.movements import extract


# --- dated lists: the year told once at the head (dates._dated_by_list_head)

PUB = dt.date(2026, 11, 20)


@pytest.mark.parametrize("text, day", [
    ("Timeline of the 2025 withdrawal\n12 March – troops left.", "2025-03-12"),
    ("In 2024:\n- 14 March: troops left.\n- 20 April: more left.", "2024-03-14"),
    ("2023:\n\n• March 3: troops left.", "2023-03-03"),
    # an item further down the same list: other items between it and the head
    ("In 2024:\n- 1 March: a.\n- 2 March: b.\n- 14 March: troops left.", "2024-03-14"),
])
def test_a_list_head_gives_its_items_the_year(text, day):
    items = [d for d in find_dates(text, PUB) if opens_list_item(text, d)]
    item = next(d for d in items if text[d.end:].lstrip(" :–-").startswith("troops left"))
    assert str(item.date_start) == day
    assert all(d.date_start.year == item.date_start.year for d in items)


@pytest.mark.parametrize("text", [
    "French troops left Menaka in 2025.\n12 March – troops left.",   # a sentence, no head
    "Drawdown plan for 2027:\n- 14 March: troops left.",              # a year after publication
    "Between 2019 and 2025:\n- 14 March: troops left.",               # two years: whose?
    "In 2025 troops left Gao on 12 March and Menaka on 14 March.",    # no list
])
def test_no_list_head_no_year_lent(text):
    days = [d for d in find_dates(text, PUB) if d.precision == "day"]
    assert days and all(d.date_start.year == 2026 for d in days), days


def test_an_item_date_is_no_dateline():
    assert opens_list_item("19 November – Troops left Jilib.", find_dates("19 November – Troops left Jilib.", PUB)[0])
    text = "MOGADISHU, Nov 18 (Reuters) - Troops left Jilib."
    assert not opens_list_item(text, find_dates(text, PUB)[0])


# --- a national service named alone (read.services)

@pytest.mark.parametrize("text, actor", [
    ("LEBANON: Army helicopters flew from Beirut to Tyre on Monday. Lebanese officials confirmed it.",
     "Lebanese Army"),
    # a later section heading (not read as a place) ends the scope of the heading before it
    ("LEBANON: Israeli troops withdrew from Kfar Kila to Metula on Sunday. Army helicopters flew from Beirut to Tyre on "
     "Monday.\n\nMALI. Army units left Gao for Ansongo on Tuesday. Russian instructors flew from Bamako to Kidal.",
     "Army units"),
    # the country of the sentence before the heading's
    ("TOKYO - In the Philippines, 200 Marines moved from Manila to Puerto Princesa on Monday.", "Marines (Philippines)"),
])
def test_the_service_takes_the_country_told(text, actor, gazetteer):
    features = extract(text, published="2026-11-20", gazetteer=gazetteer)
    actors = [f["properties"]["actor"] for f in features]
    assert actor in actors, actors
    assert "Army units (Lebanon)" not in actors


def test_a_long_list_is_walked_once():
    """10,000 dated items under one head: each item's head is read from the item before it
    (walked from every item up to the head, the list was quadratic: ~50 s CPU)."""
    import time
    text = "In 2025:\n" + "".join(f"- {n % 28 + 1} March: troops left.\n" for n in range(10_000))
    t0 = time.process_time()
    days = find_dates(text, PUB)
    assert time.process_time() - t0 < 3.0
    assert days[-1].date_start.year == 2025 and len(days) == 10_001
