"""Straits, channels, passes, seas and towns that conflict reports name and the index lacked
(gaz19): rows of gazetteer/areas.csv and gazetteer/features.csv citing the Wikipedia article whose
coordinate they carry. Before them `geomove geocode` answered no place for most of them ('Tsugaru
Strait', 'Malacca Strait', 'Khyber Pass', 'Bay of Bengal', 'Souda Bay', 'Seiyun') and a namesake
elsewhere for others ('Mambasa' read Mombasa in Kenya even beside 'Ituri', a bare 'Bagram' a
village in Iran, 'the Dardanelles' the city of Canakkale). The sentences are written for these tests."""

import csv
import math
import re
from pathlib import Path

import pytest

from geomove.distance import haversine_km
from geomove.mentions import places
from geomove.movements import extract

from placing import area_id as _area_id, best_answer as _best, cited_point, places_by_surface as _found

DATA = Path(__file__).resolve().parent.parent / "gazetteer"
STRAITS = ["Tsugaru Strait", "Dardanelles", "Bashi Channel", "Lombok Strait", "Sunda Strait", "Luzon Strait",
           "Korea Strait", "Strait of Otranto", "Makassar Strait", "Mozambique Channel", "Windward Passage",
           "Strait of Sicily", "Strait of Malacca", "Straits of Tiran", "La Pérouse Strait", "Bering Strait",
           "Singapore Strait"]
PASSES = ["Khyber Pass", "Salang Pass", "Khunjerab Pass"]
RIVERS = ["Shatt al-Arab"]
SEAS = ["Gulf of Guinea", "Bay of Bengal", "Andaman Sea", "Yellow Sea", "Philippine Sea", "Caribbean Sea",
        "Barents Sea", "Gulf of Finland", "Sulu Sea", "Celebes Sea", "Sea of Okhotsk", "Gulf of Sirte"]
FEATURES = ["seiyun", "souda-bay-naval-base", "kasindi", "mambasa", "bagram"]


def _table(name, key):
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return {r[key]: r for r in csv.DictReader(f)}


def test_the_parser_reads_the_forms_the_rows_cite():
    assert cited_point("x (u): 1° 21′ 37″ N, 29° 02′ 07″ E") == pytest.approx((1.36028, 29.03528), abs=1e-4)
    assert cited_point("x (u): 8°46′S 115°44′E") == pytest.approx((-8.76667, 115.73333), abs=1e-4)
    assert cited_point("x (u): 20°N 74°W") == pytest.approx((20.0, -74.0), abs=1e-4)


@pytest.mark.parametrize("name", STRAITS + PASSES + SEAS + RIVERS)
def test_each_area_row_is_the_point_its_article_gives(name):
    r = _table("areas.csv", "name")[name]
    assert re.match(r"(en|de|simple)\.wikipedia '[^']+' \(https://(en|de|simple)\.wikipedia\.org/wiki/", r["source"])
    assert r["licence"] == "CC BY-SA 4.0" and r["note"]
    lat, lon = cited_point(r["source"])
    assert haversine_km(float(r["lat"]), float(r["lon"]), lat, lon) < 0.5
    kind = ("strait" if name in STRAITS else "region" if name in PASSES else "river" if name in RIVERS
            else "sea")
    assert r["kind"] == kind
    # a radius is the area's own size: a pass a few km, a strait its length, a sea its extent
    assert 0 < float(r["uncertainty_km"]) <= {"strait": 1000, "region": 30, "sea": 1400, "river": 250}[kind]


@pytest.mark.parametrize("ident", FEATURES)
def test_each_feature_row_is_the_point_its_article_gives_and_lies_in_its_country(gazetteer, ident):
    r = _table("features.csv", "id")[ident]
    assert re.match(r"(en|fr)\.wikipedia '[^']+' \(https://(en|fr)\.wikipedia\.org/wiki/", r["source"])
    assert r["licence"] == "CC BY-SA 4.0" and r["note"]
    lat, lon = cited_point(r["source"])
    assert haversine_km(float(r["lat"]), float(r["lon"]), lat, lon) < 0.5
    assert r["country"] in _countries_near(gazetteer, float(r["lat"]), float(r["lon"]))


def _countries_near(gazetteer, lat, lon, km=2.0):
    """The country at the point, and at eight points km around it: the naval base stands on the
    shore of Souda Bay, which the country layer draws as sea for a km or two."""
    found = {gazetteer.country_at(lat, lon)}
    for b in range(0, 360, 45):
        found.add(gazetteer.country_at(lat + km / 111 * math.cos(math.radians(b)),
                                       lon + km / 111 / math.cos(math.radians(lat)) * math.sin(math.radians(b))))
    return found - {None}


# (sentence, surface, area row)
WATERS = [
    ("Chinese and Russian destroyers sailed east through the Tsugaru Strait overnight.", "Tsugaru Strait", "Tsugaru Strait"),
    ("A Russian landing ship passed through the Dardanelles into the Aegean.", "Dardanelles", "Dardanelles"),
    ("Ottoman guns covered the Hellespont in 1915.", "Hellespont", "Dardanelles"),
    ("A Taiwanese frigate shadowed the carrier through the Bashi Channel.", "Bashi Channel", "Bashi Channel"),
    ("Two frigates transited the Luzon Strait on Friday.", "Luzon Strait", "Luzon Strait"),
    ("The submarine slipped through the Lombok Strait into the Indian Ocean.", "Lombok Strait", "Lombok Strait"),
    ("A ferry caught fire in the Sunda Strait near Merak.", "Sunda Strait", "Sunda Strait"),
    ("Japanese patrol planes tracked the flotilla in the Tsushima Strait.", "Tsushima Strait", "Korea Strait"),
    ("Coast guard cutters searched the Strait of Otranto for the dinghy.", "Strait of Otranto", "Strait of Otranto"),
    ("The tanker anchored in the Makassar Strait off Balikpapan.", "Makassar Strait", "Makassar Strait"),
    ("Insurgent boats were seen in the Mozambique Channel off Cabo Delgado.", "Mozambique Channel", "Mozambique Channel"),
    ("Cutters stopped a sailboat of Haitian migrants in the Windward Passage.", "Windward Passage", "Windward Passage"),
    ("Rescuers reached the overturned boat in the Strait of Sicily.", "Strait of Sicily", "Strait of Sicily"),
    ("Pirates boarded a bulk carrier in the Malacca Strait at night.", "Malacca Strait", "Strait of Malacca"),
    ("Egypt once closed the Straits of Tiran to ships bound for Eilat.", "Straits of Tiran", "Straits of Tiran"),
    ("Rohingya boats drifted for weeks in the Andaman Sea.", "Andaman Sea", "Andaman Sea"),
    ("The cyclone crossed the Bay of Bengal towards Chittagong.", "Bay of Bengal", "Bay of Bengal"),
    ("Kidnappers seized eight sailors in the Gulf of Guinea.", "Gulf of Guinea", "Gulf of Guinea"),
    ("North Korean shells landed in the Yellow Sea.", "Yellow Sea", "Yellow Sea"),
    ("The carrier group exercised in the Philippine Sea.", "Philippine Sea", "Philippine Sea"),
    ("American warships gathered in the Caribbean Sea off Venezuela.", "Caribbean Sea", "Caribbean Sea"),
    ("The Northern Fleet held drills in the Barents Sea.", "Barents Sea", "Barents Sea"),
    ("Russian and Chinese warships sailed east through the La Perouse Strait.", "La Perouse Strait", "La Pérouse Strait"),
    ("Two bombers were intercepted over the Bering Strait.", "Bering Strait", "Bering Strait"),
    ("A tanker collided with a bulk carrier in the Singapore Strait.", "Singapore Strait", "Singapore Strait"),
    ("Border guards boarded a tanker in the Gulf of Finland.", "Gulf of Finland", "Gulf of Finland"),
    ("Gunmen seized fishermen in the Sulu Sea and sailed into the Celebes Sea.", "Sulu Sea", "Sulu Sea"),
    ("Gunmen seized fishermen in the Sulu Sea and sailed into the Celebes Sea.", "Celebes Sea", "Celebes Sea"),
    ("The Pacific Fleet held drills in the Sea of Okhotsk.", "Sea of Okhotsk", "Sea of Okhotsk"),
    ("Two Libyan jets were shot down over the Gulf of Sidra.", "Gulf of Sidra", "Gulf of Sirte"),
    ("Iranian boats seized eight sailors in the Shatt al-Arab.", "Shatt al-Arab", "Shatt al-Arab"),
    ("Gunboats patrolled the Arvand Rud at night.", "Arvand Rud", "Shatt al-Arab"),
]
PASSES_IN_TEXT = [
    ("Militants ambushed a supply convoy in the Khyber Pass.", "Khyber Pass", "Khyber Pass", "PK"),
    ("Snow closed the Salang Pass for the third day.", "Salang Pass", "Salang Pass", "AF"),
    ("Lorries were stuck for hours in the Salang Tunnel.", "Salang Tunnel", "Salang Pass", "AF"),
    # the pass is on the border; the point falls on the Chinese side of the line
    ("Trucks crossed the Khunjerab Pass into Xinjiang.", "Khunjerab Pass", "Khunjerab Pass", "CN"),
]


@pytest.mark.parametrize("text, surface, name", WATERS)
def test_a_report_names_the_water_and_it_is_placed_on_its_row(gazetteer, text, surface, name):
    m = _found(text, gazetteer)[surface]
    row = _table("areas.csv", "name")[name]
    assert m["gazetteer_id"] == _area_id(name)
    assert (m["lat"], m["lon"]) == (float(row["lat"]), float(row["lon"]))
    assert m["uncertainty_km"] == float(row["uncertainty_km"])


@pytest.mark.parametrize("text, surface, name, country", PASSES_IN_TEXT)
def test_a_report_names_the_pass_and_it_is_placed_in_its_country(gazetteer, text, surface, name, country):
    m = _found(text, gazetteer)[surface]
    assert m["gazetteer_id"] == _area_id(name) and m["country"] == country


@pytest.mark.parametrize("text, surface, ident, country", [
    ("Trucks queued at Kasindi before crossing into Uganda.", "Kasindi", "kasindi", "CD"),
    ("ADF fighters attacked Mambasa in Ituri on Monday.", "Mambasa", "mambasa", "CD"),
    ("Saudi-backed forces entered Seiyun, the main city of the Hadramawt valley.", "Seiyun", "seiyun", "YE"),
    ("Drones struck the airport at Say'un.", "Say'un", "seiyun", "YE"),
    ("A US destroyer docked at Souda Bay, Crete.", "Souda Bay", "souda-bay-naval-base", "GR"),
    # a bare 'Bagram' read Bahram, a village in Iran, when no Afghan word stood near it
    ("US troops flew out of Bagram on Friday.", "Bagram", "bagram", "AF"),
])
def test_a_report_names_the_town_or_base_and_reads_its_row(gazetteer, text, surface, ident, country):
    m = _found(text, gazetteer)[surface]
    assert m["gazetteer_id"] == f"curated:{ident}" and m["country"] == country


@pytest.mark.parametrize("name, row", [
    # no place before (the best candidate, under the bar, in brackets)
    ("Tsugaru Strait", "geomove-area:tsugaru-strait"),
    ("Malacca Strait", "geomove-area:strait-of-malacca"),     # (Okres Malacky, Slovakia)
    ("Strait of Malacca", "geomove-area:strait-of-malacca"),
    ("Khyber Pass", "geomove-area:khyber-pass"),
    ("Bay of Bengal", "geomove-area:bay-of-bengal"),
    ("Souda Bay", "curated:souda-bay-naval-base"),            # (Soda Bay, California)
    ("Seiyun", "curated:seiyun"),                             # (Hashatjin, Iran)
    ("Kasindi", "curated:kasindi"),                           # (Kasanda, Uganda)
    ("Bering Strait", "geomove-area:bering-strait"),          # (Bierutow, Poland)
    # a namesake before
    ("Bagram", "curated:bagram"),                             # Bahram, a village in Iran
    ("Dardanelles", "geomove-area:dardanelles"),              # the city of Canakkale
])
def test_geocode_answers_the_row_not_a_namesake_elsewhere(gazetteer, name, row):
    best = _best(gazetteer, name)
    assert best is not None and best["gazetteer_id"] == row


@pytest.mark.parametrize("text, surface, country", [
    # the places a row is named after keep their own names
    ("The mayor of Tsugaru opened the apple festival.", "Tsugaru", "JP"),
    ("The ferry from Çanakkale to Eceabat was cancelled.", "Çanakkale", "TR"),
    ("He grew up in Dardanelle, Arkansas.", "Dardanelle", "US"),
    ("Tribal elders met in Khyber to discuss the curfew.", "Khyber", "PK"),
    ("Floods cut the road in Salang district.", "Salang", "AF"),
    ("The ferry left Souda for Piraeus.", "Souda", "GR"),
    ("The ferry from Mombasa reached Lamu.", "Mombasa", "KE"),
    ("Tourists crowded the old town of Malacca.", "Malacca", "MY"),
    # Naval Station Rota (places19) and its town are untouched
    ("The destroyer returned to Rota in Spain.", "Rota", "ES"),
    ("He was born in Bahram, near Tabriz.", "Bahram", "IR"),
    ("The ferry reached Okhotsk in July.", "Okhotsk", "RU"),
    ("Fighting resumed near Sirte on Monday.", "Sirte", "LY"),
])
def test_a_namesake_keeps_its_own_place(gazetteer, text, surface, country):
    m = _found(text, gazetteer)[surface]
    assert m["country"] == country
    assert not m["gazetteer_id"].startswith("geomove-area:")
    assert m["gazetteer_id"] not in {f"curated:{i}" for i in FEATURES}


@pytest.mark.parametrize("text", [
    "US troops left Bagram airbase on Friday.",
    "The Taliban took over Bagram Airfield after the withdrawal.",
    "US troops flew out of Bagram Air Base on Friday.",
])
def test_the_air_base_keeps_its_names_beside_the_town(gazetteer, text):
    (m,) = [m for m in places(text, gazetteer=gazetteer) if m["surface"].startswith("Bagram")]
    assert m["gazetteer_id"] == "airport:OAIX"


def test_the_west_philippine_sea_is_the_south_china_sea_not_the_philippine_sea(gazetteer):
    m = _found("Chinese coast guard ships blocked a resupply run in the West Philippine Sea.", gazetteer)
    assert m["West Philippine Sea"]["gazetteer_id"] == "geomove-area:south-china-sea"


def test_a_bare_caribbean_stays_the_region(gazetteer):
    m = _found("Hurricanes hit the Caribbean hard that year.", gazetteer)["Caribbean"]
    assert m["gazetteer_id"] == "geomove-area:caribbean"


@pytest.mark.parametrize("text", [
    "The bill's passage through parliament was delayed again.",
    "He switched the channel to the evening news.",
    "The yellow trucks and the straits of the budget worried the mayor.",
])
def test_common_words_make_no_place(gazetteer, text):
    assert not [m for m in places(text, gazetteer=gazetteer)
                if m["gazetteer_id"].startswith("geomove-area:") or m["gazetteer_id"].startswith("curated:")]


@pytest.mark.parametrize("text, origin, destination, via", [
    ("The army sent two battalions from Peshawar to the Khyber Pass.", "geonames:1168197", "geomove-area:khyber-pass", None),
    ("A Russian frigate sailed from Sevastopol through the Dardanelles to Tartus.", None, None, "geomove-area:dardanelles"),
    ("Taliban fighters drove from Kabul through the Salang Pass to Mazar-i-Sharif.", None, None, "geomove-area:salang-pass"),
    ("Ugandan troops moved from Mpondwe to Kasindi on Monday.", None, "curated:kasindi", None),
])
def test_a_movement_through_or_to_the_new_rows(gazetteer, text, origin, destination, via):
    (move,) = extract(text, gazetteer=gazetteer, published="2025-03-10")
    p = move["properties"]
    if origin:
        assert p["origin"]["gazetteer_id"] == origin
    if destination:
        assert p["destination"]["gazetteer_id"] == destination
    if via:
        assert via in [v["gazetteer_id"] for v in p.get("via") or []]
