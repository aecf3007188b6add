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


def test_an_official_title_is_looked_for_in_linear_time():
    # the title pattern had '[A-Z][\w-]*[A-Z0-9][\w-]*' (a group's name such as 'M23'): on a
    # run of 'Al-' it backtracked cubically (12 s of CPU for 1,000 of them; the fuzz test hung)
    import time

    from geomove.read.no_force import _official_only

    start = time.process_time()
    assert _official_only("Al-" * 3000) is None
    assert time.process_time() - start < 1.0
    assert _official_only("the M23 commander") and _official_only("Somalia's army chief")


def test_a_place_that_speaks_is_who_told():
    from geomove.read.no_force import _speaker_of_place

    text = "Belarus moved two battalions from Minsk to Mozyr, Kyiv said on Monday."
    kyiv = {"start": text.index("Kyiv"), "end": text.index("Kyiv") + 4}
    mozyr = {"start": text.index("Mozyr"), "end": text.index("Mozyr") + 5}
    assert _speaker_of_place(text, kyiv, len(text)) and not _speaker_of_place(text, mozyr, len(text))
    text = "Troops reached Kyiv said to be calm on Monday."  # (no comma before it: no speaker)
    kyiv = {"start": text.index("Kyiv"), "end": text.index("Kyiv") + 4}
    assert not _speaker_of_place(text, kyiv, len(text), 0)
