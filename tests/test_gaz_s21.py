"""Session 21: the Philippine air base at Clark, which reports name by the base ('Clark Air Base')
or by the airport's current name ('Clark International Airport'), while the index had the airport
only by its 2003-2014 name (Diosdado Macapagal International Airport): 'Clark Air Base' answered an
airfield in Texas. The sentences are written for these tests."""

import pytest
from placing import best_answer, places_by_surface


@pytest.mark.parametrize("name", ["Clark Air Base", "Clark International Airport"])
def test_geocode_answers_the_philippine_base(gazetteer, name):
    best = best_answer(gazetteer, name)
    assert best is not None and best["gazetteer_id"] == "airport:RPLC" and best["country"] == "PH"


def test_found_in_text(gazetteer):
    found = places_by_surface("US Marines flew from Clark Air Base to Puerto Princesa on Palawan on Monday.", gazetteer)
    assert found["Clark Air Base"]["gazetteer_id"] == "airport:RPLC"


@pytest.mark.parametrize("name,country", [("Clark Regional Airport", "US"), ("Clark", "US")])
def test_the_american_namesakes_keep_their_names(gazetteer, name, country):
    best = best_answer(gazetteer, name)
    assert best is not None and best["country"] == country and best["gazetteer_id"] != "airport:RPLC"
