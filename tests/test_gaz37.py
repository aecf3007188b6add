"""gaz37: places the finder misread or lacked in border, base and conflict reports.

- Medininkai, the Lithuanian village and road checkpoint on the Belarus border (was Varniai, whose
  old name GeoNames keeps), Khotilovo air base, Jurf al-Nasr / Jurf al-Sakhar: rows with their
  cited points; Puerto Ordaz: another name of Ciudad Guayana.

The sentences are written for these tests; the twins must keep their readings."""

import pytest
from placing import cited_point, feature_rows, places_by_surface

from geomove.distance import haversine_km

@pytest.mark.parametrize("row_id", ["medininkai", "khotilovo-air-base", "jurf-al-nasr"])
def test_rows_at_their_cited_point(row_id):
    r = feature_rows()[row_id]
    lat, lon = cited_point(r["source"])
    assert haversine_km(float(r["lat"]), float(r["lon"]), lat, lon) < 0.5
    assert r["licence"]


@pytest.mark.parametrize("text,surface,gid", [
    # before: Varniai (LT, Telšiai), 200 km off
    ("Lithuanian officers closed the Medininkai checkpoint after Belarusian guards gathered.",
     "Medininkai", "curated:medininkai"),
    ("Trucks queued for a day at Medininkai on the road from Minsk.", "Medininkai", "curated:medininkai"),
    # before: no place
    ("Satellite images showed MiG-31 interceptors at Khotilovo air base in Tver region.",
     "Khotilovo air base", "curated:khotilovo-air-base"),
    ("Kataib Hezbollah moved rockets to Jurf al-Sakhar south of Baghdad.", "Jurf al-Sakhar", "curated:jurf-al-nasr"),
    ("Iraqi forces searched farms around Jurf al-Nasr on Friday.", "Jurf al-Nasr", "curated:jurf-al-nasr"),
    ("Soldiers were deployed to Puerto Ordaz after the blackout.", "Puerto Ordaz", "geonames:3645528"),
])
def test_new_places_read(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid
