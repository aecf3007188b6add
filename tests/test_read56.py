"""read56's own reports (tests/fixtures/read56/): the end of a presence -- UN missions handing over
camps and leaving provinces, a battalion rotation, France leaving eastern Chad, an evacuation from
Sudan by a frigate and transport aircraft, US forces leaving Ain al-Asad, Russian relocations in the
Sahel. Each report must give its hand-counted movements (gold.json, unseen32's format:
tests/handcounts.py); the decisions (civilians evacuated, who moves in a handover, a rotation as
two movements) are in gold.json's "_about"."""

import pytest

from handcounts import check_counts, check_report, load

HERE, GOLD, REPORTS = load("read56")
PUBLISHED = "2026-12-02"


@pytest.mark.parametrize("name", REPORTS)
def test_report_reads_its_hand_count(name, gazetteer):
    check_report(HERE, GOLD, name, gazetteer, published=PUBLISHED)


def test_every_report_has_its_count():
    check_counts(HERE, GOLD, REPORTS)


def test_after_is_no_worse_than_before():
    for name in REPORTS:
        before, after = GOLD[name]["before"], GOLD[name]["after"]
        assert after["right"] >= before["right"], name
        assert after["spurious"] <= before["spurious"], name
