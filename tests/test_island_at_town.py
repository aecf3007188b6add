"""An island the index lacks, named after a town of some importance, read at that town where the
text backs it ("moved a missile unit from Kumamoto to Ishigaki Island": the island's town
Ishigaki), as a bay is (tests/test_water_at_town.py); elsewhere the whole name is left without a
point, as before. The sentences are our own."""

import pytest

from geomove.mentions import find_mentions
from geomove.movements import extract


def _found(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}


@pytest.mark.parametrize("text, surface, name, country", [
    ("Japan's Ground Self-Defense Force moved a missile unit from Kumamoto to Ishigaki Island by sea.",
     "Ishigaki Island", "Ishigaki", "JP"),
    ("Japanese marines landed on Ishigaki Island on Monday.", "Ishigaki Island", "Ishigaki", "JP"),
])
def test_an_island_the_index_lacks_is_read_at_its_town_where_the_text_backs_it(gazetteer, text, surface, name, country):
    m = _found(text, gazetteer)[surface]
    assert (m.get("name"), m.get("country"), m["role"]) == (name, country, "place"), m
    assert "the island at" in m["why"]


@pytest.mark.parametrize("text, surface", [
    ("The frigate sailed past Islington Island on Monday.", "Islington Island"),  # no island at London's Islington
    ("Marines landed on Ishigaki Island on Monday.", "Ishigaki Island"),  # nothing backs Japan
])
def test_an_unbacked_island_keeps_no_point(gazetteer, text, surface):
    m = _found(text, gazetteer)[surface]
    assert m.get("lat") is None and m["role"] == "place", m


def test_an_island_the_index_has_is_read_as_itself(gazetteer):
    m = _found("South Korean marines landed on Jeju Island on Monday.", gazetteer)["Jeju Island"]
    assert m.get("country") == "KR" and "the island at" not in m["why"]


def test_the_move_to_an_island_at_a_town_has_its_destination(gazetteer):
    props = [f["properties"] for f in extract(
        "Japan's Ground Self-Defense Force moved a missile unit from Kumamoto to Ishigaki Island by sea.",
        gazetteer=gazetteer, published="2026-11-18")]
    assert [(p["origin"]["name"], p["destination"]["name"]) for p in props] == [("Kumamoto", "Ishigaki")]
