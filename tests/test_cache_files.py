"""The cache-file writer every kept file goes through (geomove.io.cache_files)."""

import os

from geomove.io.cache_files import keep_bytes, keep_checked, keep_file, keyed_cache_path, read_checked


def test_a_kept_file_is_written_whole_in_a_new_folder(tmp_path):
    path = tmp_path / "a" / "b" / "words.bin"
    assert keep_bytes(path, b"abc")
    assert path.read_bytes() == b"abc"
    assert os.listdir(path.parent) == ["words.bin"]  # no temporary file left beside it


def test_a_failed_write_leaves_neither_the_file_nor_its_temporary(tmp_path):
    path = tmp_path / "trie.marisa"

    def write(tmp):
        tmp.write_bytes(b"half")
        raise OSError("disk full")

    assert not keep_file(path, write)
    assert os.listdir(tmp_path) == []


def test_an_unwritable_folder_is_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert not keep_bytes(blocker / "inside" / "cache.bin", b"abc")  # (a file where the folder should be)


def test_a_checked_value_is_read_back_and_a_damaged_one_is_none(tmp_path):
    path = tmp_path / "memo.marshal"
    assert keep_checked(path, (["a", "b"], {"k": (1, 2)}))
    assert read_checked(path) == (["a", "b"], {"k": (1, 2)})
    data = bytearray(path.read_bytes())
    data[-2] ^= 0xFF  # (a byte of the payload changed: its CRC-32 no longer agrees)
    path.write_bytes(bytes(data))
    assert read_checked(path) is None
    path.write_bytes(b"not marshal")
    assert read_checked(path) is None
    assert read_checked(tmp_path / "none.marshal") is None and read_checked(None) is None
    assert not keep_checked(path, object())  # (not marshal's: nothing kept)


def test_a_keyed_path_changes_with_its_source_and_its_values(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    source = tmp_path / "table.csv"
    source.write_text("a\n")
    first = keyed_cache_path("table", (source,), 1)
    assert first.parent == tmp_path / "cache" / "geomove" and first.name.startswith("table-")
    assert keyed_cache_path("table", (source,), 1) == first
    assert keyed_cache_path("table", (source,), 2) != first
    assert keyed_cache_path("table", (source,), 1, suffix=".json").suffix == ".json"
    source.write_text("a\nb\n")
    os.utime(source, ns=(1, 1))
    assert keyed_cache_path("table", (source,), 1) != first
    assert keyed_cache_path("table", (tmp_path / "missing.csv",), 1) is None
