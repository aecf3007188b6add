"""Every verb given bad input: exit 1 (data) or 2 (usage), at most 3 lines on stderr, no
traceback, and the movement log exactly as it was. One row per case."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from geomove.cli import main
from geomove.export import export
from geomove.model import make_movement, make_place

from sqlite_files import connected

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "convoy-report.txt"


def _log_rows(path: Path) -> list:
    with connected(f"file:{path}?mode=ro", uri=True) as db:
        return db.execute("SELECT rowid, feature FROM movements ORDER BY rowid").fetchall()


@pytest.fixture(scope="module")
def seeded_log(tmp_path_factory, gazetteer):
    """A log holding one report's movements, made once."""
    folder = tmp_path_factory.mktemp("seed")
    log = folder / "log.sqlite"
    assert main(["--quiet", "add", str(EXAMPLE), "--published", "2026-11-14", "--log", str(log)]) == 0
    return log


@pytest.fixture
def files(tmp_path, seeded_log):
    """The inputs of the table, named by the keys used in it."""
    (tmp_path / "afile").write_text("not a folder")
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "binary.bin").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    (tmp_path / "huge.txt").write_text("A convoy moved on. " * 60_000)  # 1.1 million characters
    (tmp_path / "report.txt").write_text("A column of trucks left Kilis for Azaz on Friday.\n")
    movement = make_movement(actor="Unit", what="moved", start="2024-05-01",
                             origin=make_place(name="A", lat=36.0, lon=37.0),
                             destination=make_place(name="B", lat=36.5, lon=37.5))
    export([movement], "csv", tmp_path / "movements.csv")
    export([movement], "geojson", tmp_path / "movements.geojson")
    export([movement], "kml", tmp_path / "movements.kml")
    export([movement], "gpkg", tmp_path / "movements.gpkg")
    (tmp_path / "places.csv").write_text("name,lat,lon\nHilltop post,95,10\n")
    (tmp_path / "nul.csv").write_bytes(open(tmp_path / "movements.csv", "rb").read().replace(b"Unit", b"U\x00nit"))
    (tmp_path / "deep.geojson").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "crs.geojson").write_text(json.dumps({"type": "FeatureCollection", "crs": "EPSG:3857",
                                                      "features": []}))
    (tmp_path / "latin1.csv").write_bytes("name,lat,lon\nCaf\xe9 post,36,37\n".encode("latin-1") + b"\xff\xfe\x00")
    damaged = tmp_path / "damaged.sqlite"
    shutil.copy(seeded_log, damaged)
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2:len(data) // 2 + 4096] = b"\xde\xad\xbe\xef" * 1024
    damaged.write_bytes(bytes(data))
    (tmp_path / "notalog.sqlite").write_text("just some text\n")
    (tmp_path / "late.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": None, "properties": {
            "start": "9999-12-31T23:59:59-05:00", "origin": {"name": "A", "lat": 1, "lon": 1}}}]}))
    log = tmp_path / "log.sqlite"
    shutil.copy(seeded_log, log)
    return tmp_path


# (verb and arguments, allowed exit codes, a word the one line must hold). {x} names a file of
# the fixture; the log is {log} unless the row says otherwise.
CASES = [
    # unwritable outputs
    ("render -o {afile}/map.html", {1}, "afile is a file"),
    ("render -o /proc/geomove-map.html", {1}, "cannot write"),
    ("export --format csv -o {afile}/out.csv", {1}, "afile is a file"),
    ("export --format gpkg -o /proc/out.gpkg", {1}, "cannot write"),
    ("gazetteer build --output {afile}/index.sqlite", {1}, "afile is a file"),
    ("render {report.txt} -o {tmp}", {2}, "directory"),
    # missing inputs
    ("extract {tmp}/missing.txt", {1}, "no such file"),
    ("places {tmp}/missing.txt", {1}, "no such file"),
    ("add {tmp}/missing.txt", {1}, "no such file"),
    ("import {tmp}/missing.csv", {1}, "missing.csv"),
    ("render {tmp}/missing.txt -o {tmp}/m.html", {1}, "no such file"),
    ("gazetteer add {tmp}/missing.csv", {1}, "missing.csv"),
    ("extract --jsonl {tmp}/missing.jsonl", {1, 2}, "missing.jsonl"),
    # empty inputs
    ("extract {empty.txt}", {1}, "empty"),
    ("add {empty.txt}", {1}, "empty"),
    ("import {empty.txt}", {1}, "empty"),
    ("render {empty.txt} -o {tmp}/m.html", {1}, "empty"),
    ("extract --jsonl {empty.txt}", {1}, "empty"),
    # binary inputs
    ("extract {binary.bin}", {1}, "binary"),
    ("add {binary.bin}", {1}, "binary"),
    ("import {binary.bin}", {1}, "binary"),
    ("render {binary.bin} -o {tmp}/m.html", {1}, "binary"),
    ("gazetteer add {binary.bin}", {1}, "binary.bin"),
    ("places {binary.bin}", {1}, "binary"),
    # huge inputs
    ("extract {huge.txt}", {1}, "at most"),
    ("add {huge.txt}", {1}, "at most"),
    # the wrong kind of file
    ("extract {movements.csv}", {1}, "movement file"),
    ("extract {movements.geojson}", {1}, "movement file"),
    ("add {movements.kml}", {1}, "movement file"),
    ("add {movements.gpkg}", {1}, "movement file"),
    ("places {movements.csv}", {1}, "movement file"),
    ("import {report.txt}", {1}, "report.txt"),
    ("gazetteer add {movements.geojson}", {1}, "movements.geojson"),
    ("import {nul.csv}", {1}, "NUL"),
    ("import {deep.geojson}", {1}, "nested"),
    ("import {crs.geojson}", {1}, "EPSG:3857"),
    ("gazetteer add {places.csv}", {1}, "latitude"),
    ("gazetteer add {latin1.csv}", {1}, "latin1.csv"),
    # bad dates
    ("extract {report.txt} --published 2024-02-30", {1}, "--published"),
    ("extract {report.txt} --published 9999-99-99", {1}, "--published"),
    ("add {report.txt} --published yesterday", {1}, "--published"),
    ("list --since 2024-13-01", {1, 2}, "--since"),
    ("export --format csv --until 20240101x", {1, 2}, "--until"),
    ("list --since 2024-05-01 --until 2024-04-01", {1}, "before"),
    ("list --until 9999-12-31", {0}, ""),
    ("export --format csv --since 9999-12-31 --until 9999-12-31", {0}, ""),
    ("list --since 0001-01-01 --bbox -180,-90,180,90", {0}, ""),
    ("import {late.geojson}", {1}, "start"),
    ("extract {report.txt} --published 9999-12-31", {0}, ""),
    ("extract {report.txt} --published 0001-01-01", {0}, ""),
    # bad bbox, near, kind
    ("list --bbox 1,2,3", {2}, "--bbox"),
    ("list --bbox 10,50,20,40", {2}, "north"),
    ("export --format geojson --bbox 200,0,210,10", {2}, "--bbox"),
    ("geocode Kilis --near 95,10", {2}, "swapped"),
    ("geocode Kilis --near north", {2}, "LAT,LON"),
    ("geocode Kilis --kind dam", {2}, "--kind"),
    ("list --actor " + "x" * 5000, {0, 1}, ""),
    # bad logs
    ("list --log {tmp}/typo.sqlite", {1}, "no movement log"),
    ("export --format csv --log {tmp}/typo.sqlite", {1}, "no movement log"),
    ("render --log {tmp}/typo.sqlite -o {tmp}/m.html", {1}, "no movement log"),
    ("list --log {damaged.sqlite}", {1}, "damaged"),
    ("add {report.txt} --log {damaged.sqlite}", {1}, "damaged"),
    ("import {movements.csv} --log {damaged.sqlite}", {1}, "damaged"),
    ("list --log {notalog.sqlite}", {1}, "not"),
    ("add {report.txt} --log {afile}/log.sqlite", {1}, "afile is a file"),
    ("list --log {tmp}", {1, 2}, "directory"),
    # usage
    ("extract", {2}, "give one report"),
    ("export --format shp", {2}, "--format"),
    ("extract {report.txt} --encoding klingon", {2}, "klingon"),
    ("nonsense", {2}, "nonsense"),
]


def _fill(arg: str, folder: Path, names: dict) -> str:
    for name, path in names.items():
        arg = arg.replace("{" + name + "}", path)
    return arg.replace("{afile}", str(folder / "afile")).replace("{tmp}", str(folder))


@pytest.mark.parametrize("command, codes, needle", CASES, ids=[c[0][:60] for c in CASES])
def test_bad_input_is_one_line_and_changes_nothing(files, capsys, monkeypatch, command, codes, needle):
    log = files / "log.sqlite"
    monkeypatch.setenv("GEOMOVE_LOG", str(log))
    before = _log_rows(log)
    names = {p.name: str(p) for p in files.iterdir()}
    args = [_fill(a, files, names) for a in command.split(" ")]
    code = main(args)
    out, err = capsys.readouterr()
    assert code in codes, (code, err)
    if code:
        assert needle in err, err
        assert 1 <= len(err.splitlines()) <= 3 and "Traceback" not in err, err
    assert _log_rows(log) == before
