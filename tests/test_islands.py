"""The world's large islands as places (gazetteer/areas.csv, kind `region`, note "island; ...").

Rule of the table: the islands of Wikipedia's "List of islands by area" of 25,000 km² or more, and
those of 3,000 km² or more in the seas reports cover most (the Mediterranean, the Philippines, ...),
unless the island is a country or the index already answers its name with the island's own
province or a place on it. Each row's radius is that of a disc of the island's area. The
sentences are written for these tests."""

import csv
import math
import re
from pathlib import Path

import pytest

from geomove.gazetteer.answers import answers
from geomove.mentions import places
from placing import km

DATA = Path(__file__).resolve().parent.parent / "gazetteer"
AREA = re.compile(r"\(([\d,]+(?:\.\d+)?) km² in the same article")


def island_rows():
    with open(DATA / "areas.csv", encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if r["note"].startswith("island")]


def test_an_island_row_is_a_disc_of_the_area_its_article_gives():
    checked = 0
    for r in island_rows():
        m = AREA.search(r["note"])
        if not m:
            continue
        area = float(m.group(1).replace(",", ""))
        assert r["kind"] == "region" and r["licence"] == "CC BY-SA 4.0", r["name"]
        # to 3 %: the radius is rounded to the km (and Newfoundland's older row reads 190 for 186)
        assert abs(float(r["uncertainty_km"]) / math.sqrt(area / math.pi) - 1) < 0.03, r["name"]
        checked += 1
    assert checked >= 28


def best_answer(gazetteer, name):
    """What `geomove geocode NAME` puts first: the best of the index's places and the areas."""
    return max(answers(gazetteer, name), key=lambda c: c["score"])


def _one(found, surface):
    hits = [m for m in found if m["surface"] == surface]
    assert hits, (surface, [m["surface"] for m in found])
    return hits[0]


@pytest.mark.parametrize("text, surface, country, lat, lon", [
    ("Typhoon Mara made landfall on Luzon on Sunday, then weakened over the mountains.", "Luzon", "PH", 16.0, 121.0),
    ("Marines landed on Mindanao after the ferry docked at Cotabato.", "Mindanao", "PH", 8.0, 125.0),
    ("The ferry from Panay docked at Iloilo after a night crossing.", "Panay", "PH", 11.15, 122.48),
    ("Two battalions moved north across Honshu by rail.", "Honshu", "JP", 36.0, 138.0),
    ("Rescue teams flew to Sulawesi once the aftershocks eased.", "Sulawesi", "ID", -2.0, 121.0),
    ("A destroyer shadowed the tanker off Sakhalin for two days.", "Sakhalin", "RU", 51.0, 143.0),
    ("The storm hit the South Island of New Zealand overnight.", "South Island", "NZ", -43.98, 170.45),
    ("Troops were flown from Kyushu to Okinawa.", "Kyushu", "JP", 33.0, 131.0),
])
def test_a_report_that_names_a_large_island_is_placed_on_it(gazetteer, text, surface, country, lat, lon):
    m = _one(places(text, gazetteer=gazetteer), surface)
    assert m["gazetteer_id"].startswith("geomove-area:") and m["country"] == country
    assert km((m["lat"], m["lon"]), (lat, lon)) < 5


def test_a_village_named_after_an_island_no_longer_answers_the_island(gazetteer):
    """Luzon the village lies on Mindanao, ~1,000 km from the island a report means."""
    best = best_answer(gazetteer, "Luzon")
    assert best["gazetteer_id"] == "geomove-area:luzon"
    assert km((best["lat"], best["lon"]), (16.0, 121.0)) < 1


@pytest.mark.parametrize("text, surface, ident_prefix, country", [
    ("Fighting was reported in the highlands of Papua New Guinea.", "Papua New Guinea", "geonames:", "PG"),
    ("Tourists flew from Palma de Mallorca to Madrid.", "Palma de Mallorca", "geonames:", "ES"),
    ("Peacekeepers left East Timor for Darwin.", "East Timor", "geonames:", "TL"),
    ("A frigate left Southampton for the Falklands.", "Southampton", "geonames:", "GB"),
    ("The ferry crossed from Vancouver to the island overnight.", "Vancouver", "geonames:", "CA"),
])
def test_a_longer_name_that_holds_an_island_keeps_its_own_place(gazetteer, text, surface, ident_prefix, country):
    m = _one(places(text, gazetteer=gazetteer), surface)
    assert m["gazetteer_id"].startswith(ident_prefix) and m["country"] == country


@pytest.mark.parametrize("name, kind, country", [
    ("Cuba", "country", "CU"), ("Madagascar", "country", "MG"), ("Sicily", "admin1", "IT"),
    ("Crete", "admin1", "GR"), ("Hokkaido", "admin1", "JP"), ("Tasmania", "admin1", "AU"),
])
def test_an_island_that_is_a_country_or_province_keeps_that_answer(gazetteer, name, kind, country):
    best = best_answer(gazetteer, name)
    assert best["kind"] == kind and best["country"] == country
