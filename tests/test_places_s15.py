"""Places the coordinator added in session 15: straits of Europe that ship movements pass
(gazetteer/areas.csv) and two towns of report theatres (gazetteer/features.csv). Each is found in
a sentence of our own and by `geocode`, where a loose spelling or nothing was found before.
Sentences written for these tests."""

import re

import pytest

from geomove.movements import extract
from geomove.distance import haversine_km
from placing import best_answer, cited_point, feature_rows, places_by_surface


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


@pytest.mark.parametrize("ident", ["walikale", "agok"])
def test_each_town_row_is_the_point_its_article_gives(ident):
    r = feature_rows()[ident]
    assert r["licence"] == "CC BY-SA 4.0" and r["note"] and r["kind"] == "town"
    lat, lon = cited_point(r["source"])
    assert haversine_km(float(r["lat"]), float(r["lon"]), lat, lon) < 0.5


def test_the_towns_end_the_movements_that_name_them(gazetteer):
    text = ("Congolese troops withdrew from Walikale toward Lubutu on Monday. A Ghanaian company "
            "moved from Abyei to Agok on Tuesday.")
    moves = [f["properties"] for f in extract(text, published="2026-11-20", gazetteer=gazetteer)]
    ends = {(m["origin"]["name"], m["destination"]["name"]) for m in moves}
    assert ends == {("Walikale", "Lubutu"), ("Abyei", "Agok")}


def test_fame_by_another_name_seeds_no_context(gazetteer):
    """A famous place read by another of its names ('Kita', an old name of Quito) is not clear by
    its fame (finder._fame_by_another_name): its point is no context for the other names, so
    Kayes, Mali, is no longer ranked as 7,500 km from the places of a text about Mali."""
    from geomove.mentions import find_mentions
    text = "On Monday the army moved 500 soldiers from Kayes to Kita. Later 300 were sent from Segou to Mopti."
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert found["Kayes"]["country"] == "ML"
    # (no distance to Quito; since session 34 Ségou and Mopti, each read as the town or the region
    # named after it, are points, and Kayes may be told its distance to them, in Mali)
    far = [int(km.replace(",", "")) for km in re.findall(r"([\d,]+) km from other places", found["Kayes"]["why"])]
    assert all(km < 1000 for km in far), found["Kayes"]["why"]
    assert found["Kita"].get("lat") is None or found["Kita"]["country"] == "ML"  # no place rather than Quito


def test_fame_by_its_own_name_stays_clear(gazetteer):
    """Twin: a famous place written by its own name ('Bamako') is context for the others."""
    from geomove.mentions import find_mentions
    found = {m["surface"]: m for m in find_mentions("Soldiers moved from Bamako to Kita on Monday.", gazetteer=gazetteer)}
    assert found["Kita"]["country"] == "ML" and "km from other places" in found["Kita"]["why"]
