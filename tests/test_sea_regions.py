"""Regions of islands spread over a sea (issue 11). Sentences written for these tests."""

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
