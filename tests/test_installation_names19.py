"""Military installations named in running text (places19): 'Fort Liberty', 'Fort Drum',
'Naval Station Norfolk'. The head word ('Fort', 'Camp', 'Naval Station', 'Joint Base') and the
name are one proper name: neither everyday words ('fort', 'liberty') whatever the guards say of
English words, nor a town called 'Naval'. Five gazetteer/features.csv rows add posts the index
lacked, each citing its Wikipedia article. The sentences were written for these tests."""

import re
from pathlib import Path

import pytest

from geomove.distance import haversine_km
from geomove.mentions import places
from geomove.mentions.words import installation_name, opens_an_installation_name
from geomove.movements import extract

from placing import cited_point as _cited, feature_rows as _rows, places_by_surface as _found

FEATURES = Path(__file__).resolve().parent.parent / "gazetteer" / "features.csv"
BASE_ROWS = ["fort-polk", "naval-station-norfolk", "fort-campbell", "fort-benning", "naval-station-rota"]


# ------------------------------------------------------------------ the construction


@pytest.mark.parametrize("surface", [
    "Fort Liberty", "Fort Drum", "Camp Humphreys", "Naval Station Norfolk", "Joint Base Lewis-McChord",
    "Naval Air Station Sigonella", "Ft. Polk", "Fort Leonard Wood", "Marine Corps Base Quantico",
])
def test_a_head_word_then_a_name_is_an_installations_name(surface):
    assert installation_name(surface)


@pytest.mark.parametrize("surface", [
    "Liberty Island", "Fort", "fort Liberty", "Camp", "Naval Station", "Fort Camp", "White House", "Lake Liberty",
])
def test_other_names_are_not(surface):
    assert not installation_name(surface)


def test_the_first_word_of_a_head_opens_an_installations_name():
    assert opens_an_installation_name(["Naval"], ["Station", "Norfolk"])
    assert opens_an_installation_name(["Joint"], ["Base", "Andrews"])
    assert not opens_an_installation_name(["Naval"], ["Station"])  # no name after the head
    assert not opens_an_installation_name(["Naval"], [])
    assert not opens_an_installation_name(["Naval"], ["forces"])


# ------------------------------------------------------------------ running text


def test_fort_liberty_is_read_in_running_text(gazetteer):
    # the renamed Fort Bragg: both words are English words, and before places19 the
    # everyday-alias rule dropped the name (then the stray-variant guard, for Poland is far)
    found = _found("The brigade deployed from Fort Liberty to Poland.", gazetteer)
    assert found["Fort Liberty"]["name"] == "Fort Bragg" and found["Fort Liberty"]["country"] == "US"
    assert found["Poland"]["country"] == "PL"


@pytest.mark.parametrize("text, surface, country", [
    ("A battalion from Fort Drum arrived in Lithuania on Friday.", "Fort Drum", "US"),
    ("Soldiers based at Fort Stewart flew to Germany for the exercise.", "Fort Stewart", "US"),
    ("An armoured brigade left Fort Lewis for Romania.", "Fort Lewis", "US"),
    ("Engineers from Fort Leonard Wood deployed to Estonia.", "Fort Leonard Wood", "US"),
])
def test_posts_named_by_english_words_are_kept_beside_a_far_country(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert surface in found and found[surface]["country"] == country, found


@pytest.mark.parametrize("text, surface, ident", [
    ("A brigade combat team left Fort Polk for Germany.", "Fort Polk", "fort-polk"),
    ("Troops trained at Fort Johnson before they flew to Kuwait.", "Fort Johnson", "fort-polk"),
    ("The carrier sailed from Naval Station Norfolk on Tuesday.", "Naval Station Norfolk", "naval-station-norfolk"),
    ("The 101st Airborne flew from Fort Campbell to Romania.", "Fort Campbell", "fort-campbell"),
    ("Rangers from Fort Benning arrived in Panama.", "Fort Benning", "fort-benning"),
    ("Recruits graduated at Fort Moore last week.", "Fort Moore", "fort-benning"),
    ("Two destroyers reached Naval Station Rota in Spain.", "Naval Station Rota", "naval-station-rota"),
])
def test_the_new_rows_are_read_in_running_text(gazetteer, text, surface, ident):
    found = _found(text, gazetteer)
    assert found[surface]["gazetteer_id"] == f"curated:{ident}", found


def test_the_head_of_a_post_the_index_lacks_is_no_town(gazetteer):
    # 'Naval' was read as Naval, a town in the Philippines
    found = _found("The frigate left Naval Station Everett on Monday.", gazetteer)
    assert "Naval" not in found and "Naval Station" not in found
    assert found["Everett"]["country"] == "US"


def test_a_move_from_fort_liberty_to_rzeszow(gazetteer):
    text = ("Paratroopers of the 82nd Airborne flew from Fort Liberty, North Carolina, to Rzeszow "
            "in Poland on Monday.")
    (move,) = extract(text, gazetteer=gazetteer, published="2025-02-03")
    p = move["properties"]
    assert p["origin"]["name"] == "Fort Bragg"
    assert p["destination"]["country"] == "PL"


def test_a_city_and_its_own_district_are_no_namesakes(gazetteer):
    # Rzeszów the city and Rzeszów county (2 km apart) were taken for two places of the name,
    # and the far-namesake guard dropped the city from a text whose other places are American
    found = _found("Soldiers from Fort Liberty, North Carolina, arrived in Rzeszow.", gazetteer)
    assert found["Rzeszow"]["country"] == "PL", found


# ------------------------------------------------------------------ the twins stay as they were


def test_fort_liberty_in_a_haitian_text_is_the_haitian_town(gazetteer):
    found = _found("Gangs attacked the police station in Fort Liberty, near Cap-Haitien.", gazetteer)
    assert found["Fort Liberty"]["country"] == "HT"


def test_a_fort_of_liberty_and_liberty_island_are_no_base(gazetteer):
    found = places("Tourists visited Liberty Island and then a fort of liberty.", gazetteer=gazetteer)
    assert not any(m.get("name") == "Fort Bragg" for m in found), found


def test_the_philippine_town_naval_is_still_read(gazetteer):
    found = _found("The ferry sailed from Naval to Biliran.", gazetteer)
    assert found["Naval"]["country"] == "PH"


def test_a_bare_norfolk_and_rota_stay_the_towns(gazetteer):
    found = _found("The ship sailed from Norfolk, Virginia, to Rota, Spain.", gazetteer)
    assert found["Norfolk"]["kind"] != "base" and found["Norfolk"]["country"] == "US"
    assert found["Rota"]["kind"] != "base" and found["Rota"]["country"] == "ES"


# ------------------------------------------------------------------ the rows cite their points


def test_the_parser_reads_decimal_minutes_and_spanish_west():
    assert _cited("en.x (u): 36°56.7′N 76°18.8′W") == pytest.approx((36.945, -76.31333), abs=1e-4)
    assert _cited("es.x (u): 36°37′15″N 6°19′54″O") == pytest.approx((36.62083, -6.33167), abs=1e-4)
    assert _cited("de.x (u): 11° 10′ N, 14° 1′ O") == pytest.approx((11.16667, 14.01667), abs=1e-4)


@pytest.mark.parametrize("ident", BASE_ROWS)
def test_each_base_row_is_the_point_its_article_gives(ident):
    r = _rows()[ident]
    assert re.match(r"(en|de|es)\.wikipedia '[^']+' \(https://(en|de|es)\.wikipedia\.org/wiki/", r["source"]), r["source"]
    assert r["licence"] == "CC BY-SA 4.0" and r["note"] and r["kind"] == "base"
    lat, lon = _cited(r["source"])
    assert haversine_km(float(r["lat"]), float(r["lon"]), lat, lon) < 0.5


@pytest.mark.parametrize("ident", BASE_ROWS)
def test_each_base_row_lies_in_its_country(gazetteer, ident):
    r = _rows()[ident]
    assert gazetteer.country_at(float(r["lat"]), float(r["lon"])) == r["country"]
