"""Session 39, the lead's: the famous names a misspelling is measured against
(Gazetteer.famous_name_slipped) are kept between processes, keyed on the index file."""

import shutil

from geomove.gazetteer import Gazetteer, _famous_memo_path, _read_famous_memo


def test_famous_names_are_kept_and_read_back(gazetteer, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    fresh = Gazetteer(gazetteer.path)
    memo = _famous_memo_path(fresh.path)
    assert memo is not None and not memo.exists()
    assert fresh.famous_name_slipped("Irsael") == "israel"  # (the query's answer, then kept)
    kept = _read_famous_memo(memo)
    assert kept and "israel" in kept and kept == sorted(kept)
    again = Gazetteer(gazetteer.path)
    assert again.famous_name_slipped("Irsael") == "israel"
    assert again._famous_names_by_deletion() == fresh._famous_names_by_deletion()


def test_another_index_file_gets_its_own_memo(gazetteer, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(gazetteer.path, copy)
    assert _famous_memo_path(copy) != _famous_memo_path(gazetteer.path)


def test_a_damaged_memo_is_made_again(gazetteer, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    memo = _famous_memo_path(gazetteer.path)
    memo.parent.mkdir(parents=True)
    memo.write_bytes(b"not a memo")
    assert _read_famous_memo(memo) is None
    assert Gazetteer(gazetteer.path).famous_name_slipped("Irsael") == "israel"
    assert _read_famous_memo(memo)
