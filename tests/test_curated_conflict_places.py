"""Places of today's conflict theatres in Africa, the Americas and Asia that GeoNames cities500
lacks (no population recorded, or a base, camp, crossing, reef or prison rather than a town):
gazetteer/features.csv rows added for them, each citing the Wikipedia article and the coordinate
as the article gives it. Before these rows, 'Liboi', 'Hombori', 'Sevare', 'Nyoma',
'Camp Bondsteel' or 'Torkham' answered no place at all. The sentences below were written for
these tests."""

import math
import re

import pytest

from geomove.mentions import find_mentions
from geomove.movements import extract

from placing import cited_point, feature_rows, km

# the rows this file is about (a test below checks each against the coordinate its source cites)
ROWS = ["kitchanga", "minova", "bisie-mine", "liboi", "baledogle-airfield", "hombori",
        "nampala", "barsalogho", "nyoma", "daulat-beg-oldi", "torkham-crossing",
        "camp-bondsteel", "second-thomas-shoal", "scarborough-shoal", "mischief-reef", "sevare",
        "kolofata", "zalambessa", "soto-cano-air-base", "cecot-prison", "tocoron-prison", "paletwa",
        "angoor-adda", "fiery-cross-reef", "woody-island-paracels", "camp-humphreys",
        "joint-security-area", "yeonpyeong-island", "guerguerat", "madama", "seytenga", "demchok"]


rows = feature_rows


# ------------------------------------------------------------------ the data cites its point

def test_the_point_parser_reads_the_forms_the_articles_use():
    assert cited_point("x (u): 1° 25′ 50″ S, 28° 04′ 31″ E") == pytest.approx((-1.43056, 28.07528), abs=1e-4)
    assert cited_point("x (u): 15° 04′ 30″ nord, 2° 13′ 16″ ouest") == pytest.approx((15.075, -2.22111), abs=1e-4)
    assert cited_point("x (u): 11° 10′ N, 14° 1′ O") == pytest.approx((11.16667, 14.01667), abs=1e-4)
    assert cited_point("x (u): 42°21.94′N 21°14.9′E") == pytest.approx((42.36567, 21.24833), abs=1e-4)


@pytest.mark.parametrize("ident", ROWS)
def test_each_row_is_the_point_its_wikipedia_article_gives(ident):
    r = rows()[ident]
    assert re.match(r"(en|fr|de|es|pt)\.wikipedia '[^']+' \(https://(en|fr|de|es|pt)\.wikipedia\.org/wiki/",
                    r["source"]), r["source"]
    assert r["licence"] == "CC BY-SA 4.0"
    assert r["kind"] and r["country"] and r["admin1"] and float(r["uncertainty_km"]) >= 1
    lat, lon = cited_point(r["source"])
    assert km((float(r["lat"]), float(r["lon"])), (lat, lon)) < 0.5, (ident, lat, lon)


def test_the_new_rows_lie_in_their_country_boxes():
    """A sign slip (the English Kolofata article marks its longitude W) would put a row on
    another continent: rough boxes per country catch it."""
    boxes = {"CD": (-14, 6, 12, 32), "ML": (10, 25, -13, 5), "BF": (9, 16, -6, 3), "KE": (-5, 5, 33, 42),
             "SO": (-2, 12, 40, 52), "IN": (6, 37, 68, 98), "PK": (23, 38, 60, 78), "XK": (41.8, 43.3, 20, 21.8),
             "PH": (4, 21, 114, 127), "CN": (8, 54, 73, 135), "CM": (1, 13.5, 8, 17), "ET": (3, 15, 33, 48),
             "HN": (12.9, 16.6, -89.5, -83), "SV": (13, 14.5, -90.2, -87.6), "VE": (0.5, 12.5, -73.5, -59.5),
             "MM": (9, 29, 92, 101.5), "KR": (33, 39, 124, 132),
             "EH": (20.7, 27.7, -17.2, -8.6), "NE": (11.6, 23.6, 0, 16)}
    for ident in ROWS:
        r = rows()[ident]
        s, n, w, e = boxes[r["country"]]
        assert s <= float(r["lat"]) <= n and w <= float(r["lon"]) <= e, ident


# ------------------------------------------------------------------ names reports use

@pytest.mark.parametrize("name, ident", [
    ("Kitshanga", "kitchanga"),
    ("Kitchanga", "kitchanga"),
    ("Minova", "minova"),
    ("Bisie mine", "bisie-mine"),
    ("Liboi", "liboi"),
    ("Baledogle", "baledogle-airfield"),
    ("Baledogle air base", "baledogle-airfield"),
    ("Hombori", "hombori"),
    ("Sevare", "sevare"),
    ("Sévaré", "sevare"),
    ("Nampala", "nampala"),
    ("Barsalogho", "barsalogho"),
    ("Nyoma", "nyoma"),
    ("Daulat Beg Oldi", "daulat-beg-oldi"),
    ("Torkham", "torkham-crossing"),
    ("Torkham border crossing", "torkham-crossing"),
    ("Angoor Adda", "angoor-adda"),
    ("Angur Ada", "angoor-adda"),
    ("Camp Bondsteel", "camp-bondsteel"),
    ("Camp Humphreys", "camp-humphreys"),
    ("Second Thomas Shoal", "second-thomas-shoal"),
    ("Ayungin Shoal", "second-thomas-shoal"),
    ("Scarborough Shoal", "scarborough-shoal"),
    ("Huangyan Island", "scarborough-shoal"),
    ("Mischief Reef", "mischief-reef"),
    ("Fiery Cross Reef", "fiery-cross-reef"),
    ("Yongxing Island", "woody-island-paracels"),
    ("Panmunjom", "joint-security-area"),
    ("Yeonpyeong Island", "yeonpyeong-island"),
    ("Kolofata", "kolofata"),
    ("Zalambessa", "zalambessa"),
    ("Soto Cano", "soto-cano-air-base"),
    ("Palmerola", "soto-cano-air-base"),
    ("CECOT", "cecot-prison"),
    ("Tocorón prison", "tocoron-prison"),
    ("Paletwa", "paletwa"),
    ("Guerguerat", "guerguerat"),
    ("Fort Madama", "madama"),
    ("Seytenga", "seytenga"),
    ("Demchok", "demchok"),
])
def test_the_name_reports_use_answers_the_row(gazetteer, name, ident):
    top = gazetteer.candidates(name, limit=1)[0]
    assert top["gazetteer_id"] == f"curated:{ident}", (name, top["name"], top["country"])
    assert top["score"] >= 0.55  # above the "no place" bar: geocode answers it


def test_mai_kadra_is_the_geonames_town_under_the_name_reports_use(gazetteer):
    top = gazetteer.candidates("Mai Kadra", limit=1)[0]
    assert top["gazetteer_id"] == "geonames:12640446" and top["score"] >= 0.55
    assert km((top["lat"], top["lon"]), (14.07, 36.5675)) < 1  # en.wikipedia 'Mai Kadra'


# ------------------------------------------------------------------ in running text

@pytest.mark.parametrize("text, expected", [
    ("Displaced families from Kitshanga and Minova crowded into the camps around Goma.",
     {"Kitshanga": "kitchanga", "Minova": "minova"}),
    ("Somali refugees crossed at Liboi and were bused to the Dadaab camps.", {"Liboi": "liboi"}),
    ("Malian troops and Russian instructors drove from Sevare to Hombori and then on to Gossi.",
     {"Sevare": "sevare", "Hombori": "hombori"}),
    ("Indian Air Force C-130J transports landed at Nyoma and at Daulat Beg Oldi during the exercise.",
     {"Nyoma": "nyoma", "Daulat Beg Oldi": "daulat-beg-oldi"}),
    ("Trucks queued for three days at Torkham before the crossing reopened to traffic bound for Jalalabad.",
     {"Torkham": "torkham-crossing"}),
    ("Chinese coast guard ships blocked a resupply mission to Ayungin Shoal, west of Palawan.",
     {"Ayungin Shoal": "second-thomas-shoal"}),
    ("Honduran and US helicopters flew from Soto Cano to the flooded north coast near La Ceiba.",
     {"Soto Cano": "soto-cano-air-base"}),
    ("Venezuelan soldiers retook the Tocorón prison in Aragua state after a two-day operation.",
     {"Tocorón": "tocoron-prison"}),
    ("North Korean artillery shelled Yeonpyeong Island, and marines on the island fired back.",
     {"Yeonpyeong Island": "yeonpyeong-island"}),
    ("Boko Haram fighters attacked the army base at Kolofata, near the border with Nigeria.",
     {"Kolofata": "kolofata"}),
    ("Ethiopian troops withdrew from Zalambessa, and the road to Adigrat reopened.",
     {"Zalambessa": "zalambessa"}),
    ("Arakan Army fighters took Paletwa on the Kaladan river after weeks of fighting.", {"Paletwa": "paletwa"}),
    ("Taliban border guards closed Angoor Adda after clashes with Pakistani troops in South Waziristan.",
     {"Angoor Adda": "angoor-adda"}),
    ("US soldiers from Camp Bondsteel patrolled the road to Ferizaj.", {"Camp Bondsteel": "camp-bondsteel"}),
    ("China landed a transport aircraft on Fiery Cross Reef and on Woody Island in the Paracels.",
     {"Fiery Cross Reef": "fiery-cross-reef", "Woody Island": "woody-island-paracels"}),
    ("French helicopters left Madama for Dirkou as Niger's army took over the post near the Libyan border.",
     {"Madama": "madama"}),
    ("Polisario fighters blocked the road at Guerguerat, halting trucks bound for Nouadhibou.",
     {"Guerguerat": "guerguerat"}),
    ("Survivors of the attack on Seytenga fled to Dori.", {"Seytenga": "seytenga"}),
    ("Indian and Chinese troops pulled back from Demchok after talks.", {"Demchok": "demchok"}),
])
def test_a_place_named_in_a_sentence_is_read_as_its_row(gazetteer, text, expected):
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    for surface, ident in expected.items():
        assert surface in found, (surface, sorted(found))
        assert found[surface]["gazetteer_id"] == f"curated:{ident}", found[surface]


def test_a_convoy_from_sevare_to_hombori_is_one_movement_between_the_rows(gazetteer):
    text = "A convoy of 40 Malian army vehicles left Sévaré for Hombori on Monday."
    (move,) = extract(text, gazetteer=gazetteer, published="2025-03-10")
    p = move["properties"]
    assert p["origin"]["gazetteer_id"] == "curated:sevare"
    assert p["destination"]["gazetteer_id"] == "curated:hombori"
    (lon0, lat0), (lon1, lat1) = move["geometry"]["coordinates"][0], move["geometry"]["coordinates"][-1]
    assert 250 < km((lat0, lon0), (lat1, lon1)) < 290  # Sévaré to Hombori, ~270 km east-north-east


# ------------------------------------------------------------------ namesakes keep their place

def test_madama_in_the_west_bank_stays_the_palestinian_village(gazetteer):
    """The Niger post carries importance 0.4, below the village's: a bare 'Madama' and a West
    Bank text keep the village; a Niger text (above) or a kind word reads the post."""
    assert gazetteer.candidates("Madama", limit=1)[0]["country"] == "PS"
    text = "Settlers set fire to cars in Madama, south of Nablus, Palestinian officials said."
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert found["Madama"]["country"] == "PS"


def test_a_bare_scarborough_stays_the_english_town(gazetteer):
    assert gazetteer.candidates("Scarborough", limit=1)[0]["country"] == "GB"
    text = "Flooding closed the coast road between Whitby and Scarborough on Friday."
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert found["Scarborough"]["country"] == "GB"


def test_sake_and_kanyabayonga_still_answer_their_geonames_towns(gazetteer):
    """Towns of the same front that GeoNames already had keep their own rows."""
    for name in ("Sake", "Kanyabayonga", "Goma"):
        top = gazetteer.candidates(name, limit=1)[0]
        assert top["country"] == "CD" and top["gazetteer_id"].startswith("geonames:"), (name, top)


def test_the_west_longitude_of_a_kolofata_copy_is_not_copied():
    r = rows()["kolofata"]
    assert float(r["lon"]) > 0 and "marked W" in r["note"]
    assert not math.isclose(float(r["lon"]), -14.0128, abs_tol=0.5)
