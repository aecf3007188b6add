"""Places read in running text that were dropped (session 23, probe sentences of our own):
a capital named as its province is ('Ulaanbaatar': GeoNames calls the city Ulan Bator), and a
place after a sentence-opening participle ('Leaving Gao, ...': no word of a person's name)."""

import pytest

from geomove.mentions import find_mentions
from geomove.movements import extract


def _found(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}


@pytest.mark.parametrize("text, surface, country", [
    ("Troops flew from Ulaanbaatar to Juba on Monday.", "Ulaanbaatar", "MN"),
    ("Leaving Gao on Monday, the convoy reached Kidal.", "Gao", "ML"),
    ("Entering Gao at dawn, the column met no resistance.", "Gao", "ML"),
])
def test_the_place_is_read(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert surface in found and found[surface].get("country") == country, found


@pytest.mark.parametrize("text, absent", [
    ("Mark Gao said the road was open.", "Gao"),  # a person: the given name is no participle
    ("Boni is a small town in the hills.", "Boni"),  # a foreign name of Bonn, no province's
])
def test_no_place_where_none_is_meant(gazetteer, text, absent):
    found = _found(text, gazetteer)
    assert absent not in found or found[absent].get("lat") is None, found


def test_the_flight_from_the_capital_has_its_origin(gazetteer):
    props = [f["properties"] for f in extract("Mongolian peacekeepers departed Ulaanbaatar for Juba on Monday.",
                                               gazetteer=gazetteer, published="2026-03-10")]
    assert [(p["origin"] and p["origin"]["country"], p["destination"] and p["destination"]["name"]) for p in props] == [("MN", "Juba")]


def test_a_name_held_as_another_name_nearby_keeps_its_own_bearer(gazetteer):
    """'Kinmen' beside a demonym of China: the town Jincheng, read first, holds the name only as
    another name and was dropped as a stray variant far from China; the county Kinmen, 5 km away,
    bears it (guards._own_name_beside)."""
    found = _found("Chinese coast guard vessels entered waters off Kinmen on Monday.", gazetteer)
    assert found.get("Kinmen", {}).get("country") == "TW", found
