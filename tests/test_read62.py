"""read62's own reports (tests/fixtures/read62/): mainland Southeast Asia and the South China Sea
(Myanmar's junta, resistance and ethnic armed organisations; the Thai-Cambodian border; coast
guard and maritime militia ships at shoals and reefs). Each report must give its hand-counted
movements (gold.json, unseen32's format: tests/handcounts.py). And the constructions read62
fixed, on sentences of our own (the golden lines read62-* hold the whole readings)."""

import pytest

from handcounts import check_counts, check_report, load

HERE, GOLD, REPORTS = load("read62")


@pytest.mark.parametrize("name", REPORTS)
def test_report_reads_its_hand_count(name, gazetteer):
    check_report(HERE, GOLD, name, gazetteer, published=GOLD["_published"])


def test_every_report_has_its_count():
    check_counts(HERE, GOLD, REPORTS)


def test_after_is_no_worse_than_before():
    for name in REPORTS:
        before, after = GOLD[name]["before"], GOLD[name]["after"]
        assert after["right"] >= before["right"], name
        assert after["spurious"] <= before["spurious"], name
