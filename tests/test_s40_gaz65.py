"""gaz65 (s40): places the index lacked and namesakes read wrongly, on sentences written for these
tests.

- Delaram (Nimruz, Afghanistan): a curated row (features.csv, en.wikipedia 'Delaram'); before: no place.
- Crimea: the province answers named 'Avtonomna Respublika Krym'; aliases.csv's ``display`` column
  gives it the English name a reader knows (gazetteer_build.add_curated_aliases, IndexWriter.show_as),
  and the towns in it name it so too.
- A base named after a person that the text writes near a place ('the Miguel de Cervantes base
  near Marjayoun'): the surname's reading far away (Cervantes Airport, Western Australia) is a
  namesake; the base stands at the place (mentions.acceptance._person_named_base_near).
- A bare name that a town bears only as another of its names while a base bears it as its own
  ('flew from Ramstein': Ramstein-Miesenbach, Ramstein Air Base): the base
  (mentions.context._base_bearing_the_name_itself).
- 'Albany' in a text about New York's own National Guard: the state capital (kept so).
"""

import csv
import sqlite3

import pytest
from placing import best_answer, cited_point, feature_rows, places_by_surface

from geomove.distance import haversine_km


# --- a town the index lacked -----------------------------------------------------------------------

def test_delaram_row_at_its_cited_point():
    row = feature_rows()["delaram"]
    lat, lon = cited_point(row["source"])
    assert (row["country"], row["kind"]) == ("AF", "town")
    assert haversine_km(lat, lon, float(row["lat"]), float(row["lon"])) < 0.5


@pytest.mark.parametrize("name", ["Delaram", "Dilaram"])
def test_delaram_found_by_its_spellings(gazetteer, name):
    got = best_answer(gazetteer, name)
    assert got is not None and got["gazetteer_id"] == "curated:delaram"


def test_delaram_read_in_a_sentence(gazetteer):
    # before: no place (the index had no Delaram)
    got = places_by_surface("Taliban fighters drove a convoy of pickups from Zaranj to Delaram on Saturday.",
                            gazetteer)
    assert got["Delaram"]["gazetteer_id"] == "curated:delaram"
    assert got["Zaranj"]["country"] == "AF"


# --- the name a province is shown by ---------------------------------------------------------------

def test_crimea_shown_by_its_english_name(gazetteer):
    got = best_answer(gazetteer, "Crimea")
    # before: 'Avtonomna Respublika Krym', for both the name and the admin1
    assert (got["name"], got["admin1"], got["kind"], got["country"]) == ("Crimea", "Crimea", "admin1", "UA")


def test_crimea_still_found_by_the_package_name(gazetteer):
    got = best_answer(gazetteer, "Avtonomna Respublika Krym")
    assert got is not None and got["gazetteer_id"] == "geonames:703883" and got["name"] == "Crimea"


@pytest.mark.parametrize("town", ["Kerch", "Simferopol"])
def test_towns_of_crimea_name_the_province_so(gazetteer, town):
    assert best_answer(gazetteer, town)["admin1"] == "Crimea"


def test_crimea_in_a_sentence(gazetteer):
    got = places_by_surface("Russia moved a battalion of marines from Crimea to the Kherson region on Sunday.",
                            gazetteer)
    assert got["Crimea"]["name"] == "Crimea"


def test_display_alias_renames_a_province_and_its_towns(tmp_path):
    """aliases.csv's display column, on a small index of its own: the province takes the name, its
    towns name it so, the old name still finds it, a row without the column is an alias only."""
    from geomove.gazetteer_build import IndexWriter, add_curated_aliases

    w = IndexWriter(tmp_path / "i.sqlite")
    common = {"lat": 45.0, "lon": 34.0, "population": 0, "importance": 0.5, "uncertainty_km": 1.0,
              "precision": "exact", "source": "test", "licence": None}
    w.add({"gazetteer_id": "t:1", "name": "Respublika X", "kind": "admin1", "country": "UA",
           "admin1": "Respublika X", **common}, [("Respublika X", 1)])
    w.add({"gazetteer_id": "t:2", "name": "Town A", "kind": "town", "country": "UA",
           "admin1": "Respublika X", **common}, [("Town A", 1)])
    w.add({"gazetteer_id": "t:3", "name": "Town B", "kind": "town", "country": "RU",
           "admin1": "Respublika X", **common}, [("Town B", 1)])
    path = tmp_path / "aliases.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["gazetteer_id", "alias", "source", "display"])
        out.writerow(["t:1", "Xland", "test", "yes"])
        out.writerow(["t:2", "Ayville", "test", ""])
    assert add_curated_aliases(w, path) == 2
    w.flush()
    rows = dict(((gid, (name, admin1)) for gid, name, admin1 in
                 w.db.execute("SELECT gazetteer_id, name, admin1 FROM places_tmp")))
    assert rows == {"t:1": ("Xland", "Xland"), "t:2": ("Town A", "Xland"),
                    "t:3": ("Town B", "Respublika X")}  # (another country's province of that name stays)
    names = {name for (name,) in w.db.execute("SELECT name FROM names_tmp WHERE place = 1")}
    assert {"Respublika X", "Xland"} <= names
    assert "Ayville" in {name for (name,) in w.db.execute("SELECT name FROM names_tmp WHERE place = 2")}


# --- a base named after a person, near a place the text names --------------------------------------

@pytest.mark.parametrize("text,base,near,country", [
    # before: Cervantes Airport, Western Australia, 10,900 km away (through the kind word 'base')
    ("Spanish peacekeepers left the Miguel de Cervantes base near Marjayoun on Tuesday and drove "
     "a column of armoured vehicles south to Khiam.", "Miguel de Cervantes", "Marjayoun", "LB"),
    # before: Simon Bolivar International Airport, Ecuador
    ("The battalion withdrew to the Simon Bolivar base near Kidal after two days of fighting.",
     "Simon Bolivar", "Kidal", "ML"),
])
def test_person_named_base_stands_at_the_place_near(gazetteer, text, base, near, country):
    got = places_by_surface(text, gazetteer)
    rec, place = got[base], got[near]
    assert place["country"] == country
    assert rec["gazetteer_id"] is None and rec["precision"] == "near" and rec["kind"] == "base"
    assert (rec["lat"], rec["lon"]) == (place["lat"], place["lon"])
    assert rec["holder"]["name"] == place["name"]


def test_person_named_base_read_near_the_place_keeps_its_reading(gazetteer):
    # twin: the reading of the name lies near the place written after 'near' (39 km): it stands
    got = places_by_surface("US airmen moved from the Ali Al Salem base near Kuwait City to Camp Arifjan on Monday.",
                            gazetteer)
    assert got["Ali Al Salem"]["country"] == "KW" and got["Ali Al Salem"]["kind"] == "base"
    assert got["Ali Al Salem"]["gazetteer_id"]


# --- a base that bears a bare name the town holds only as another of its names ----------------------

@pytest.mark.parametrize("text", [
    # before: Ramstein-Miesenbach (the town's own name)
    "Two C-17 transports carrying a Patriot battery flew from Ramstein to Rzeszow in eastern Poland on Friday.",
    "Wounded soldiers were flown to Ramstein and then to the Landstuhl medical center.",
    # no flight in the sentence (gaz35 kept it no place, a lone far town): the base all the same
    "After the airlift the families were sheltered in hangars at Ramstein for two weeks.",
])
def test_bare_name_of_an_air_base(gazetteer, text):
    got = places_by_surface(text, gazetteer)["Ramstein"]
    assert (got["name"], got["kind"], got["country"]) == ("Ramstein Air Base", "base", "DE")


@pytest.mark.parametrize("text,surface,kind", [
    # twins: towns called by the name itself stay the towns
    ("Troops landed at Bagram after leaving Kandahar.", "Bagram", "town"),
    ("Convoys moved from Landstuhl to Kaiserslautern on Monday.", "Landstuhl", "town"),
    # (a town named by another spelling, beside an airport of the name written: Aksum, Axum Airport)
    ("Eritrean troops entered Axum after shelling Adwa on Sunday.", "Axum", "town"),
    # (a town named with a qualifier after the name, beside an airfield of the name: Ludwigshafen am Rhein)
    ("Riot police moved from Mannheim to Ludwigshafen on Monday.", "Ludwigshafen", "city"),
])
def test_town_called_by_the_name_stays(gazetteer, text, surface, kind):
    assert places_by_surface(text, gazetteer)[surface]["kind"] == kind


# --- Albany of New York's National Guard ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The New York National Guard sent 200 soldiers from Albany to Buffalo on Monday after the storm.",
    "New York's National Guard moved 300 soldiers from Albany to Boston for the summit.",
    "Members of the New York National Guard based in Albany were sent to Lowell and Lawrence, north of Boston.",
])
def test_albany_of_new_york(gazetteer, text):
    got = places_by_surface(text, gazetteer)["Albany"]
    assert (got["country"], got["admin1"], got["kind"]) == ("US", "New York", "city")
