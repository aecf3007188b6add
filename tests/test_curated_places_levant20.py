"""Curated rows of gaz20: the villages of South Lebanon that reports of the Lebanon-Israel front
name every day, the Israeli border communities on both fronts (the Galilee panhandle, the Gaza
envelope), the neighbourhoods of Gaza City and two villages of the Syrian side of Mount Hermon.
Before these rows 'Khiam', 'Aita al-Shaab', 'Kissufim' or 'Shejaiya' answered no place, 'Yaroun'
a village in Ukraine and 'Zeitoun' in a Gaza text Zejtun in Malta. Each row cites the Wikipedia
article whose coordinate it carries. The sentences are our own."""

import re

import pytest

from geomove.distance import haversine_km
from geomove.gazetteer import country_at
from geomove.mentions import find_mentions

from placing import cited_point, feature_rows as rows, first_mention as _first

ROWS = ["khiam", "aita-al-shaab", "odaisseh", "marwahin", "maroun-al-ras", "mais-al-jabal",
        "kfarchouba", "rmeish", "yaroun", "houla-lebanon", "markaba", "aitaroun",
        "kissufim", "nahal-oz", "misgav-am", "zarit", "nir-oz", "reim", "shtula", "margaliot",
        "ein-hashlosha", "shujaiyya", "zeitoun-gaza", "tel-al-hawa", "sheikh-radwan", "rimal",
        "beit-jinn", "hader-quneitra",
        # second batch
        "al-mawasi", "az-zawayda", "tel-al-sultan-camp", "manara-kibbutz", "dovev", "malkia",
        "wazzani", "deir-mimas", "ramyeh", "madinat-al-baath"]


# ------------------------------------------------------------------ the data cites its point

def test_the_point_parser_reads_the_forms_the_rows_use():
    assert cited_point("x (u): 33°19′38″N 35°36′40″E") == pytest.approx((33.32722, 35.61111), abs=1e-4)
    assert cited_point("x (u): 31° 18′ 37″ N, 34° 24′ 8″ O") == pytest.approx((31.31028, 34.40222), abs=1e-4)
    assert cited_point("x (u): 33° 06′ 37″ nord, 35° 28′ 00″ est") == pytest.approx((33.11028, 35.46667), abs=1e-4)
    assert cited_point("x (u): 31°25′42″ с. ш. 34°21′57″ в. д.") == pytest.approx((31.42833, 34.36583), abs=1e-4)
    assert cited_point("x (u): 33°18′N 35°33′E") == pytest.approx((33.3, 35.55), abs=1e-4)


@pytest.mark.parametrize("ident", ROWS)
def test_each_row_is_the_point_its_wikipedia_article_gives(ident):
    r = rows()[ident]
    assert re.match(r"(en|fr|de|ar|ru)\.wikipedia '.+' \(https://(en|fr|de|ar|ru)\.wikipedia\.org/wiki/", r["source"]), r["source"]
    assert r["licence"] == "CC BY-SA 4.0"
    assert r["kind"] in {"town", "camp", "region"} and r["admin1"] and float(r["uncertainty_km"]) >= 1
    lat, lon = cited_point(r["source"])
    assert haversine_km(float(r["lat"]), float(r["lon"]), lat, lon) < 0.1, (ident, lat, lon)


@pytest.mark.parametrize("ident", ROWS)
def test_each_row_lies_in_its_country(ident):
    # a slip of a minute or a hemisphere would put a border village on the wrong side or abroad;
    # the Natural Earth outline is coarse on the Blue Line, so a row within 2 km of the border
    # may read the neighbour: then the neighbour must be one of the front's countries
    r = rows()[ident]
    found = country_at(float(r["lat"]), float(r["lon"]))
    assert found == r["country"] or found in {"LB", "IL", "SY", "PS"}, (ident, found)
    assert r["country"] in {"LB", "IL", "SY", "PS"}


def test_the_rows_sit_where_the_front_is():
    # the Lebanese villages between Naqoura and the Shebaa Farms, the Gaza envelope kibbutzim
    # within a few km of the Strip, the Gaza City neighbourhoods within 5 km of its centre
    r = rows()
    tyre, gaza_city = (33.27333, 35.19389), (31.5017, 34.4668)
    for ident in ROWS[:12]:
        assert 33.0 < float(r[ident]["lat"]) < 33.4 and 35.2 < float(r[ident]["lon"]) < 35.8, ident
        assert haversine_km(float(r[ident]["lat"]), float(r[ident]["lon"]), *tyre) < 50, ident
    for ident in ["shujaiyya", "zeitoun-gaza", "tel-al-hawa", "sheikh-radwan", "rimal"]:
        assert haversine_km(float(r[ident]["lat"]), float(r[ident]["lon"]), *gaza_city) < 5, ident
    for ident in ["kissufim", "nahal-oz", "nir-oz", "reim", "ein-hashlosha"]:
        assert 31.2 < float(r[ident]["lat"]) < 31.6 and 34.3 < float(r[ident]["lon"]) < 34.6, ident


# ------------------------------------------------------------------ names reports use

@pytest.mark.parametrize("name, ident", [
    ("Khiam", "khiam"), ("El Khiam", "khiam"), ("al-Khiam", "khiam"), ("الخيام", "khiam"),
    ("Aita al-Shaab", "aita-al-shaab"), ("Ayta ash-Shab", "aita-al-shaab"),
    ("Odaisseh", "odaisseh"), ("Adaisseh", "odaisseh"), ("Marwahin", "marwahin"),
    ("Maroun al-Ras", "maroun-al-ras"), ("Mais al-Jabal", "mais-al-jabal"),
    ("Meiss el-Jabal", "mais-al-jabal"), ("Kfarchouba", "kfarchouba"), ("Kfar Shouba", "kfarchouba"),
    ("Rmeish", "rmeish"), ("Rmaich", "rmeish"), ("Yaroun", "yaroun"), ("Markaba", "markaba"),
    ("Aitaroun", "aitaroun"), ("Kissufim", "kissufim"), ("Nahal Oz", "nahal-oz"),
    ("Misgav Am", "misgav-am"), ("Zar'it", "zarit"), ("Nir Oz", "nir-oz"), ("Re'im", "reim"),
    ("Shtula", "shtula"), ("Margaliot", "margaliot"), ("Ein HaShlosha", "ein-hashlosha"),
    ("Shejaiya", "shujaiyya"), ("Shujaiya", "shujaiyya"), ("Shuja'iyya", "shujaiyya"),
    ("Tel al-Hawa", "tel-al-hawa"), ("Tal al-Hawa", "tel-al-hawa"), ("Sheikh Radwan", "sheikh-radwan"),
    ("Beit Jinn", "beit-jinn"),
    ("al-Mawasi", "al-mawasi"), ("Mawasi", "al-mawasi"), ("Zawaida", "az-zawayda"),
    ("Az-Zawayda", "az-zawayda"), ("Tel al-Sultan", "tel-al-sultan-camp"), ("Tall as-Sultan", "tel-al-sultan-camp"),
    ("Kibbutz Manara", "manara-kibbutz"), ("Dovev", "dovev"), ("Malkia", "malkia"), ("Wazzani", "wazzani"),
    ("Deir Mimas", "deir-mimas"), ("Ramyeh", "ramyeh"), ("Madinat al-Baath", "madinat-al-baath"),
    ("Baath City", "madinat-al-baath"),
])
def test_the_name_reports_use_answers_the_row(gazetteer, name, ident):
    top = gazetteer.candidates(name, limit=1)[0]
    assert top["gazetteer_id"] == f"curated:{ident}", (name, top["gazetteer_id"])


# ------------------------------------------------------------------ found and placed in text

@pytest.mark.parametrize("text, surface, row", [
    ("Israeli troops pulled back from the southern Lebanese village of Khiam on Sunday.", "Khiam", "khiam"),
    ("Hezbollah fired rockets from El Khiam and Aita al-Shaab toward Metula.", "El Khiam", "khiam"),
    ("Hezbollah fired rockets from El Khiam and Aita al-Shaab toward Metula.", "Aita al-Shaab", "aita-al-shaab"),
    ("The army shelled Odaisseh, Marwahin and Maroun al-Ras overnight.", "Marwahin", "marwahin"),
    ("Israeli tanks advanced from Mais al-Jabal to Kfarchouba, then to Rmeish and Yaroun.", "Yaroun", "yaroun"),
    ("Israeli tanks advanced from Mais al-Jabal to Kfarchouba, then to Rmeish and Yaroun.", "Rmeish", "rmeish"),
    ("An airstrike hit Houla and Markaba in southern Lebanon near Kfar Kila.", "Houla", "houla-lebanon"),
    ("Sirens sounded in Kissufim, Nahal Oz and Nir Oz near the Gaza border.", "Nahal Oz", "nahal-oz"),
    ("Militants crossed into Re'im from Gaza; troops later moved to Kissufim.", "Re'im", "reim"),
    ("A drone struck near Misgav Am and Zar'it on the Lebanese border.", "Zar'it", "zarit"),
    ("Israeli forces pushed into Shejaiya and Zeitoun in Gaza City.", "Shejaiya", "shujaiyya"),
    ("Israeli forces pushed into Shejaiya and Zeitoun in Gaza City.", "Zeitoun", "zeitoun-gaza"),
    ("Families fled Tel al-Hawa and Rimal in Gaza City for Khan Younis.", "Rimal", "rimal"),
    ("Israeli troops entered Beit Jinn and Hader in southern Syria near Quneitra.", "Hader", "hader-quneitra"),
    ("Displaced families walked from Khan Younis to al-Mawasi on the coast.", "al-Mawasi", "al-mawasi"),
    ("Tanks moved from Tel al-Sultan toward the Rafah crossing.", "Tel al-Sultan", "tel-al-sultan-camp"),
    ("A drone hit a car between Zawaida and Deir al-Balah.", "Zawaida", "az-zawayda"),
    ("Hezbollah fired anti-tank missiles at Manara and Kiryat Shmona.", "Manara", "manara-kibbutz"),
    ("Rockets fell near Dovev and Malkia in the Upper Galilee.", "Malkia", "malkia"),
    ("Israeli troops advanced from Wazzani toward Khiam.", "Wazzani", "wazzani"),
    ("The governor drove from Baath City to Khan Arnabah.", "Baath City", "madinat-al-baath"),
])
def test_new_rows_are_found_in_text(gazetteer, text, surface, row):
    assert _first(text, surface, gazetteer)["gazetteer_id"] == f"curated:{row}"


# ------------------------------------------------------------------ namesakes not hijacked

def test_houla_in_a_homs_text_stays_syrian(gazetteer):
    # the Lebanese Houla (importance 0.4) must not take over the Houla of the 2012 massacre
    for text in ["Syrian forces shelled Houla, north-west of Homs, and Rastan.",
                 "Government troops massed around Houla in Homs province on Monday."]:
        m = _first(text, "Houla", gazetteer)
        assert m["country"] == "SY" and m["gazetteer_id"] != "curated:houla-lebanon", text


def test_a_bare_houla_stays_syrian(gazetteer):
    assert gazetteer.candidates("Houla", limit=1)[0]["country"] == "SY"


def test_zeitoun_elsewhere_is_not_gaza(gazetteer):
    # the Cilician (Armenian) Zeitun, a Maltese text and an Egyptian one keep away from Gaza
    assert _first("Pilgrims walked from Marash to Zeitoun in Cilicia, Turkey.", "Zeitoun",
                  gazetteer)["country"] == "TR"
    assert _first("Ferries sailed from Valletta to Zeitoun.", "Zeitoun", gazetteer)["country"] == "MT"
    m = _first("The Coptic faithful gathered at the church in Zeitoun, Cairo.", "Zeitoun", gazetteer)
    assert m["gazetteer_id"] != "curated:zeitoun-gaza"
    assert gazetteer.candidates("Zeitoun", limit=1)[0]["gazetteer_id"] != "curated:zeitoun-gaza"


def test_the_rimal_surname_is_no_place(gazetteer):
    ms = find_mentions("Finance Minister Rimal met donors in Kathmandu.", gazetteer=gazetteer)
    assert all(m.get("gazetteer_id") != "curated:rimal" for m in ms)


def test_beit_jann_in_israel_is_not_beit_jinn(gazetteer):
    m = _first("Druze fighters from Beit Jann joined the march to Majdal Shams.", "Beit Jann", gazetteer)
    assert m["country"] == "IL" and m["gazetteer_id"] != "curated:beit-jinn"


def test_hader_in_an_aleppo_text_stays_the_aleppo_village(gazetteer):
    # the Quneitra row has importance 0.45: a text about the Aleppo countryside keeps al-Hadher
    text = "Rebels attacked al-Hadher south of Aleppo; troops then retook Hader."
    m = _first(text, "Hader", gazetteer)
    assert m["country"] == "SY" and m["gazetteer_id"] != "curated:hader-quneitra"


def test_malkiya_alone_stays_the_hasakah_town(gazetteer):
    # the kibbutz is 'Malkia'; the bare 'Malkiya' remains al-Malikiyah (Derik) in Hasakah
    top = gazetteer.candidates("Malkiya", limit=1)[0]
    assert top["gazetteer_id"] != "curated:malkia" and top["country"] == "SY"


def test_menara_in_a_marrakesh_text_stays_the_airport(gazetteer):
    # the kibbutz (officially Menara, importance 0.45) must not take Marrakesh's Menara airport
    m = _first("The royal flight landed at Menara in Marrakesh on Monday.", "Menara", gazetteer)
    assert m["country"] == "MA" and m["gazetteer_id"] != "curated:manara-kibbutz"
