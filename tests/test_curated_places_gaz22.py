"""gaz22: bases written with their service designator ('RAAF Base Tindal', 'NAS Sigonella',
'MCAS Iwakuni', 'Andersen AFB', 'JB Pearl Harbor-Hickam'; gazetteer.kinds.SERVICE_FORMS), which
answered no place though the index holds each base under another spelling, and curated rows of
places reports name that the index lacked. Each row cites the Wikipedia article whose coordinate
it carries. The sentences are our own."""

import csv
import re

import pytest

from geomove.distance import haversine_km
from geomove.gazetteer import country_at
from geomove.gazetteer.kinds import split_kind, split_service, spelled_service

from placing import FEATURES, area_id, best_answer, cited_point, feature_rows as rows, first_mention as _first, places_by_surface

FEATURES_AREAS = FEATURES.with_name("areas.csv")


# ------------------------------------------------------------------ the construction

@pytest.mark.parametrize("name, core", [
    ("RAAF Base Tindal", "Tindal"), ("NAS Sigonella", "Sigonella"), ("Naval Air Station Sigonella", "Sigonella"),
    ("MCAS Iwakuni", "Iwakuni"), ("Andersen AFB", "Andersen"), ("Andersen Air Force Base", "Andersen"),
    ("JB Pearl Harbor-Hickam", "Pearl Harbor-Hickam"), ("RAF Akrotiri", "Akrotiri"),
    ("CFB Trenton", "Trenton"), ("Iwakuni Marine Corps Air Station", "Iwakuni"),
])
def test_a_service_designator_says_a_base(name, core):
    assert split_kind(name) == (core, "base")


@pytest.mark.parametrize("name", [
    "Tindal", "Camp", "Joint Base", "NAS", "Nas Bauk", "Jb Smith", "Pine Gap", "Air Force Base",
])
def test_other_names_have_no_designator(name):
    # the abbreviations only in capitals, and never a designator alone
    assert split_service(name) is None


def test_an_abbreviation_is_asked_written_out():
    assert spelled_service("JB Pearl Harbor-Hickam") == "Joint Base Pearl Harbor-Hickam"
    assert spelled_service("Andersen AFB") == "Andersen Air Force Base"
    assert spelled_service("NAS Sigonella") == "Naval Air Station Sigonella"
    assert spelled_service("RAF Akrotiri") == "RAF Akrotiri"  # reports write RAF, the index too
    assert spelled_service("Aleppo") == "Aleppo"


@pytest.mark.parametrize("name, ident", [
    ("RAAF Base Tindal", "airport:YPTN"), ("NAS Sigonella", "airport:LICZ"),
    ("Naval Air Station Sigonella", "airport:LICZ"), ("MCAS Iwakuni", "airport:RJOI"),
    ("Andersen AFB", "airport:PGUA"), ("Andersen Air Force Base", "airport:PGUA"),
    ("JB Pearl Harbor-Hickam", "geonames:10173805"), ("Joint Base Pearl Harbor-Hickam", "geonames:10173805"),
    ("RAF Akrotiri", "airport:LCRA"), ("Camp Lemonnier", "curated:camp-lemonnier"), ("Pine Gap", "curated:pine-gap"),
])
def test_geocode_answers_the_base(gazetteer, name, ident):
    top = best_answer(gazetteer, name)
    assert top is not None and top["gazetteer_id"] == ident, (name, top and top["gazetteer_id"])


BASES_TEXT = (
    "Two American bombers landed at RAAF Base Tindal after a night flight. A patrol aircraft took off "
    "from NAS Sigonella, and a second one left Naval Air Station Sigonella an hour later. The squadron "
    "moved its jets to MCAS Iwakuni. Tankers refuelled at Andersen AFB before the exercise; more arrived "
    "at Andersen Air Force Base on Sunday. The destroyer sailed from JB Pearl Harbor-Hickam. Tornados "
    "flew from RAF Akrotiri and a drone from Camp Lemonnier. Activists camped outside Pine Gap."
)


@pytest.mark.parametrize("surface, ident", [
    ("RAAF Base Tindal", "airport:YPTN"), ("NAS Sigonella", "airport:LICZ"),
    ("Naval Air Station Sigonella", "airport:LICZ"), ("MCAS Iwakuni", "airport:RJOI"),
    ("Andersen AFB", "airport:PGUA"), ("Andersen Air Force Base", "airport:PGUA"),
    ("JB Pearl Harbor-Hickam", "geonames:10173805"), ("RAF Akrotiri", "airport:LCRA"),
    ("Camp Lemonnier", "curated:camp-lemonnier"), ("Pine Gap", "curated:pine-gap"),
])
def test_bases_are_read_whole_in_running_text(gazetteer, surface, ident):
    found = places_by_surface(BASES_TEXT, gazetteer)
    assert surface in found, sorted(found)
    assert found[surface]["gazetteer_id"] == ident


# ------------------------------------------------------------------ namesakes not hijacked

def test_tindal_the_surname_and_the_bare_name_keep_their_reading(gazetteer):
    # the designator makes the base; a bare 'Tindal' answers what it answered before (the town
    # in Tamil Nadu) and a person called Tindal is no place
    assert best_answer(gazetteer, "Tindal")["gazetteer_id"] != "airport:YPTN"
    found = places_by_surface("Andrew Tindal, a councillor in Leeds, said the vote was close.", gazetteer)
    assert "Tindal" not in found and "Andrew Tindal" not in found and found["Leeds"]["country"] == "GB"


def test_initials_are_no_joint_base(gazetteer):
    # 'JB' before a name is a base only where the written-out 'Joint Base X' is one: 'Smith'
    # names an airfield, yet 'JB Smith' is a person
    found = places_by_surface("JB Smith, a spokesman, said the talks in Geneva went well.", gazetteer)
    assert "JB Smith" not in found and "Smith" not in found


def test_an_abbreviation_before_a_word_that_names_no_base_is_no_base(gazetteer):
    found = places_by_surface("RAF Typhoons flew over Poland on Tuesday.", gazetteer)
    assert not any("RAF" in s or "Typhoons" in s for s in found) and found["Poland"]["country"] == "PL"


def test_a_camp_alone_is_no_base(gazetteer):
    found = places_by_surface("Camp officials in Kakuma said the camp was full.", gazetteer)
    assert "Camp" not in found


def test_a_post_the_index_lacks_is_still_read_as_its_town(gazetteer):
    # places19's reading of 'Naval Station Everett' (words.INSTALLATION_HEADS) is kept: the
    # designator is a name only where a base is indexed under the rest of it
    found = places_by_surface("The frigate left Naval Station Everett on Monday.", gazetteer)
    assert "Naval Station Everett" not in found and found["Everett"]["country"] == "US"


def test_the_bare_names_of_bases_keep_their_towns(gazetteer):
    # the airfields' short forms the designators give (RAF Lakenheath -> Lakenheath) rank
    # below the places of the name
    assert best_answer(gazetteer, "Iwakuni")["kind"] == "city"
    assert best_answer(gazetteer, "Lakenheath")["kind"] in ("village", "town")
    assert best_answer(gazetteer, "Akrotiri")["gazetteer_id"] != "airport:LCRA"


# ------------------------------------------------------------------ curated rows

def test_the_pine_gap_row_is_the_point_its_article_gives():
    r = rows()["pine-gap"]
    assert re.match(r"en\.wikipedia 'Pine Gap' \(https://en\.wikipedia\.org/wiki/Pine_Gap\)", r["source"])
    assert r["licence"] == "CC BY-SA 4.0" and r["kind"] == "base"
    lat, lon = cited_point(r["source"])
    assert haversine_km(float(r["lat"]), float(r["lon"]), lat, lon) < 0.1
    assert country_at(lat, lon) == "AU"
    # about 18 km south-west of Alice Springs (same article)
    assert 10 < haversine_km(lat, lon, -23.69748, 133.88362) < 25


# ------------------------------------------------------------------ places reports name (part 2)

# id -> the countries its point may read in (a lakeshore or island point the coarse Natural
# Earth outline may leave at sea: None)
ROWS = {
    "irumu": {"CD"}, "saraf-omra": {"SD"}, "boni-mali": {"ML"}, "kamituga": {"CD"}, "shabunda": {"CD"},
    "kalehe": {"CD", "RW", None}, "baraka-drc": {"CD", None}, "kamaran-island": {"YE", None},
    "thandwe": {"MM", None}, "lubutu": {"CD"}, "el-plateado": {"CO"},
    # second batch
    "tabarre": {"HT"}, "baga-nigeria": {"NG", None}, "inates": {"NE", "ML"}, "thiou-burkina": {"BF", "ML"},
}
KINDS = {"kamaran-island": "island"}


@pytest.mark.parametrize("ident", sorted(ROWS))
def test_each_row_is_the_point_its_wikipedia_article_gives(ident):
    r = rows()[ident]
    assert re.match(r"(en|fr|es|de)\.wikipedia '.+' \(https://(en|fr|es|de)\.wikipedia\.org/wiki/", r["source"]), r["source"]
    assert r["licence"] == "CC BY-SA 4.0"
    assert r["kind"] == KINDS.get(ident, "town") and r["admin1"] and float(r["uncertainty_km"]) >= 2
    lat, lon = cited_point(r["source"])
    assert haversine_km(float(r["lat"]), float(r["lon"]), lat, lon) < 0.1, (ident, lat, lon)


@pytest.mark.parametrize("ident", sorted(ROWS))
def test_each_row_lies_in_its_country(ident):
    r = rows()[ident]
    assert r["country"] in ROWS[ident]
    assert country_at(float(r["lat"]), float(r["lon"])) in ROWS[ident], ident


def test_the_rows_sit_where_the_fronts_are():
    r = {k: (float(v["lat"]), float(v["lon"])) for k, v in rows().items() if k in ROWS}
    bunia, bukavu, el_fasher, hodeidah = (1.5594, 30.2522), (-2.5083, 28.8608), (13.6279, 25.3494), (14.7978, 42.9545)
    assert 40 < haversine_km(*r["irumu"], *bunia) < 70       # ~55 km south of Bunia
    assert haversine_km(*r["kalehe"], *bukavu) < 60           # north of Bukavu on the lake
    assert haversine_km(*r["kamituga"], *bukavu) < 150          # in Mwenga territory, south-west of Bukavu
    assert 150 < haversine_km(*r["saraf-omra"], *el_fasher) < 260
    assert haversine_km(*r["kamaran-island"], *hodeidah) < 80
    assert r["el-plateado"][1] < -77 and 2.2 < r["el-plateado"][0] < 2.7   # west, in the Micay canyon


@pytest.mark.parametrize("name, ident", [
    ("Irumu", "irumu"), ("Saraf Omra", "saraf-omra"), ("Saraf Umra", "saraf-omra"), ("Kamituga", "kamituga"),
    ("Shabunda", "shabunda"), ("Kalehe", "kalehe"), ("Kamaran", "kamaran-island"),
    ("Kamaran Island", "kamaran-island"), ("Thandwe", "thandwe"), ("Sandoway", "thandwe"), ("Lubutu", "lubutu"),
    ("El Plateado", "el-plateado"), ("Boni, Mali", "boni-mali"), ("Tabarre", "tabarre"), ("Baga", "baga-nigeria"),
    ("Inates", "inates"), ("Inatès", "inates"), ("Thiou", "thiou-burkina"),
])
def test_the_name_reports_use_answers_the_row(gazetteer, name, ident):
    top = best_answer(gazetteer, name)
    assert top is not None and top["gazetteer_id"] == f"curated:{ident}", (name, top and top["gazetteer_id"])


def test_the_darien_gap_area_row():
    with open(FEATURES_AREAS, encoding="utf-8", newline="") as f:
        row = next(r for r in csv.DictReader(f) if r["name"] == "Darién Gap")
    assert row["kind"] == "region" and row["licence"] == "CC BY-SA 4.0"
    lat, lon = cited_point(row["source"])
    assert haversine_km(float(row["lat"]), float(row["lon"]), lat, lon) < 0.1
    # the radius reaches Yaviza (PA) and Turbo (CO), the ends of the break in the highway
    for end in [(8.1584, -77.6928), (8.0926, -76.7282)]:
        assert haversine_km(float(row["lat"]), float(row["lon"]), *end) < float(row["uncertainty_km"])


@pytest.mark.parametrize("text, surface, ident", [
    ("ADF fighters attacked Irumu and then moved on Komanda.", "Irumu", "curated:irumu"),
    ("The RSF shelled the market of Saraf Omra in North Darfur.", "Saraf Omra", "curated:saraf-omra"),
    ("Jihadists blockaded Boni, a town between Douentza and Hombori.", "Boni", "curated:boni-mali"),
    ("Miners fled Kamituga as the rebels approached from Mwenga.", "Kamituga", "curated:kamituga"),
    ("Supplies were flown to Shabunda because the road to Bukavu is cut.", "Shabunda", "curated:shabunda"),
    ("Floods killed hundreds in Kalehe on the shore of Lake Kivu.", "Kalehe", "curated:kalehe"),
    ("Boats crossed Lake Tanganyika from Baraka to Kigoma.", "Baraka", "curated:baraka-drc"),
    ("Airstrikes hit Kamaran island off the coast of Hodeidah.", "Kamaran", "curated:kamaran-island"),
    ("The Arakan Army seized Thandwe near Ngapali beach.", "Thandwe", "curated:thandwe"),
    ("Mai-Mai fighters entered Lubutu on the road to Kisangani.", "Lubutu", "curated:lubutu"),
    ("Troops retook El Plateado in the Micay canyon of Cauca.", "El Plateado", "curated:el-plateado"),
    ("Thousands of migrants crossed the Darién Gap into Panama.", "Darién Gap", area_id("Darién Gap")),
    ("Gangs attacked Tabarre, near the airport of Port-au-Prince.", "Tabarre", "curated:tabarre"),
    ("Boko Haram fighters overran Baga on the shore of Lake Chad.", "Baga", "curated:baga-nigeria"),
    ("Jihadists attacked the army camp at Inates near the Malian border.", "Inates", "curated:inates"),
    ("Displaced families reached Thiou, north of Ouahigouya.", "Thiou", "curated:thiou-burkina"),
])
def test_new_rows_are_found_in_text(gazetteer, text, surface, ident):
    assert _first(text, surface, gazetteer)["gazetteer_id"] == ident


def test_namesakes_keep_their_places(gazetteer):
    # the Malian Boni (importance 0.45) must not take Bonn, nor the Congolese Baraka a text
    # about Libya; a bare 'Darien' stays the Illinois town, not the gap
    assert best_answer(gazetteer, "Bonn")["country"] == "DE"
    found = places_by_surface("The delegation flew from Bonn to Berlin on Monday.", gazetteer)
    assert found["Bonn"]["country"] == "DE"
    assert best_answer(gazetteer, "Darien")["gazetteer_id"] != area_id("Darién Gap")
