"""s44 gaz76: place names of regions the earlier fixtures lacked (tests/fixtures/places43). Every
sentence is written for these tests.

- A city's metropolitan area named with a head word ("Greater Khartoum", "the Greater Toronto
  Area", French "Grand Tunis", "Grand Abidjan") is one mention at the city's point, seen as the
  area around it (mentions.metro_areas; relative.apply_relation's "metro"): no place without a
  point, and no village "Grand" in Côte d'Ivoire.
- A province or parish called "Saint X" is found as reports abbreviate it, "St. X" (the parishes
  of Jamaica and Barbados), as cities of 5,000 people or more already were (gazetteer_build's
  admin_rows, names.abbreviated_forms): "St. Thomas" beside Jamaican places is the parish, not the
  Ontario town.
- An installation's name without its head words ("Guantanamo Bay" of "Naval Station Guantanamo
  Bay") is its proper name, no everyday alias, where the text names the installation's country
  (mentions.acceptance._installation_by_its_own_name).
- gazetteer/aliases.csv: names reports write for rows the index holds by another name
  (Tontouta, Mutiara SIS Al-Jufrie airport, Great Inagua).
"""

import pytest

from placing import places_by_surface as _found


# -- a city's metropolitan area

@pytest.mark.parametrize("text, surface, country, lat, lon", [
    ("Troops were deployed across Greater Khartoum on Sunday.", "Greater Khartoum", "SD", 15.6, 32.5),
    ("Police reinforcements reached Grand Lomé after the protests.", "Grand Lomé", "TG", 6.1, 1.2),
    ("A curfew was imposed in Grand Abidjan overnight.", "Grand Abidjan", "CI", 5.3, -4.0),
    ("Traffic was heavy across the Greater Toronto Area on Friday.", "Greater Toronto Area", "CA", 43.7, -79.4),
    ("Gendarmes patrolled Grand Tunis and Bizerte on Monday.", "Grand Tunis", "TN", 36.8, 10.2),
])
def test_a_city_s_metropolitan_area_reads_at_the_city(gazetteer, text, surface, country, lat, lon):
    found = _found(text, gazetteer)
    assert surface in found, found.keys()
    m = found[surface]
    assert m["country"] == country and m["lat"] == pytest.approx(lat, abs=0.3) and m["lon"] == pytest.approx(lon, abs=0.3)
    assert m["precision"] == "near" and m["relation"]["type"] == "metro"
    assert "Grand" not in found  # (no village of Côte d'Ivoire read apart)


@pytest.mark.parametrize("text, surface", [
    ("Rangers closed the trails of Grand Canyon after the storm.", "Grand Canyon"),
    ("Flights from Grand Rapids resumed on Tuesday.", "Grand Rapids"),
    ("Protesters marched through Greater Accra on Monday.", "Greater Accra"),
])
def test_names_with_grand_or_greater_that_are_no_metropolitan_area(gazetteer, text, surface):
    # (the near misses: a town too small for an area around it; a name the index holds whole)
    found = _found(text, gazetteer)
    m = found.get(surface)
    assert m is None or (m.get("relation") or {}).get("type") != "metro", m


# -- "St. X" for a province or parish called "Saint X"

@pytest.mark.parametrize("text, surface, country", [
    ("Heavy rain flooded the parishes of Portland and St. Thomas in Jamaica.", "St. Thomas", "JM"),
    ("Police in Montego Bay said roads in St. Elizabeth were cut by the flood.", "St. Elizabeth", "JM"),
    ("Fishermen in Bridgetown said the storm hit St. Philip in Barbados hardest.", "St. Philip", "BB"),
])
def test_a_parish_called_saint_is_read_by_its_abbreviation(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert surface in found, found.keys()
    assert found[surface]["country"] == country and found[surface]["kind"] == "admin1", found[surface]


def test_the_abbreviated_ontario_town_is_as_before(gazetteer):
    # (the near miss: the town's own name, where the text names Canada)
    found = _found("Farmers near St. Thomas in Ontario reported hail on Sunday.", gazetteer)
    assert found["St. Thomas"]["country"] == "CA"


# -- an installation's proper name without its head words

@pytest.mark.parametrize("text", [
    "A hospital ship sailed from Havana to Guantanamo Bay as the storm crossed Cuba.",
    "Storm damage in Santiago de Cuba was heavy; ships at Guantanamo Bay put to sea.",
])
def test_an_installation_by_its_name_without_the_head_words(gazetteer, text):
    found = _found(text, gazetteer)
    assert "Guantanamo Bay" in found, found.keys()
    assert found["Guantanamo Bay"]["country"] == "CU"


# -- aliases

@pytest.mark.parametrize("text, surface, country, kind", [
    ("Flights between Tontouta and Brisbane were cancelled.", "Tontouta", "NC", "airfield"),
    ("Mutiara SIS Al-Jufrie airport reopened after the aftershocks.", "Mutiara SIS Al-Jufrie airport", "ID", "airfield"),
    ("Shelters opened on Great Inagua and Mayaguana as the storm neared.", "Great Inagua", "BS", None),
])
def test_aliases_of_rows_held_by_another_name(gazetteer, text, surface, country, kind):
    found = _found(text, gazetteer)
    assert surface in found, found.keys()
    assert found[surface]["country"] == country and (kind is None or found[surface]["kind"] == kind)
