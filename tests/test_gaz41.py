"""gaz41: gaps of the places wing found in reports of our own writing (probes of my own, s28).

- '<region> region town of X' where the region's name is also a demonym ('the Somali region
  town of Jijiga'): the word before the unit's kind word names the unit, so the town is not
  bound to the demonym's country (mentions.hints._unit_named_before).
- 'X, a district of Y' / 'a suburb of Y': the kind word after an indefinite article is what X is,
  one part of Y, so it gives Y no kind (a province named like its seat reads the city:
  mentions.scan._one_part_of), and X lies near Y (mentions.hints._PART_OF_AFTER: a far namesake
  abroad is no reading of it).

The sentences are written for these tests; the twins must keep their readings."""

import pytest
from placing import places_by_surface


# --- a region whose name is a demonym, before a town ------------------------------------------------

@pytest.mark.parametrize("text,surface,country", [
    # before: the town dropped (bound to Somalia, where the index has no such town)
    ("Federal troops entered the Somali region town of Jijiga on Monday.", "Jijiga", "ET"),
    ("Police reinforcements reached the Somali region town of Degehabur late on Friday.", "Degehabur", "ET"),
])
def test_town_of_a_region_named_like_a_demonym(gazetteer, text, surface, country):
    found = places_by_surface(text, gazetteer)
    assert found[surface]["country"] == country
    assert found["Somali"]["kind"] == "admin1" and found["Somali"]["country"] == "ET"


@pytest.mark.parametrize("text,surface,country", [
    # twins: the demonym before a plain adjective, or before 'region of', names the country (as before)
    ("Kenyan troops entered the Somali border town of Dolow on Monday.", "Dolow", "SO"),
    ("Kenyan troops crossed into the Somali region of Gedo on Monday.", "Gedo", "SO"),
])
def test_demonym_before_a_town_still_binds(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


# --- 'X, a district of Y': Y is the place X is part of ----------------------------------------------

def test_city_after_a_district_of(gazetteer):
    # before: Baghdad read the province (the kind word 'district' given to it), Mansour Mansourah (DZ)
    found = places_by_surface("Shelling struck Mansour, a district of Baghdad, overnight.", gazetteer)
    assert found["Baghdad"]["kind"] == "city" and found["Baghdad"]["country"] == "IQ"
    assert found["Mansour"]["lat"] is None


def test_part_of_a_city_not_a_namesake_abroad(gazetteer):
    # before: Shuhada read a town in Egypt, 1,300 km from Mosul
    found = places_by_surface("Two army brigades moved on Sunday from Shuhada, a district of Mosul, to Tal Afar.", gazetteer)
    assert found["Shuhada"]["lat"] is None
    assert found["Mosul"]["country"] == "IQ"


@pytest.mark.parametrize("text,surface,kind,country", [
    # twins: 'the district of X' still calls X a district; a suburb the index knows near its city stays
    ("Fighting spread to the district of Arghandab on Sunday.", "Arghandab", "admin2", "AF"),
    ("Troops moved into Kingston, a suburb of Brisbane.", "Kingston", "town", "AU"),
    ("Police closed roads in Richmond, a suburb of Melbourne, on Sunday.", "Richmond", "town", "AU"),
])
def test_kind_word_of_the_name_itself(gazetteer, text, surface, kind, country):
    found = places_by_surface(text, gazetteer)[surface]
    assert (found["kind"], found["country"]) == (kind, country)
