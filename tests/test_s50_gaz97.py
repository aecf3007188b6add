"""Session 50 (gaz97): road passes between Argentina and Chile and the Aconcagua, the class of
crossings the index lacked (places50_gaz97's texts), each a cited row.

- features.csv (kind crossing): the Cardenal Samoré, Hua Hum, Pichachén, Agua Negra, San
  Francisco, Sico and Peña Negra passes and the Integración Austral crossing (Argentina-Chile),
  the Portezuelo del Cajón (Hito Cajón, Bolivia-Chile), each at the point its Wikipedia article
  gives.
- areas.csv (region): the Aconcagua.
Bare names that are other places too stay those places: 'San Francisco' (no bare alias),
'Puyehue' (the Chilean village), 'Sico' in a Honduran text (the airfield).
"""

import csv
from pathlib import Path

import pytest

from placecounts import placed as _places
from placing import cited_point

from geomove.distance import haversine_km
from geomove.gazetteer import country_at

GAZ = Path(__file__).resolve().parent.parent / "gazetteer"

ROW_IDS = ["agua-negra-pass", "cardenal-samore-pass", "hua-hum-pass", "integracion-austral-pass", "pena-negra-pass",
           "pichachen-pass", "portezuelo-del-cajon", "san-francisco-pass", "sico-pass"]


def _rows(path):
    with (GAZ / path).open(encoding="utf-8") as f:
        return {r.get("id") or r["name"]: r for r in csv.DictReader(f) if "gaz97" in r.get("note", "")}


def test_the_rows_are_the_passes_and_the_mountain():
    assert sorted(_rows("features.csv")) == ROW_IDS
    assert sorted(_rows("areas.csv")) == ["Aconcagua"]


def test_each_row_is_at_its_cited_point_and_in_its_country():
    for ident, r in {**_rows("features.csv"), **_rows("areas.csv")}.items():
        lat, lon = cited_point(r["source"])
        assert haversine_km(lat, lon, float(r["lat"]), float(r["lon"])) < 0.5, ident
        assert r["licence"] == "CC BY-SA 4.0", ident
        if "country" in r:
            assert country_at(float(r["lat"]), float(r["lon"])) == r["country"], ident


def test_the_spanish_west_is_read_as_west():
    assert cited_point("es.wikipedia 'x' (u): 37°27′16″S 71°08′10″O") == pytest.approx((-37.45444, -71.13611), abs=1e-4)


@pytest.mark.parametrize("text, surface, country", [
    ("Buses from Osorno waited at the Cardenal Samoré pass for the snowplough.", "Cardenal Samoré", "AR"),
    ("Tourists crossed by Paso Puyehue into Neuquén.", "Paso Puyehue", "AR"),
    ("Police said the Hua Hum crossing stayed open while the higher passes shut.", "Hua Hum", "AR"),
    ("A cattle drive went over Pichachén from Antuco to El Cholar.", "Pichachén", "CL"),
    ("The tunnel under Agua Negra would link San Juan with Coquimbo.", "Agua Negra", "AR"),
    ("Lithium lorries from Copiapó use the Paso de San Francisco.", "Paso de San Francisco", "AR"),
    ("Trucks from Jujuy and Salta cross at Sico to reach Antofagasta.", "Sico", "AR"),
    ("Gendarmes patrolled the Paso Peña Negra in La Rioja.", "Paso Peña Negra", "AR"),
    ("A blizzard shut the Integración Austral crossing north of Punta Arenas.", "Integración Austral", "CL"),
    ("Lorries waited at Monte Aymond for the border to reopen.", "Monte Aymond", "CL"),
    ("Jeeps from Uyuni reach Chile at Hito Cajón.", "Hito Cajón", "CL"),
])
def test_a_pass_named_reads_its_row(gazetteer, text, surface, country):
    assert (surface, country, "crossing") in _places(gazetteer, text)


def test_the_mountain_is_read(gazetteer):
    got = _places(gazetteer, "An avalanche on Cerro Aconcagua buried a camp above Mendoza.")
    assert ("Cerro Aconcagua", "AR", "region") in got


@pytest.mark.parametrize("text, surface, country", [
    ("A new factory opened in San Francisco, Córdoba, Argentina.", "San Francisco", "AR"),
    ("Investors met in San Francisco, California, on Tuesday.", "San Francisco", "US"),
    ("Volcanic ash fell on Puyehue and Entre Lagos in southern Chile.", "Puyehue", "CL"),
])
def test_a_bare_name_of_other_places_stays_theirs(gazetteer, text, surface, country):
    got = _places(gazetteer, text)
    assert any(s == surface and c == country and k != "crossing" for s, c, k in got), got


def test_sico_in_honduras_stays_honduran(gazetteer):
    got = _places(gazetteer, "A light aircraft landed at Sico in Colón, Honduras.")
    assert not any(s == "Sico" and c == "AR" for s, c, _ in got), got
