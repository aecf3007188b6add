"""The key trie's copy beside the index (gazetteer.Gazetteer._load_key_trie): written by the
first reader, mapped by later ones, never taken for another index's keys."""

import hashlib
import os
import shutil
import time
from pathlib import Path

import pytest

from sqlite_files import connected

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from geomove.gazetteer_build import build
    d = tmp_path_factory.mktemp("trie-copy-index")
    return build(d / "index.sqlite", curated=FIXTURES / "places.csv", packages=False, progress=False)


@pytest.fixture
def index(built, tmp_path):
    copy = tmp_path / "gazetteer-x.sqlite"
    shutil.copy(built, copy)
    return copy


@pytest.fixture
def open_index(own_gazetteer):
    """Open a reader of an index copy (no user places), closed when the test ends."""
    return lambda path: own_gazetteer(path, user_places=path.parent / "no-user-places.sqlite")


def blob_and_keys(path):
    with connected(path) as db:
        blob = db.execute("SELECT data FROM matchers WHERE name = 'name_keys'").fetchone()[0]
        meta = dict(db.execute("SELECT k, v FROM meta"))
        keys = [k for (k,) in db.execute("SELECT DISTINCT key FROM names")]
    return blob, meta, keys


def test_the_build_names_the_tries_digest(index):
    blob, meta, _ = blob_and_keys(index)
    assert meta["name_keys_sha1"] == hashlib.sha1(blob).hexdigest()
    assert meta["name_keys_bytes"] == str(len(blob))


def test_the_first_reader_writes_the_copy_and_the_next_maps_it(index, open_index):
    blob, meta, keys = blob_and_keys(index)
    copy = index.with_name(f"{index.name}.keys-{meta['name_keys_sha1']}")
    first = open_index(index)
    assert not copy.exists()
    assert first.has_key(keys[0])
    assert copy.read_bytes() == blob
    assert not list(index.parent.glob(".*.tmp"))
    # the blob gone from the index: a reader still answers, so it answered from the copy
    with connected(index) as db:
        db.execute("DELETE FROM matchers WHERE name = 'name_keys'")
    second = open_index(index)
    assert all(second.has_key(k) for k in keys)
    for absent in ("qqqxz", keys[0] + "zz", keys[0][:-1]):
        assert second.has_key(absent) == (absent in set(keys))
    assert second._key_trie


def test_a_copy_of_another_size_is_not_mapped_but_written_again(index, open_index):
    blob, meta, keys = blob_and_keys(index)
    copy = index.with_name(f"{index.name}.keys-{meta['name_keys_sha1']}")
    copy.write_bytes(blob[:1000])  # cut short
    g = open_index(index)
    assert all(g.has_key(k) for k in keys) and not g.has_key("qqqxz")
    assert copy.read_bytes() == blob


def test_a_rebuilt_index_does_not_take_the_old_copy(index, tmp_path, open_index):
    """Another index at the same path (rebuilt with other keys) names another digest: the old
    copy is not read, and is removed once the new one is written."""
    from geomove.gazetteer_build import build
    blob, meta, keys = blob_and_keys(index)
    old_copy = index.with_name(f"{index.name}.keys-{meta['name_keys_sha1']}")
    open_index(index).has_key(keys[0])
    assert old_copy.exists()
    places = tmp_path / "other.csv"
    places.write_text((FIXTURES / "places.csv").read_text(encoding="utf-8").split("\n", 1)[0] + "\n"
                      + "zz-1,Qwertyville,,city,UA,,50.0,30.0\n", encoding="utf-8")
    other = build(tmp_path / "other.sqlite", curated=places, packages=False, progress=False)
    os.replace(other, index)
    _, new_meta, new_keys = blob_and_keys(index)
    assert new_meta["name_keys_sha1"] != meta["name_keys_sha1"]
    from geomove.names import name_key
    gone = sorted(set(keys) - set(new_keys))
    assert gone and name_key("Qwertyville") in new_keys
    g = open_index(index)
    assert g.has_key(name_key("Qwertyville")) and not any(g.has_key(k) for k in gone)
    assert not old_copy.exists()
    assert index.with_name(f"{index.name}.keys-{new_meta['name_keys_sha1']}").exists()


def test_an_index_without_a_digest_reads_the_blob_and_writes_nothing(index, open_index):
    with connected(index) as db:
        db.execute("DELETE FROM meta WHERE k IN ('name_keys_sha1', 'name_keys_bytes')")
    _, _, keys = blob_and_keys(index)
    g = open_index(index)
    assert g.has_key(keys[0]) and g._key_trie
    assert not list(index.parent.glob(f"{index.name}.keys-*"))


def test_sweeping_a_stale_index_removes_its_copy(tmp_path):
    from geomove.gazetteer import _remove_stale_indexes
    current, old = tmp_path / "gazetteer-new.sqlite", tmp_path / "gazetteer-old.sqlite"
    for f in (current, old):
        f.write_bytes(b"x")
    old_copy = tmp_path / "gazetteer-old.sqlite.keys-abc"
    kept = tmp_path / "gazetteer-new.sqlite.keys-def"
    old_copy.write_bytes(b"y")
    kept.write_bytes(b"y")
    two_days_ago = time.time() - 2 * 86400
    os.utime(old, (two_days_ago, two_days_ago))
    assert _remove_stale_indexes(current) == [old]
    assert not old_copy.exists() and kept.exists()
