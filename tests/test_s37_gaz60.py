"""gaz60 (s37): a place the index lacks that the text puts inside a place it knows stands at that
holder's point, marked approximate (mentions.unknown_parts.at_the_holder). Every sentence here is
written for these tests.

- its point is the holder's; its precision says the holder's size (a town -> near, a district or
  province -> region, a country -> country); its uncertainty_km the holder's extent (or a default);
  its name is its own as written, its gazetteer_id null, its ``holder`` the holder's row;
- a movement to it draws its arrow to the holder's point, and exports and maps carry the marks;
- near misses: no holder named, a place only 'near' one, a list that goes on ('Z, A and B'), a
  holder that speaks ('..., Kinshasa said').
"""

import json
import os
import time

import pytest

from geomove.export import flatten, to_kml
from geomove.mentions import find_mentions
from geomove.mentions.unknown_parts import (HOLDER_DEFAULT_KM, NEAR_FLOOR_KM, holder_precision,
                                            holder_uncertainty_km)
from geomove.movements import extract
from geomove.render import map_data, render, save_map
from placing import place_role_by_surface


# --- the place mention: at its holder ------------------------------------------------------------

@pytest.mark.parametrize("text,name,holder,precision", [
    ("Protesters gathered in the Kibagabaga neighbourhood of Kigali.", "Kibagabaga", "Kigali", "near"),
    ("Shells landed in Kutaraba, Bentiu, on Monday.", "Kutaraba", "Bentiu", "near"),
    ("Militants attacked the village of Tassakant in Tillaberi region.", "Tassakant", "Tillaberi", "region"),
    ("Gunmen burned the village of Kombolga in Soum province, Burkina Faso.", "Kombolga", "Soum", "region"),
    ("A cholera outbreak was reported in Mbewe, Zambia, last week.", "Mbewe", "Zambia", "country"),
    # an address going on to the holder's province or country: no list ('Z, A, <country>')
    ("Shells landed in Kutaraba, Bentiu, South Sudan, on Monday.", "Kutaraba", "Bentiu", "near"),
    ("Fighting was reported in Kutaraba, Bentiu, Unity State.", "Kutaraba", "Bentiu", "near"),
])
def test_a_place_inside_a_holder_stands_at_its_point(gazetteer, text, name, holder, precision):
    found = place_role_by_surface(text, gazetteer)
    place, home = found[name], found[holder]
    assert (place["lat"], place["lon"]) == (home["lat"], home["lon"])
    assert place["precision"] == precision
    assert place["name"] == name and place["gazetteer_id"] is None  # (its own name; no row of its own)
    assert place["holder"]["gazetteer_id"] == home["gazetteer_id"] and place["holder"]["surface"] == holder
    assert place["country"] == home["country"]
    assert place["uncertainty_km"] >= (NEAR_FLOOR_KM if precision == "near" else 1.0)
    # traceable: the why names the holder's row and the words that put the place there
    assert home["gazetteer_id"] in place["why"] and place["holder"]["phrase"] in text
    assert place["holder"]["phrase"] in place["why"]


@pytest.mark.parametrize("text,name,holder,before,precision", [
    # the finder's own mention of a name it found no reading of that fits (a namesake abroad or
    # elsewhere): the construction's holder is still its point, and the finder's why stays
    # (Khartoum the city since gaz62, s38: 'the Kalakla district of Khartoum' names a part of the
    # city, no district called Khartoum; so the circle is a town's, "near")
    ("Riot police moved from Omdurman to the Kalakla district of Khartoum on Monday.", "Kalakla", "Khartoum",
     "called 'Kalakla' in the index", "near"),
    ("Militia fighters marched from Bunia to the village of Lopa in Djugu territory on Tuesday.", "Lopa", "Djugu",
     "lies in none of the areas", "region"),
])
def test_the_finders_own_pointless_mention_stands_at_the_holder(gazetteer, text, name, holder, before, precision):
    found = place_role_by_surface(text, gazetteer)
    place = found[name]
    assert (place["lat"], place["lon"]) == (found[holder]["lat"], found[holder]["lon"])
    assert place["gazetteer_id"] is None and place["precision"] == precision
    assert before in place["why"]  # (the finder's reason kept)
    assert f"at the holder {found[holder]['name']}" in place["why"]


def test_the_holder_keeps_its_own_reading(gazetteer):
    found = place_role_by_surface("Militants attacked the village of Tassakant in Tillaberi region.", gazetteer)
    assert found["Tillaberi"]["kind"] == "admin1" and "holder" not in found["Tillaberi"]


def test_the_uncertainty_is_the_holders_extent(gazetteer):
    found = place_role_by_surface("Militants attacked the village of Tassakant in Tillaberi region.", gazetteer)
    assert found["Tassakant"]["uncertainty_km"] == found["Tillaberi"]["uncertainty_km"] > 50
    # a country's radius, not a town's
    found = place_role_by_surface("A cholera outbreak was reported in Mbewe, Zambia, last week.", gazetteer)
    assert found["Mbewe"]["uncertainty_km"] == found["Zambia"]["uncertainty_km"] > 100


def test_the_same_name_again_stands_at_the_same_holder(gazetteer):
    text = "Gunmen burned the village of Kombolga in Soum province, Burkina Faso. Survivors left Kombolga at dawn."
    got = [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == "Kombolga"]
    assert len(got) == 2
    assert got[0]["lat"] is not None and (got[0]["lat"], got[0]["lon"], got[0]["precision"]) == \
        (got[1]["lat"], got[1]["lon"], got[1]["precision"])
    assert got[1]["holder"]["surface"] == "Soum"


@pytest.mark.parametrize("text,name", [
    # no holder named, or one the text does not put the place in: still a place, without a point
    ("Villagers fled the village of Ruvumbu near Beni.", "Ruvumbu"),
    ("Troops searched the village of Ruvumbu before dawn.", "Ruvumbu"),
    ("The brigade reached the village of Lunyasenge, Kinshasa said on Monday.", "Lunyasenge"),
    # a list that goes on: 'Z, A and B' may be three places
    ("Medics were sent to Katwiguru, Goma and Bukavu on Friday.", "Katwiguru"),
    ("Medics were sent to Katwiguru, Goma, and Bukavu on Friday.", "Katwiguru"),
])
def test_no_point_without_a_holder_it_lies_in(gazetteer, text, name):
    found = place_role_by_surface(text, gazetteer)
    assert name in found, sorted(found)
    assert found[name]["lat"] is None and found[name]["precision"] is None and "holder" not in found[name]


def test_precision_and_uncertainty_by_the_holders_kind():
    assert holder_precision("city") == holder_precision("town") == holder_precision("base") == "near"
    assert holder_precision(None) == "near"
    assert holder_precision("admin1") == holder_precision("admin2") == holder_precision("region") == "region"
    assert holder_precision("country") == "country"
    # the index's extent where it has one, a default where not; never a town's streets only
    assert holder_uncertainty_km({"uncertainty_km": 1.9}, "near") == NEAR_FLOOR_KM
    assert holder_uncertainty_km({"uncertainty_km": 12.0}, "near") == 12.0
    assert holder_uncertainty_km({"uncertainty_km": None}, "region") == HOLDER_DEFAULT_KM["region"]
    assert holder_uncertainty_km({}, "country") == HOLDER_DEFAULT_KM["country"]


# --- a movement to such a place --------------------------------------------------------------------

def _one(text, gazetteer):
    got = extract(text, published="2026-11-14", gazetteer=gazetteer)
    assert len(got) == 1, got
    return got[0]


def test_a_movement_ends_at_the_holder_point(gazetteer):
    mv = _one("Militia fighters marched from Bunia to the village of Ndoromo in Djugu territory on Tuesday.",
              gazetteer)
    dest = mv["properties"]["destination"]
    assert dest["name"] == "Ndoromo" and dest["precision"] == "region" and dest["gazetteer_id"] is None
    assert dest["holder"]["name"].startswith("Djugu")
    assert mv["geometry"]["coordinates"][-1] == [round(dest["lon"], 7), round(dest["lat"], 7)]
    assert mv["properties"]["origin"]["name"] == "Bunia"


def test_a_movement_to_a_part_near_its_origin_keeps_both_ends(gazetteer):
    # the part stands at its holder's point, a few km from the origin: still another place
    mv = _one("Police units drove from Omdurman to the Shambat neighbourhood of Khartoum on Monday.", gazetteer)
    props = mv["properties"]
    assert props["origin"]["name"] == "Omdurman" and props["destination"]["name"] == "Shambat"
    assert props["destination"]["precision"] == "near" and mv["geometry"] is not None


def test_a_movement_to_a_place_inside_a_country(gazetteer):
    mv = _one("Marines were flown from Djibouti to Balli, Somalia, on Thursday.", gazetteer)
    dest = mv["properties"]["destination"]
    assert dest["name"] == "Balli" and dest["precision"] == "country" and dest["country"] == "SO"


def test_near_is_no_holder_for_a_movement(gazetteer):
    got = extract("Two army companies drove from Mandalay to the village of Zeebyu near Sagaing on Wednesday.",
                  published="2026-11-14", gazetteer=gazetteer)
    assert all((f["properties"]["destination"] or {}).get("name") != "Zeebyu" for f in got)


# --- exports and maps carry the marks --------------------------------------------------------------

@pytest.fixture(scope="module")
def to_a_holder(gazetteer):
    return extract("Militia fighters marched from Bunia to the village of Ndoromo in Djugu territory on Tuesday.",
                   published="2026-11-14", gazetteer=gazetteer)


def test_csv_row_carries_precision_uncertainty_and_holder(to_a_holder):
    row = flatten(to_a_holder[0])
    assert row["location"] == "Ndoromo" and row["geo_precision"] == 3  # (ACLED: only the region known)
    assert row["destination_precision"] == "region" and row["destination_uncertainty_km"] > 10
    assert row["destination_gazetteer_id"] is None
    assert json.loads(row["destination_extra"])["holder"]["name"].startswith("Djugu")


def test_kml_place_carries_its_uncertainty(to_a_holder):
    kml = to_kml(to_a_holder)
    assert "<name>Ndoromo</name>" in kml and 'name="uncertainty_km"' in kml


def test_map_draws_a_halo_and_names_the_holder(to_a_holder):
    data = map_data(to_a_holder, "week", None, False)
    f, pf = data["mvFields"], data["placeFields"]
    row = data["mv"][0]
    assert row[f.index("dashed")] == 1
    (p, km), = row[f.index("halos")]
    place = data["places"][p]
    assert data["S"][place[pf.index("name")]] == "Ndoromo" and km == to_a_holder[0]["properties"]["destination"]["uncertainty_km"]
    assert data["S"][place[pf.index("holder")]].startswith("Djugu")
    origin = data["places"][row[f.index("route")][0]]
    assert origin[pf.index("holder")] is None or data["S"][origin[pf.index("holder")]] in (None, "")


@pytest.mark.browser
@pytest.mark.skipif(not os.path.exists("/usr/bin/chromium"), reason="needs headless Chromium at /usr/bin/chromium")
def test_popup_says_where_the_report_puts_it(tmp_path, to_a_holder):
    from map_pages import load_in_chromium
    page = save_map(render(to_a_holder, title="holder"), tmp_path / "holder.html")
    probe_js = """
    var opened = [];
    geomove.map.eachLayer(function (l) {
      if (l instanceof L.GeoArrow) {  // the arrow's popup names its ends (as a user's click)
        l.fire('click', {latlng: l.getCenter()}, true);
        opened.push(document.querySelector('.leaflet-popup-content').textContent);
      }
    });
    out.popups = opened;
    out.halos = document.querySelectorAll('.gm-halo').length;
    """
    _, probe, errors = load_in_chromium(page, tmp_path, probe_js)
    assert errors == []
    assert any("Ndoromo" in p and "at Djugu" in p and "where the report puts it" in p for p in probe["popups"]), probe
    assert probe["halos"] == 1


# --- cost ------------------------------------------------------------------------------------------

def test_a_long_run_of_places_and_commas_stays_fast(gazetteer):
    # the list test after each holder is one anchored match: a long run of 'in X, Goma, and Y, ...'
    # costs its length, not its square
    text = "Aid reached " + ", ".join(["Kibumba, Goma"] * 400) + " on Monday."
    t0 = time.perf_counter()
    find_mentions(text, gazetteer=gazetteer)
    assert time.perf_counter() - t0 < 5.0


# --- an area told by its kind word, its holder read at a town (the lead, s37) ----------------------

def test_a_place_in_an_area_read_at_its_town_has_an_areas_circle(gazetteer):
    """'the village of X in Masisi territory' with Masisi read as the town (the index has no row
    of the territory): the place lies in the area, so its precision is a region's and its circle
    the default of one, not the town's streets; written with the town alone, 'near' as before."""
    area = place_role_by_surface("Displaced families fled to the village of Kashuga in Masisi territory.", gazetteer)["Kashuga"]
    assert area["holder"]["kind"] == "town"
    assert (area["precision"], area["uncertainty_km"]) == ("region", HOLDER_DEFAULT_KM["region"])
    town = place_role_by_surface("Displaced families fled to the village of Ngangi in Masisi.", gazetteer)["Ngangi"]
    assert town["precision"] == "near" and town["uncertainty_km"] < HOLDER_DEFAULT_KM["region"]
