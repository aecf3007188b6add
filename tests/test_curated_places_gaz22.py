"""gaz22: bases written with their service designator ('RAAF Base Tindal', 'NAS Sigonella',
'MCAS Iwakuni', 'Andersen AFB', 'JB Pearl Harbor-Hickam'; gazetteer.kinds.SERVICE_FORMS), which
answered no place though the index holds each base under another spelling, and curated rows of
places reports name that the index lacked. Each row cites the Wikipedia article whose coordinate
it carries. The sentences are our own."""

import re

import pytest

from geomove.distance import haversine_km
from geomove.gazetteer import country_at
from geomove.gazetteer.kinds import split_kind, split_service, spelled_service

from placing import best_answer, cited_point, feature_rows as rows, first_mention as _first, places_by_surface


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
