"""The index fingerprint remembered between processes (issue 12): a process whose files are
what they were reads it from the cache folder instead of asking importlib.metadata for six
package versions (~0.03 s a start); any change the fingerprint could see is worked out anew."""

import json
import os
import subprocess
import sys
import time

import pytest

import geomove.gazetteer as gz
import geomove.gazetteer_build as build


@pytest.fixture
def counted(monkeypatch):
    calls = []
    real = build.fingerprint
    monkeypatch.setattr(build, "fingerprint", lambda *a: calls.append(1) or real(*a))
    return calls


def test_a_remembered_fingerprint_is_the_fingerprint(tmp_path, counted):
    first = gz._remembered_fingerprint(tmp_path)
    assert len(counted) == 1
    assert first == build.fingerprint()
    counted.clear()
    again = gz._remembered_fingerprint(tmp_path)
    assert again == first and not counted  # (read from the memo)
    memo = json.loads((tmp_path / gz.FINGERPRINTS_FILE).read_text())
    assert list(memo.values()) == [first]
    counted.clear()
    assert first == gz._remembered_fingerprint(tmp_path / "other")  # (worked out, the same)


def test_a_changed_file_or_package_folder_is_worked_out_anew(tmp_path, monkeypatch, counted):
    source = tmp_path / "builder.py"
    source.write_text("x = 1\n")
    monkeypatch.setattr(build, "fingerprint_sources", lambda: [source])
    site = tmp_path / "site-packages"
    site.mkdir()
    monkeypatch.setattr(sys, "path", [str(site)])
    memo = tmp_path / "cache"
    gz._remembered_fingerprint(memo)
    gz._remembered_fingerprint(memo)
    assert len(counted) == 1
    time.sleep(0.01)
    source.write_text("x = 22\n")  # the builder's code edited
    gz._remembered_fingerprint(memo)
    assert len(counted) == 2
    (site / "wordfreq-9.9.dist-info").mkdir()  # a package installed (its metadata added beside the others)
    # (with its METADATA file, as an installer writes it: a folder without one is a broken install,
    # which importlib_metadata, imported by another test of the same process, refuses)
    (site / "wordfreq-9.9.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: wordfreq\nVersion: 9.9\n")
    gz._remembered_fingerprint(memo)
    assert len(counted) == 3
    gz._remembered_fingerprint(memo)
    assert len(counted) == 3
    (site / "wordfreq-9.9.dist-info").rename(site / "wordfreq-10.0.dist-info")  # ... upgraded
    gz._remembered_fingerprint(memo)
    assert len(counted) == 4


def test_a_file_written_beside_the_packages_is_no_change(tmp_path, monkeypatch, counted):
    # (the folder a process runs in is on sys.path, and a batch writes its output there)
    monkeypatch.setattr(build, "fingerprint_sources", lambda: [])
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.setattr(sys, "path", [str(work)])
    memo = tmp_path / "cache"
    gz._remembered_fingerprint(memo)
    time.sleep(0.01)
    (work / "out.jsonl").write_text("{}\n")
    (work / "tmpdir").mkdir()
    gz._remembered_fingerprint(memo)
    assert len(counted) == 1


def test_a_damaged_memo_is_no_error(tmp_path, counted):
    (tmp_path / gz.FINGERPRINTS_FILE).write_text("{not json")
    first = gz._remembered_fingerprint(tmp_path)
    assert len(counted) == 1
    (tmp_path / gz.FINGERPRINTS_FILE).write_text(json.dumps({gz._fingerprint_key(): "not-hex-at-all!!"}))
    assert gz._remembered_fingerprint(tmp_path) == first and len(counted) == 2
    assert gz._remembered_fingerprint(tmp_path) == first and len(counted) == 2


def test_a_second_process_imports_no_package_metadata(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "GEOMOVE_GAZETTEER"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    (tmp_path / "work").mkdir()  # (the folder it runs in is on sys.path: not the one the memo goes to)
    code = ("import sys\n"
            "from geomove.gazetteer import default_index_path\n"
            "print(default_index_path().name, 'importlib.metadata' in sys.modules)\n")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env,
                           cwd=str(tmp_path / "work")).stdout.split() for _ in range(2)]
    assert runs[0][0] == runs[1][0] == f"gazetteer-{build.fingerprint()}.sqlite"
    assert runs[1][1] == "False"


def test_a_broken_package_metadata_does_not_stop_the_fingerprint(monkeypatch):
    # (a .dist-info folder with no METADATA file: importlib_metadata raises MetadataNotFound)
    import importlib.metadata

    def broken(name):
        raise LookupError("No package metadata was found.")
    monkeypatch.setattr(importlib.metadata, "version", broken)
    assert build.package_version("wordfreq") == "unreadable"
    monkeypatch.setattr(importlib.metadata, "version", lambda name: None)
    assert build.package_version("wordfreq") == "unreadable"
