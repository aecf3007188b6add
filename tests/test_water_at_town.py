"""A bay (harbour) the index lacks, named after a town of some importance, read at that town where
the text backs it ("Warships left Nha Trang for Cam Ranh Bay": the port of Cam Ranh); elsewhere
the whole name is left without a point, as before (mentions.features FEATURE_HEADS_AT_TOWN,
acceptance._water_at_an_unbacked_town). The sentences are our own."""

import pytest

from geomove.mentions import find_mentions
from geomove.movements import extract


def _found(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}


@pytest.mark.parametrize("text, surface, name, country", [
    ("Warships left Nha Trang for Cam Ranh Bay on Monday.", "Cam Ranh Bay", "Cam Ranh", "VN"),  # near Nha Trang
    ("Three Russian warships arrived in Cam Ranh Bay on Sunday, Vietnamese media said.", "Cam Ranh Bay", "Cam Ranh", "VN"),
    ("Two destroyers sailed into Tokyo Bay, Japan's defence ministry said.", "Tokyo Bay", "Tokyo", "JP"),
])
def test_a_bay_the_index_lacks_is_read_at_its_town_where_the_text_backs_it(gazetteer, text, surface, name, country):
    m = _found(text, gazetteer)[surface]
    assert (m.get("name"), m.get("country"), m["role"]) == (name, country, "place"), m
    assert "the bay at" in m["why"]


@pytest.mark.parametrize("text, surface", [
    ("Ferries left Auckland for Islington Bay on Sunday.", "Islington Bay"),  # no bay at London's Islington
    ("Three Russian warships arrived in Cam Ranh Bay on Sunday.", "Cam Ranh Bay"),  # nothing backs Vietnam
])
def test_an_unbacked_bay_keeps_no_point(gazetteer, text, surface):
    m = _found(text, gazetteer)[surface]
    assert m.get("lat") is None and m["role"] == "place", m
    assert "is not the bay" in m["why"]


def test_the_move_to_a_bay_at_a_town_has_its_destination(gazetteer):
    props = [f["properties"] for f in extract("Warships left Nha Trang for Cam Ranh Bay on Monday.",
                                               gazetteer=gazetteer, published="2026-03-10")]
    assert [(p["origin"]["name"], p["destination"]["name"]) for p in props] == [("Nha Trang", "Cam Ranh")]
