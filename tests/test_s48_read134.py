"""Session 48, read134: live blogs (timestamped entries under day headings, newest or oldest
first, corrections, sightings of a force told again; the reports are tests/fixtures/read74,
sentences of my own here). A blog over two days heads each day's entries with the day alone on
its line; a force seen again in a later entry, dated by its entry alone, is the move told with
its day in words; a police force and soldiers that share only an end are two movements."""

import datetime as dt

from geomove.dates import DateMention, find_dates
from geomove.movements import extract
from geomove.read.force_kinds import force_service
from geomove.read.liveblog import entry_day_only, liveblog_dates
from handcounts import check_report, load


def _ends(features):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return sorted(((name(f["properties"]["origin"]), name(f["properties"]["destination"]), f["properties"]["start"])
                   for f in features), key=str)


# -- a day heading between entries (read.liveblog._day_sections)

TWO_DAYS = ("Chad live\n\nWednesday 2 December\n\n08:00 - Chadian troops left Abeche for Adre this morning.\n\n"
            "15:00 - The governor calls for calm.\n\nThursday 3 December\n\n"
            "07:45 - A company of soldiers flew from N'Djamena to Abeche this morning.\n\n09:30 - Schools stay closed.")


def test_the_entries_under_a_later_day_heading_are_that_days():
    pub = dt.date(2026, 12, 3)
    dates = liveblog_dates(TWO_DAYS, pub, find_dates(TWO_DAYS, pub))
    mornings = [d.date_start for d in dates if d.text == "this morning"]
    assert mornings == [dt.date(2026, 12, 2), dt.date(2026, 12, 3)]
    stamps = {d.text: d.date_start for d in dates if d.text[:1].isdigit() and ":" in d.text}
    assert stamps["15:00"] == dt.date(2026, 12, 2) and stamps["09:30"] == dt.date(2026, 12, 3)


def test_a_two_day_blog_dates_each_move_by_its_own_day(gazetteer):
    features = extract(TWO_DAYS, published="2026-12-03", gazetteer=gazetteer)
    assert set(_ends(features)) == {("Abeche", "Adre", "2026-12-02"), ("N'Djamena", "Abeche", "2026-12-03")}


def test_a_day_told_inside_an_entry_heads_no_day(gazetteer):
    text = TWO_DAYS.replace("Thursday 3 December\n\n", "16:10 - Thursday 3 December will be a holiday, the mayor says.\n\n")
    features = extract(text, published="2026-12-03", gazetteer=gazetteer)
    assert ("N'Djamena", "Abeche", "2026-12-02") in _ends(features)  # (still the heading's day: "this morning")


# -- a force seen again in a later entry (events._entry_day_against_told, liveblog.entry_day_only)

def test_an_entry_stamp_or_mark_is_a_day_of_the_entry_alone():
    day = dt.date(2026, 12, 5)
    assert entry_day_only(DateMention(0, 5, "15:05", day, day, "day", True))
    assert entry_day_only(DateMention(9, 9, "", day, day, "day", True))
    assert not entry_day_only(DateMention(0, 6, "Friday", day, day, "day", True))
    assert not entry_day_only(DateMention(0, 10, "01.12.2026", day, day, "day", True))


SEEN_AGAIN = ("Guinea-Bissau live, newest first\n\nSaturday 5 December\n\n"
              "16:40 - Photos show the same column parked outside the barracks in Gabu.\n\n"
              "10:15 - The army says the column left Bissau on Friday and reached Gabu before dawn.\n\n"
              "Friday 4 December\n\n20:30 - A column of army trucks left Bissau this evening heading east to Gabu.")


def test_a_column_seen_again_is_the_move_told_with_its_day(gazetteer):
    features = extract(SEEN_AGAIN, published="2026-12-05", gazetteer=gazetteer)
    assert _ends(features) == [("Bissau", "Gabu", "2026-12-04")]


def test_a_force_told_as_new_in_a_later_entry_stays_apart(gazetteer):
    text = SEEN_AGAIN.replace("Photos show the same column parked outside the barracks in Gabu.",
                              "Marines in pickups arrived in Gabu, residents say.")
    text = text.replace("10:15 - The army says the column left Bissau on Friday and reached Gabu before dawn.",
                        "10:15 - Markets are open.")
    assert len(extract(text, published="2026-12-05", gazetteer=gazetteer)) == 2


# -- police and soldiers sharing an end (events 'police_and_military', read.force_kinds.draft_service)

def test_force_service_names_police_or_army_or_neither():
    assert force_service("The Nigerian police contingent") == "police"
    assert force_service("200 marines") == "military"
    assert force_service("police and soldiers") is None
    assert force_service("a unit of 150 officers") is None


def test_a_police_unit_and_soldiers_to_one_town_are_two_movements(gazetteer):
    text = ("The Ghanaian police unit landed in Freetown on Tuesday, the mission said. "
            "Eighty soldiers flew from Bo to Freetown on Tuesday too.")
    features = extract(text, published="2026-12-02", gazetteer=gazetteer)
    assert len(features) == 2
    assert ("Bo", "Freetown", "2026-12-01") in _ends(features)


def test_police_and_soldiers_told_together_stay_one_movement(gazetteer):
    text = "Police and soldiers were flown from Freetown to Kenema on Tuesday. The troops landed in Kenema at noon."
    assert len(extract(text, published="2026-12-02", gazetteer=gazetteer)) == 1


# -- the hand-counted live blogs

def test_the_live_blogs_read_as_counted(gazetteer):
    here, gold, reports = load("read74")
    for name in reports:
        check_report(here, gold, name, gazetteer)
