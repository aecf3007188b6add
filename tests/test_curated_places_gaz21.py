"""Curated rows of gaz21: places reports of the wars in Israel-Lebanon-Gaza, eastern DR Congo,
the Sahel (Niger, Mali, Burkina Faso), Myanmar and the Chad-Sudan border name that the index
lacked ('Avivim', 'Nirim', 'Maungdaw', 'Assamaka' answered no place), or read as a namesake
('Namtu' read Nantou in Shenzhen, 'Masisi' a territory record lying at Sake), the Ukrainian
Kupiansk-Vuzlovyi under the spelling reports use, plus the Gulf of Aqaba in areas.csv. Each row
cites the Wikipedia article whose coordinate it carries. The sentences are our own."""

import csv
import re

import pytest

from geomove.distance import haversine_km
from geomove.gazetteer import country_at

from placing import FEATURES, cited_point, feature_rows as rows, first_mention as _first


# id -> the countries its point may read in (its own, and for a border village the neighbour,
# whose side of the coarse Natural Earth outline it may fall on; None for a town on an estuary
# the outline leaves at sea: Rathedaung on the Mayu, given to the minute)
ROWS = {
    "avivim": {"IL", "LB"}, "nirim": {"IL", "PS"}, "nir-yitzhak": {"IL", "PS", "EG"},
    "blida-lebanon": {"LB", "IL"}, "masisi": {"CD"}, "assamaka": {"NE", "DZ"}, "makalondi": {"NE", "BF"},
    "banibangou": {"NE", "ML"}, "lere-mali": {"ML"}, "diafarabe": {"ML"}, "maungdaw": {"MM", "BD"},
    "nawnghkio": {"MM"}, "rathedaung": {"MM", None}, "kunlong": {"MM", "CN"},
    # second batch
    "solhan": {"BF"}, "tongo-tongo": {"NE", "ML"}, "sine-godar": {"NE", "ML"}, "namtu": {"MM"},
    "ponnagyun": {"MM"}, "momauk": {"MM", "CN"}, "tonzang": {"MM", "IN"}, "tine-chad": {"TD", "SD"},
    # third batch
    "numbi": {"CD"}, "umm-badr": {"SD"},
    # fourth batch
    "kupiansk-vuzlovyi": {"UA"}, "momeik": {"MM"}, "bawdwin": {"MM"}, "sittaung-sagaing": {"MM"},
}


# ------------------------------------------------------------------ the data cites its point

def test_the_point_parser_reads_the_forms_the_rows_use():
    assert cited_point("x (u): 15°42′55″N 4°54′15″W") == pytest.approx((15.71528, -4.90417), abs=1e-4)
    assert cited_point("x (u): 12° 50′ N, 1° 41′ O") == pytest.approx((12.83333, 1.68333), abs=1e-4)
    assert cited_point("x (u): 1°24′S 28°48′E") == pytest.approx((-1.4, 28.8), abs=1e-4)
    assert cited_point("x (u): 15° 02′ 27″ nord, 2° 42′ 05″ est") == pytest.approx((15.04083, 2.70139), abs=1e-4)
    assert cited_point("x (u): 15°01′31″ с. ш. 22°48′08″ в. д.") == pytest.approx((15.02528, 22.80222), abs=1e-4)


@pytest.mark.parametrize("ident", sorted(ROWS))
def test_each_row_is_the_point_its_wikipedia_article_gives(ident):
    r = rows()[ident]
    assert re.match(r"(en|fr|de|es|it|ru)\.wikipedia '.+' \(https://(en|fr|de|es|it|ru)\.wikipedia\.org/wiki/",
                    r["source"]), r["source"]
    assert r["licence"] == "CC BY-SA 4.0"
    assert r["kind"] == "town" and r["admin1"] and float(r["uncertainty_km"]) >= 1
    lat, lon = cited_point(r["source"])
    assert haversine_km(float(r["lat"]), float(r["lon"]), lat, lon) < 0.1, (ident, lat, lon)


@pytest.mark.parametrize("ident", sorted(ROWS))
def test_each_row_lies_in_its_country(ident):
    # a slip of a minute or a hemisphere letter would put the point abroad or at sea
    r = rows()[ident]
    assert r["country"] in ROWS[ident]
    assert country_at(float(r["lat"]), float(r["lon"])) in ROWS[ident], ident


def test_the_rows_sit_where_the_fronts_are():
    # the Israeli rows within 5 km of the Blue Line or the Gaza Strip's edge, the Masisi row
    # within 60 km of Goma, the Rakhine towns within 110 km of Sittwe
    r = {k: (float(v["lat"]), float(v["lon"])) for k, v in rows().items() if k in ROWS}
    goma, sittwe, khan_yunis = (-1.6792, 29.2228), (20.1462, 92.8983), (31.3462, 34.3063)
    assert haversine_km(*r["masisi"], *goma) < 60
    for ident in ["maungdaw", "rathedaung", "ponnagyun"]:
        assert haversine_km(*r[ident], *sittwe) < 110, ident
    for ident in ["nirim", "nir-yitzhak"]:
        assert haversine_km(*r[ident], *khan_yunis) < 20, ident
    assert 33.0 < r["avivim"][0] < 33.15 and 33.0 < r["blida-lebanon"][0] < 33.2


def test_the_gulf_of_aqaba_area_row():
    with open(FEATURES.with_name("areas.csv"), encoding="utf-8", newline="") as f:
        row = next(r for r in csv.DictReader(f) if r["name"] == "Gulf of Aqaba")
    assert row["kind"] == "sea" and row["licence"] == "CC BY-SA 4.0"
    assert "Aqaba" not in row["aliases"].split("|") and "Eilat" not in row["aliases"].split("|")
    lat, lon = cited_point(row["source"])
    assert haversine_km(float(row["lat"]), float(row["lon"]), lat, lon) < 0.1
    # the radius reaches Aqaba at its head (the cited point lies south of the middle) and Tiran at its mouth
    for end in [(29.5267, 35.0078), (27.9769, 34.5500)]:
        assert haversine_km(float(row["lat"]), float(row["lon"]), *end) < float(row["uncertainty_km"])


# ------------------------------------------------------------------ names reports use

@pytest.mark.parametrize("name, ident", [
    ("Avivim", "avivim"), ("Moshav Avivim", "avivim"), ("Nirim", "nirim"), ("Kibbutz Nirim", "nirim"),
    ("Nir Yitzhak", "nir-yitzhak"), ("Masisi", "masisi"), ("Masisi-centre", "masisi"),
    ("Assamaka", "assamaka"), ("Assamakka", "assamaka"), ("Makalondi", "makalondi"),
    ("Banibangou", "banibangou"), ("Bani Bangou", "banibangou"), ("Diafarabé", "diafarabe"),
    ("Diafarabe", "diafarabe"), ("Maungdaw", "maungdaw"), ("Nawnghkio", "nawnghkio"),
    ("Naungcho", "nawnghkio"), ("Rathedaung", "rathedaung"), ("Kunlong", "kunlong"),
    ("Tongo Tongo", "tongo-tongo"), ("Chinagodrar", "sine-godar"), ("Chinégodar", "sine-godar"),
    ("Namtu", "namtu"), ("Ponnagyun", "ponnagyun"), ("Momauk", "momauk"), ("Tonzang", "tonzang"),
    ("Numbi", "numbi"), ("Umm Badr", "umm-badr"), ("Um Badr", "umm-badr"),
    ("Kupyansk-Vuzlovyi", "kupiansk-vuzlovyi"), ("Kupiansk-Vuzlovyi", "kupiansk-vuzlovyi"),
    ("Momeik", "momeik"), ("Mongmit", "momeik"), ("Bawdwin", "bawdwin"), ("Sittaung", "sittaung-sagaing"),
])
def test_the_name_reports_use_answers_the_row(gazetteer, name, ident):
    top = gazetteer.candidates(name, limit=1)[0]
    assert top["gazetteer_id"] == f"curated:{ident}", (name, top["gazetteer_id"])


# ------------------------------------------------------------------ found and placed in text

@pytest.mark.parametrize("text, surface, row", [
    ("Hezbollah fired anti-tank missiles at Avivim from across the border.", "Avivim", "avivim"),
    ("Sirens sounded in Nirim and Nir Yitzhak near the Gaza fence.", "Nirim", "nirim"),
    ("Sirens sounded in Nirim and Nir Yitzhak near the Gaza fence.", "Nir Yitzhak", "nir-yitzhak"),
    ("Israeli drones struck Blida and Mais al-Jabal in southern Lebanon.", "Blida", "blida-lebanon"),
    ("M23 rebels took Masisi and then moved on Sake.", "Masisi", "masisi"),
    ("Expelled migrants walked to Assamaka before trucks took them to Arlit.", "Assamaka", "assamaka"),
    ("Soldiers were killed near Makalondi on the road to Burkina Faso.", "Makalondi", "makalondi"),
    ("Gunmen on motorbikes attacked Banibangou in the Tillabéri region.", "Banibangou", "banibangou"),
    ("Jihadists attacked Léré, west of Niafunké near Timbuktu, on Friday.", "Léré", "lere-mali"),
    ("Herders crossed the river at Diafarabé in central Mali.", "Diafarabé", "diafarabe"),
    ("The Arakan Army seized Maungdaw after months of fighting.", "Maungdaw", "maungdaw"),
    ("The TNLA took Nawnghkio on the road to Lashio.", "Nawnghkio", "nawnghkio"),
    ("Junta troops left Rathedaung by boat.", "Rathedaung", "rathedaung"),
    ("The MNDAA captured Kunlong and its bridge.", "Kunlong", "kunlong"),
    ("Thousands fled Solhan for Sebba after the attack in Burkina Faso.", "Solhan", "solhan"),
    ("The patrol left Ouallam and was ambushed near Tongo Tongo.", "Tongo Tongo", "tongo-tongo"),
    ("Militants overran the army post at Chinagodrar near the Malian border.", "Chinagodrar", "sine-godar"),
    ("Fighting spread from Namtu to the Bawdwin mines.", "Namtu", "namtu"),
    ("The Arakan Army entered Ponnagyun north of Sittwe.", "Ponnagyun", "ponnagyun"),
    ("The Kachin Independence Army took Momauk and moved on Bhamo.", "Momauk", "momauk"),
    ("Chin forces captured Tonzang near the Indian border.", "Tonzang", "tonzang"),
    ("Refugees crossed the wadi from Darfur into Tiné in Chad.", "Tiné", "tine-chad"),
    ("M23 fighters advanced from Lumbishi towards Numbi in the Kalehe highlands.", "Numbi", "numbi"),
    ("The convoy stopped at Umm Badr on the way from Omdurman to El Fasher.", "Umm Badr", "umm-badr"),
    ("Russian troops pushed towards Kupyansk-Vuzlovyi on the Oskil.", "Kupyansk-Vuzlovyi", "kupiansk-vuzlovyi"),
    ("The TNLA said it had captured Mongmit after a month of fighting.", "Mongmit", "momeik"),
    ("Workers fled the Bawdwin mine as fighting neared Namtu.", "Bawdwin", "bawdwin"),
    ("Resistance fighters seized Sittaung on the road from Tamu.", "Sittaung", "sittaung-sagaing"),
])
def test_new_rows_are_found_in_text(gazetteer, text, surface, row):
    assert _first(text, surface, gazetteer)["gazetteer_id"] == f"curated:{row}"


def test_the_gulf_of_aqaba_is_found_in_text(gazetteer):
    m = _first("Warships sailed up the Gulf of Aqaba towards Eilat.", "Gulf of Aqaba", gazetteer)
    assert m["gazetteer_id"] == "geomove-area:gulf-of-aqaba"


# ------------------------------------------------------------------ namesakes not hijacked

def test_blida_in_algeria_stays_algerian(gazetteer):
    # the Lebanese village (importance 0.4) must not take the Algerian city
    assert _first("Gunmen attacked Blida, south of Algiers, on Monday.", "Blida", gazetteer)["country"] == "DZ"
    assert gazetteer.candidates("Blida", limit=1)[0]["country"] == "DZ"


def test_lere_in_kaduna_stays_nigerian(gazetteer):
    # the Malian town (importance 0.5) must not take Lere in Kaduna State
    m = _first("Farmers in Lere, Kaduna State, fled the attack.", "Lere", gazetteer)
    assert m["country"] == "NG" and m["gazetteer_id"] != "curated:lere-mali"
    assert gazetteer.candidates("Lere", limit=1)[0]["country"] == "NG"


def test_solhan_in_turkey_stays_turkish(gazetteer):
    # the Burkinabe village (importance 0.45) must not take Solhan in Bingöl province
    m = _first("The earthquake damaged houses in Solhan, Bingöl, in eastern Turkey.", "Solhan", gazetteer)
    assert m["country"] == "TR"
    assert gazetteer.candidates("Solhan", limit=1)[0]["country"] == "TR"


def test_masisi_territory_stays_the_territory(gazetteer):
    # the town row must not swallow the territory when a report names the territory
    m = _first("Fighting spread across Masisi territory in North Kivu.", "Masisi", gazetteer)
    assert m["gazetteer_id"] != "curated:masisi" and m["country"] == "CD"
