"""Constructions of coders' place descriptions in event sheets (issue 11, ucdp2).

Every description here is made up for the test (villages such as "Zorbak" do not exist); the
districts, provinces and towns are real, so the gazetteer can place them.
"""

from geomove.distance import haversine_km
from geomove.locate import locate

KANDAHAR = (31.61, 65.71)
MAIWAND = (31.63, 65.06)  # the district's middle, ~60 km west of Kandahar city
GERESHK = (31.82, 64.57)


def test_a_district_the_description_names_is_finer_than_the_town_of_the_province(gazetteer):
    # "in X district in Y": the town Y is named like the sheet's province and says less
    got = locate("a compound near Qalat-e Zorbak in Maiwand district in Kandahar",
                 admin1="Kandahar province", country="Afghanistan", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *MAIWAND) < 20, got
    assert haversine_km(got["lat"], got["lon"], *KANDAHAR) > 40, got


def test_a_town_the_description_names_still_comes_before_its_district(gazetteer):
    got = locate("a checkpoint at Gereshk in Nahr-e Saraj district, Helmand",
                 admin1="Helmand province", country="Afghanistan", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *GERESHK) < 10, got


AZAZ = (36.59, 37.05)
HARIM = (36.21, 36.52)
TAL_TAMR = (36.66, 40.37)


def test_the_countryside_of_a_provincial_capital_is_the_sheets_district_town(gazetteer):
    # the index has no "Azaz district" (no town of its own list inside it): its town stands in
    got = locate("a hilltop in Aleppo countryside", admin2="Azaz district", admin1="Aleppo governorate",
                 country="Syria", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *AZAZ) < 10, got
    assert "land around" in got["why"] and "not in the index" in got["why"]


def test_the_countryside_of_a_province_is_the_sheets_district_town(gazetteer):
    got = locate("Zorbak farms in the countryside of Idlib province", admin2="Harem district",
                 admin1="Idlib governorate", country="Syria", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *HARIM) < 10, got


def test_the_countryside_of_a_lesser_town_stays_that_town(gazetteer):
    # a district's town says nothing of how far the district reaches: Tal Tamr lies ~40 km
    # from the town of Al-Hasakah, inside its district
    got = locate("a well in the countryside of Tell Tamer", admin2="Al-Hasakah district",
                 admin1="Al-Hasakah governorate", country="Syria", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *TAL_TAMR) < 10, got


APATZINGAN = (19.09, -102.36)
TACAMBARO = (19.24, -101.46)


def test_a_namesake_outside_the_sheets_municipality_gives_way_to_it(gazetteer):
    # the index's "El Zapote" readings lie ~200 km away; the sheet's municipality binds as its
    # state does, and with no reading of the name inside it, its town is the answer
    got = locate("a ranch in El Zapote", admin2="Apatzingán municipality", admin1="Michoacán state",
                 country="Mexico", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *APATZINGAN) < 25, got


def test_a_place_inside_the_sheets_municipality_stays(gazetteer):
    got = locate("a ranch near Zorbak, Tacámbaro", admin2="Tacámbaro municipality", admin1="Michoacán state",
                 country="Mexico", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *TACAMBARO) < 10, got
    got = locate("a checkpoint in Gereshk", admin2="Nahr-e Saraj district", admin1="Helmand province",
                 country="Afghanistan", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *GERESHK) < 10, got


KURRAM = (33.72, 70.22)  # the index's point of Kurram District
NORTH_WAZIRISTAN = (32.96, 69.91)


def test_a_sheets_district_written_with_an_event_sheet_word_is_found(gazetteer):
    # "agency": Pakistan's tribal agencies (districts since 2018); with no first-level area on
    # the sheet, the district is the finest area
    got = locate("Zorbak area", admin2="Kurram agency", country="Pakistan", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *KURRAM) < 15, got
    assert "second-level area" in got["why"], got["why"]
    # the former tribal areas (a built-in area since areas7) hold the district: it still answers
    got = locate("Zorbak area", admin2="Kurram agency", admin1="Federally Administered Tribal Areas",
                 country="Pakistan", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *KURRAM) < 15, got
    got = locate("a compound in Zorbak", admin2="North Waziristan agency",
                 admin1="Federally Administered Tribal Areas", country="Pakistan", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *NORTH_WAZIRISTAN) < 15, got


def test_only_event_sheet_words_are_taken_off_a_district():
    from geomove.locate import _SHEET_AREA2_WORD
    assert _SHEET_AREA2_WORD.sub("", "Djugu territory") == "Djugu"
    assert _SHEET_AREA2_WORD.sub("", "Kaga LGA") == "Kaga"
    assert _SHEET_AREA2_WORD.sub("", "eThekwini administrative district") == "eThekwini"
    assert _SHEET_AREA2_WORD.sub("", "Zoneton") == "Zoneton"
    assert _SHEET_AREA2_WORD.sub("", "Kandahar district") == "Kandahar district"  # (a kind word: split_kind's)
