"""Session 47 (gaz84): places the places47 texts found missing or misread, in sentences written
for these tests.

- A navy's ship prefix the mention finder did not know (NNS, ENS, ORP, BAP, ARA: the reading
  stage's lexicon knew them) makes the place after it a ship's name ("the patrol boat NNS
  Kano"): no place (wordlists.SHIP_PREFIXES_RE). The city without the prefix stays.
- "Coast guard officers said": a sentence's first word that makes one noun of a service with
  the lower-case word after it is no place (scan.COMPOUND_ORG_HEADS), as "The Coast Guard" was
  not; "Coast villages" keeps its reading.
- "Assam Rifles troops": a regiment named after its province (wordlists.ORG_SUFFIXES 'rifles');
  "from Assam to Manipur" stays the state.
- "Churchill on Hudson Bay" in a text of Arctic towns 1,000 km and more away: a sea, strait or
  lake of the sentence whose radius reaches the reading keeps a common name the far-neighbours
  guard would leave without a point (no_place._on_waters_of_its_sentence).
- "In Spain, the mayor of Guadalcanal": a lesser reading on another continent than the country
  the sentence opens with gives way to its namesake in that country
  (guards._namesake_in_the_framing_country); a famous place stays ("fled to Madrid").
- Cited rows: Sokh, Sèmè-Kpodji, the Rumichaca Bridge, Resolute, Nanisivik, Senapati, Noney,
  New Georgia (features.csv); Hudson Bay, Lancaster Sound, Peel Sound
  (areas.csv); Woreta and Wereta (aliases.csv).
"""

import csv
from pathlib import Path

import pytest

from placecounts import placed as _places, counted as _counted
from placing import cited_point

from geomove.distance import haversine_km
from geomove.mentions.no_place import _on_waters_of_its_sentence

GAZ = Path(__file__).resolve().parent.parent / "gazetteer"


# -- a navy's ship prefix

@pytest.mark.parametrize("text, ship", [
    ("The Nigerian patrol boat NNS Kano sailed from Lagos to Cotonou on Tuesday.", "Kano"),
    ("The Polish frigate ORP Gdansk left Gdynia for Kiel on Monday.", "Gdansk"),
    ("The Peruvian corvette BAP Ilo sailed from Callao to Paita.", "Ilo"),
])
def test_a_place_after_a_navy_s_prefix_is_the_ship(gazetteer, text, ship):
    assert ship not in _counted(gazetteer, text)


def test_the_city_without_a_prefix_stays(gazetteer):
    assert ("Kano", "NG", "city") in _places(gazetteer, "Nigerian troops moved from Kano to Maiduguri on Friday.")


# -- a compound noun of a service opening a sentence

@pytest.mark.parametrize("text", [
    "The ship left Iqaluit. Coast guard officers said the ice in the strait was thin.",
    "Coast guards moved from Dar es Salaam to Mtwara on Monday.",
    "Coast guard boats sailed from Mombasa to Lamu on Sunday.",
])
def test_coast_guard_opening_a_sentence_is_no_place(gazetteer, text):
    assert "Coast" not in _counted(gazetteer, text)


def test_coast_before_another_noun_stays_a_place(gazetteer):
    # (near miss: a plain noun after the word, not a service's)
    assert "Coast" in _counted(gazetteer, "Coast villages near Mombasa were flooded on Monday.")


# -- a regiment named after its province

@pytest.mark.parametrize("text, word", [
    ("Assam Rifles troops were sent to Jiribam on Tuesday.", "Assam"),
    ("Troops of the Assam Rifles reached Moreh.", "Assam"),
    ("A Jammu and Kashmir Rifles battalion moved from Srinagar to Kupwara.", "Kashmir"),
])
def test_a_rifles_regiment_is_no_place(gazetteer, text, word):
    assert word not in _counted(gazetteer, text)


def test_the_state_without_the_regiment_stays(gazetteer):
    assert ("Assam", "IN", "admin1") in _places(gazetteer, "Indian troops moved from Assam to Manipur on Tuesday.")


# -- a town on a water body named in its sentence

def test_a_town_on_a_bay_of_its_sentence_keeps_its_point(gazetteer):
    text = ("Next year the navy plans to send a ship through Bellot Strait to Taloyoak and on to Kugluktuk, "
            "formerly Coppermine, near the mouth of the Coppermine River. Another crew will train at "
            "Churchill on Hudson Bay.")
    got = _places(gazetteer, text)
    assert ("Churchill", "CA") in [(s, c) for s, c, _ in got]
    assert ("Hudson Bay", None, "sea") in got


def test_only_a_water_body_whose_radius_reaches_the_reading_keeps_it():
    churchill = {"lat": 58.78, "lon": -94.19}
    bay = {"kind": "sea", "lat": 60.0, "lon": -85.0, "uncertainty_km": 600.0}
    def near(water, sentence=1):
        return [{"sentence": sentence, "role": "place", "cands": [water]}]
    assert _on_waters_of_its_sentence(churchill, near(bay), 1)
    # (near misses: another sentence's bay, a bay too small to reach the town, a river's point)
    assert not _on_waters_of_its_sentence(churchill, near(bay, sentence=0), 1)
    assert not _on_waters_of_its_sentence(churchill, near(dict(bay, uncertainty_km=100.0)), 1)
    assert not _on_waters_of_its_sentence(churchill, near(dict(bay, kind="river")), 1)


# -- the namesake in the country a sentence opens with

def test_in_spain_guadalcanal_is_the_andalusian_town(gazetteer):
    text = ("Police in Honiara arrested forty people, and boats from Auki brought food to Guadalcanal. "
            "In Spain, the mayor of Guadalcanal, a town near Seville, sent a message of support.")
    got = [(s, c) for s, c, _ in _places(gazetteer, text) if s == "Guadalcanal"]
    assert got == [("Guadalcanal", "SB"), ("Guadalcanal", "ES")]


def test_in_britain_churchill_is_the_english_village(gazetteer):
    text = "Flooding hit Iqaluit and Pond Inlet. In Britain, villagers in Churchill said the road was shut."
    assert ("Churchill", "GB") in [(s, c) for s, c, _ in _places(gazetteer, text)]


def test_a_famous_place_abroad_stays_whatever_the_sentence_opens_with(gazetteer):
    text = "Police in Auckland and Wellington arrested ten men. In Mexico, the suspects had fled to Madrid."
    assert ("Madrid", "ES") in [(s, c) for s, c, _ in _places(gazetteer, text)]


# -- a country's name inside an island's

def test_new_georgia_is_the_solomon_island(gazetteer):
    got = _places(gazetteer, "Residents of Munda, in the New Georgia group, said the airfield was shut.")
    assert ("New Georgia", "SB", "island") in got
    assert not any(s == "Georgia" for s, _, _ in got)


def test_georgia_alone_stays_the_country(gazetteer):
    assert ("Georgia", "GE", "country") in _places(gazetteer, "Troops moved from Armenia to Georgia on Monday.")


# -- cited rows

def _rows(name, key):
    with (GAZ / name).open(encoding="utf-8") as f:
        return {r[key]: r for r in csv.DictReader(f) if "gaz84" in r.get("note", "") + r.get("source", "")}


def test_each_new_row_is_at_its_cited_point():
    rows = list(_rows("features.csv", "id").values()) + list(_rows("areas.csv", "name").values())
    assert len(rows) == 11
    for r in rows:
        lat, lon = cited_point(r["source"])
        assert haversine_km(lat, lon, float(r["lat"]), float(r["lon"])) < 0.5, r.get("id") or r["name"]


@pytest.mark.parametrize("text, surface, country", [
    ("Lorries queued at the Rumichaca crossing near Ipiales.", "Rumichaca", "EC"),
    ("Boats from Lagos landed rice at Sèmè-Podji on Monday.", "Sèmè-Podji", "BJ"),
    ("Traders crossed into the Sokh enclave from Batken.", "Sokh", "UZ"),
    ("A patrol ship called at Resolute and Pond Inlet.", "Resolute", "CA"),
    ("A tanker reached Nanisivik from Iqaluit.", "Nanisivik", "CA"),
    ("Relief camps in Senapati and Ukhrul filled up.", "Senapati", "IN"),
    ("The road was blocked near Woreta, east of Lake Tana.", "Woreta", "ET"),
])
def test_the_new_names_read_their_places(gazetteer, text, surface, country):
    # (the surface may take the kind word after the name: "Rumichaca crossing")
    assert any(s.startswith(surface) for s, c, _ in _places(gazetteer, text) if c == country)


def test_resolute_support_is_no_place(gazetteer):
    # (near miss: the mission's name, capitalised 'Resolute' before another capitalised word)
    got = _places(gazetteer, "The NATO-led Resolute Support mission ended in Kabul.")
    assert not any(s.startswith("Resolute") for s, _, _ in got)
