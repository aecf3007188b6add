"""An area an event sheet names after its town in Arabic (issue 11): "Rif Dimashq" is the
countryside of Damascus, "Markaz X" / "Mintaqat Markaz X" the district of the centre of X. With
no finer place found, the answer is that town, not the middle of the area (Rif Dimashq's
middle lies in the desert, ~120 km east of the city). Village names here are made up."""

from geomove.distance import haversine_km
from geomove.locate import _AREA_OF_A_TOWN, locate

DAMASCUS = (33.51, 36.29)


def test_the_countryside_of_a_town_answers_the_town(gazetteer):
    got = locate("Zzyzxq village", admin2="Markaz Rif Dimashq district", admin1="Rif Dimashq governorate",
                 country="Syria", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *DAMASCUS) < 15, got
    assert "named after" in got["why"], got["why"]


def test_the_first_level_area_alone_answers_its_town_too(gazetteer):
    got = locate("Zzyzxq farms", admin1="Rif Dimashq governorate", country="Syria", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *DAMASCUS) < 15, got


def test_only_the_leading_area_words_are_taken_off():
    assert _AREA_OF_A_TOWN.sub("", "Mintaqat Markaz Homs") == "Homs"
    assert _AREA_OF_A_TOWN.sub("", "Markaz Rif Dimashq") == "Dimashq"
    assert _AREA_OF_A_TOWN.sub("", "Rif") == "Rif"  # (the Rif of Morocco is no town's countryside)
    assert _AREA_OF_A_TOWN.sub("", "Rifaat") == "Rifaat"



TIJUANA = (32.53, -117.04)
MONTERREY = (25.67, -100.31)
ACAPULCO = (16.86, -99.88)


def test_a_neighbourhood_is_no_settlement_of_its_own(gazetteer):
    # a village called San Pedro lies ~300 km away; as a neighbourhood it lies in the town of
    # the sheet's municipality
    got = locate("San Pedro neighbourhood", admin2="Acapulco de Juárez municipality", admin1="Guerrero state",
                 country="Mexico", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *ACAPULCO) < 20, got
    got = locate("El Carmen subdivision", admin2="Monterrey municipality", admin1="Nuevo León state",
                 country="Mexico", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *MONTERREY) < 20, got


def test_a_town_named_with_a_neighbourhood_of_it_is_still_the_town(gazetteer):
    got = locate("a neighbourhood of Tijuana", admin1="Baja California state", country="Mexico",
                 gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *TIJUANA) < 20, got


IDLIB = (35.93, 36.63)


def test_the_land_around_a_town_in_another_district_is_that_district(gazetteer):
    # "Idlib countryside" with the sheet's district ~35 km south of the town: the district
    got = locate("Zzyzxq farms, Idlib countryside", admin2="Maarat al-Numaan district",
                 admin1="Idlib governorate", country="Syria", gazetteer=gazetteer)
    assert got is not None and haversine_km(got["lat"], got["lon"], *IDLIB) > 20, got
    assert "land around" in got["why"]


def test_the_land_around_a_town_in_its_own_district_is_the_town(gazetteer):
    got = locate("a farm on the outskirts of Homs", admin2="Homs district", admin1="Homs governorate",
                 country="Syria", gazetteer=gazetteer)
    assert got is not None and got["name"] == "Homs", got


def test_a_description_naming_only_the_province_answers_the_sheets_district(gazetteer):
    # the province's middle is ~100 km from the district the sheet names inside it
    got = locate("Zzyzxq hamlet, Nord-Kivu", admin2="Masisi territory", admin1="Nord Kivu province",
                 country="DR Congo (Zaire)", gazetteer=gazetteer)
    assert got is not None and "Masisi" in got["name"], got
    assert "finer than" in got["why"]
