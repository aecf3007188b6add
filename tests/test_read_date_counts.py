"""A date is not a count: a date phrase before the counted noun phrase ("On 3 March 2024 two
submarines ...") leaves the count and ``what`` to the noun phrase and the date to start/end,
while numbers that look like years stay counts when they count ("1,990 soldiers").
Sentences of our own."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.dates import find_dates
from geomove.movements import extract

PUBLISHED = "2024-03-20"


def _one(text, published=PUBLISHED, include_all=False):
    found = extract(text, published=published, include_all=include_all)
    assert len(found) == 1, (text, found)
    return found[0]["properties"]


DATED = [
    ("On 3 March 2024 two Russian submarines sailed from Sevastopol to Novorossiysk.",
     2, "two Russian submarines", "2024-03-03"),
    ("In March 2024 two frigates sailed from Sevastopol to Novorossiysk.",
     2, "two frigates", "2024-03-01"),
    ("On Monday, 4 March 2024, three warships sailed from Sevastopol to Novorossiysk.",
     3, "three warships", "2024-03-04"),
    ("On 12/03/2024 two tankers sailed from Sevastopol to Novorossiysk.",
     2, "two tankers", "2024-03-12"),
    ("On 12.03.2024, 45 trucks drove from Belgorod to Kursk.",
     45, "45 trucks", "2024-03-12"),
    ("On March 3, 2024 twelve helicopters flew from Belgorod to Kursk.",
     12, "twelve helicopters", "2024-03-03"),
    ("On the night of 3 March 2024 two hundred soldiers moved from Belgorod to Kursk.",
     200, "two hundred soldiers", "2024-03-03"),
    ("On 2024-03-05 about 30 armoured vehicles drove from Belgorod to Kursk.",
     30, "about 30 armoured vehicles", "2024-03-05"),
]


@pytest.mark.parametrize("text,count,what,start", DATED)
def test_a_date_before_the_noun_phrase_is_no_count(gazetteer, text, count, what, start):
    p = _one(text)
    assert p["count"] == count
    assert [c["value"] for c in p["counts"]] == [count]
    assert p["what"] == what
    assert p["start"] == start


def test_a_year_the_date_reader_does_not_take_is_no_count_either(gazetteer):
    # no preposition before the year: no date is read, yet the number next to the noun counts
    p = _one("Spring 2024 two frigates sailed from Sevastopol to Novorossiysk.")
    assert p["count"] == 2


def test_a_year_before_a_national_force_is_no_count(gazetteer):
    p = _one("In 2024 Russian troops moved from Belgorod to Kursk.", published="2024-12-30")
    assert p["count"] is None and p["counts"] == []
    assert p["what"] == "Russian troops"


@pytest.mark.parametrize("text,count,what", [
    ("The army moved 2,000 troops from Belgorod to Kursk.", 2000, "2,000 troops"),
    ("The army moved 1,990 soldiers from Belgorod to Kursk.", 1990, "1,990 soldiers"),
    ("In 2023, 1,200 troops moved from Belgorod to Kursk.", 1200, "1,200 troops"),
    ("Some 2024 soldiers moved from Belgorod to Kursk.", 2024, "Some 2024 soldiers"),
    ("The army sent 20 one-tonne trucks from Belgorod to Kursk.", 20, "20 one-tonne trucks"),
    ("Three of the five trucks drove from Belgorod to Kursk.", 3, "Three of the five trucks"),
    ("Twenty-five trucks drove from Belgorod to Kursk.", 25, "Twenty-five trucks"),
    ("The army moved thirty two tanks from Belgorod to Kursk.", 32, "thirty two tanks"),
])
def test_year_like_numbers_that_count_stay_counts(gazetteer, text, count, what):
    p = _one(text, published="2023-06-01" if "2023" in text else PUBLISHED)
    assert p["count"] == count
    assert p["what"] == what


_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_WORDS = {2: "two", 3: "three", 5: "five", 12: "twelve", 20: "twenty", 40: "forty"}


@st.composite
def _dated_count(draw):
    day = dt.date(2020, 1, 1) + dt.timedelta(days=draw(st.integers(0, 1400)))
    form = draw(st.sampled_from(["dmy", "mdy", "slash", "dot", "iso", "monthyear"]))
    said = {"dmy": f"On {day.day} {_MONTH_NAMES[day.month - 1]} {day.year}",
            "mdy": f"On {_MONTH_NAMES[day.month - 1]} {day.day}, {day.year},",
            "slash": f"On {day.day:02d}/{day.month:02d}/{day.year}",
            "dot": f"On {day.day}.{day.month}.{day.year},",
            "iso": f"On {day.isoformat()}",
            "monthyear": f"In {_MONTH_NAMES[day.month - 1]} {day.year}"}[form]
    n = draw(st.sampled_from([2, 3, 5, 12, 20, 40, 150, 1200, 1990, 2000]))
    number = _WORDS[n] if n in _WORDS and draw(st.booleans()) else f"{n:,}"
    unit = draw(st.sampled_from(["troops", "trucks", "tanks", "soldiers", "warships"]))
    return f"{said} {number} {unit} moved from Belgorod to Kursk.", n, f"{number} {unit}"


@settings(max_examples=60, deadline=None)
@given(_dated_count())
def test_any_written_date_before_a_count_leaves_the_count(gazetteer, case):
    text, n, what = case
    # (any status: "In January 2020 ..." opening a report of 2024 is background since session 17,
    # status.month_a_year_before; the count is what this property is about)
    p = _one(text, published="2024-12-31", include_all=True)
    assert p["count"] == n, text
    assert p["what"] == what, text
    assert p["start"] is not None and p["start"][:4] in text, text


@pytest.mark.parametrize("text,day", [
    ("on 12/03/2024", "2024-03-12"),      # day first
    ("on 03/25/2024", "2024-03-25"),      # 25 is no month: month first
    ("on 3.12.2024", "2024-03-12"),       # 3 December would be after publication
    ("on 05/06/2024", "2024-06-05"),      # both after publication: day first
])
def test_numeric_dates(text, day):
    (d,) = find_dates(text, dt.date(2024, 3, 20))
    assert d.date_start.isoformat() == day and d.precision == "day"


@pytest.mark.parametrize("text", ["on 32/13/2024", "version 1.2.2020.3", "page 1/2/2024/5", "ratio 3/4"])
def test_no_numeric_date_in_other_numbers(text):
    assert find_dates(text, dt.date(2024, 3, 20)) == []


def test_what_is_the_phrase_the_count_came_from(gazetteer):
    # the headline's 900 and the flight's 60: the count is the flight's, so is the phrase
    p = _one("Kenya sends 900 police officers to Haiti. The first group of 60 officers left "
             "Nairobi Wilson Airport on Monday and landed in Port-au-Prince.")
    assert p["count"] == 60
    assert "60 officers" in p["what"]


def test_a_place_after_the_verb_is_where_not_what(gazetteer):
    p = _one("The first group of 60 soldiers left Nairobi Wilson Airport on Monday and landed in Mogadishu.")
    assert p["what"] == "The first group of 60 soldiers"


@pytest.mark.parametrize("text,what", [
    ("Witnesses saw two convoys moving from Belgorod to Kursk on Friday.", "two convoys"),
    ("Officials said 300 troops moved from Belgorod to Kursk on Friday.", "300 troops"),
    ("A spokesman told reporters that 300 troops moved from Belgorod to Kursk.", "300 troops"),
    ("The reported convoy moved from Belgorod to Kursk.", "The reported convoy"),
])
def test_what_leaves_out_who_told_or_saw_it(gazetteer, text, what):
    assert _one(text)["what"] == what


def test_a_passive_of_telling_is_no_teller(gazetteer):
    p = _one("Two convoys are reported to have moved from Belgorod to Kursk on Friday.")
    assert p["what"] != "to" and "convoys" in (p["what"] or "")


@pytest.mark.parametrize("text,what", [
    ("Several trucks packed with soldiers on 3 March drove from Belgorod to Kursk.", "Several trucks packed with soldiers"),
    ("Witnesses saw 40 trucks on Thursday heading from Belgorod to Kursk.", "40 trucks"),
])
def test_a_date_after_the_noun_phrase_is_not_what_moved(gazetteer, text, what):
    p = _one(text)
    assert p["what"] == what and p["start"] is not None


@pytest.mark.parametrize("text,count,what", [
    ("At 0400 two helicopters flew from Belgorod to Kursk.", 2, "two helicopters"),
    ("Over the last 48 hours 30 trucks drove from Belgorod to Kursk.", 30, "30 trucks"),
    ("On the 3rd of March 2024 twelve tanks moved from Belgorod to Kursk.", 12, "twelve tanks"),
    ("On 3 March 2024 at 11:30 two helicopters flew from Belgorod to Kursk.", 2, "two helicopters"),
    ("Around 6 p.m. local time, 40 trucks drove from Belgorod to Kursk.", 40, "40 trucks"),
    ("About 300 troops moved from Belgorod to Kursk.", 300, "About 300 troops"),
])
def test_a_time_of_day_before_the_noun_phrase_is_neither_count_nor_what(gazetteer, text, count, what):
    p = _one(text)
    assert (p["count"], p["what"]) == (count, what)


@pytest.mark.parametrize("text,what", [
    # a movement noun's "of" names what moved
    ("Officials confirmed the arrival of 300 Kenyan police officers in Port-au-Prince on Tuesday.",
     "300 Kenyan police officers"),
    # a dateline before a dash is no part of the subject; the place after the verb is where it went
    ("NAIROBI — A Kenyan police unit left Nairobi for Port-au-Prince on Tuesday.", "A Kenyan police unit"),
    # an aside between commas is not what moved
    ("A Turkish column, guarded by pickups of a local militia, entered Idlib from Hatay.", "A Turkish column"),
    # no noun phrase around the verb: the one the count is of
    ("Two helicopters landed at Kursk and left again an hour later with 25 soldiers on board, "
     "flying to Belgorod.", "25 soldiers"),
])
def test_what_is_a_noun_phrase_of_what_moved(gazetteer, text, what):
    found = extract(text, published=PUBLISHED)
    assert what in [f["properties"]["what"] for f in found]


@pytest.mark.parametrize("text,actor", [
    ("On 3 March 2024 two Russian submarines sailed from Sevastopol to Novorossiysk.", "Russian submarines"),
    ("Three Turkish frigates sailed from Izmir to Tripoli on Monday.", "Turkish frigates"),
    ("Twelve French army trucks drove from Gao to Niamey on Monday.", "French army"),
])
def test_the_actor_is_a_force_without_its_count(gazetteer, text, actor):
    assert _one(text)["actor"] == actor
