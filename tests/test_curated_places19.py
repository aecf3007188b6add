"""Three more places of gaz17's missing list (places19): Tarkint (Mali), Cité Soleil (Haiti) and
Dolow (Somalia), gazetteer/features.csv rows citing the Wikipedia article and the coordinate as it
gives it. Before them 'geomove geocode' answered Tarcento (Italy) for 'Tarkint', no place for
'Cité Soleil' and 'Dolow', and a Somali 'Dolo' was the Tigray village. The sentences are written
for these tests."""

import csv
import re
from pathlib import Path

import pytest

from geomove.distance import haversine_km
from geomove.mentions import find_mentions, places
from geomove.movements import extract
from placing import cited_point as _cited, feature_rows as _rows

FEATURES = Path(__file__).resolve().parent.parent / "gazetteer" / "features.csv"
ROWS = ["tarkint", "cite-soleil", "dolow"]


def test_the_parser_reads_french_and_german_points():
    assert _cited("fr.x (u): 18° 35′ 00″ nord, 72° 20′ 06″ ouest") == pytest.approx((18.58333, -72.335), abs=1e-4)
    assert _cited("de.x (u): 4° 9′ N, 42° 5′ O") == pytest.approx((4.15, 42.08333), abs=1e-4)


def test_row_ids_are_unique():
    with open(FEATURES, encoding="utf-8", newline="") as f:
        ids = [r["id"] for r in csv.DictReader(f)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("ident", ROWS)
def test_each_row_is_the_point_its_article_gives(ident):
    r = _rows()[ident]
    assert re.match(r"(en|fr|de)\.wikipedia '[^']+' \(https://(en|fr|de)\.wikipedia\.org/wiki/", r["source"]), r["source"]
    assert r["licence"] == "CC BY-SA 4.0" and r["note"]
    lat, lon = _cited(r["source"])
    assert haversine_km(float(r["lat"]), float(r["lon"]), lat, lon) < 0.5


@pytest.mark.parametrize("ident", ROWS)
def test_each_row_lies_in_its_country(gazetteer, ident):
    r = _rows()[ident]
    assert gazetteer.country_at(float(r["lat"]), float(r["lon"])) == r["country"]


@pytest.mark.parametrize("name, ident", [
    ("Tarkint", "tarkint"),
    ("Cité Soleil", "cite-soleil"), ("Cite Soleil", "cite-soleil"), ("Cité-Soleil", "cite-soleil"),
    ("Dolow", "dolow"), ("Doolow", "dolow"), ("Dolo", "dolow"),
])
def test_the_names_reports_use_answer_the_row(gazetteer, name, ident):
    best = gazetteer.candidates(name, limit=1)[0]
    assert best["gazetteer_id"] == f"curated:{ident}" and best["score"] >= 0.55, best


@pytest.mark.parametrize("text, surface, ident", [
    ("Malian troops advanced from Tarkint towards Bourem.", "Tarkint", "tarkint"),
    ("Gangs from Cité Soleil attacked the airport in Port-au-Prince.", "Cité Soleil", "cite-soleil"),
    ("The convoy transited Dolo on its way to Baidoa.", "Dolo", "dolow"),
    ("Ethiopian troops left Dolow for Luuq on Monday.", "Dolow", "dolow"),
])
def test_a_sentence_reads_the_row(gazetteer, text, surface, ident):
    found = {m["surface"]: m for m in places(text, gazetteer=gazetteer)}
    assert found[surface]["gazetteer_id"] == f"curated:{ident}", found


def test_dolo_in_a_tigray_text_stays_the_tigray_village(gazetteer):
    found = {m["surface"]: m for m in places("Tigrayan forces shelled Dolo near Mekelle.", gazetteer=gazetteer)}
    assert found["Dolo"]["country"] == "ET"


def test_a_dateline_from_dolo_is_the_somali_town(gazetteer):
    # (before the row the dateline was dropped: 'Somalia' after it bound it, and no Dolo lay there)
    text = "DOLO, Somalia, Nov 18 (Reuters) - Kenyan troops left the town for Mandera on Monday."
    dl = [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == "DOLO"]
    assert dl and dl[0]["role"] == "dateline" and dl[0]["gazetteer_id"] == "curated:dolow", dl


def test_a_column_from_dolow_to_luuq_is_one_movement(gazetteer):
    (move,) = extract("Ethiopian troops drove from Dolow to Luuq on Monday.", gazetteer=gazetteer,
                      published="2025-03-10")
    p = move["properties"]
    assert p["origin"]["gazetteer_id"] == "curated:dolow"
    assert p["destination"]["country"] == "SO"
