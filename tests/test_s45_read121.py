"""read121: constructions met in reports of our own from genres and theatres the reader had not
met (tests/fixtures/read69): a day and month told by numbers or with a Roman-numeral month
("on 01.12", "27.XI"), a force's advance party that arrived before the force set out, and an aid
agency's vehicles named after them ("trucks of the World Food Programme")."""

import datetime as dt

import pytest

from geomove.dates import find_dates
from geomove.movements import extract

PUBLISHED = dt.date(2026, 12, 5)


def _days(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.date_start.isoformat()) for d in find_dates(text, PUBLISHED)]


@pytest.mark.parametrize("text, want", [
    ("The column left Presov on 02.12 and arrived.", [("on 02.12", "2026-12-02")]),
    ("They have held the line since 27.11. and wait.", [("since 27.11", "2026-11-27")]),
    # a day after publication is last year's (reports speak of the past)
    ("The unit left on 20.12 for the coast.", [("on 20.12", "2025-12-20")]),
    ("Sent to Vidin on 29.XI.", [("29.XI", "2026-11-29")]),
    ("Sent to Vidin on 30.XI.2025.", [("30.XI.2025", "2025-11-30")]),
])
def test_numeric_and_roman_day_month(text, want):
    assert _days(text) == want


@pytest.mark.parametrize("text", [
    "Stocks grew by 3.12 million rounds.",       # a decimal before a word of quantity
    "The patrol covered it on 1.5 km of track.",  # a one-digit 'month'
    "The meeting ran on 12.10 hours.",           # a time
    "Units of the II Corps and Dragon-III.",     # Roman numerals with no day
    "Version 3.12 of the plan.",                 # no preposition of time
])
def test_numbers_that_are_no_day(text):
    assert _days(text) == []


def _read(text: str) -> list[tuple]:
    out = []
    for f in extract(text, published=PUBLISHED.isoformat()):
        p = f["properties"]
        name = lambda place: place and place["name"]  # noqa: E731
        out.append((name(p["origin"]), name(p["destination"]), p["start"]))
    return sorted(out, key=str)


def test_advance_party_that_arrived_before_the_force_left_is_its_own_trip():
    got = _read("The main body of 300 Nepalese peacekeepers left Kathmandu for South Sudan on Tuesday. "
                "The advance party of 50 reached Juba on 20 November.")
    assert ("Kathmandu", "South Sudan", "2026-12-01") in got
    assert (None, "Juba", "2026-11-20") in got
    assert len(got) == 2


def test_advance_party_that_arrived_after_the_force_left_is_its_end():
    got = _read("The Ghanaian battalion flew from Accra to Lebanon on 1 December. "
                "Its advance team arrived in Naqoura on 3 December.")
    assert len(got) == 1 and got[0][0] == "Accra" and got[0][1] == "En Nâqoûra"


@pytest.mark.parametrize("text", [
    "Thirty trucks of the World Food Programme crossed from Kenya into Somalia at Mandera on Sunday.",
    "Two barges operated by UNICEF sailed from Mopti to Timbuktu on Friday.",
])
def test_aid_agency_vehicles_are_no_force(text):
    assert _read(text) == []


def test_army_trucks_and_escorted_agency_trucks_still_move():
    assert len(_read("Twelve trucks of the Chadian army crossed from Adre into West Darfur on Thursday.")) == 1
    assert len(_read("Trucks of the Red Cross escorted by soldiers left Goma for Rutshuru on Monday.")) == 1


def _actors(text: str) -> list[str | None]:
    return [f["properties"]["actor"] for f in extract(text, published=PUBLISHED.isoformat())]


@pytest.mark.parametrize("text, actor", [
    ("REFILE-Kenyan police land in Port-au-Prince\n\nNAIROBI, Dec 3 - About 200 Kenyan police officers "
     "landed in Port-au-Prince on Thursday.", "Kenyan police"),
    ("EXCLUSIVE-Rwandan troops cross into Burundi\n\nKIGALI, Dec 3 - Rwandan soldiers crossed from Rusizi "
     "into Burundi on Wednesday, two sources said.", "Rwandan troops"),
    # near miss: a force's own hyphenated name keeps its first word
    ("Anti-Balaka fighters left Bria for Ippy on Monday, the mission said.", "Anti-Balaka fighters"),
])
def test_wire_slug_is_no_word_of_the_actor(text, actor):
    assert _actors(text) == [actor]


def test_second_convoy_followed_to_a_place_is_its_own_movement_with_its_own_count():
    text = ("The army sent a column from Gao to Ansongo on Monday; a second convoy of 15 trucks "
            "followed to Menaka on Wednesday.")
    got = sorted(((f["properties"]["destination"] or {}).get("name"), f["properties"]["count"], f["properties"]["start"])
                 for f in extract(text, published=PUBLISHED.isoformat()))
    assert got == [("Ansongo", None, "2026-11-30"), ("Ménaka", 15, "2026-12-02")]


def test_a_statement_that_followed_to_somewhere_is_no_movement():
    text = "Soldiers moved from Gao to Ansongo on Monday, and a second statement followed on Tuesday to the United Nations."
    assert len(_read(text)) == 1
