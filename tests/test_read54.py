"""read54's own reports (tests/fixtures/read54/): the Caucasus, Central Asia, the Balkans and the
Nordic/Arctic flank -- translated ministry statements (Azerbaijan, Serbia), a defence ministry's
Telegram posts (Armenia), regional wire copy (South Ossetia, the Tajik-Kyrgyz border, Kosovo) and
a NATO press release (Finland, Sweden, Norway). Each report must give its hand-counted movements
(gold.json, unseen32's format: tests/handcounts.py). And the constructions read54 fixed, on
sentences of our own."""

import pytest

from handcounts import check_counts, check_report, load

HERE, GOLD, REPORTS = load("read54")


@pytest.mark.parametrize("name", REPORTS)
def test_report_reads_its_hand_count(name, gazetteer):
    check_report(HERE, GOLD, name, gazetteer, published="2026-12-02")


def test_every_report_has_its_count():
    check_counts(HERE, GOLD, REPORTS)


def test_after_is_no_worse_than_before():
    for name in REPORTS:
        before, after = GOLD[name]["before"], GOLD[name]["after"]
        assert after["right"] >= before["right"], name
        assert after["spurious"] <= before["spurious"], name
