"""s22: 'Kallax', the Swedish air force base and airport at Luleå (Norrbotten Wing, F 21), as news
names it, is an alias of the index's airportsdata row ESPA (aliases.csv, en.wikipedia 'Luleå
Airport'). Before, 'Kallax' answered no place (Calais, FR, below the bar). The sentences are
written for these tests; the town of Kalix keeps its own place."""

import pytest
from placing import best_answer, places_by_surface


@pytest.mark.parametrize("text,surface", [
    ("Twelve Gripen fighters flew from Kallax to Rovaniemi on Monday.", "Kallax"),
    ("The jets took off from Kallax air base on Monday.", "Kallax air base"),
])
def test_kallax_is_the_lulea_base(gazetteer, text, surface):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == "airport:ESPA"


@pytest.mark.parametrize("name", ["Kallax", "Kallax Airport", "Luleå-Kallax"])
def test_kallax_answers_the_airport(gazetteer, name):
    assert best_answer(gazetteer, name)["gazetteer_id"] == "airport:ESPA"


def test_kalix_the_town_keeps_its_place(gazetteer):
    found = places_by_surface("Refugees were bused from Kalix to Haparanda on Monday.", gazetteer)
    assert found["Kalix"]["gazetteer_id"] != "airport:ESPA" and found["Kalix"]["country"] == "SE"
