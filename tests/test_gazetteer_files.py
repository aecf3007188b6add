"""A gazetteer made for a while lets go of its files: dropped, nothing the reader cached about it
keeps it alive (the store reader of the finder's shared cache held it, so every gazetteer a
process read with stayed open to the end, ~3 descriptors each: the test suite reached over a
thousand); closed, its descriptors are given back at once. The shared default, replaced (its
index path changed, the index rebuilt, the user's places changed), closes when the last caller
holding it lets go, never under one still reading; a file a reading fails on is closed too."""

import gc
import os
import sqlite3
import weakref

import pytest

from geomove.gazetteer import Gazetteer

from sqlite_files import needs_proc, open_on

# our own sentences
TEXT = "Two supply trucks drove from Kharkiv to Izium on Tuesday, the governor in Poltava said."


@pytest.mark.parametrize("task", ["places", "extract"])
def test_a_gazetteer_read_with_and_dropped_is_freed(gazetteer, task):
    from geomove.parallel import read_one

    gaz = Gazetteer(gazetteer.path, user_places=gazetteer.user_places)
    assert read_one({"text": TEXT}, task, gazetteer=gaz)  # (the finder's caches learn of it)
    gone = weakref.ref(gaz)
    del gaz
    gc.collect()
    assert gone() is None


@needs_proc
def test_a_closed_gazetteer_gives_its_descriptors_back(gazetteer):
    from geomove.mentions import find_mentions

    gc.collect()
    before = open_on(gazetteer.path)
    with Gazetteer(gazetteer.path, user_places=gazetteer.user_places) as gaz:
        assert find_mentions(TEXT, gazetteer=gaz)
        assert open_on(gazetteer.path) > before  # (the index, its lock, its key trie)
    assert open_on(gazetteer.path) == before  # (no collection needed)


FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")


@pytest.fixture(scope="module")
def small_index(tmp_path_factory):
    """An index of the fixture places alone (built in a second or so)."""
    from geomove.gazetteer_build import build

    folder = tmp_path_factory.mktemp("small-index")
    return build(folder / "index.sqlite", curated=os.path.join(FIXTURES, "places.csv"), packages=False,
                 progress=False)


@pytest.fixture
def default_on(small_index, tmp_path, monkeypatch):
    """Point the shared gazetteer at a copy of the small index in a folder of its own (a new
    copy each call): the index path changing under a running process, as GEOMOVE_GAZETTEER or a
    package upgrade changes it. The session's default comes back after the test."""
    import shutil

    monkeypatch.setattr(Gazetteer, "_default", None)

    def point(label: str):
        folder = tmp_path / label
        folder.mkdir()
        path = folder / "index.sqlite"
        shutil.copy(small_index, path)
        monkeypatch.setenv("GEOMOVE_GAZETTEER", str(path))
        return path
    yield point
    Gazetteer.drop_default()  # (the copies' files closed before their folders go)


@needs_proc
def test_a_replaced_default_no_one_holds_gives_its_files_back_at_once(default_on):
    old_path = default_on("old")
    old = Gazetteer.default()
    assert old.path == old_path and old.lookup("Lere")
    connection = old.db
    assert open_on(old_path) >= 2  # (the index and its lock)
    del old
    assert open_on(old_path) >= 2  # (still the default: kept)
    new_path = default_on("new")
    assert Gazetteer.default().path == new_path
    assert open_on(old_path) == 0  # (no collection needed)
    with pytest.raises(Exception, match="closed"):
        connection.execute("SELECT 1")


@needs_proc
def test_a_replaced_default_still_held_reads_on_and_closes_when_let_go(default_on):
    old_path = default_on("old")
    held = Gazetteer.default()  # (as a Geomove or a pool's worker keeps it)
    lere = held.lookup("Lere")
    assert lere
    default_on("new")
    Gazetteer.default()
    held._lookup_cache.clear()  # (read from the index again, not from the memo)
    assert held.lookup("Lere") == lere and open_on(old_path) >= 2
    del held
    assert open_on(old_path) == 0


@needs_proc
def test_dropping_the_default_leaves_a_holder_reading(default_on):
    """What build_index and add_places do to the default (the index rebuilt, the user's places
    changed): the next caller opens it again; the one who holds the old one reads on."""
    path = default_on("index")
    held = Gazetteer.default()
    Gazetteer.drop_default()
    again = Gazetteer.default()
    assert again is not held and again.path == held.path == path
    held._lookup_cache.clear()
    assert held.lookup("Lere") == again.lookup("Lere") != []
    both = open_on(path)
    del held
    assert 2 <= open_on(path) < both  # (the new default's alone)


@needs_proc
def test_a_file_that_is_no_index_is_let_go_when_reading_it_fails(tmp_path):
    """`gazetteer info` on a damaged index, and places added into a damaged file of the user's
    places: the error reaches the caller and the file is closed (it waited for the collector)."""
    from geomove.gazetteer import add_places, info

    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"no database here " * 400)
    with pytest.raises(sqlite3.DatabaseError):
        info(junk)
    assert open_on(junk) == 0
    mine = tmp_path / "mine.csv"
    mine.write_text("name,lat,lon\nHill 402,36.5,40.1\n")
    with pytest.raises(sqlite3.DatabaseError):
        add_places(mine, user_db=junk)
    assert open_on(junk) == 0
