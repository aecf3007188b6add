"""read53's own reports (tests/fixtures/read53/): Ukraine, Russia, Belarus and the Black Sea --
a think tank's key takeaways, a General Staff summary in translation, an OSINT thread on rail
echelons, Black Sea Fleet ships and Belarusian units back from exercises. Each report must give
its hand-counted movements (gold.json, unseen32's format: tests/handcounts.py)."""

import pytest

from handcounts import check_counts, check_report, load

HERE, GOLD, REPORTS = load("read53")

# the reports' publication dates (the thread and the assessment a day before the others)
PUBLISHED = {"a": "2026-12-01", "c": "2026-12-01"}


@pytest.mark.parametrize("name", REPORTS)
def test_report_reads_its_hand_count(name, gazetteer):
    check_report(HERE, GOLD, name, gazetteer, published=PUBLISHED.get(name[0], "2026-12-02"))


def test_every_report_has_its_count():
    check_counts(HERE, GOLD, REPORTS)


def test_after_is_no_worse_than_before():
    for name in REPORTS:
        before, after = GOLD[name]["before"], GOLD[name]["after"]
        assert after["right"] >= before["right"], name
        assert after["spurious"] <= before["spurious"], name
