"""Exports read back as GIS tools read them (geopandas/pyogrio), and export → import round trips."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import geopandas as gpd
import pyogrio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomove.errors import UsageError
from geomove.export import ACLED_COLUMNS, FORMATS, export
from geomove.importer import read_movements, validate_feature
from geomove.log import MovementLog
from geomove.model import PRECISIONS, STATUSES, TIME_PRECISIONS, make_movement, make_place

KML = "{http://www.opengis.net/kml/2.2}"
KOBANI = make_place(name="Kobani", surface="Ayn al-Arab", lat=36.890879123, lon=38.353921987, country="SY",
                    kind="city", precision="exact", gazetteer_id="gn:20", uncertainty_km=2.5, score=0.8)
MANBIJ = make_place(name="Manbij", lat=36.5281, lon=37.9549, country="SY", precision="near")
SARRIN = make_place(name="Sarrin", lat=36.4667, lon=38.2167, precision="region")


def sample():
    return [
        make_movement(actor="Armoured unit <A&B>", what="tanks \"moved\" south", origin=KOBANI,
                      destination=MANBIJ, via=[SARRIN], start="2024-05-01T04:30:00+02:00",
                      end="2024-05-01T09:00:00Z", time_precision="day", count=12,
                      counts=[{"value": 12, "unit": "tanks"}], mode="road", source="Wire",
                      url="https://w.example/a?b=1&c=2", published="2024-05-02", quote="Quote ‘one’.",
                      confidence=0.75, raw={"sentence": 3}),
        make_movement(actor="قوات", what="withdrew", origin=MANBIJ, destination=None, start="2024-06-01",
                      end="2024-06-30", time_precision="month", source="Local outlet", published="2024-06-15"),
        make_movement(actor="Ghost column", what="denied", origin=MANBIJ, destination=KOBANI,
                      start="2024-05-03", status="denied"),
    ]


def normalised(features):
    return [validate_feature(f, where="test") for f in features]


def test_geojson_is_rfc7946(tmp_path):
    text = export(sample(), "geojson", None)
    data = json.loads(text)
    assert "crs" not in data
    assert len(data["features"]) == 2  # the denied movement is left out
    first = data["features"][0]
    assert first["geometry"]["coordinates"][0] == [38.3539220, 36.8908791]  # lon, lat, 7 decimals
    assert first["properties"]["start"] == "2024-05-01T02:30:00Z"
    assert first["properties"]["origin"]["lat"] == 36.8908791
    assert len(json.loads(export(sample(), "geojson", None, include_all=True))["features"]) == 3


def test_geojson_reads_back_in_geopandas_with_temporal_fields(tmp_path):
    path = tmp_path / "m.geojson"
    assert export(sample(), "geojson", path) is None
    gdf = gpd.read_file(path)
    assert gdf.crs.to_epsg() == 4326
    assert gdf.geometry.iloc[0].geom_type == "LineString"
    assert gdf.geometry.iloc[1] is None  # one place only: no line (null geometry)
    # GDAL (hence QGIS's Temporal Controller) types the ISO 8601 fields as date-times.
    info = pyogrio.read_info(path)
    types = dict(zip(info["fields"], info["ogr_types"]))
    assert types["start"] == types["end"] == "OFTDateTime"
    assert str(gdf["start"].dtype).startswith("datetime64")
    assert gdf["start"].iloc[0].isoformat() == "2024-05-01T02:30:00+00:00"
    assert read_movements(path) == normalised(sample()[:2])


def test_csv_has_acled_columns_and_round_trips(tmp_path):
    path = tmp_path / "m.csv"
    export(sample(), "csv", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets detect UTF-8 by the BOM
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0])[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert (rows[0]["event_date"], rows[0]["time_precision"], rows[0]["geo_precision"]) == ("2024-05-01", "1", "2")
    assert (rows[0]["location"], rows[0]["latitude"], rows[0]["longitude"]) == ("Manbij", "36.5281", "37.9549")
    assert rows[1]["time_precision"] == "3" and rows[1]["location"] == "Manbij"  # no destination: origin
    assert read_movements(path) == normalised(sample()[:2])
    frame = gpd.pd.read_csv(path)
    assert list(frame["actor1"]) == ["Armoured unit <A&B>", "قوات"]


def test_gpkg_has_line_and_point_layers_and_round_trips(tmp_path):
    path = tmp_path / "m.gpkg"
    export(sample(), "gpkg", path, include_all=True)
    layers = {name: kind for name, kind in pyogrio.list_layers(path)}
    # layer_styles: QGIS's style table (no geometry), as in a GeoPackage QGIS saved styles into
    assert layers == {"movements": "LineString", "places": "Point", "layer_styles": None}
    places = gpd.read_file(path, layer="places")
    assert sorted(places["name"]) == ["Kobani", "Manbij", "Sarrin"]
    assert places.crs.to_epsg() == 4326
    movements = gpd.read_file(path, layer="movements")
    assert len(movements) == 3
    info = pyogrio.read_info(path, layer="movements")
    types = dict(zip(info["fields"], info["ogr_types"]))
    assert types["start"] == types["end"] == "OFTDateTime"  # for QGIS's Temporal Controller
    assert movements["start"].iloc[0].isoformat() == "2024-05-01T02:30:00+00:00"
    with MovementLog.from_geodataframe(movements) as log:
        assert log.query(status=None) == MovementLog_from(sample()).query(status=None)


def MovementLog_from(features):
    log = MovementLog(":memory:")
    log.add(features)
    return log


def test_kml_has_timespans_escapes_text_and_reads_back(tmp_path):
    path = tmp_path / "m.kml"
    export(sample(), "kml", path)
    root = ET.parse(path).getroot()  # well-formed despite <, & and quotes in the data
    marks = root.findall(f".//{KML}Folder[{KML}name='Movements']/{KML}Placemark")
    assert len(marks) == 2
    assert marks[0].findtext(f"{KML}name") == 'Armoured unit <A&B> — tanks "moved" south'
    assert marks[0].findtext(f"{KML}TimeSpan/{KML}begin") == "2024-05-01T02:30:00Z"
    assert marks[0].findtext(f"{KML}TimeSpan/{KML}end") == "2024-05-01T09:00:00Z"
    assert marks[1].findtext(f"{KML}TimeSpan/{KML}begin") == "2024-06-01"
    gdf = gpd.read_file(path, layer="Movements")
    assert gdf.geometry.iloc[0].geom_type == "LineString"
    assert [round(c, 7) for c in gdf.geometry.iloc[0].coords[0][:2]] == [38.353922, 36.8908791]
    assert len(gpd.read_file(path, layer="Places")) == 3
    if "LIBKML" in pyogrio.list_drivers():  # GDAL's libkml reader turns <TimeSpan> into fields
        spans = gpd.read_file(path, layer="Movements", driver="LIBKML")
        assert spans["begin"].iloc[0].isoformat() == "2024-05-01T02:30:00+00:00"
        assert spans["end"].iloc[0].isoformat() == "2024-05-01T09:00:00+00:00"
        assert spans["actor1"].iloc[1] == "قوات"


def test_kml_drops_characters_xml_cannot_hold():
    text = export([make_movement(actor="bell\x07", origin=KOBANI, destination=MANBIJ)], "kml", None)
    assert ET.fromstring(text.split("\n", 1)[1]) is not None


def test_export_usage_errors(tmp_path):
    assert FORMATS == ("geojson", "gpkg", "kml", "csv")
    with pytest.raises(UsageError, match="needs an output file"):
        export(sample(), "gpkg", None)
    with pytest.raises(UsageError, match="unknown export format"):
        export(sample(), "shp", tmp_path / "x.shp")


def test_empty_exports_are_valid(tmp_path):
    assert json.loads(export([], "geojson", None)) == {"type": "FeatureCollection", "features": []}
    export([], "gpkg", tmp_path / "e.gpkg")
    assert len(gpd.read_file(tmp_path / "e.gpkg", layer="movements")) == 0
    path = tmp_path / "e.csv"
    export([], "csv", path)
    assert read_movements(path) == []


# ---------------------------------------------------------------- property-based round trips

text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20) | st.none()
lat = st.floats(-90, 90, allow_nan=False)
lon = st.floats(-180, 180, allow_nan=False)
place = st.builds(
    lambda name, la, lo, precision, km, gid, extra: make_place(
        name=name, lat=la, lon=lo, precision=precision, uncertainty_km=km, gazetteer_id=gid,
        **({"score": extra} if extra is not None else {})),
    text, lat, lon, st.sampled_from(PRECISIONS) | st.none(),
    st.floats(0, 500, allow_nan=False) | st.none(), text, st.floats(0, 1) | st.none())
when = st.dates().map(lambda d: d.isoformat()) | st.datetimes(timezones=st.just(__import__("datetime").timezone.utc)).map(
    lambda d: d.isoformat()) | st.none()
sources = st.lists(st.fixed_dictionaries(
    {"source": text, "url": text, "published": st.dates().map(lambda d: d.isoformat()) | st.none()}), max_size=2)
movement = st.builds(
    lambda actor, what, origin, via, destination, start, tp, count, conf, status, quote, src, url, note, outlets:
    make_movement(actor=actor, what=what, origin=origin, via=via, destination=destination, start=start,
                  end=None, time_precision=tp, count=count, confidence=conf, status=status, quote=quote,
                  source=src, url=url, sources=outlets, **({"note": note} if note else {})),
    text, text, place | st.none(), st.lists(place, max_size=2), place | st.none(), when,
    st.sampled_from(TIME_PRECISIONS) | st.none(), st.integers(0, 10**6) | st.floats(0, 1e6) | st.none(),
    st.floats(0, 1) | st.none(), st.sampled_from(STATUSES), text, text, text, text, sources)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(movement, max_size=4))
@pytest.mark.parametrize("fmt", ["geojson", "csv"])
def test_export_then_import_round_trips_every_field(tmp_path, fmt, features):
    expected = normalised(features)
    path = tmp_path / f"round.{fmt}"
    export(expected, fmt, path, include_all=True)
    assert read_movements(path) == expected


def test_review_has_its_own_column_and_comes_back(tmp_path):
    """The analyst's decision is a column a GIS can filter on; import reads it back and refuses a bad one."""
    from geomove.errors import InputError

    place = make_place(name="Kosti", lat=13.16, lon=32.66, precision="exact")
    moves = [make_movement(actor="RSF", origin=place, destination=place, quote="q"),
             make_movement(actor="SAF", origin=place, destination=place, quote="r")]
    moves[0]["properties"]["review"] = "accepted"
    out = tmp_path / "m.csv"
    export(moves, "csv", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [r["review"] for r in rows] == ["accepted", ""]
    assert "review" not in rows[0]["extra"]
    back = read_movements(out)
    assert [f["properties"].get("review") for f in back] == ["accepted", None]
    text = out.read_text(encoding="utf-8-sig").replace("accepted", "maybe")
    (tmp_path / "bad.csv").write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match="review"):
        read_movements(tmp_path / "bad.csv")
