"""The cache-file writer every kept file goes through (geomove.io.cache_files)."""

import os

from geomove.io.cache_files import keep_bytes, keep_file


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
