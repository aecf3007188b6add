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
