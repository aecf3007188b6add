"""Session 46, gaz82: the lead's places probes. The sentences were written for these tests.

- A name that is both a town and the province of the same name that holds it ('Esmeraldas': the
  city and its province, tied in context) says where it is whichever it means: it now puts its
  point in the context of the text's other names (mentions.context._a_town_and_its_province_first),
  so a small town beside it is no longer read as a better-known namesake on another continent.
- Two towns the index lacked (gazetteer/features.csv): Hernandarias (Paraguay, beside Ciudad del
  Este) and Kankesanthurai (the port of the Jaffna peninsula, Sri Lanka), each at the point its
  Wikipedia article gives.
"""

import csv
from pathlib import Path

import pytest

from geomove.distance import haversine_km
from geomove.mentions import find_mentions
from geomove.mentions.context import CLEAR_MARGIN, _a_town_and_its_province_first

FEATURES = Path(__file__).resolve().parent.parent / "gazetteer" / "features.csv"


def _rows():
    with open(FEATURES, encoding="utf-8", newline="") as f:
        return {r["id"]: r for r in csv.DictReader(f)}


def _reading(gazetteer, text: str, surface: str) -> dict:
    return next(m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == surface)


# ------------------------------------------------------------------ the new rows

@pytest.mark.parametrize("ident, point, country, box", [
    # (the article's degrees and minutes, written out: 25°22′00″S 54°45′00″W; 9°48′55″N 80°02′40″E)
    ("hernandarias", (-(25 + 22 / 60), -(54 + 45 / 60)), "PY", (-27.7, -19.2, -62.7, -54.2)),
    ("kankesanthurai", (9 + 48 / 60 + 55 / 3600, 80 + 2 / 60 + 40 / 3600), "LK", (5.8, 9.9, 79.5, 82.0)),
])
def test_each_new_row_is_its_articles_point_and_in_its_country(ident, point, country, box):
    r = _rows()[ident]
    assert r["country"] == country and r["licence"] == "CC BY-SA 4.0"
    assert r["source"].startswith("en.wikipedia '") and "(https://en.wikipedia.org/wiki/" in r["source"]
    lat, lon = float(r["lat"]), float(r["lon"])
    assert haversine_km(lat, lon, *point) < 0.5
    s, n, w, e = box
    assert s <= lat <= n and w <= lon <= e


@pytest.mark.parametrize("name, ident", [
    ("Kankesanthurai", "kankesanthurai"),
    ("Kankesanturai", "kankesanthurai"),
])
def test_the_spellings_reports_use_answer_the_row(gazetteer, name, ident):
    assert gazetteer.candidates(name, limit=1)[0]["gazetteer_id"] == f"curated:{ident}"


@pytest.mark.parametrize("text, surface, country, name", [
    ("Paraguayan police moved from Hernandarias to Ciudad del Este.", "Hernandarias", "PY", "Hernandarias"),
    ("Police units moved from Ciudad del Este to Hernandarias.", "Hernandarias", "PY", "Hernandarias"),
    ("Sri Lankan navy vessels sailed from Trincomalee to Kankesanthurai.", "Kankesanthurai", "LK", "Kankesanthurai"),
    # near misses: the Argentine town of the name, beside the Argentine places of the text
    ("Argentine police drove from Santa Fe to Hernandarias.", "Hernandarias", "AR", "Villa Hernandarias"),
    ("Gendarmes in Entre Rios were sent to Hernandarias.", "Hernandarias", "AR", "Villa Hernandarias"),
    # no row needed: GeoNames' Tanah Merah of Papua is read where the text says Papua
    ("Indonesian troops were flown to Tanah Merah in Papua.", "Tanah Merah", "ID", "Tanah Merah"),
])
def test_a_new_row_is_read_where_the_text_is(gazetteer, text, surface, country, name):
    m = _reading(gazetteer, text, surface)
    assert (m["country"], m["name"]) == (country, name)


# ------------------------------------------------------------------ a town and its province

def _cand(name, kind, country, lat, lon, score, unc=2.0):
    return {"name": name, "kind": kind, "country": country, "lat": lat, "lon": lon,
            "uncertainty_km": unc, "context_score": score}


def test_a_town_and_the_province_that_holds_it_are_one_answer_for_the_context():
    city = _cand("Esmeraldas", "city", "EC", 0.96, -79.65, 1.05)
    province = _cand("Esmeraldas", "admin1", "EC", 0.75, -79.5, 1.04, unc=120.0)
    far = _cand("Esmeraldas", "town", "BR", -19.76, -44.31, 0.92)
    assert _a_town_and_its_province_first([city, province, far], 1.05)
    assert _a_town_and_its_province_first([province, city, far], 1.05)  # (either first)
    # not when a third reading is as close as the second: the name is still open
    near_third = dict(far, context_score=1.05 - CLEAR_MARGIN / 2)
    assert not _a_town_and_its_province_first([city, province, near_third], 1.05)
    # not a town outside the province's radius, nor one in another country
    assert not _a_town_and_its_province_first([dict(city, lat=3.5), province, far], 1.05)
    assert not _a_town_and_its_province_first([dict(city, country="CO"), province, far], 1.05)
    # not a province of another own name (a person's name read as a city and its oblast)
    assert not _a_town_and_its_province_first([city, dict(province, name="Esmeraldas Province North"), far], 1.05)
    # not two towns
    assert not _a_town_and_its_province_first([city, dict(province, kind="town"), far], 1.05)


@pytest.mark.parametrize("text, country", [
    ("Ecuadorian naval infantry left Esmeraldas for San Lorenzo on Tuesday.", "EC"),
    ("Ecuadorian marines were moved to Esmeraldas and to San Lorenzo.", "EC"),
    # near miss: beside Asunción the Paraguayan city of the name, as before
    ("Police reinforcements drove from Asuncion to San Lorenzo.", "PY"),
])
def test_a_town_beside_a_town_and_province_pair_is_read_near_it(gazetteer, text, country):
    assert _reading(gazetteer, text, "San Lorenzo")["country"] == country


# ------------------------------------------------------------------ a province's háček written out

@pytest.mark.parametrize("name, country, kind", [
    ("Tavush", "AM", "admin1"),   # Tavuš: before, Tovuz of Azerbaijan came first
    ("Shirak", "AM", "admin1"),   # Širak
    # near misses: a city of the province's own name still comes first; an oblast called otherwise
    ("Mush", "TR", "town"),
    ("Zhytomyr", "UA", "city"),
])
def test_a_province_asked_with_its_hacek_written_out_is_called_so(gazetteer, name, country, kind):
    top = gazetteer.candidates(name, limit=1)[0]
    assert (top["country"], top["kind"]) == (country, kind)
    if kind == "admin1":
        assert "another of its names" not in top["why"]
