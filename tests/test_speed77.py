"""speed77: what a run loads before it reads a word.

`places` loads neither the reading wing (but for a table's header reader, test_cli_startup) nor
the map and GIS libraries, nor platformdirs or importlib.resources (each imports tempfile, so
shutil, bz2, lzma and random: ~36 M instructions of a one-report run); the reading wing parses
each of its data files once; the user folders worked out without platformdirs are its own."""

import json
import os
import subprocess
import sys

import platformdirs
import pytest

from geomove.io import cache_files
from geomove.io.installed import curated_file, package_folder


def _loaded_by_places(tmp_path) -> set:
    report = tmp_path / "report.txt"
    report.write_text("A convoy left Mosul for Erbil on Monday, officials said.\n", encoding="utf-8")
    code = ("import sys, json; from geomove.cli import main\n"
            "try:\n"
            f"    main(['places', {str(report)!r}])\n"
            "except SystemExit:\n"
            "    pass\n"
            "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


def test_places_loads_no_reading_lexicon_maps_or_folder_libraries(tmp_path):
    loaded = _loaded_by_places(tmp_path)
    assert "geomove.mentions.finder" in loaded  # (the run did read the report)
    for module in ("geomove.read.lexicon", "geomove.read.assemble", "geomove.read.craft_types",
                   "folium", "geopandas", "shapely", "platformdirs", "importlib.resources", "tempfile",
                   "subprocess", "html.entities"):
        assert module not in loaded, module


_PARSED = """
import json, pathlib, sys
seen = []
read_text = pathlib.Path.read_text
def counted(self, *a, **k):
    if self.suffix == ".json" and self.parent.name == "read":
        seen.append(self.name)
    return read_text(self, *a, **k)
pathlib.Path.read_text = counted
import geomove.read.assemble  # noqa: F401  (every reading module)
import geomove.read.lazy
geomove.read.lazy.load_all()  # (and those loaded at their first call)
print(json.dumps(seen))
"""


def test_the_reading_wing_parses_each_data_file_once():
    out = subprocess.run([sys.executable, "-c", _PARSED], capture_output=True, text=True, check=True).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert "lexicon.json" in seen and "told_after.json" in seen
    assert len(seen) == len(set(seen)), sorted(n for n in set(seen) if seen.count(n) > 1)


@pytest.mark.parametrize("xdg,home", [("/tmp/x-cache", "/home/someone"), ("", "/home/someone"),
                                      ("relative/cache", "/home/someone"), (None, "/home/someone/"),
                                      (None, "/"), ("/tmp/x", None), (None, "relative-home")])
def test_user_folders_are_platformdirs_own(monkeypatch, xdg, home):
    for variable in ("XDG_CACHE_HOME", "XDG_DATA_HOME"):
        if xdg is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, xdg)
    if home is None:
        monkeypatch.delenv("HOME", raising=False)
    else:
        monkeypatch.setenv("HOME", home)
    for ours, theirs in ((cache_files.user_cache_dir, platformdirs.user_cache_dir),
                         (cache_files.user_data_dir, platformdirs.user_data_dir)):
        try:
            expected = theirs("geomove")
        except RuntimeError:  # (platformdirs finds no home: neither do we)
            with pytest.raises(RuntimeError):
                ours()
            continue
        assert ours() == expected


def test_package_folder_is_what_importlib_resources_gives():
    import importlib.resources
    for name in ("geomove.gazetteer_data", "geomove.read", "geomove.mentions"):
        assert str(package_folder(name)) == str(importlib.resources.files(name))
        assert (package_folder(name) / "__init__.py").is_file()
    with pytest.raises(ModuleNotFoundError):
        package_folder("geomove.no_such_package")
    assert os.path.isdir(package_folder("geomove.gazetteer_data"))


def test_curated_file_is_the_builders_curated_path():
    from geomove.gazetteer_build import CURATED_FILES, curated_path
    for name in CURATED_FILES + ("areas.csv", "no-such-file.csv"):
        assert curated_file(name) == curated_path(name)


@pytest.mark.parametrize("head", [b"SQLite format 3\x00rest", b"<?xml version='1.0'?><kml>", b"<kml>", b"<html>",
                                  b'{"type": "FeatureCollection"}', b"{not json", b"\xef\xbb\xbf  \n{\"features\": []}",
                                  ",".join(("event_date", "time_precision", "geo_precision", "actor1", "location",
                                            "latitude", "longitude", "source", "notes")).encode() + b"\r\nx",
                                  b"A convoy left Mosul, then Erbil.\n", b"Kyiv\nA, B", b"", b"\xff\xfe",
                                  b"   \n\t Plain text\nwith, commas later", b"event_date,notes\nx"])
def test_a_report_refused_as_movement_file_only_where_the_importer_would(head):
    from geomove.export import ACLED_COLUMNS
    from geomove.importer import movement_file_kind
    from geomove.reports import _MOVEMENT_CSV_COLUMN, _may_be_movement_file
    assert _MOVEMENT_CSV_COLUMN in ACLED_COLUMNS
    if movement_file_kind(head):
        assert _may_be_movement_file(head)
    assert _may_be_movement_file(b"Troops, tanks and trucks moved north.\n") is False
