"""read41's own reports (tests/fixtures/unseen41/): exercises, drills, rotations and posture
changes in Europe and Asia (a NATO exercise in Lithuania, a US rotation in Poland, the
India-China LAC, the Pakistan-Afghanistan border, Japan's southwestern islands, a Russian snap
readiness check, Russian units arriving in Belarus by rail). Each report must give its
hand-counted movements (gold.json, unseen32's format: tests/handcounts.py). And the
constructions read41 fixed, on sentences of our own."""

import pytest

from handcounts import check_counts, check_report, load

HERE, GOLD, REPORTS = load("unseen41")


@pytest.mark.parametrize("name", REPORTS)
def test_report_reads_its_hand_count(name, gazetteer):
    check_report(HERE, GOLD, name, gazetteer)


def test_every_report_has_its_count():
    check_counts(HERE, GOLD, REPORTS)
