"""Straits of Europe that ship movements pass (gazetteer/areas.csv, session 15): each is found
in a sentence of our own and by `geocode`, where a loose spelling or nothing was found before.
Sentences written for these tests."""

import pytest

from geomove.movements import extract
from placing import best_answer, places_by_surface


@pytest.mark.parametrize("name, lat, lon", [
    ("Strait of Messina", 38.25, 15.63), ("Skagerrak", 57.85, 9.07),
    ("Oresund", 55.75, 12.75), ("Strait of Dover", 51.02, 1.48)])
def test_geocode_finds_the_strait(gazetteer, name, lat, lon):
    best = best_answer(gazetteer, name)
    assert best is not None and best["kind"] == "strait"
    assert abs(best["lat"] - lat) < 0.05 and abs(best["lon"] - lon) < 0.05


def test_the_department_keeps_its_name(gazetteer):
    """'Pas-de-Calais' is the French département, not the strait the French call so."""
    assert best_answer(gazetteer, "Pas-de-Calais")["kind"] == "admin2"


def test_a_strait_passed_is_a_via(gazetteer):
    text = ("The Norwegian frigate Fridtjof Nansen left Bergen on Monday, sailed through the "
            "Skagerrak and reached Gdynia on Thursday.")
    found = places_by_surface(text, gazetteer)
    assert found["Skagerrak"]["kind"] == "strait"
    (m,) = [f["properties"] for f in extract(text, published="2026-11-20", gazetteer=gazetteer)]
    assert m["origin"]["name"] == "Bergen" and m["destination"]["name"] == "Gdynia"
    assert [v["name"] for v in m["via"]] == ["Skagerrak"]
