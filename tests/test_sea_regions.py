"""Regions of islands spread over a sea, regions named in the singular (issue 11). Sentences written for these tests."""

from geomove.mentions import places


def test_the_caribbean_is_a_region_of_no_one_country(gazetteer):
    got = places("Relief flights fanned out across the Caribbean after the storm.", gazetteer=gazetteer)
    assert [p["surface"] for p in got] == ["Caribbean"]
    area = got[0]
    assert area["kind"] == "region" and area["country"] is None
    # it spans the islands from the Bahamas to Trinidad, not a patch of Cuba's size
    assert area["uncertainty_km"] >= 1500
    assert 10 < area["lat"] < 25 and -85 < area["lon"] < -60


def test_a_caribbean_country_beside_it_keeps_its_own_point(gazetteer):
    got = {p["surface"]: p for p in places("The cutter left the Caribbean for Jamaica.", gazetteer=gazetteer)}
    assert got["Jamaica"]["country"] == "JM" and got["Caribbean"]["kind"] == "region"


def test_a_region_named_in_the_singular_is_the_region_of_its_plural(gazetteer):
    got = places("Arms smuggling grew across the Balkan region last year.", gazetteer=gazetteer)
    assert [(p["name"], p["kind"], p["country"]) for p in got] == [("Balkans", "region", None)]


def test_a_province_word_or_a_country_after_of_keeps_the_province(gazetteer):
    got = places("Drilling resumed in Balkan province.", gazetteer=gazetteer)
    assert [(p["kind"], p["country"]) for p in got] == [("admin1", "TM")]
    got = {p["surface"]: p for p in places("Drilling resumed in the Balkan region of Turkmenistan.",
                                           gazetteer=gazetteer)}
    assert got["Balkan"]["kind"] == "admin1" and got["Balkan"]["country"] == "TM"
