"""The index's per-key row blobs (gazetteer_build.write_key_rows) give the reader exactly the
rows the join of names and places gives, and an index without them still answers."""

import shutil
from pathlib import Path

from sqlite_files import connected

FIXTURES = Path(__file__).parent / "fixtures"


def _join(gaz, key):
    from geomove.gazetteer import _LOOKUP_LIGHT_SQL
    return gaz.db.execute(_LOOKUP_LIGHT_SQL, (key,)).fetchall()


def test_blobs_hold_the_rows_of_the_join_for_every_key_that_has_one(gazetteer):
    from geomove.gazetteer_build import KEY_ROWS_MIN
    with_blob = [k for (k,) in gazetteer.db.execute("SELECT key FROM key_rows")]
    assert len(with_blob) > 1000
    for key in with_blob[::len(with_blob) // 300]:
        rows = gazetteer._key_rows_of(key)
        assert rows == _join(gazetteer, key)
        assert len(rows) >= KEY_ROWS_MIN
    assert gazetteer._key_rows and gazetteer._key_rows_keys is not None  # the blobs answered


def test_keys_of_few_places_are_read_from_the_tables(gazetteer):
    from geomove.gazetteer_build import KEY_ROWS_MIN
    keys = [k for (k,) in gazetteer.db.execute("SELECT DISTINCT key FROM names LIMIT 400")]
    few = [k for k in keys if len(_join(gazetteer, k)) < KEY_ROWS_MIN]
    assert few
    for key in few:
        assert gazetteer._key_rows_of(key) is None
        assert [r for rows, _ in gazetteer._rows_for_key(key) for r in rows] == _join(gazetteer, key)


def test_places_of_a_blob_and_of_the_join_are_the_same(gazetteer, own_gazetteer):
    """Candidates read through the blobs equal those read through the join, score and all."""
    joined = own_gazetteer(gazetteer.path, user_places=gazetteer.path.with_name("no-such-user-places.sqlite"))
    joined._key_rows = False  # as an index built before the blobs
    for name in ("San Jose", "Springfield", "Alexandria", "Santa Cruz", "Victoria"):
        assert joined.lookup(name) == gazetteer.lookup(name)
        assert joined.candidates(name, limit=20) == gazetteer.candidates(name, limit=20)


def test_every_key_of_the_fixture_index_reads_as_the_join(every_key_a_blob, tmp_path, own_gazetteer):
    gaz = own_gazetteer(every_key_a_blob, user_places=tmp_path / "none.sqlite")
    keys = [k for (k,) in gaz.db.execute("SELECT DISTINCT key FROM names")]
    assert keys
    for key in keys:
        rows = _join(gaz, key)
        assert gaz._key_rows_of(key) == (rows if rows else None)


def test_an_index_without_the_blobs_still_answers(every_key_a_blob, tmp_path, own_gazetteer):
    copy = tmp_path / "old.sqlite"
    shutil.copy(every_key_a_blob, copy)
    with connected(copy) as db:
        db.execute("DROP TABLE key_rows")
        db.execute("DELETE FROM matchers WHERE name LIKE 'key_rows%'")
        db.execute("DELETE FROM meta WHERE k LIKE 'key_rows%'")
    old = own_gazetteer(copy, user_places=tmp_path / "none.sqlite")
    new = own_gazetteer(every_key_a_blob, user_places=tmp_path / "none.sqlite")
    for name in ("Lere", "Hol", "Mali"):
        assert old.lookup(name) and old.lookup(name) == new.lookup(name)
    assert old._key_rows is False


def test_a_damaged_blob_is_read_from_the_tables(every_key_a_blob, tmp_path, own_gazetteer):
    from geomove.names import name_key
    copy = tmp_path / "damaged.sqlite"
    shutil.copy(every_key_a_blob, copy)
    key = name_key("Lere")
    with connected(copy) as db:
        db.execute("UPDATE key_rows SET rows = ? WHERE key = ?", (b"not zlib", key))
    gaz = own_gazetteer(copy, user_places=tmp_path / "none.sqlite")
    assert gaz._key_rows_of(key) is None
    assert gaz.lookup("Lere") == own_gazetteer(every_key_a_blob, user_places=tmp_path / "none.sqlite").lookup("Lere")


def test_without_the_trie_of_blob_keys_the_table_is_asked(every_key_a_blob, tmp_path, own_gazetteer):
    """An index built where marisa-trie was missing has blobs but no trie of their keys."""
    from geomove.names import name_key
    copy = tmp_path / "no-trie.sqlite"
    shutil.copy(every_key_a_blob, copy)
    with connected(copy) as db:
        db.execute("DELETE FROM matchers WHERE name = 'key_rows_keys'")
    gaz = own_gazetteer(copy, user_places=tmp_path / "none.sqlite")
    new = own_gazetteer(every_key_a_blob, user_places=tmp_path / "none.sqlite")
    for name in ("Lere", "Hol", "Mali"):
        assert gaz.lookup(name) and gaz.lookup(name) == new.lookup(name)
    assert gaz._key_rows and gaz._key_rows_keys is None
    assert gaz._key_rows_of(name_key("Lere")) == _join(gaz, name_key("Lere"))
    assert gaz._key_rows_of("qqqxz") is None
