"""`import`: GeoJSON and CSV read back; every kind of bad file is refused whole."""

from __future__ import annotations

import hashlib
import json

import pytest

from geomove.errors import CoordinateError, DateError, InputError
from geomove.export import export
from geomove.importer import read_movements
from geomove.log import AddResult, MovementLog
from geomove.model import make_movement, make_place

RAQQA = make_place(name="Raqqa", lat=35.9528, lon=39.0079, gazetteer_id="gn:10", precision="exact")
TABQA = make_place(name="Tabqa", lat=35.8356, lon=38.5481, gazetteer_id="gn:11", precision="near")


def movements(n=3):
    return [make_movement(actor="Engineer company", what=f"moved bridging kit {i}", origin=RAQQA,
                          destination=TABQA, start=f"2023-11-{i + 1:02d}", time_precision="day",
                          source="Desk notes", url=f"https://notes.example/{i}", quote=f"Line {i}.")
            for i in range(n)]


@pytest.fixture
def log_path(tmp_path):
    path = tmp_path / "log.sqlite"
    with MovementLog(path) as log:
        log.add(movements())
    return path


def snapshot(path):
    """The rows of every table, and the file's bytes (the log is closed between snapshots)."""
    with MovementLog(path) as log:
        rows = list(log.db.iterdump())
    return rows, hashlib.sha256(path.read_bytes()).hexdigest()


def good_geojson(tmp_path, features=None):
    path = tmp_path / "in.geojson"
    export(features or movements(5), "geojson", path)
    return path


def good_csv(tmp_path, features=None):
    path = tmp_path / "in.csv"
    export(features or movements(5), "csv", path)
    return path


def test_import_geojson_then_again_is_idempotent(tmp_path, log_path):
    path = good_geojson(tmp_path)
    with MovementLog(log_path) as log:
        assert log.import_file(path) == AddResult(added=2, unchanged=3)
        assert log.import_file(path) == AddResult(unchanged=5)
        assert len(log) == 5


def test_import_csv(tmp_path, log_path):
    with MovementLog(log_path) as log:
        assert log.import_file(good_csv(tmp_path)) == AddResult(added=2, unchanged=3)


def test_hand_coded_acled_style_csv(tmp_path):
    path = tmp_path / "coded.csv"
    path.write_text(
        "event_date,time_precision,geo_precision,actor1,location,latitude,longitude,source,notes\n"
        "2024-02-03,2,2,Militia X,Tabqa,35.8356,38.5481,Field notes,\"moved west, 12 vehicles\"\n"
        "2024-02-09,1,1,Militia X,Raqqa,35.9528,39.0079,Field notes,returned\n", encoding="utf-8")
    first, second = read_movements(path)
    props = first["properties"]
    assert props["start"] == "2024-02-03" and props["time_precision"] == "week"
    assert props["destination"]["name"] == "Tabqa" and props["destination"]["precision"] == "near"
    assert props["what"] == "moved west, 12 vehicles"
    assert second["properties"]["destination"]["lat"] == 35.9528
    with MovementLog(":memory:") as log:
        assert log.import_file(path) == AddResult(added=2)


def test_hand_drawn_geojson_line_without_places(tmp_path):
    path = tmp_path / "drawn.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"actor": "Armour", "start": "2024-01-05"},
        "geometry": {"type": "LineString", "coordinates": [[39.0, 35.9], [38.8, 35.85], [38.55, 35.83]]}}]}))
    (feature,) = read_movements(path)
    assert feature["geometry"]["coordinates"][1] == [38.8, 35.85]  # kept as drawn
    assert feature["properties"]["origin"]["lat"] == 35.9
    assert feature["properties"]["destination"]["lon"] == 38.55


def _geojson_with(tmp_path, mutate):
    data = json.loads(good_geojson(tmp_path).read_text())
    mutate(data["features"][3])
    path = tmp_path / "bad.geojson"
    path.write_text(json.dumps(data))
    return path


def _csv_with(tmp_path, mutate):
    lines = good_csv(tmp_path).read_text(encoding="utf-8-sig").splitlines()
    lines = mutate(lines)
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _set(path_keys, value):
    def mutate(feature):
        target = feature
        for key in path_keys[:-1]:
            target = target[key]
        target[path_keys[-1]] = value
    return mutate


BAD_FILES = {
    "invalid json": (lambda tmp: _write(tmp / "bad.geojson", '{"type": "FeatureCollection", "features": [\n{,]}'),
                     InputError, r"bad\.geojson: line 2 column 2: invalid JSON"),
    "not a collection": (lambda tmp: _write(tmp / "bad.geojson", '[1, 2]'),
                         InputError, "not a GeoJSON FeatureCollection"),
    "point geometry": (lambda tmp: _geojson_with(tmp, _set(["geometry"], {"type": "Point", "coordinates": [1, 2]})),
                       InputError, r"feature 4: geometry type 'Point' is not a LineString"),
    "latitude out of range": (
        lambda tmp: _geojson_with(tmp, _set(["properties", "destination", "lat"], 135.2)),
        CoordinateError, r"feature 4: destination: latitude 135.2 is outside -90..90"),
    "lat/lon swapped in a line": (
        lambda tmp: _geojson_with(tmp, _set(["geometry", "coordinates"], [[35.9, 139.0], [35.8, 38.5]])),
        CoordinateError, r"feature 4: position 1: latitude 139.0 .*swapped"),
    "bad date": (lambda tmp: _geojson_with(tmp, _set(["properties", "start"], "last Tuesday")),
                 DateError, r"feature 4: start: date 'last Tuesday'"),
    "bad status": (lambda tmp: _geojson_with(tmp, _set(["properties", "status"], "maybe")),
                   InputError, r"feature 4: status 'maybe'"),
    "projected crs": (lambda tmp: _write(tmp / "bad.geojson", json.dumps(
        {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:3857"}},
         "features": []})), InputError, "EPSG:3857"),
    "unknown column": (lambda tmp: _csv_with(tmp, lambda ls: [ls[0] + ",colour"] + [x + ",red" for x in ls[1:]]),
                       InputError, r"bad\.csv: row 1: unknown column 'colour'"),
    "missing column": (lambda tmp: _write(tmp / "bad.csv", "event_date,actor1\n2024-01-01,X\n"),
                       InputError, r"row 1: missing column 'time_precision'"),
    "short row": (lambda tmp: _csv_with(tmp, lambda ls: ls[:3] + ["2024-01-01,1"] + ls[3:]),
                  InputError, r"bad\.csv: row 4: has 2 cells"),
    "csv latitude out of range": (
        lambda tmp: _csv_with(tmp, lambda ls: ls[:4] + [ls[4].replace("35.8356", "95.8356")] + ls[5:]),
        CoordinateError, r"bad\.csv: row 5: destination: latitude 95.8356"),
    "csv count not a number": (
        lambda tmp: _write(tmp / "bad.csv",
                           "event_date,time_precision,geo_precision,actor1,location,latitude,longitude,"
                           "source,notes,count\n2024-01-01,1,1,X,Raqqa,35.9,39.0,s,n,many\n"),
        InputError, r"row 2: count 'many' is not a number"),
    "latin-1 encoding": (lambda tmp: _bytes(tmp / "bad.csv", good_csv(tmp).read_text(encoding="utf-8-sig")
                                           .replace("Tabqa", "Tabqa café", 1).encode("latin-1")),
                         InputError, r"bad\.csv: row 2: not UTF-8 text \(byte 0xe9\)"),
    "empty file": (lambda tmp: _write(tmp / "bad.geojson", "  \n"), InputError, "file is empty"),
}


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def _bytes(path, data):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_files_are_refused_and_the_log_is_untouched(tmp_path, log_path, case):
    make, error, message = BAD_FILES[case]
    bad = make(tmp_path)
    before = snapshot(log_path)
    with MovementLog(log_path) as log:
        with pytest.raises(error, match=message) as info:
            log.import_file(bad)
    text = str(info.value)
    assert "\n" not in text and text.startswith(str(bad))
    assert info.value.exit_code == 1
    assert snapshot(log_path) == before


def test_a_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="nope.geojson: cannot read"):
        read_movements(tmp_path / "nope.geojson")


def test_utf16_geojson_with_its_bom_is_read(tmp_path):
    good = good_geojson(tmp_path)
    path = tmp_path / "u16.geojson"
    path.write_text(good.read_text(), encoding="utf-16")
    assert read_movements(path) == read_movements(good)


def test_bytes_that_are_not_utf8_are_refused_with_their_line(tmp_path):
    path = tmp_path / "latin.geojson"
    path.write_bytes(good_geojson(tmp_path).read_bytes().replace(b"{", b"{\n\xe9", 1))
    with pytest.raises(InputError, match=r"latin\.geojson: line 2: not UTF-8 text \(byte 0xe9\)"):
        read_movements(path)


def test_csv_rows_are_counted_as_a_spreadsheet_counts_them(tmp_path):
    features = movements(4)
    features[1]["properties"]["quote"] = "two\nlines"
    path = good_csv(tmp_path, features)
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    lines[4] = lines[4].replace("2023-11-04", "2023-13-04")  # the 4th movement, spreadsheet row 5
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    with pytest.raises(DateError, match=r"row 5: start: date '2023-13-04'"):
        read_movements(path)


@pytest.mark.parametrize("fmt", ["geojson", "csv"])
def test_a_whole_log_survives_export_then_import_into_a_new_log(tmp_path, fmt):
    first = movements(3)
    second_outlet = make_movement(actor="engineer company", what="bridging kit", origin=RAQQA, destination=TABQA,
                                  start="2023-11-01", end="2023-11-02", source="Other outlet",
                                  url="https://other.example/1", quote="Seen too.", count=4)
    planned = make_movement(actor="Engineer company", what="will move", origin=TABQA, destination=RAQQA,
                            start="2023-12-01", status="planned", quote="Plans.")
    with MovementLog(tmp_path / "a.sqlite") as log:
        assert log.add([*first, second_outlet, planned]) == AddResult(added=4, merged=1)
        path = tmp_path / f"all.{fmt}"
        export(log.query(status=None), fmt, path, include_all=True)
        with MovementLog(tmp_path / "b.sqlite") as copy:
            assert copy.import_file(path) == AddResult(added=4)
            assert copy.query(status=None) == log.query(status=None)
            assert len(copy.sources(first[0]["properties"]["id"])) == 2


def test_hand_coded_rows_that_differ_only_in_date_or_count_are_all_kept(tmp_path):
    path = tmp_path / "coded.csv"
    header = "event_date,time_precision,geo_precision,actor1,location,latitude,longitude,source,notes,count\n"
    row = "{date},1,1,Militia X,Tabqa,35.8356,38.5481,Field notes,convoy,{count}\n"
    path.write_text(header + row.format(date="2024-02-03", count=5) + row.format(date="2024-02-09", count=5)
                    + row.format(date="2024-02-09", count=7) + row.format(date="2024-02-09", count=7),
                    encoding="utf-8")
    with MovementLog(":memory:") as log:
        assert log.import_file(path) == AddResult(added=3, unchanged=1)  # the last row repeats the third
        assert log.import_file(path) == AddResult(unchanged=4)
        assert len(log) == 3
