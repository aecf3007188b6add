"""Every folder of reports and texts of our own counted by hand, read now at least as well as
counted after the work that added it: movements (tests/handcounts.py's format: read42-, unseen32-)
and places (tests/placecounts.py's format: places25-). Folders are found by their gold.json, so a
new folder is checked without a line of test code; a helper's own test file holds only the cases
of the constructions it fixed."""

import json

import pytest

import handcounts
import placecounts

MOVEMENT_FOLDERS = handcounts.folders()
PLACE_FOLDERS = placecounts.folders()
REPORTS = [(folder, name) for folder in MOVEMENT_FOLDERS for name in handcounts.load(folder)[2]]
TEXTS = [(folder, name) for folder in PLACE_FOLDERS for name in placecounts.load(folder)[1]]


def test_every_counted_folder_is_found():
    """No folder with a gold.json escapes both harnesses but the two older formats, which
    their own tests read (tests/test_read_r29.py, tests/test_read_r31.py)."""
    older = {"precision29", "unseen31"}
    every = {p.parent.name for p in handcounts.FIXTURES.glob("*/gold.json")}
    assert every - set(MOVEMENT_FOLDERS) - set(PLACE_FOLDERS) == older
    assert not set(MOVEMENT_FOLDERS) & set(PLACE_FOLDERS)


# -- movements

@pytest.mark.parametrize("folder, name", REPORTS, ids=[f"{f}/{n}" for f, n in REPORTS])
def test_report_reads_its_hand_count(folder, name, gazetteer):
    here, gold, _ = handcounts.load(folder)
    handcounts.check_report(here, gold, name, gazetteer)


@pytest.mark.parametrize("folder", MOVEMENT_FOLDERS)
def test_every_report_has_its_count(folder):
    handcounts.check_counts(*handcounts.load(folder))


@pytest.mark.parametrize("folder", MOVEMENT_FOLDERS)
def test_after_is_no_worse_than_before(folder):
    _, gold, reports = handcounts.load(folder)
    handcounts.check_no_worse(gold, reports)


def test_a_report_is_read_as_of_its_own_date_else_its_folders():
    gold = json.loads('{"_published": "2026-12-02", "a.txt": {"published": "2026-12-01"}, "b.txt": {}}')
    assert handcounts.published_of(gold, "a.txt") == "2026-12-01"
    assert handcounts.published_of(gold, "b.txt") == "2026-12-02"
    assert handcounts.published_of({"c.txt": {}}, "c.txt") == handcounts.DEFAULT_PUBLISHED


def test_a_watched_error_kind_that_got_worse_fails():
    counts = {"right": 2, "spurious": 0, "via": 0, "missed": 1, "mis_split": 0}
    worse = dict(counts, via=1)
    with pytest.raises(AssertionError):
        handcounts.check_no_worse({"_watch": ["via"], "a.txt": {"before": counts, "after": worse}}, ["a.txt"])
    handcounts.check_no_worse({"a.txt": {"before": counts, "after": worse}}, ["a.txt"])   # not watched
    moved = dict(counts, missed=0, mis_split=1)
    handcounts.check_no_worse({"_watch": ["missed+mis_split"], "a.txt": {"before": counts, "after": moved}}, ["a.txt"])


# -- places

@pytest.mark.parametrize("folder", PLACE_FOLDERS)
def test_every_text_has_its_gold(folder):
    placecounts.check_folder(*placecounts.load(folder))


@pytest.mark.parametrize("folder, name", TEXTS, ids=[f"{f}/{n}" for f, n in TEXTS])
def test_text_reads_as_counted_by_hand(folder, name, gazetteer):
    here, gold = placecounts.load(folder)
    placecounts.check_text(here, gold, name, gazetteer)
