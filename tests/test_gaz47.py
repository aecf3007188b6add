"""gaz47: place readings the finder got wrong.

- A province the index names only in its local transliteration ('Homieĺskaja voblasć'), asked
  by its English name with a province's kind word ("the Gomel region"): the index finds the
  city alone (other name 'Gomel'); the city's province is read where the data ties the two
  (the city's admin1 code is the province row's, and their names begin alike)
  (mentions.candidates._province_of_the_namesake_city).
- A lesser town abroad in a text that names no ground but those who act, one of them by a
  demonym of people who act at home ("Haitian police pushed into Bel Air"): no place, not
  Bel Air in Maryland (mentions.guards._abroad_from_those_at_home).

The sentences are written for these tests."""

import pytest
from placing import places_by_surface


# --- a province named after its city, asked with a kind word --------------------------------

@pytest.mark.parametrize("text,surface,gid", [
    # before: no place (the city Homyel', dropped as a town for a kind word)
    ("Russian troops moved into the Gomel region on Tuesday.", "Gomel", "geonames:628281"),
    # before: the city Homyel'
    ("Belarusian units gathered in the Gomel oblast near Mozyr.", "Gomel", "geonames:628281"),
    # before: no place (a Mexican municipality Tula beside the Russian city)
    ("Drones fell on the Tula region overnight.", "Tula", "geonames:480508"),
    # before: no place
    ("Shelling was reported in the Kaluga region.", "Kaluga", "geonames:553899"),
])
def test_province_of_the_namesake_city(gazetteer, text, surface, gid):
    m = places_by_surface(text, gazetteer)[surface]
    assert m["gazetteer_id"] == gid and m["kind"] == "admin1"


@pytest.mark.parametrize("text,surface,gid", [
    # the bare name stays the city
    ("Troops massed in Gomel on Tuesday.", "Gomel", "geonames:627907"),
    # provinces the index found already keep their reading
    ("Russian forces shelled the Kherson oblast.", "Kherson", "geonames:706442"),
    ("Russian forces shelled the Donetsk oblast.", "Donetsk", "geonames:709716"),
    ("Russian forces shelled the Zaporizhzhia oblast.", "Zaporizhzhia", "geonames:687699"),
    ("Troops massed in Vitebsk region.", "Vitebsk", "geonames:620134"),
    # a district's kind word (admin2) is not the province's: the city stays
    ("A hospital in the Mukuru kwa Njenga district of Nairobi reported cases.", "Nairobi", "geonames:184745"),
])
def test_cities_and_found_provinces_unchanged(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


def test_province_of_another_name_is_not_read(gazetteer):
    # 'Leningrad' finds Saint Petersburg (a former name), whose province is 'Sankt-Peterburg',
    # not the Leningrad oblast around it: no province is read
    m = places_by_surface("Troops moved into the Leningrad region on Tuesday.", gazetteer).get("Leningrad")
    assert m is None or m.get("gazetteer_id") is None


# --- a town abroad in a text about those who act at home ---------------------------------

@pytest.mark.parametrize("text,surface", [
    # before: Bel Air, Maryland (US, importance 0.50)
    ("Haitian police pushed into Bel Air on Tuesday.", "Bel Air"),
    ("Haitian officials said gangs attacked Bel Air overnight.", "Bel Air"),
    # before: Bel Air, Maryland: the Kenyan force is in Haiti with the Haitian police
    ("Haitian police, backed by Kenyan officers, pushed into the Bel Air neighbourhood on Tuesday.",
     "Bel Air"),
])
def test_no_town_abroad_for_those_at_home(gazetteer, text, surface):
    m = places_by_surface(text, gazetteer).get(surface)
    assert m is None or m.get("gazetteer_id") is None


@pytest.mark.parametrize("text,surface,cc", [
    # a force alone is sent abroad: its continent's town stays
    ("Rwandan soldiers reached Palma on Friday.", "Palma", "MZ"),
    # at home, a town of the name in the country itself
    ("Honduran police reached Santa Rosa on Friday.", "Santa Rosa", "HN"),
    # a famous city abroad stays
    ("Haitian police arrested a man in Miami.", "Miami", "US"),
])
def test_force_abroad_and_home_readings_kept(gazetteer, text, surface, cc):
    assert places_by_surface(text, gazetteer)[surface]["country"] == cc
