"""Names that end (or start) in a kind word: 'Kansas City', 'Benin City', 'Cape Town', 'Orange
County' (issue 11, places15). The sentences are made up for the test; the places are real.

The kind word is split off to look the name up ('Kansas City' -> 'Kansas', city); a place spelled
as the whole surface must still be an exact match and must beat a reading named by the bare head
('Kansas' the village, 'Benin' the country, 'Jersey' the island)."""

import pytest

from geomove.mentions import find_mentions, places
from geomove.mentions.context import _whole_name_first


@pytest.fixture(scope="module")
def gaz(gazetteer):
    """The session's gazetteer (the user's own places set aside): ``Gazetteer.default()`` asked
    here, before any test had asked for the session's, read the user's real places file and
    opened a second copy of the index's files."""
    return gazetteer


def _read(gaz, text, surface):
    found = [p for p in places(text, gazetteer=gaz) if p["surface"] == surface]
    assert found, (surface, [p["surface"] for p in places(text, gazetteer=gaz)])
    return found[0]


# (surface, the place's own name, country, kinds it may have)
_WHOLE_NAMES = [
    ("Kansas City", "Kansas City", "US", {"city"}),
    ("Jersey City", "Jersey City", "US", {"city", "town"}),
    ("Salt Lake City", "Salt Lake City", "US", {"city"}),
    ("Iowa City", "Iowa City", "US", {"city", "town"}),
    ("Carson City", "Carson City", "US", {"city", "town"}),
    ("Atlantic City", "Atlantic City", "US", {"city", "town"}),
    ("Texas City", "Texas City", "US", {"city", "town"}),
    ("Dodge City", "Dodge City", "US", {"city", "town"}),
    ("Benin City", "Benin City", "NG", {"city"}),
    ("Jefferson City", "Jefferson City", "US", {"city", "town"}),
    ("Quezon City", "Quezon City", "PH", {"city"}),
    # right before the fix too: the fix must not break them
    ("Oklahoma City", "Oklahoma City", "US", {"city"}),
    ("Rapid City", "Rapid City", "US", {"city", "town"}),
    ("Cebu City", "Cebu City", "PH", {"city"}),
    ("Kuwait City", "Kuwait City", "KW", {"city", "town"}),
    ("Marawi City", "Marawi City", "PH", {"city"}),
    ("Mexico City", "Mexico City", "MX", {"city"}),
    ("Cape Town", "Cape Town", "ZA", {"city"}),
    ("Port Sudan", "Port Sudan", "SD", {"city"}),
    ("Port Harcourt", "Port Harcourt", "NG", {"city"}),
    ("Cook County", "Cook County", "US", {"admin2"}),
]


@pytest.mark.parametrize("surface,name,cc,kinds", _WHOLE_NAMES)
def test_a_name_with_its_kind_word_is_the_place_so_named(gaz, surface, name, cc, kinds):
    p = _read(gaz, f"Soldiers were deployed to {surface} on Tuesday.", surface)
    assert (p["name"], p["country"]) == (name, cc), p
    assert p["kind"] in kinds, p


def test_gaza_city_is_gaza_and_mosul_city_mosul(gaz):
    # a city that lists the whole name among its other names is that city, as before
    p = _read(gaz, "Aid trucks reached Gaza City on Sunday.", "Gaza City")
    assert (p["name"], p["country"], p["kind"]) == ("Gaza", "PS", "city")
    found = places("Iraqi troops entered Mosul City at dawn.", gazetteer=gaz)
    assert [(p["name"], p["country"]) for p in found] == [("Mosul", "IQ")]


def test_the_city_and_the_state_of_the_same_head_are_told_apart(gaz):
    found = places("Police in Kansas City, Kansas, said two men were held overnight.", gazetteer=gaz)
    assert [(p["surface"], p["name"], p["kind"]) for p in found] == [
        ("Kansas City", "Kansas City", "city"), ("Kansas", "Kansas", "admin1")]


def test_a_head_that_is_a_country_does_not_take_the_city(gaz):
    for text, surface in (("The convoy left Port Harcourt for Benin City on Friday.", "Benin City"),
                          ("The Jersey City police chief said officers were sent to the scene.", "Jersey City")):
        p = _read(gaz, text, surface)
        assert p["kind"] != "country" and p["name"] == surface, p


def test_town_as_kind_word(gaz):
    p = _read(gaz, "The frigate docked at George Town on Monday.", "George Town")
    assert p["name"] == "George Town" and p["country"] != "ZA", p  # not George, Western Cape


def test_county_as_kind_word(gaz):
    p = _read(gaz, "Deputies in Orange County arrested a man on Monday.", "Orange County")
    assert (p["name"], p["country"], p["kind"]) == ("Orange County", "US", "admin2"), p


@pytest.mark.parametrize("surface,cc", [("Helmand Province", "AF"), ("Anbar Province", "IQ"),
                                        ("Idlib Governorate", "SY"), ("Borno State", "NG")])
def test_province_as_kind_word(gaz, surface, cc):
    p = _read(gaz, f"Fighting spread across {surface} last week.", surface)
    assert (p["country"], p["kind"]) == (cc, "admin1"), p


@pytest.mark.parametrize("surface,cc", [("Bagram Air Base", "AF"), ("Camp Taji", "IQ")])
def test_base_and_camp_as_kind_word(gaz, surface, cc):
    p = _read(gaz, f"The unit returned to {surface} on Sunday.", surface)
    assert (p["country"], p["kind"]) == (cc, "base"), p


def test_a_descriptive_district_is_no_town_of_that_name(gaz):
    # the index has a town called 'Central Business District' (Canada): the business district
    # of the city a text speaks of is not it
    found = places("Flood water reached New Orleans on Monday. Workers are restoring power to "
                   "the Central Business District of the city.", gazetteer=gaz)
    assert [p["surface"] for p in found] == ["New Orleans"]


def test_a_county_in_an_organisation_name_is_the_county(gaz):
    found = find_mentions("Several people were hurt at a park in Pasadena, the Los Angeles County "
                          "Fire Department said.", gazetteer=gaz)
    la = [p for p in found if p["surface"] == "Los Angeles County"]
    assert la and (la[0]["name"], la[0]["kind"]) == ("Los Angeles County", "admin2"), found


def test_the_gazetteer_scores_the_whole_spelling_as_exact(gaz):
    best = gaz.candidates("Kansas City", limit=5, fuzzy=False)[0]
    assert (best["name"], best["kind"]) == ("Kansas City", "city"), best
    best = gaz.candidates("Jersey City", limit=5, fuzzy=False)[0]
    assert (best["name"], best["country"]) == ("Jersey City", "US"), best


# the rule alone, on made-up readings
def _c(name, kind, imp, matched=None, sim=1.0):
    return {"name": name, "matched_name": matched or name, "kind": kind, "importance": imp, "name_similarity": sim}


def test_whole_name_first_moves_the_whole_name_before_the_head():
    cands = [_c("Benin", "country", 1.0), _c("Benin City", "city", 0.7)]
    _whole_name_first(cands, "Benin City", "city")
    assert cands[0]["name"] == "Benin City"


def test_whole_name_first_leaves_a_reading_of_another_kind_behind():
    # an airport named 'X City International Airport', matched by 'X City', is not the city
    cands = [_c("Carson", "town", 0.6), _c("Carson City Airport", "airfield", 0.45, matched="Carson City")]
    _whole_name_first(cands, "Carson City", "city")
    assert cands[0]["name"] == "Carson"


def test_whole_name_first_own_name_before_other_name_unless_far_better_known():
    cands = [_c("Beaumont", "city", 0.6, matched="Jefferson City"), _c("Jefferson City", "town", 0.56)]
    _whole_name_first(cands, "Jefferson City", "city")
    assert cands[0]["name"] == "Jefferson City"
    cands = [_c("Québec", "city", 0.8, matched="Quebec City"), _c("Quebec City", "village", 0.3)]
    _whole_name_first(cands, "Quebec City", "city")
    assert cands[0]["name"] == "Québec"


def test_whole_name_first_needs_a_kind_word_and_an_exact_spelling():
    cands = [_c("Benin", "country", 1.0), _c("Benin City", "city", 0.7)]
    _whole_name_first(cands, "Benin City", None)
    assert cands[0]["name"] == "Benin"
    cands = [_c("Benin", "country", 1.0), _c("Benin City", "city", 0.7, sim=0.9)]
    _whole_name_first(cands, "Benin City", "city")
    assert cands[0]["name"] == "Benin"


def test_whole_name_first_keeps_a_reading_of_the_kind_in_a_country_the_text_names():
    # 'Norfolk County' in a text about England: GeoNames calls the English county 'Norfolk'
    gb = dict(_c("Norfolk", "admin2", 0.4), country="GB")
    us = dict(_c("Norfolk County", "admin2", 0.4), country="US")
    cands = [gb, us]
    _whole_name_first(cands, "Norfolk County", "admin2", named=lambda c: c["country"] == "GB")
    assert cands[0] is gb
    # ... but a head-named reading of another kind does not stay first for that
    country = dict(_c("Jersey", "country", 1.0), country="JE")
    city = dict(_c("Jersey City", "city", 0.64), country="US")
    cands = [country, city]
    _whole_name_first(cands, "Jersey City", "city", named=lambda c: c["country"] == "JE")
    assert cands[0] is city


def test_a_county_council_in_a_text_about_england_is_the_english_county(gaz):
    p = _read(gaz, "The Suffolk County Council shut three libraries near the coast of England.", "Suffolk County")
    assert p["country"] == "GB", p


def test_a_kind_word_opening_an_unknown_name_is_no_place(gaz):
    # the index lacks 'Camp Lejeune'; 'Camp' alone is the short form of an Alaskan airport
    found = places("The Marines returned to Camp Lejeune on Tuesday.", gazetteer=gaz)
    assert [p["surface"] for p in found if p["surface"] == "Camp"] == [], found
