"""Read-only SQLite paths survive the characters a URI gives meaning to."""

import sqlite3
from pathlib import Path

import pytest

from geomove import gazetteer_build
from geomove.gazetteer import Gazetteer, info
from geomove.io.sqlite_uri import connect_read_only, read_only_uri

from sqlite_files import connected

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("folder", ["a?b", "c#d", "e%20f", "g h"])
def test_a_folder_with_uri_characters_opens_the_file_in_it(tmp_path, folder):
    target = tmp_path / folder / "one.sqlite"
    target.parent.mkdir()
    with connected(target) as db:
        db.execute("CREATE TABLE t (v)")
        db.execute("INSERT INTO t VALUES ('inside')")
    for immutable in (False, True):
        ro = connect_read_only(target, immutable=immutable)
        assert ro.execute("SELECT v FROM t").fetchone() == ("inside",)
        with pytest.raises(sqlite3.OperationalError):
            ro.execute("INSERT INTO t VALUES ('no')")
        ro.close()
    # nothing was created beside the folder, as a raw 'file:' path cut at '?' or '#' would
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]


def test_the_uri_is_relative_path_safe(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert read_only_uri("x.sqlite").startswith("file:///")
    assert read_only_uri("x.sqlite", immutable=True).endswith("?mode=ro&immutable=1")


def test_a_gazetteer_index_under_a_folder_named_with_a_hash(tmp_path):
    folder = tmp_path / "cache#1?"
    folder.mkdir()
    old = gazetteer_build.KEY_ROWS_MIN
    gazetteer_build.KEY_ROWS_MIN = 1
    try:
        path = gazetteer_build.build(folder / "index.sqlite", curated=FIXTURES / "places.csv",
                                     packages=False, progress=False)
    finally:
        gazetteer_build.KEY_ROWS_MIN = old
    gaz = Gazetteer(path, user_places=tmp_path / "none.sqlite")
    assert gaz.meta
    assert info(path)["places"] > 0
