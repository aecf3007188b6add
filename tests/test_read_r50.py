"""read50's own reports (tests/fixtures/read50/): multi-leg journeys across theatres (Kharkiv
region, Golan and south Lebanon, the Red Sea, the Baltic, the Sahel, the Orinoco). Each report
must give its hand-counted movements (gold.json, unseen32's format: tests/handcounts.py)."""

import pytest

from handcounts import check_counts, check_report, load

HERE, GOLD, REPORTS = load("read50")


@pytest.mark.parametrize("name", REPORTS)
def test_report_reads_its_hand_count(name, gazetteer):
    check_report(HERE, GOLD, name, gazetteer, published="2026-12-01")


def test_every_report_has_its_count():
    check_counts(HERE, GOLD, REPORTS)


def test_after_is_no_worse_than_before():
    for name in REPORTS:
        before, after = GOLD[name]["before"], GOLD[name]["after"]
        assert after["right"] >= before["right"], name
        assert after["spurious"] <= before["spurious"], name
