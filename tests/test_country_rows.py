"""Countries and territories the index must hold, and abbreviations geocode must read as the
running text does (geomove.gazetteer_build.country_rows, geomove.gazetteer.answers)."""

import pytest

from geomove.gazetteer import answers as A
from geomove.gazetteer_build import _ne_country_code


def test_natural_earth_code_falls_back_to_the_eh_column():
    assert _ne_country_code("SY", "SY") == "SY"
    assert _ne_country_code("-99", "FR") == "FR"      # France, Norway
    assert _ne_country_code("CN-TW", "TW") == "TW"    # Taiwan: a political note, not a code
    assert _ne_country_code("-99", "-99") is None


@pytest.mark.parametrize("name, cc", [("Taiwan", "TW"), ("Mayotte", "YT"), ("Christmas Island", "CX")])
def test_a_country_without_a_shape_of_its_own_is_still_a_country(gazetteer, name, cc):
    best = gazetteer.resolve(name)
    assert best is not None and best["kind"] == "country" and best["country"] == cc


def test_a_territory_without_a_shape_stands_at_its_capital(gazetteer):
    place = gazetteer.country("YT")
    # Mamoudzou, Mayotte's capital, with the radius of a disc of the island's ~374 km2
    assert abs(place["lat"] - -12.78) < 0.05 and abs(place["lon"] - 45.23) < 0.05
    assert 5 <= place["uncertainty_km"] <= 20


@pytest.mark.parametrize("written, cc", [("UK", "GB"), ("U.K.", "GB"), ("USA", "US"), ("UAE", "AE"),
                                         ("DRC", "CD")])
def test_geocode_reads_a_capitalised_country_abbreviation(gazetteer, written, cc):
    found = A.answers(gazetteer, written)
    assert found[0]["kind"] == "country" and found[0]["country"] == cc
    assert "abbreviation" in found[0]["why"]


def test_an_abbreviation_outside_the_hinted_countries_is_no_answer(gazetteer):
    assert A.answers(gazetteer, "UK", countries=["US"]) == []
    assert A.answers(gazetteer, "UK", countries=["GB"])[0]["country"] == "GB"


def test_the_same_letters_in_lower_case_are_no_abbreviation(gazetteer):
    assert A.country_abbreviation_answer(gazetteer, "Uk") is None
