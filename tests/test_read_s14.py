"""Coordinator, session 14: constructions found on reports of our own. Sentences written for
these tests; the golden lines s14-* hold the routes, these check what the golden format cannot."""

from geomove.read.places import _beyond_both_sides, compatible

PAKISTAN_WEST = {"name": "Pakistan", "lat": 30.0, "lon": 70.0, "country": "PK", "kind": "country",
                 "precision": "region", "uncertainty_km": 800.0, "relation": {"type": "border", "with": "AF"}}
NYOMA = {"name": "Nyoma", "lat": 33.21, "lon": 78.65, "country": "IN", "kind": "town"}
CHAMAN = {"name": "Chaman", "lat": 30.92, "lon": 66.45, "country": "PK", "kind": "town"}
SPIN_BOLDAK = {"name": "Spin Boldak", "lat": 31.0, "lon": 66.4, "country": "AF", "kind": "town"}


def test_a_town_of_a_third_country_is_beyond_a_border_whose_two_sides_are_told():
    assert _beyond_both_sides(PAKISTAN_WEST, NYOMA) and not compatible(PAKISTAN_WEST, NYOMA)


def test_towns_on_either_side_refine_the_border():
    for town in (CHAMAN, SPIN_BOLDAK):
        assert not _beyond_both_sides(PAKISTAN_WEST, town) and compatible(PAKISTAN_WEST, town)


def test_a_border_told_with_one_side_stays_open_to_its_neighbours():
    one_side = {**PAKISTAN_WEST, "relation": {"type": "border"}}
    assert not _beyond_both_sides(one_side, NYOMA) and compatible(one_side, NYOMA)
