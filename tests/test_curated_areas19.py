"""Valleys, gorges, glaciers, passes, lakes and regions of conflict theatres (gaz18): rows of
gazetteer/areas.csv citing the Wikipedia article whose coordinate they carry. Before them
`geomove geocode` answered no place for most of them, and for some a namesake on another
continent ('Galwan' read Galán in Colombia, 'Pamirs' Pamiers in France, 'Ogaden' Ogden in
Utah). The sentences are written for these tests."""

import csv
from pathlib import Path

import pytest

from geomove.mentions import places
from geomove.movements import extract

from placing import area_id as _area_id, best_answer as _best, places_by_surface as _found

AREAS = Path(__file__).resolve().parent.parent / "gazetteer" / "areas.csv"


def _rows():
    with open(AREAS, encoding="utf-8", newline="") as f:
        return {r["name"]: r for r in csv.DictReader(f)}


# (sentence, surface, row name, country the point lies in or None when it is on a border)
SOUTH_ASIA = [
    ("Chinese troops pulled back from the Galwan valley after the talks.", "Galwan valley", "Galwan Valley", None),
    ("Patrols on the north bank of Pangong Tso were suspended.", "Pangong Tso", "Pangong Tso", None),
    ("Two soldiers died in an avalanche on the Siachen Glacier.", "Siachen Glacier", "Siachen Glacier", "IN"),
    ("Road building on the Doklam plateau resumed in the spring.", "Doklam plateau", "Doklam", "BT"),
    ("Artillery was seen massing in the Chumbi Valley.", "Chumbi Valley", "Chumbi Valley", None),
    ("Trade resumed through the Lipulekh Pass and Nathu La.", "Nathu La", "Nathu La", None),
    ("Nepal protested the new road to Lipulekh.", "Lipulekh", "Lipulekh Pass", None),
    ("New Chinese posts were photographed in Aksai Chin.", "Aksai Chin", "Aksai Chin", None),
    ("Shelling was reported across the Neelum Valley on Tuesday.", "Neelum Valley", "Neelum Valley", "PK"),
    ("The army regained control of the Swat Valley in 2009.", "Swat Valley", "Swat Valley", "PK"),
    ("Families fled the Tirah valley after the clashes.", "Tirah valley", "Tirah", "PK"),
    ("The last outpost in the Korengal Valley was abandoned in 2010.", "Korengal Valley", "Korangal Valley", "AF"),
    ("Fighters slipped out of Tora Bora into Pakistan.", "Tora Bora", "Tora Bora", "AF"),
    ("Convoys crossed the Zoji La after the snow was cleared.", "Zoji La", "Zoji La", "IN"),
    ("A landslide closed the Sela Pass for two days.", "Sela Pass", "Sela Pass", "IN"),
    ("Posts on the Saltoro Ridge were shelled overnight.", "Saltoro Ridge", "Saltoro Mountains", None),
]
CENTRAL_ASIA_AND_CAUCASUS = [
    ("Water disputes flared again in the Fergana Valley.", "Fergana Valley", "Fergana Valley", None),
    ("Border guards were sent up into the Pamirs.", "Pamirs", "Pamir Mountains", "TJ"),
    ("Georgian police withdrew from the Kodori Gorge in August 2008.", "Kodori Gorge", "Kodori Valley", "GE"),
    ("Security forces raided a house in the Pankisi Gorge.", "Pankisi Gorge", "Pankisi Gorge", "GE"),
]
MIDDLE_EAST = [
    ("Hezbollah fired at positions in the Shebaa Farms.", "Shebaa Farms", "Shebaa Farms", None),
    ("Rebels in Eastern Ghouta agreed to a ceasefire.", "Eastern Ghouta", "Ghouta", "SY"),
    ("The offensive in the Qalamoun mountains entered its second week.", "Qalamoun mountains", "Qalamoun Mountains", "SY"),
    ("Christian families returned to the Nineveh Plains.", "Nineveh Plains", "Nineveh Plains", "IQ"),
    ("Israeli troops moved into the Jordan Valley at dawn.", "Jordan Valley", "Jordan Valley", None),
    ("Observers reported new positions on Mount Hermon.", "Mount Hermon", "Mount Hermon", None),
    ("Farmers were evacuated from the shore of the Dead Sea.", "Dead Sea", "Dead Sea", None),
    ("Islamic State cells hid in the Hamrin Mountains.", "Hamrin Mountains", "Hamrin Mountains", "IQ"),
]
AFRICA = [
    ("Boats carrying fighters crossed Lake Kivu at night.", "Lake Kivu", "Lake Kivu", None),
    ("Raiders crossed Lake Turkana in canoes.", "Lake Turkana", "Lake Turkana", "KE"),
    ("Fishermen on Lake Victoria were detained by marines.", "Lake Victoria", "Lake Victoria", None),
    ("Cattle raiders fled toward Mount Elgon.", "Mount Elgon", "Mount Elgon", None),
    ("Rebels retreated into the Tibesti Mountains.", "Tibesti Mountains", "Tibesti Mountains", "TD"),
    ("Troops pursued the column into the Ennedi.", "Ennedi", "Ennedi Plateau", "TD"),
    ("Gunmen attacked a convoy in the Aïr Mountains.", "Aïr Mountains", "Aïr Mountains", "NE"),
    ("French troops searched the valleys of the Adrar des Ifoghas.", "Adrar des Ifoghas", "Adrar des Ifoghas", "ML"),
    ("Police were deployed to the Ilemi Triangle.", "Ilemi Triangle", "Ilemi Triangle", None),
    ("Insurgents attacked an oil field in the Ogaden.", "Ogaden", "Ogaden", "ET"),
    ("Militias clashed in the Danakil Depression.", "Danakil Depression", "Danakil Depression", "ET"),
]
BLACK_SEA_AND_NORTH_AFRICA = [
    ("Marines landed on the Kinburn Spit overnight.", "Kinburn Spit", "Kinburn Spit", None),
    ("Trenches were dug along the Arabat Spit.", "Arabat Spit", "Arabat Spit", "UA"),
    ("Forces in Cyrenaica closed the oil ports.", "Cyrenaica", "Cyrenaica", None),
    ("Fighters came down from the Jebel Nafusa toward the coast.", "Jebel Nafusa", "Nafusa Mountains", "LY"),
    ("Protests spread across Kabylie after the arrests.", "Kabylie", "Kabylia", "DZ"),
    ("Columns fought their way into the Rif in 1921.", "Rif", "Rif", "MA"),
]
ALL = SOUTH_ASIA + CENTRAL_ASIA_AND_CAUCASUS + MIDDLE_EAST + AFRICA + BLACK_SEA_AND_NORTH_AFRICA


@pytest.mark.parametrize("text, surface, name, country", ALL)
def test_a_report_names_the_area_and_it_is_placed_on_its_row(gazetteer, text, surface, name, country):
    m = _found(text, gazetteer)[surface]
    row = _rows()[name]
    assert m["gazetteer_id"] == _area_id(name)
    assert (m["lat"], m["lon"]) == (float(row["lat"]), float(row["lon"]))
    assert m["uncertainty_km"] == float(row["uncertainty_km"])
    if country:
        assert m["country"] == country


@pytest.mark.parametrize("text, origin, name", [
    ("The Indian Army moved a brigade from Leh to the Galwan valley.", "Leh", "Galwan Valley"),
    ("Russian troops moved from Sukhumi into the Kodori Gorge on Tuesday.", "Sokhumi", "Kodori Valley"),
    ("The army sent two battalions from Peshawar to the Tirah valley.", "Peshawar", "Tirah"),
])
def test_a_movement_to_a_valley_keeps_its_destination(gazetteer, text, origin, name):
    (move,) = extract(text, gazetteer=gazetteer, published="2025-03-10")
    p = move["properties"]
    assert p["origin"]["name"] == origin
    assert p["destination"]["gazetteer_id"] == _area_id(name)


@pytest.mark.parametrize("name, row", [
    ("Galwan", "Galwan Valley"),      # read Galán, a village in Colombia
    ("Pamirs", "Pamir Mountains"),    # read Pamiers, France
    ("Ogaden", "Ogaden"),             # read Ogden, Utah
    ("Tirah", "Tirah"),               # read Tirat Karmel, Israel
    ("Ghouta", "Ghouta"),             # read Kolárovo, Slovakia
    ("Siachen", "Siachen Glacier"),
    ("Korengal", "Korangal Valley"),
])
def test_geocode_answers_the_area_not_a_namesake_elsewhere(gazetteer, name, row):
    best = _best(gazetteer, name)
    assert best is not None and best["gazetteer_id"] == _area_id(row)


@pytest.mark.parametrize("text, surface, country, not_area", [
    # the country keeps its name beside the valley
    ("Jordan closed its border crossing with Syria.", "Jordan", "JO", "Jordan Valley"),
    # the village of Galán keeps its own spelling in a Colombian text
    ("The mayor of Galán, Santander, resigned.", "Galán", "CO", "Galwan Valley"),
    ("Farmers protested in Pamiers, in the Ariège.", "Pamiers", "FR", "Pamir Mountains"),
    ("The plant in Ogden, Utah, closed.", "Ogden", "US", "Ogaden"),
    # a bare 'Hermon' is the mountain only after 'the'; the Maine and Virginia villages stay
    ("He grew up in Hermon and moved to Bangor.", "Hermon", "US", "Mount Hermon"),
    ("She lives in Mount Hermon, Virginia.", "Mount Hermon", "US", "Mount Hermon"),
    # the province, county, governorate, town and district keep their bare names
    ("Floods cut the roads of Tibesti last week.", "Tibesti", "TD", "Tibesti Mountains"),
    ("Drought hit Turkana hard that season.", "Turkana", "KE", "Lake Turkana"),
    ("Voting was delayed in Nineveh.", "Nineveh", "IQ", "Nineveh Plains"),
    ("Police reinforced checkpoints in Argun.", "Argun", "RU", None),
    # 'Rif' alone is the Moroccan region only after 'the': Rif Dimashq stays the governorate
    ("Shelling hit Rif Dimashq again.", "Rif Dimashq", "SY", "Rif"),
])
def test_a_namesake_keeps_its_own_place(gazetteer, text, surface, country, not_area):
    m = _found(text, gazetteer)[surface]
    assert m["country"] == country
    assert not m["gazetteer_id"].startswith("geomove-area:")
    if not_area:
        assert m["gazetteer_id"] != _area_id(not_area)


def test_swat_police_teams_are_no_valley_in_pakistan(gazetteer):
    for text in ("A police SWAT team raided the house.", "SWAT teams surrounded the building in Houston."):
        for m in places(text, gazetteer=gazetteer):
            assert m["gazetteer_id"] != _area_id("Swat Valley") and m.get("country") != "PK", (text, m)


def test_the_hermon_after_the_is_the_mountain(gazetteer):
    m = _found("Snow closed the roads on the Hermon for a week.", gazetteer)["Hermon"]
    assert m["gazetteer_id"] == _area_id("Mount Hermon")


def test_each_new_row_cites_a_wikipedia_article_and_its_licence():
    new = [r for r in _rows().values() if r["name"] in {n for *_, n, _c in ALL}]
    assert len(new) >= 45
    for r in new:
        assert ".wikipedia '" in r["source"] and "(https://" in r["source"], r["name"]
        assert r["licence"] == "CC BY-SA 4.0" and r["note"], r["name"]
        # a radius is the feature's own size: only Cyrenaica (all of eastern Libya) is wider
        assert r["kind"] == "region" and float(r["uncertainty_km"]) <= (600 if r["name"] == "Cyrenaica" else 250), r["name"]
