"""s42 gaz69: places the reader dropped or read as a namesake, in texts of diplomacy and of
places whose own name ends in an organisation's word. The sentences were written for these
tests, each construction in two theatres, with near misses that must keep their old reading.

- A place's own name ending in a word organisations end in ('Union', 'Bank', 'Church') is the
  place, also with its article ('The West Bank was quiet', 'troops of the Soviet Union') or as
  the last of a list ('through Tysons and Falls Church'); a town so named (importance 0.5+) only
  where no 'the' comes before it ('the Country Club' is a club) (mentions.persons).
- A city of 100,000+ people opening 'hosted the talks' is where they were held, even where its
  name is a word English writes often ('Geneva', 'The Hague') (mentions.acceptance).
- The city where talks are held is the best-known city of the name, unless the text names a
  place in its namesakes' country other than that country's capital (mentions.context,
  text_venue_of_talks, text_namesake_of_a_venue).
- A town after a five-digit postcode ('75002 Paris') lies in a country that writes addresses so
  (mentions.hints, wordlists.POSTCODE_BEFORE_TOWN_COUNTRIES), whatever the text's other places.
- Lake Sevan (gazetteer/areas.csv); Haji Omaran, Sidakan, Mubambiro and Bhasan Char
  (gazetteer/features.csv, rows without a point of their own, at the anchor their note names).
"""

import csv
from pathlib import Path

import pytest

from geomove.distance import haversine_km
from geomove.mentions import PLACE_ROLES, find_mentions

DATA = Path(__file__).resolve().parent.parent / "gazetteer"


def _found(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer) if m["role"] in PLACE_ROLES}


def _all(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}


# -- a place's own name ending in an organisation's word

@pytest.mark.parametrize("text, surface, name", [
    ("The West Bank was quiet on Friday after a week of raids.", "West Bank", "West Bank"),
    ("Troops of the Soviet Union withdrew from Hungary in 1991.", "Soviet Union", "Soviet Union"),
    ("The Soviet Union sent advisers to Angola in 1975.", "Soviet Union", "Soviet Union"),
    ("He lives in Falls Church, Virginia, with his family.", "Falls Church", "Falls Church"),
    ("Commuters were sent through Tysons and Falls Church on Sunday.", "Falls Church", "Falls Church"),
    ("A ferry left Red Bank for Manhattan at dawn.", "Red Bank", "Red Bank"),
])
def test_a_place_whose_own_name_ends_in_an_organisation_s_word(gazetteer, text, surface, name):
    found = _found(text, gazetteer)
    assert surface in found, (surface, sorted(found))
    assert found[surface]["name"] == name, found[surface]


@pytest.mark.parametrize("text, surface", [
    ("They met at the Country Club in Dallas on Saturday.", "Country Club"),
    ("The Red Bank branch of the bank closed in June.", "Red Bank"),
])
def test_a_town_s_name_after_the_stays_a_body_s_name(gazetteer, text, surface):
    # near misses: a club, a bank's branch; the town of the name is no place of the sentence
    assert surface not in _found(text, gazetteer)


def test_an_area_s_name_heading_a_body_s_name_stays_the_body_s(gazetteer):
    # near miss: 'the West Bank Health Ministry' is the ministry's name, as before
    found = _all("The West Bank Health Ministry said three people were hurt.", gazetteer)
    assert found["West Bank"]["role"] == "organisation"


# -- a city hosting a meeting

@pytest.mark.parametrize("text, surface, country", [
    ("Geneva hosted the talks on Tuesday, the third round this year.", "Geneva", "CH"),
    ("The Hague will host a summit of the alliance in June.", "The Hague", "NL"),
    ("Last spring Geneva hosted a round of negotiations on the border.", "Geneva", "CH"),
])
def test_a_city_hosting_a_meeting_is_where_it_was_held(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert surface in found, (surface, sorted(found))
    assert found[surface]["country"] == country, found[surface]


@pytest.mark.parametrize("text, surface", [
    ("Geneva hosted a concert for the victims.", "Geneva"),  # no meeting: the everyday word needs support
    ("Chelsea hosted the meeting at her flat.", "Chelsea"),  # a first name hosts a meeting too
])
def test_hosting_no_meeting_or_by_a_person_is_no_support(gazetteer, text, surface):
    assert surface not in _found(text, gazetteer)


# -- the venue of talks

@pytest.mark.parametrize("text, surface, country", [
    ("American and Iranian negotiators met in Vienna on Tuesday for talks. The White House said the "
     "talks in Washington had gone well.", "Vienna", "AT"),
    ("The State Department said envoys would travel from Washington to Geneva next week for talks "
     "with Russia.", "Geneva", "CH"),
    ("Envoys from Washington and Moscow met in Vienna on Wednesday for talks on the arms treaty.",
     "Vienna", "AT"),
])
def test_the_venue_of_talks_is_the_best_known_city_of_the_name(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert found[surface]["country"] == country, found[surface]


def test_a_venue_s_namesake_stays_where_the_text_names_its_neighbours(gazetteer):
    # near miss: a county the text names puts the talks in Virginia's Vienna
    found = _found("Fairfax County police said talks with the union in Vienna had broken down.", gazetteer)
    assert found["Vienna"]["country"] == "US" and found["Vienna"]["admin1"] == "Virginia", found["Vienna"]


def test_no_venue_among_namesakes_of_one_country(gazetteer):
    # near miss: Springfield, Missouri is no better known than Springfield, Illinois by the margin
    found = _found("State senators held talks in Springfield with Chicago aldermen on the budget, "
                   "Illinois officials said.", gazetteer)
    assert found["Springfield"]["admin1"] == "Illinois", found["Springfield"]


# -- Lake Sevan

def test_lake_sevan_is_the_lake_and_sevan_the_town(gazetteer):
    lake = _found("Azerbaijani troops dug in on the heights above Lake Sevan.", gazetteer)["Lake Sevan"]
    assert lake["name"] == "Lake Sevan" and lake["country"] == "AM" and lake["uncertainty_km"] >= 30, lake
    town = _found("The column drove north to Sevan on Monday.", gazetteer)["Sevan"]
    assert town["kind"] == "town" and town["country"] == "AM", town


# -- a postcode before a town

@pytest.mark.parametrize("text, surface, country", [
    ("The agency's office, 10 rue Colbert, 75002 Paris, closed on Monday. Officials in Texas said so.",
     "Paris", "FR"),
    ("Write to Hauptstrasse 5, 10115 Berlin, for details. The Connecticut office said so.", "Berlin", "DE"),
    ("The letter, sent from 28013 Madrid to the Colombian embassy in Bogota, arrived late.", "Madrid", "ES"),
])
def test_a_town_after_a_five_digit_postcode_lies_where_addresses_are_written_so(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert found[surface]["country"] == country, found[surface]


def test_a_count_before_a_town_is_no_postcode(gazetteer):
    # near miss: a number after a verb counts fans; the Texas town stays
    found = _found("Police counted 12000 Paris fans in Texas on Friday.", gazetteer)
    assert found["Paris"]["country"] == "US", found["Paris"]


# -- rows at their anchors (features.csv)

@pytest.mark.parametrize("text, surface, ident", [
    ("Iraqi border guards were moved up to Haji Omaran after the drone strikes.", "Haji Omaran", "haji-omaran"),
    ("Trucks queued at the Haji Omran crossing for a third day.", "Haji Omran", "haji-omaran"),
    ("Turkish jets struck ridges above Sidakan on Monday.", "Sidakan", "sidakan"),
    ("Malawian troops of the regional force pulled back from Mubambiro toward Goma.", "Mubambiro", "mubambiro"),
    ("The navy ferried 1,500 more refugees from Chittagong to Bhasan Char.", "Bhasan Char", "bhasan-char"),
])
def test_a_place_the_index_lacked_is_read_as_its_row(gazetteer, text, surface, ident):
    found = _found(text, gazetteer)
    assert surface in found, (surface, sorted(found))
    assert found[surface]["gazetteer_id"] == f"curated:{ident}", found[surface]


def test_each_new_row_sits_at_its_anchor_within_its_uncertainty(gazetteer):
    rows = {r["id"]: r for r in csv.DictReader(open(DATA / "features.csv", encoding="utf-8", newline=""))}
    for ident, anchor, country in [("haji-omaran", "Choman", "IQ"), ("sidakan", "Soran", "IQ"),
                                   ("mubambiro", "Sake", "CD"), ("bhasan-char", "Sandwip", "BD")]:
        row = rows[ident]
        assert not row["lat"] and not row["lon"] and f"anchor: {anchor} (" in row["note"], row
        place = gazetteer.resolve(row["name"])
        town = [c for c in gazetteer.candidates(anchor, country=country) if c.get("kind") in ("city", "town", "village")][0]
        assert haversine_km(place["lat"], place["lon"], town["lat"], town["lon"]) <= float(row["uncertainty_km"])
        assert place["precision"] == "near" and place["uncertainty_km"] == float(row["uncertainty_km"]), place
