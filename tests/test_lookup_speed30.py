"""speed30 (issue 12): the index's key_rows blobs are marshal data as it is (no inflate on a
first-seen look-up); an index of the older format (a raw deflate stream with a preset
dictionary) is still read, row for row the same, and a blob that cannot be read sends the
reader to the join of the tables."""

import marshal
import shutil
import sqlite3
import zlib
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
OLD_FORMAT = "marshal4+deflate-zdict+plains+folds"


def _join(gaz, key):
    from geomove.gazetteer import _LOOKUP_LIGHT_SQL
    return gaz.db.execute(_LOOKUP_LIGHT_SQL, (key,)).fetchall()


@pytest.fixture(scope="module")
def every_key_a_blob(tmp_path_factory):
    """The fixture index, built with a blob for every key of a place."""
    from geomove import gazetteer_build
    d = tmp_path_factory.mktemp("plain-blob-index")
    old = gazetteer_build.KEY_ROWS_MIN
    gazetteer_build.KEY_ROWS_MIN = 1
    try:
        return gazetteer_build.build(d / "index.sqlite", curated=FIXTURES / "places.csv", packages=False,
                                     progress=False)
    finally:
        gazetteer_build.KEY_ROWS_MIN = old


def _as_old_format(path, copy):
    """A copy of the index whose blobs are written as the builder wrote them before speed30:
    raw deflate, level 6, with a preset dictionary (the last 8 kB of some blobs)."""
    shutil.copy(path, copy)
    db = sqlite3.connect(copy)
    blobs = db.execute("SELECT key, rows FROM key_rows").fetchall()
    zdict = b"".join(b for _, b in blobs[::3])[-8192:]
    redone = []
    for key, blob in blobs:
        z = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS, 8, zlib.Z_DEFAULT_STRATEGY, zdict)
        redone.append((z.compress(blob) + z.flush(), key))
    db.executemany("UPDATE key_rows SET rows = ? WHERE key = ?", redone)
    db.execute("INSERT INTO matchers VALUES ('key_rows_zdict', ?)", (zdict,))
    db.execute("UPDATE meta SET v = ? WHERE k = 'key_rows_format'", (OLD_FORMAT,))
    db.commit()
    db.close()
    return copy


def test_the_builder_writes_blobs_not_compressed(every_key_a_blob, tmp_path):
    from geomove.gazetteer import Gazetteer
    from geomove.gazetteer_build import KEY_ROWS_FORMAT
    gaz = Gazetteer(every_key_a_blob, user_places=tmp_path / "none.sqlite")
    assert gaz.meta["key_rows_format"] == KEY_ROWS_FORMAT == "marshal4+plains+folds"
    assert gaz.db.execute("SELECT count(*) FROM matchers WHERE name = 'key_rows_zdict'").fetchone() == (0,)
    blobs = gaz.db.execute("SELECT key, rows FROM key_rows").fetchall()
    assert len(blobs) > 20
    for key, blob in blobs:
        rows, plains = marshal.loads(blob)
        assert rows == _join(gaz, key) and len(plains) == len(rows)
        assert gaz._key_rows_of(key) == rows and gaz._key_rows_of(key).plains == plains
    assert gaz._key_rows is True and gaz._key_rows_wbits is None


def test_an_index_of_the_older_deflate_format_reads_the_same(every_key_a_blob, tmp_path):
    from geomove.gazetteer import Gazetteer
    old = Gazetteer(_as_old_format(every_key_a_blob, tmp_path / "old.sqlite"), user_places=tmp_path / "none.sqlite")
    new = Gazetteer(every_key_a_blob, user_places=tmp_path / "none.sqlite")
    keys = [k for (k,) in new.db.execute("SELECT key FROM key_rows")]
    for key in keys:
        got = old._key_rows_of(key)
        assert got is not None and got == new._key_rows_of(key) and got.plains == new._key_rows_of(key).plains
    assert isinstance(old._key_rows, bytes) and old._key_rows_wbits == -zlib.MAX_WBITS
    for name in ("Lere", "Hol", "Mali"):
        assert new.lookup(name) and old.lookup(name) == new.lookup(name)
        assert old.candidates(name, limit=20) == new.candidates(name, limit=20)


@pytest.mark.parametrize("damage", ["cut", "junk", "other shape"])
def test_a_blob_that_cannot_be_read_is_read_from_the_tables(every_key_a_blob, tmp_path, damage):
    from geomove.gazetteer import Gazetteer
    from geomove.names import name_key
    copy = tmp_path / "damaged.sqlite"
    shutil.copy(every_key_a_blob, copy)
    key = name_key("Lere")
    db = sqlite3.connect(copy)
    (blob,) = db.execute("SELECT rows FROM key_rows WHERE key = ?", (key,)).fetchone()
    bad = {"cut": blob[:len(blob) // 2], "junk": b"\xff\xfe not marshal",
           "other shape": marshal.dumps([("a", 1)], 4)}[damage]
    db.execute("UPDATE key_rows SET rows = ? WHERE key = ?", (bad, key))
    db.commit()
    db.close()
    gaz = Gazetteer(copy, user_places=tmp_path / "none.sqlite")
    assert gaz._key_rows_of(key) is None
    good = Gazetteer(every_key_a_blob, user_places=tmp_path / "none.sqlite")
    assert gaz.lookup("Lere") and gaz.lookup("Lere") == good.lookup("Lere")
    assert gaz.candidates("Lere") == good.candidates("Lere")

