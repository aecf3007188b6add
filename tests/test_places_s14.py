"""Coordinator, session 14: country names reports write that the gazetteer missed. Sentences
written for these tests."""

from placing import best_answer, places_by_surface


def test_bosnia_is_the_country(gazetteer):
    assert best_answer(gazetteer, "Bosnia")["country"] == "BA"
    found = places_by_surface("Serbian troops crossed the Drina into Bosnia on Monday.", gazetteer)
    assert found["Bosnia"]["country"] == "BA" and found["Bosnia"]["kind"] == "country"


def test_car_in_capitals_is_the_central_african_republic(gazetteer):
    found = places_by_surface("Rwandan troops arrived in Bangui, the CAR capital, on Monday.", gazetteer)
    assert found["CAR"]["country"] == "CF" and found["Bangui"]["country"] == "CF"


def test_a_car_in_lower_case_is_no_country(gazetteer):
    found = places_by_surface("The car carrying the officers reached Bangui on Monday.", gazetteer)
    assert set(found) == {"Bangui"}


def test_el_alto_is_the_bolivian_city_not_its_airport(gazetteer):
    found = places_by_surface("Bolivian soldiers were deployed to El Alto after the blockade of La Paz.", gazetteer)
    assert found["El Alto"]["country"] == "BO" and found["El Alto"]["kind"] == "city"


def test_dolo_ado_is_the_ethiopian_district_and_ado_alone_is_not(gazetteer):
    found = places_by_surface("Ethiopian troops moved from Dolo Ado into Gedo on Monday.", gazetteer)
    assert found["Dolo Ado"]["country"] == "ET"
    assert best_answer(gazetteer, "Ado")["country"] == "NG"
